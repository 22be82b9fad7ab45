package org.policykg.rdf;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Counts what passes on to the stream it wraps: quads, and the distinct nodes typed
 * pol:Policy. The counting is here, on the way out, so the runner that produces the
 * stream knows nothing of the vocabulary.
 */
public final class CountingStream extends StreamRDFWrapper {
    /** What was counted. */
    public record Counts(long quads, int policies) {
    }

    private long quads;
    // Policy nodes only, not every subject: a corpus names a few thousand policies at most.
    private final Set<Node> policies = new HashSet<>();

    public CountingStream(StreamRDF out) {
        super(out);
    }

    @Override
    public void quad(Quad q) {
        count(q.getSubject(), q.getPredicate(), q.getObject());
        super.quad(q);
    }

    @Override
    public void triple(Triple t) {
        count(t.getSubject(), t.getPredicate(), t.getObject());
        super.triple(t);
    }

    private void count(Node s, Node p, Node o) {
        quads++;
        if (p.equals(Vocab.type) && o.equals(POL.Policy)) {
            policies.add(s);
        }
    }

    public Counts counts() {
        return new Counts(quads, policies.size());
    }
}
