package org.policykg.serve;

/**
 * How an evidence quote is cited: by the document's title, publisher and date (the
 * hash-named file is an internal detail), in GB/T 7714-2015 form for electronic
 * resources ({@code 责任者. 题名[EB/OL]. (日期). 地址.}) and as BibTeX.
 */
final class Cite {
    private Cite() {
    }

    /** 《题名》 · 发布者 · 日期 [起–止], for the link beside a quote. */
    static String shortSource(Site site, Description.EvidenceView ev) {
        StringBuilder b = new StringBuilder();
        b.append(ev.title() != null ? "《" + ev.title() + "》" : ev.file());
        if (ev.publisher() != null) {
            b.append(" · ").append(site.label(ev.publisher()));
        }
        if (ev.date() != null) {
            b.append(" · ").append(ev.date());
        }
        if (ev.start() >= 0) {
            b.append(" [").append(ev.start()).append("–").append(ev.end()).append("]");
        }
        return b.toString();
    }

    /** The address a reader can follow: the original page when known, else the document's page here. */
    private static String address(Description.EvidenceView ev) {
        if (ev.source() != null && ev.source().matches("https?://\\S+")) {
            return ev.source();
        }
        return ev.document() == null ? null : ev.document().getURI();
    }

    static String gbt7714(Site site, Description.EvidenceView ev) {
        StringBuilder b = new StringBuilder();
        if (ev.publisher() != null) {
            b.append(site.label(ev.publisher())).append(". ");
        }
        b.append(ev.title() != null ? ev.title() : ev.file()).append("[EB/OL]. ");
        if (ev.date() != null) {
            b.append("(").append(ev.date()).append("). ");
        }
        String a = address(ev);
        if (a != null) {
            b.append(a).append(".");
        }
        return b.toString().strip();
    }

    static String bibtex(Site site, Description.EvidenceView ev) {
        String key = ("policykg-" + ev.file().replaceAll("\\.[A-Za-z]+$", "") + "-" + ev.start()).replaceAll("[^A-Za-z0-9_-]", "-");
        StringBuilder b = new StringBuilder("@misc{").append(key).append(",\n");
        b.append("  title = {").append(brace(ev.title() != null ? ev.title() : ev.file())).append("},\n");
        if (ev.publisher() != null) {
            b.append("  organization = {").append(brace(site.label(ev.publisher()))).append("},\n");
        }
        if (ev.date() != null) {
            b.append("  date = {").append(brace(ev.date())).append("},\n");
            b.append("  year = {").append(brace(ev.date().substring(0, Math.min(4, ev.date().length())))).append("},\n");
        }
        String a = address(ev);
        if (a != null) {
            b.append("  url = {").append(brace(a)).append("},\n");
        }
        b.append("  note = {").append(brace("“" + ev.quote() + "” [" + ev.start() + "–" + ev.end() + "]")).append("}\n}");
        return b.toString();
    }

    /** BibTeX has no escape for unbalanced braces; they become parentheses. */
    private static String brace(String s) {
        return s.replace('{', '(').replace('}', ')');
    }

    /** A folded "cite" block with both forms, for a list of evidence. */
    static String details(Site site, Description.EvidenceView ev) {
        return "<details class=\"cite\"><summary>引用 <small>Cite</small></summary><p class=\"gbt7714\">"
                + Html.text(gbt7714(site, ev)) + "</p><pre class=\"bibtex\">" + Html.text(bibtex(site, ev)) + "</pre></details>";
    }
}
