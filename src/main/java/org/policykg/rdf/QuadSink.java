package org.policykg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Where stages put quads: Jena's {@link StreamRDF} (start, quads, finish), plus the
 * four-node call extractors make. Any StreamRDF can follow it (a writer, a dataset,
 * a wrapper that counts or checks), so nothing between extractor and file holds the
 * whole graph.
 */
public interface QuadSink extends StreamRDF {
    default void quad(Node graph, Node subject, Node predicate, Node object) {
        quad(Quad.create(graph, subject, predicate, object));
    }
}
