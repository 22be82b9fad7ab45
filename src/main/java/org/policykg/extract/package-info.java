/**
 * Stage 5, extract: one {@link org.policykg.extract.Extractor} per concern turns
 * an analysed document into triples of its named graph, every fact with its
 * evidence. {@link org.policykg.extract.Extractors} lists them.
 */
package org.policykg.extract;
