package org.policykg.ingest;

import java.util.List;
import java.util.Map;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.policykg.text.Span;

/**
 * Markdown through commonmark-java, with source spans so every visible char
 * keeps its offset. A soft line break starts a new block: in Chinese text a
 * single newline usually ends a paragraph, and the segmenter re-joins the lines
 * that were merely wrapped.
 */
public final class MarkdownReader implements DocumentReader {
    private final Parser parser = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    @Override
    public ParsedDocument read(Source source) {
        return new ParsedDocument(source, Format.MARKDOWN, Map.of(), readBody(source, 0, source.text().length()));
    }

    /** Blocks of the Markdown in UTF-16 range {@code [start, end)} of the source. */
    List<Block> readBody(Source source, int start, int end) {
        Node root = parser.parse(source.text().substring(start, end));
        Walker w = new Walker(source, start);
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            w.block(n, Block.Kind.PARAGRAPH);
        }
        return w.out.blocks();
    }

    private static final class Walker {
        final Source src;
        final int base;
        final BlockCollector out = new BlockCollector();
        final HtmlReader html = new HtmlReader();
        String pendingMarker;
        int pendingMarkerAt;

        Walker(Source src, int base) {
            this.src = src;
            this.base = base;
        }

        void block(Node n, Block.Kind kind) {
            if (n instanceof Heading h) {
                leaf(h, Block.Kind.HEADING, h.getLevel());
            } else if (n instanceof Paragraph p) {
                leaf(p, kind, 0);
            } else if (n instanceof BlockQuote) {
                children(n, Block.Kind.QUOTE);
            } else if (n instanceof OrderedList || n instanceof BulletList) {
                children(n, kind);
            } else if (n instanceof ListItem item) {
                if (item.getParent() instanceof OrderedList) {
                    rememberMarker(item);
                }
                children(n, Block.Kind.LIST_ITEM);
            } else if (n instanceof HtmlBlock) {
                int[] r = range(n);
                if (r != null) {
                    out.finish();
                    html.collect(src, r[0], r[1], out);
                }
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                codeLines(n);
            } else if (!(n instanceof ThematicBreak) && !(n instanceof LinkReferenceDefinition)) {
                children(n, kind);
            }
        }

        void children(Node n, Block.Kind kind) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                block(c, kind);
            }
        }

        /** Ordered-list numbers are content to us (measures are numbered): keep "1." in the text. */
        void rememberMarker(ListItem item) {
            int[] r = range(item);
            Node first = item.getFirstChild();
            int[] fr = first == null ? null : range(first);
            if (r == null || fr == null || fr[0] <= r[0]) {
                return;
            }
            String marker = src.text().substring(r[0], fr[0]).strip();
            if (!marker.isEmpty()) {
                pendingMarker = marker;
                pendingMarkerAt = r[0] + src.text().substring(r[0], fr[0]).indexOf(marker.charAt(0));
            }
        }

        void leaf(Node n, Block.Kind kind, int level) {
            out.start(kind, level, false);
            if (pendingMarker != null) {
                Aligner.append(out.text(), src, pendingMarker, pendingMarkerAt, pendingMarkerAt + pendingMarker.length());
                pendingMarker = null;
            }
            inlines(n);
            out.finish();
        }

        void inlines(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                inline(n);
            }
        }

        void inline(Node n) {
            if (n instanceof Text t) {
                literal(t.getLiteral(), t);
            } else if (n instanceof Code c) {
                literal(c.getLiteral(), c);
            } else if (n instanceof SoftLineBreak) {
                out.lineBreak();
            } else if (n instanceof HardLineBreak || n instanceof HtmlInline) {
                // A hard break only wraps a line; inline tags carry no text.
            } else if (n instanceof Image) {
                // Images carry no text we analyse.
            } else if (n instanceof StrongEmphasis) {
                int[] r = range(n);
                if (r != null && r[1] - r[0] > 4) {
                    out.bold(new Span(src.codePoint(r[0] + 2), src.codePoint(r[1] - 2)));
                }
                inlines(n);
            } else if (n instanceof Link link) {
                int[] r = childRange(link);
                if (r != null) {
                    out.link(new Block.Link(new Span(src.codePoint(r[0]), src.codePoint(r[1])),
                            link.getDestination(), null));
                }
                inlines(n);
            } else {
                inlines(n);
            }
        }

        void literal(String literal, Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            int from = base + first.getInputIndex();
            int to = base + last.getInputIndex() + last.getLength();
            Aligner.append(out.text(), src, literal, from, to);
        }

        void codeLines(Node n) {
            int[] r = range(n);
            if (r == null) {
                return;
            }
            String t = src.text();
            int i = r[0];
            boolean first = true;
            while (i < r[1]) {
                int nl = t.indexOf('\n', i);
                int end = nl < 0 || nl > r[1] ? r[1] : nl;
                if (!t.substring(i, end).isBlank() && !t.substring(i, end).strip().startsWith("```")) {
                    out.start(Block.Kind.PARAGRAPH, 0, !first);
                    out.text().append(src.mapped(i, end));
                    first = false;
                }
                i = end + 1;
            }
            out.finish();
        }

        /** UTF-16 range of a node in the source, or null when the parser gave no span. */
        int[] range(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                return null;
            }
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            return new int[] {base + first.getInputIndex(), base + last.getInputIndex() + last.getLength()};
        }

        int[] childRange(Node n) {
            int[] lo = null;
            int[] hi = null;
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                int[] r = range(c);
                if (r != null) {
                    if (lo == null) {
                        lo = r;
                    }
                    hi = r;
                }
            }
            return lo == null ? null : new int[] {lo[0], hi[1]};
        }
    }
}
