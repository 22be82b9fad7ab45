package org.policykg.concern;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policykg.ingest.Source;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.QuadSink;
import org.policykg.rdf.Vocab;
import org.policykg.analysis.Evidence;

/**
 * What extractors write through: triples into the document's own named graph,
 * and evidence nodes whose quotes are cut from the original text at their offsets.
 */
public final class Emitter {
    /** Local names that evidence may support, and the properties they stand for. */
    private static final Map<String, Node[]> SUPPORTS = Map.ofEntries(
            Map.entry("title", new Node[] {Vocab.dcTitle}),
            Map.entry("issued", new Node[] {Vocab.dcIssued}),
            Map.entry("publisher", new Node[] {Vocab.dcPublisher}),
            Map.entry("creator", new Node[] {Vocab.dcCreator}),
            Map.entry("source", new Node[] {Vocab.dcSource}),
            Map.entry("period", new Node[] {POL.startYear, POL.endYear}),
            Map.entry("issuedBy", new Node[] {POL.issuedBy}),
            Map.entry("documentNumber", new Node[] {POL.documentNumber}),
            Map.entry("jurisdiction", new Node[] {POL.jurisdiction}),
            Map.entry("alias", new Node[] {POL.alias}),
            Map.entry("validUntil", new Node[] {POL.validUntil}),
            Map.entry("publishedBy", new Node[] {POL.publishedBy}),
            Map.entry("stockCode", new Node[] {POL.stockCode}),
            Map.entry("partner", new Node[] {POL.partner}),
            Map.entry("responsibleAgency", new Node[] {POL.responsibleAgency}),
            Map.entry("maxAmount", new Node[] {POL.maxAmount}),
            Map.entry("maxRatio", new Node[] {POL.maxRatio}),
            Map.entry("deadline", new Node[] {POL.deadline}));

    private final QuadSink sink;
    private final Source source;
    private final Node graph;
    private final Node document;

    public Emitter(QuadSink sink, Source source) {
        this.sink = sink;
        this.source = source;
        this.graph = Iris.graph(source.name());
        this.document = Iris.document(source.name());
    }

    public Source source() {
        return source;
    }

    public Node graph() {
        return graph;
    }

    public Node document() {
        return document;
    }

    public void add(Node s, Node p, Node o) {
        sink.quad(graph, s, p, o);
    }

    public void type(Node s, Node type) {
        add(s, Vocab.type, type);
    }

    public void label(Node s, String zh) {
        add(s, Vocab.label, zh(zh));
    }

    public void labelEn(Node s, String en) {
        if (en != null && !en.isBlank()) {
            add(s, Vocab.label, NodeFactory.createLiteralLang(en, "en"));
        }
    }

    /** Chinese text: tagged zh-Hans (the analysis text is simplified). */
    public void text(Node s, Node p, String zh) {
        add(s, p, zh(zh));
    }

    public void string(Node s, Node p, String v) {
        add(s, p, NodeFactory.createLiteralDT(v, XSDDatatype.XSDstring));
    }

    public void date(Node s, Node p, LocalDate d) {
        add(s, p, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate));
    }

    public void year(Node s, Node p, int year) {
        add(s, p, NodeFactory.createLiteralDT(String.format("%04d", year), XSDDatatype.XSDgYear));
    }

    public void integer(Node s, Node p, long v) {
        add(s, p, NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger));
    }

    public void decimal(Node s, Node p, BigDecimal v) {
        BigDecimal d = v.stripTrailingZeros();
        String lex = d.scale() <= 0 ? d.setScale(1).toPlainString() : d.toPlainString();
        add(s, p, NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdecimal));
    }

    public void mentionedIn(Node s) {
        add(s, POL.mentionedIn, document);
    }

    /** Links {@code subject} to an evidence node for {@code e}, creating the node. */
    public Node evidence(Node subject, Evidence e) {
        Node ev = Iris.evidence(source.name(), e.span());
        add(ev, Vocab.type, POL.Evidence);
        add(ev, POL.document, document);
        string(ev, POL.quote, source.quote(e.span()));
        integer(ev, POL.start, e.span().start());
        integer(ev, POL.end, e.span().end());
        if (e.supports() != null) {
            Node[] props = SUPPORTS.get(e.supports());
            if (props == null) {
                throw new IllegalArgumentException("evidence supports unknown property " + e.supports());
            }
            for (Node p : props) {
                add(ev, POL.supports, p);
            }
        }
        add(subject, POL.evidence, ev);
        return ev;
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh-Hans");
    }
}
