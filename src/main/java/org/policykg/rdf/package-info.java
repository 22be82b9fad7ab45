/**
 * Stage 6, rdf: the vocabulary ({@link org.policykg.rdf.POL}, mirroring
 * ontology/), IRI minting, the quad sink stages write to (Jena's StreamRDF), a
 * wrapper that counts what passes, the reference graph, and the deterministic
 * TriG / N-Quads writer that writes a stream straight to its file.
 */
package org.policykg.rdf;
