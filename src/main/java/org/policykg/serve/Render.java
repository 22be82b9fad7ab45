package org.policykg.serve;

import java.math.BigDecimal;
import org.apache.jena.graph.Node;
import org.policykg.rdf.Vocab;

/** RDF terms as HTML: a link when the term is ours or an http(s) IRI, escaped text otherwise. */
final class Render {
    private final Site site;

    Render(Site site) {
        this.site = site;
    }

    /** A term as a table cell's content. */
    String term(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return literal(n);
        }
        if (n.isBlank()) {
            return "<span class=\"bnode\">" + Html.text("_:" + n.getBlankNodeLabel()) + "</span>";
        }
        return link(n);
    }

    /** A link to an IRI: a local page with its label, or the external address itself. */
    String link(Node n) {
        String iri = n.getURI();
        String local = site.path(iri);
        if (local != null) {
            return "<a href=\"" + Html.url(local) + "\">" + Html.text(site.label(n)) + "</a>";
        }
        String href = Html.url(iri);
        if (href.equals("#")) {
            return "<span class=\"iri\">" + Html.text(iri) + "</span>"; // not http(s): shown, never linked
        }
        String label = site.label(n);
        String shown = label.equals(Site.localName(n)) ? iri : label;
        return "<a class=\"ext\" rel=\"nofollow noopener noreferrer\" href=\"" + href + "\">" + Html.text(shown) + "</a>";
    }

    String literal(Node n) {
        String lex = n.getLiteralLexicalForm();
        String lang = n.getLiteralLanguage();
        StringBuilder b = new StringBuilder();
        if (isNumber(n)) {
            b.append("<span class=\"num\">").append(Html.text(number(lex))).append("</span>");
        } else if (lang.isEmpty()) {
            b.append(Html.text(lex));
        } else {
            // The language goes to the markup (fonts, screen readers), not into the text as "@zh-Hans".
            b.append("<span lang=\"").append(Html.attr(lang)).append("\">").append(Html.text(lex)).append("</span>");
        }
        return b.toString();
    }

    /** Labels of other vocabularies' properties (property-labels.tsv): IRI → {zh, en}. */
    private static final java.util.Map<String, String[]> KNOWN = loadKnown();

    private static java.util.Map<String, String[]> loadKnown() {
        java.util.Map<String, String[]> out = new java.util.HashMap<>();
        try (var in = Render.class.getResourceAsStream("property-labels.tsv");
             var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    out.put(f[0], new String[] {f[1], f[2]});
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Map.copyOf(out);
    }

    /** A property: its Chinese label with the English one beside it. */
    String property(Node p) {
        String zh = site.label(p);
        String en = site.englishLabel(p);
        String[] known = KNOWN.get(p.getURI());
        if (known != null && zh.equals(Site.localName(p))) {
            zh = known[0];
            en = known[1];
        }
        String local = site.path(p.getURI());
        String inner = Html.text(zh) + (en != null && !en.equals(zh) ? " <small>" + Html.text(en) + "</small>" : "");
        String title = Html.attr(p.getURI());
        return local != null ? "<a href=\"" + Html.url(local) + "\" title=\"" + title + "\">" + inner + "</a>"
                : "<span title=\"" + title + "\">" + inner + "</span>";
    }

    static boolean isNumber(Node n) {
        if (n == null || !n.isLiteral()) {
            return false;
        }
        String dt = n.getLiteralDatatypeURI();
        return dt.equals(Vocab.XSD + "decimal") || dt.equals(Vocab.XSD + "integer") || dt.equals(Vocab.XSD + "double");
    }

    /** 2000000.0 → 2,000,000; 20.0 → 20; four digits stay ungrouped, so years read 2024, not 2,024. */
    static String number(String lex) {
        try {
            BigDecimal d = new BigDecimal(lex).stripTrailingZeros();
            if (d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(10_000)) < 0) {
                return d.toPlainString();
            }
            if (d.scale() <= 0 && d.abs().compareTo(new BigDecimal("1e30")) < 0) {
                return String.format("%,d", d.toBigInteger());
            }
            return d.toPlainString();
        } catch (NumberFormatException e) {
            return lex;
        }
    }

    /** The link to a span of a source file, highlighted. */
    static String sourceHref(String file, long start, long end) {
        return "/source/" + Html.pathSegment(file, false) + "?start=" + start + "&end=" + end + "#hl";
    }

    /** The link to a span of a PDF's page or a table's cell, highlighted. */
    static String sourceHref(Description.EvidenceView ev) {
        String at = ev.page() > 0 ? "&page=" + ev.page()
                : ev.row() > 0 && ev.column() != null ? (ev.sheet() > 1 ? "&sheet=" + ev.sheet() : "") + "&row=" + ev.row() + "&column="
                + java.net.URLEncoder.encode(ev.column(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") : "";
        return "/source/" + Html.pathSegment(ev.file(), false) + "?start=" + ev.start() + "&end=" + ev.end() + at + "#hl";
    }
}
