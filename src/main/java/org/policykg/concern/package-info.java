/**
 * The contract of a concern of the graph ({@link org.policykg.concern.Concern}: resolve, emit,
 * score), what concerns found so far ({@link org.policykg.concern.Findings}), and how they write
 * ({@link org.policykg.concern.Emitter}, with evidence cut from the original text). Each concern
 * is a subpackage holding its rules, its facts, its emitter and its scorer; the registry is
 * {@link org.policykg.extract.Concerns}.
 */
package org.policykg.concern;
