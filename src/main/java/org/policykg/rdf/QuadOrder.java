package org.policykg.rdf;

import java.util.Comparator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The order output is written in: by graph, subject, predicate (rdf:type, then
 * rdfs:label, then the rest), object. A total order on what we write, so the
 * same input always gives the same bytes. Compares without building strings:
 * sorting hundreds of thousands of quads is on the extraction's hot path.
 */
final class QuadOrder implements Comparator<Quad> {
    static final QuadOrder INSTANCE = new QuadOrder();

    @Override
    public int compare(Quad a, Quad b) {
        int c = node(a.getGraph(), b.getGraph());
        if (c != 0) {
            return c;
        }
        c = node(a.getSubject(), b.getSubject());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(rank(a.getPredicate()), rank(b.getPredicate()));
        if (c != 0) {
            return c;
        }
        c = node(a.getPredicate(), b.getPredicate());
        if (c != 0) {
            return c;
        }
        return node(a.getObject(), b.getObject());
    }

    private static int rank(Node p) {
        if (p.equals(Vocab.type)) {
            return 0;
        }
        return p.equals(Vocab.label) ? 1 : 2;
    }

    private static int kind(Node n) {
        return n.isURI() ? 0 : n.isLiteral() ? 1 : 2;
    }

    static int node(Node a, Node b) {
        if (a == b) {
            return 0;
        }
        int c = Integer.compare(kind(a), kind(b));
        if (c != 0) {
            return c;
        }
        if (a.isURI()) {
            return a.getURI().compareTo(b.getURI());
        }
        if (a.isLiteral()) {
            c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
            if (c != 0) {
                return c;
            }
            c = a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
            return c != 0 ? c : a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
        }
        return a.toString().compareTo(b.toString());
    }
}
