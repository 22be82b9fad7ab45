package org.policykg.rdf;

import org.apache.jena.graph.Node;

/** Where stages put quads. Wrappers count, check or collect. */
@FunctionalInterface
public interface QuadSink {
    void quad(Node graph, Node subject, Node predicate, Node object);
}
