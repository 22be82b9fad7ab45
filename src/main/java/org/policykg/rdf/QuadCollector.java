package org.policykg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Collects quads in memory, dropping duplicates; {@link #sorted()} gives them in the
 * written order. The pipeline's buffer for one document (so a failure leaves nothing
 * half-written) and a test's way to see what was streamed.
 */
public final class QuadCollector extends StreamRDFBase implements QuadSink {
    private final Set<Quad> quads = new HashSet<>();

    @Override
    public void quad(Quad quad) {
        quads.add(quad);
    }

    @Override
    public void triple(Triple triple) {
        quads.add(Quad.create(Quad.defaultGraphNodeGenerated, triple));
    }

    /** Every quad, in no particular order. */
    public void forEach(Consumer<Quad> action) {
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
