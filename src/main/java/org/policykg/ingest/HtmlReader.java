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
 * links and auto-linked stock names are kept with their codes.
 */
public final class HtmlReader implements DocumentReader {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "li",
            "tr", "td", "th", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br", "dt", "dd", "table",
            "ul", "ol", "pre", "figure", "figcaption", "main", "aside", "nav", "title", "body");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "svg");

    @Override
    public ParsedDocument read(Source source) {
        BlockCollector out = new BlockCollector();
        collect(source, 0, source.text().length(), out);
        return new ParsedDocument(source, Format.HTML, Map.of(), out.blocks());
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
            if (child instanceof TextNode t) {
                Range r = t.sourceRange();
                if (!r.isTracked() || t.getWholeText().isEmpty()) {
                    continue;
                }
                Aligner.append(out.text(), src, t.getWholeText(), base + r.startPos(), base + r.endPos());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIP.contains(tag)) {
                    continue;
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
