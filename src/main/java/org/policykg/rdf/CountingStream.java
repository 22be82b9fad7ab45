package org.policykg.rdf;

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
public final class CountingStream extends StreamRDFWrapper implements DocumentChunks {
    /** What was counted. */
    public record Counts(long quads, int policies) {
    }

    private long quads;
    // A 64-bit hash per policy, not the node: a national corpus names a policy or two per
    // document, and 10^5 documents held as nodes grew the extract's live heap by ~35 MB. Two
    // policies share a hash with odds of about n^2 / 2^65: the count is a summary figure.
    private final LongHashSet policyHashes = new LongHashSet();
    private int policies;

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

    @Override
    public boolean chunked() {
        return other instanceof DocumentChunks c && c.chunked();
    }

    @Override
    public byte[] format(java.util.List<Quad> quads) {
        return ((DocumentChunks) other).format(quads);
    }

    @Override
    public void append(byte[] formatted, java.util.List<Quad> qs) {
        for (Quad q : qs) {
            count(q.getSubject(), q.getPredicate(), q.getObject());
        }
        ((DocumentChunks) other).append(formatted, qs);
    }

    private void count(Node s, Node p, Node o) {
        quads++;
        if (p.equals(Vocab.type) && o.equals(POL.Policy)) {
            addPolicy(s.toString());
        }
    }

    private void addPolicy(String key) {
        if (policyHashes.add(LongHashSet.hash(key))) {
            policies++;
        }
    }

    public Counts counts() {
        return new Counts(quads, policies);
    }
}
