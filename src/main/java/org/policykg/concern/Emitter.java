package org.policykg.concern;

import java.math.BigDecimal;
import java.time.LocalDate;
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
        // In a PDF, a Word file or a table the offsets count in a page's text or a cell (Origin).
        org.policykg.ingest.Origin.Location at = source.locate(e.span());
        string(ev, POL.quote, source.quote(at.span()));
        integer(ev, POL.start, at.start());
        integer(ev, POL.end, at.end());
        if (at.page() > 0) {
            integer(ev, POL.page, at.page());
        }
        if (at.row() > 0) {
            integer(ev, POL.row, at.row());
        }
        if (at.column() != null) {
            string(ev, POL.column, at.column());
        }
        if (at.sheet() > 0) {
            integer(ev, POL.sheet, at.sheet());
        }
        if (e.supports() != null) {
            for (Node p : e.supports().properties()) {
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
