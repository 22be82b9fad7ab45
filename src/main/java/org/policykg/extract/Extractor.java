package org.policykg.extract;

import org.policykg.resolve.Analysis;

/**
 * One concern of the graph (documents, regions, agencies, policies …): reads an
 * analysed document and writes what it states through the emitter, with evidence.
 * Extractors never see each other or the store; they agree on IRIs through
 * {@link org.policykg.rdf.Iris}.
 */
public interface Extractor {
    /** A short name for messages and benchmarks. */
    String name();

    void extract(Analysis analysis, Emitter out);
}
