package org.policykg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

/**
 * What the store says about one resource, across all document graphs: its
 * statements, the statements pointing at it, and the evidence behind them.
 * Read inside a read transaction.
 */
record Description(Node subject, Map<Node, List<Node>> out, List<Incoming> in, int incomingTotal,
                   List<EvidenceView> evidence) {
    /** Incoming links kept per property for a page; the rest are counted (the page says how many). */
    static final int MAX_INCOMING = 2_000;

    record Incoming(Node subject, Node predicate) {
    }

    /**
     * An evidence node: the quote, where it is, the property it supports (or null for a mention),
     * the document to cite (its title, publisher, date and source address, each null when unknown),
     * and {@code page}, {@code row} and {@code column}: where in a PDF or a table the offsets count
     * (-1 and null for a text file).
     */
    record EvidenceView(Node node, String quote, String file, long start, long end, Node supports, Node document,
                        String title, Node publisher, String date, String source, long page, long row, String column,
                        long sheet) {
        EvidenceView(Node node, String quote, String file, long start, long end, Node supports) {
            this(node, quote, file, start, end, supports, null, null, null, null, null, -1, -1, null, -1);
        }

        /** Where the span is, for a link's label: "p. 3", "row 12 正文", or nothing. */
        String place() {
            if (page > 0) {
                return " p. " + page;
            }
            if (row > 0) {
                return (sheet > 1 ? " sheet " + sheet : "") + " row " + row + (column == null ? "" : " " + column);
            }
            return "";
        }
    }

    boolean exists() {
        return !out.isEmpty() || incomingTotal > 0;
    }

    List<Node> values(Node predicate) {
        return out.getOrDefault(predicate, List.of());
    }

    Node first(Node predicate) {
        List<Node> v = values(predicate);
        return v.isEmpty() ? null : v.get(0);
    }

    boolean hasType(Node type) {
        return values(Vocab.type).contains(type);
    }

    static Description of(DatasetGraph ds, Node s) {
        Map<Node, java.util.TreeSet<Node>> out = new LinkedHashMap<>();
        forEach(ds, s, Node.ANY, Node.ANY, q -> out.computeIfAbsent(q.getPredicate(),
                k -> new java.util.TreeSet<>(NODE_ORDER)).add(q.getObject()));
        Map<Node, List<Node>> sorted = new TreeMap<>(NODE_ORDER);
        out.forEach((p, os) -> sorted.put(p, List.copyOf(os)));

        List<Incoming> in = new ArrayList<>();
        int[] total = {0};
        java.util.Set<Incoming> seen = new java.util.HashSet<>();
        Map<Node, Integer> perProperty = new java.util.HashMap<>();
        forEach(ds, Node.ANY, Node.ANY, s, q -> {
            Incoming i = new Incoming(q.getSubject(), q.getPredicate());
            if (seen.add(i)) {
                total[0]++;
                if (perProperty.merge(i.predicate(), 1, Integer::sum) <= MAX_INCOMING) {
                    in.add(i);
                }
            }
        });
        in.sort(Comparator.comparing((Incoming i) -> i.predicate().toString()).thenComparing(i -> i.subject().toString()));

        List<EvidenceView> evidence = new ArrayList<>();
        for (Node e : sorted.getOrDefault(POL.evidence, List.of())) {
            evidence.add(evidence(ds, e));
        }
        if (out.containsKey(Vocab.type) && out.get(Vocab.type).contains(POL.Evidence)) {
            evidence.add(evidence(ds, s));
        }
        evidence.sort(Comparator.comparing(EvidenceView::file).thenComparingLong(EvidenceView::page)
                .thenComparingLong(EvidenceView::row).thenComparingLong(EvidenceView::start));
        return new Description(s, sorted, in, total[0], evidence);
    }

    static EvidenceView evidence(DatasetGraph ds, Node e) {
        Node quote = one(ds, e, POL.quote);
        Node start = one(ds, e, POL.start);
        Node end = one(ds, e, POL.end);
        Node doc = one(ds, e, POL.document);
        Node file = doc == null ? null : one(ds, doc, POL.sourceFile);
        Node column = one(ds, e, POL.column);
        Node title = doc == null ? null : one(ds, doc, DC_TITLE);
        Node date = doc == null ? null : one(ds, doc, DC_ISSUED);
        Node source = doc == null ? null : one(ds, doc, DC_SOURCE);
        return new EvidenceView(e, quote == null ? "" : quote.getLiteralLexicalForm(),
                file == null ? "" : file.getLiteralLexicalForm(), number(start), number(end), one(ds, e, POL.supports),
                doc, lexical(title), doc == null ? null : one(ds, doc, DC_PUBLISHER), lexical(date), lexical(source),
                number(one(ds, e, POL.page)), number(one(ds, e, POL.row)),
                column == null ? null : column.getLiteralLexicalForm(), number(one(ds, e, POL.sheet)));
    }

    private static final Node DC_TITLE = NodeFactory.createURI(Vocab.DCTERMS + "title");
    private static final Node DC_ISSUED = NodeFactory.createURI(Vocab.DCTERMS + "issued");
    private static final Node DC_SOURCE = NodeFactory.createURI(Vocab.DCTERMS + "source");
    private static final Node DC_PUBLISHER = NodeFactory.createURI(Vocab.DCTERMS + "publisher");

    private static String lexical(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI();
    }

    /** An integer literal's value, or -1. */
    static long number(Node n) {
        try {
            return n == null ? -1 : Long.parseLong(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Node one(DatasetGraph ds, Node s, Node p) {
        var it = ds.find(Node.ANY, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    static void forEach(DatasetGraph ds, Node s, Node p, Node o, java.util.function.Consumer<Quad> f) {
        var it = ds.find(Node.ANY, s, p, o);
        try {
            while (it.hasNext()) {
                f.accept(it.next());
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    /** The statements as one graph, for Turtle, JSON-LD and N-Triples: about it, to it, and its evidence. */
    Graph toGraph(DatasetGraph ds) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String[] p : Vocab.PREFIXES) {
            g.getPrefixMapping().setNsPrefix(p[0], p[1]);
        }
        out.forEach((p, os) -> os.forEach(o -> g.add(Triple.create(subject, p, o))));
        forEach(ds, Node.ANY, Node.ANY, subject, q -> g.add(q.asTriple()));
        for (EvidenceView e : evidence) {
            forEach(ds, e.node(), Node.ANY, Node.ANY, q -> g.add(q.asTriple()));
        }
        return g;
    }

    /** rdf:type first, then rdfs:label, then by IRI or value. */
    static final Comparator<Node> NODE_ORDER = (a, b) -> {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        return key(a).compareTo(key(b));
    };

    private static int rank(Node n) {
        if (n.equals(Vocab.type)) {
            return 0;
        }
        if (n.equals(Vocab.label)) {
            return 1;
        }
        return 2;
    }

    private static String key(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm() + "@" + n.getLiteralLanguage() + "^^" + n.getLiteralDatatypeURI();
        }
        return n.toString();
    }
}
