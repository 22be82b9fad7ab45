/**
 * Stage 6, rdf: the vocabulary ({@link org.policykg.rdf.POL}, mirroring
 * ontology/), IRI minting, the quad sink stages write to, the reference graph,
 * and the deterministic TriG / N-Quads writer.
 */
package org.policykg.rdf;
