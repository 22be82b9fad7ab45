package org.policykg.ingest;

import java.util.ArrayList;
import java.util.List;
import org.policykg.text.MappedText;
import org.policykg.text.Span;

/**
 * Accumulates blocks while a reader walks its format's tree. Bold spans and
 * links are gathered per document and handed to the blocks they fall in.
 */
final class BlockCollector {
    private final List<Block> blocks = new ArrayList<>();
    private final List<Span> bold = new ArrayList<>();
    private final List<Block.Link> links = new ArrayList<>();

    private MappedText.Builder current;
    private Block.Kind kind = Block.Kind.PARAGRAPH;
    private int level;
    private boolean softBreak;

    void start(Block.Kind kind, int level, boolean softBreak) {
        finish();
        this.current = MappedText.builder();
        this.kind = kind;
        this.level = level;
        this.softBreak = softBreak;
    }

    MappedText.Builder text() {
        if (current == null) {
            start(Block.Kind.PARAGRAPH, 0, false);
        }
        return current;
    }

    /** Continues the current block's kind on a new line. */
    void lineBreak() {
        Block.Kind k = kind;
        int l = level;
        start(k == Block.Kind.HEADING ? Block.Kind.HEADING : k, l, true);
    }

    void bold(Span span) {
        if (!span.isEmpty()) {
            bold.add(span);
        }
    }

    void link(Block.Link link) {
        links.add(link);
    }

    void finish() {
        if (current == null) {
            return;
        }
        MappedText t = current.build();
        current = null;
        t = stripCjkEmphasis(t);
        if (t.text().isBlank()) {
            return;
        }
        blocks.add(new Block(kind, level, t, List.of(), List.of(), softBreak));
    }

    /**
     * CommonMark will not close {@code **} after CJK punctuation that is followed by
     * a letter ("**（三）优化举报服务。**建立…"), a known limit of its flanking rules:
     * pair up the literal markers that survived and record them as bold.
     */
    private MappedText stripCjkEmphasis(MappedText t) {
        String s = t.text();
        int first = s.indexOf("**");
        if (first < 0) {
            return t;
        }
        MappedText.Builder b = MappedText.builder();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf("**", i);
            int close = open < 0 ? -1 : s.indexOf("**", open + 2);
            if (open < 0 || close < 0) {
                b.append(t, i, s.length());
                break;
            }
            b.append(t, i, open);
            bold(t.source(open + 2, close));
            b.append(t, open + 2, close);
            i = close + 2;
        }
        return b.build();
    }

    /** Blocks another reader made (a table cell's Markdown), with their bold spans and links. */
    void addAll(List<Block> made) {
        finish();
        for (Block b : made) {
            blocks.add(b);
            bold.addAll(b.bold());
            links.addAll(b.links());
        }
    }

    List<Block> blocks() {
        finish();
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            Span range = b.text().source();
            List<Span> bs = new ArrayList<>();
            for (Span s : bold) {
                if (s.overlaps(range)) {
                    bs.add(s);
                }
            }
            List<Block.Link> ls = new ArrayList<>();
            for (Block.Link l : links) {
                if (l.span().overlaps(range)) {
                    ls.add(l);
                }
            }
            out.add(new Block(b.kind(), b.level(), b.text(), bs, ls, b.softBreak()));
        }
        return out;
    }
}
