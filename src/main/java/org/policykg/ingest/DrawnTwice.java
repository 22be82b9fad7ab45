package org.policykg.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Glyphs a page draws again over themselves: drafting tools fake a bold face (a 公文's title and
 * headings in 黑体 or 小标宋 where the font has no bold) by drawing the same text twice, a fraction
 * of a point apart, and the text layer would read each such character twice. The rule is PDFBox's
 * own ({@code PDFTextStripper}'s suppressDuplicateOverlappingText): a glyph is left out when the
 * same text was already drawn on the page within a third of its width, across and down (from
 * {@code x - t} inclusive to {@code x + t} exclusive, compared as {@link Float#compare} does).
 * PDFBox keeps a sorted map of sorted sets per text and opens a range view and an iterator on them
 * for every glyph; here each text keeps its points in an array, searched newest first (a glyph
 * drawn twice is found among the last ones), which costs less for a page's few dozen of each
 * character. The one difference: for a glyph of negative width PDFBox's range is reversed and
 * it throws, failing the whole PDF, where this finds no earlier glyph.
 */
final class DrawnTwice {
    /** Per text, the points where it was drawn on this page, x and y in turn. */
    private final Map<String, Points> drawn = new HashMap<>();

    private static final class Points {
        float[] xy = new float[8];
        int n;
    }

    /** Forgets the page's glyphs: call at each page's start. */
    void clear() {
        drawn.clear();
    }

    /**
     * Whether {@code text} drawn at ({@code x}, {@code y}) with this width lies over the same text
     * drawn before on the page; if not, it is remembered as drawn.
     */
    boolean again(String text, float x, float y, float width) {
        if (text == null) {
            return false; // PDFBox's text engine gives no glyph without text; its check would fail on one
        }
        float tolerance = width / text.length() / 3.0f;
        float xFrom = x - tolerance;
        float xTo = x + tolerance;
        float yFrom = y - tolerance;
        float yTo = y + tolerance;
        Points p = drawn.computeIfAbsent(text, t -> new Points());
        float[] xy = p.xy;
        for (int i = p.n - 2; i >= 0; i -= 2) {
            if (Float.compare(xy[i], xFrom) >= 0 && Float.compare(xy[i], xTo) < 0
                    && Float.compare(xy[i + 1], yFrom) >= 0 && Float.compare(xy[i + 1], yTo) < 0) {
                return true;
            }
        }
        if (p.n == xy.length) {
            p.xy = xy = Arrays.copyOf(xy, xy.length * 2);
        }
        xy[p.n++] = x;
        xy[p.n++] = y;
        return false;
    }
}
