package org.policykg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/** Collects quads, dropping duplicates; {@link #sorted()} gives them in the written order. */
public final class QuadCollector implements QuadSink {
    private final Set<Quad> quads = new HashSet<>();

    @Override
    public void quad(Node graph, Node subject, Node predicate, Node object) {
        quads.add(Quad.create(graph, subject, predicate, object));
    }

    /** Every quad, in no particular order. */
    public void forEach(java.util.function.Consumer<Quad> action) {
        quads.forEach(action);
    }

    public int size() {
        return quads.size();
    }

    public List<Quad> sorted() {
        List<Quad> out = new ArrayList<>(quads);
        out.sort(QuadOrder.INSTANCE);
        return out;
    }
}
