package org.policykg.ingest;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.policykg.text.Span;

/**
 * HTML through jsoup with position tracking: block elements start blocks,
 * text nodes are aligned back to the raw markup (entities included), and
 * links and auto-linked stock names are kept with their codes. A whole page (a saved portal
 * page) is read as its document: the title, the field table and the main text that
 * {@link PageParts} finds, a table row as one line of cells between bars (|索引号|…|发文字号|…|,
 * the bars synthetic), without the site's chrome. An HTML fragment (a Jekyll post's body, a
 * table cell) is read whole.
 */
public final class HtmlReader implements DocumentReader {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "li",
            "tr", "td", "th", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br", "dt", "dd", "table",
            "ul", "ol", "pre", "figure", "figcaption", "main", "aside", "nav", "title", "body");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "svg");

    private static final Set<String> INLINE_CELL = Set.of("span", "a", "font", "b", "strong", "em", "i", "u", "label",
            "small", "sup", "sub", "td", "th", "tr");

    /** The label a page's own address is read under (lexicon/field-labels.tsv, source). */
    private static final String ADDRESS_LABEL = "原文链接：";

    /** Set when reading a whole page: what is chrome, and which rows are field-table lines. */
    private PageParts page;

    @Override
    public ParsedDocument read(Source source) throws InputException {
        String html = source.text();
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        singleFileComponent(doc, html);
        PageParts found = new PageParts(PageParts.Names.STANDARD);
        PageParts.Parts parts = found.find(doc, source.location());
        BlockCollector out = new BlockCollector();
        page = found;
        try {
            readPage(source, parts, out);
        } finally {
            page = null;
        }
        return new ParsedDocument(source, Format.HTML, Map.of(), out.blocks());
    }

    /**
     * A single-file component (a Vue page saved as stored: {@code <template>…</template><script>…<style>…}) holds its
     * page in its template, which a browser never renders as it stands and jsoup keeps out of the body: the
     * template's nodes are the page's body, their positions in the file kept.
     */
    private static void singleFileComponent(Document doc, String html) {
        if (!html.stripLeading().startsWith("<template")) {
            return;
        }
        Element template = doc.selectFirst("template");
        if (template == null) {
            return;
        }
        for (Node n : new java.util.ArrayList<>(template.childNodes())) {
            doc.body().appendChild(n);
        }
        template.remove();
    }

    private void readPage(Source source, PageParts.Parts parts, BlockCollector out) {
        if (parts.title() != null) {
            out.start(Block.Kind.HEADING, 1, false);
            if (parts.title().normalName().equals("title")) {
                titleText(source, parts.title(), out);
            } else {
                walk(parts.title(), source, 0, out, Block.Kind.HEADING, 1);
            }
            out.finish();
        } else if (parts.metaTitle() != null) {
            org.jsoup.nodes.Range r = parts.metaTitle().attributes().sourceRange("content").valueRange();
            if (r.isTracked()) {
                out.start(Block.Kind.HEADING, 1, false);
                Aligner.append(out.text(), source, parts.metaTitle().attr("content"), r.startPos(), r.endPos());
                out.finish();
            }
        }
        if (parts.fields() != null) {
            node(parts.fields(), source, 0, out, Block.Kind.PARAGRAPH, 0);
            out.finish();
        }
        if (parts.address() != null) {
            // <meta name="Url" content="http://…">: the page's own address, as a field line 原文链接：… (the label synthetic)
            org.jsoup.nodes.Range r = parts.address().attributes().sourceRange("content").valueRange();
            if (r.isTracked()) {
                out.start(Block.Kind.PARAGRAPH, 0, false);
                for (char c : ADDRESS_LABEL.toCharArray()) {
                    out.text().appendSynthetic(c);
                }
                Aligner.append(out.text(), source, parts.address().attr("content"), r.startPos(), r.endPos());
                out.finish();
            }
        }
        node(parts.body(), source, 0, out, Block.Kind.PARAGRAPH, 0);
        out.finish();
    }

    /** A page's title element's text before the site's name. */
    private static void titleText(Source src, Element title, BlockCollector out) {
        for (Node n : title.childNodes()) {
            if (n instanceof TextNode t && t.sourceRange().isTracked()) {
                String whole = t.getWholeText();
                String kept = PageParts.cut(whole);
                int from = whole.indexOf(kept);
                if (kept.isEmpty() || from < 0) {
                    continue;
                }
                // The kept part's raw range: entities may lengthen the raw text, so align the whole
                // and keep the chars of the kept part.
                org.policykg.text.MappedText.Builder all = org.policykg.text.MappedText.builder();
                Aligner.append(all, src, whole, t.sourceRange().startPos(), t.sourceRange().endPos());
                out.text().append(all.build(), from, from + kept.length());
            }
        }
    }

    /** Adds the blocks of the HTML in UTF-16 range {@code [start, end)} of the source. */
    void collect(Source src, int start, int end, BlockCollector out) {
        String html = src.text().substring(start, end);
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        walk(doc.body() != null ? doc.body() : doc, src, start, out, Block.Kind.PARAGRAPH, 0);
        out.finish();
    }

    private void walk(Node node, Source src, int base, BlockCollector out, Block.Kind kind, int level) {
        for (Node child : node.childNodes()) {
            node(child, src, base, out, kind, level);
        }
    }

    private void node(Node child, Source src, int base, BlockCollector out, Block.Kind kind, int level) {
        if (child instanceof TextNode t) {
            Range r = t.sourceRange();
            if (r.isTracked() && !t.getWholeText().isEmpty()) {
                Aligner.append(out.text(), src, t.getWholeText(), base + r.startPos(), base + r.endPos());
            }
        } else if (child instanceof Element e) {
            String tag = e.normalName();
            if (SKIP.contains(tag) || page != null && (page.chrome(e) || page.linkList(e))) {
                return;
            }
            if (page != null && tag.equals("tr") && simpleRow(e)) {
                row(e, src, base, out);
                return;
            }
            boolean block = BLOCKS.contains(tag);
            Block.Kind k = kind;
            int lvl = level;
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                k = Block.Kind.HEADING;
                lvl = tag.charAt(1) - '0';
            } else if (tag.equals("blockquote")) {
                k = Block.Kind.QUOTE;
            } else if (tag.equals("li")) {
                k = Block.Kind.LIST_ITEM;
            }
            if (block) {
                out.start(k, lvl, false);
            }
            int before = out.text().length();
            MarkSpan mark = new MarkSpan(out, before);
            walk(e, src, base, out, k, lvl);
            Span text = mark.span();
            if (text != null) {
                if (tag.equals("strong") || tag.equals("b")) {
                    out.bold(text);
                }
                String code = e.hasAttr("data-code") ? e.attr("data-code") : null;
                if (tag.equals("a") || code != null) {
                    out.link(new Block.Link(text, e.attr("href"), code));
                }
            }
            if (block) {
                out.start(kind, level, false);
            }
        }
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
    }

    /** A row whose cells hold only inline text: a line of a field table. */
    private static boolean simpleRow(Element tr) {
        for (Element d : tr.getAllElements()) {
            if (d != tr && !INLINE_CELL.contains(d.normalName())) {
                return false;
            }
        }
        return tr.children().size() >= 2;
    }

    /**
     * A table row as one line, |cell|cell|, as a Word field table is written: the bars are
     * synthetic, a label cell's colon (索引号：) is left out so each cell is a label or a value.
     */
    private void row(Element tr, Source src, int base, BlockCollector out) {
        out.start(Block.Kind.PARAGRAPH, 0, false);
        org.policykg.text.MappedText.Builder line = out.text();
        line.appendSynthetic('|');
        for (Element cell : tr.children()) {
            if (page.chrome(cell)) {
                continue;
            }
            BlockCollector one = new BlockCollector();
            walk(cell, src, base, one, Block.Kind.PARAGRAPH, 0);
            org.policykg.text.MappedText m = one.text().build();
            // The cell's own chars without its white space and a closing colon.
            int from = 0;
            int to = m.length();
            while (from < to && blank(m.charAt(from))) {
                from++;
            }
            while (to > from && (blank(m.charAt(to - 1)) || m.charAt(to - 1) == '：' || m.charAt(to - 1) == ':')) {
                to--;
            }
            line.append(m, from, to);
            line.appendSynthetic('|');
        }
        out.finish();
    }

    /** The source span of what a subtree appended, if it stayed in one block. */
    private record MarkSpan(BlockCollector out, int start) {
        Span span() {
            var b = out.text();
            if (b.length() <= start) {
                return null;
            }
            return b.build().source(start, b.length());
        }
    }
}
