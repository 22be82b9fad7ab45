/**
 * Cue words as data: TSV lists under {@code lexicon/} (word, role, note) and the
 * {@code skos:hiddenLabel}s of the ontology's concept schemes, one source for each word.
 */
package org.policykg.lexicon;
