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
 * for every glyph; here each text keeps the points it was drawn at in an array, in the order drawn,
 * which is top to bottom on most pages: while it is, the points within reach of a glyph's y are
 * found by binary search, and only those are looked at (a page's 的 or ， may be drawn fifty times);
 * once a text is drawn above an earlier one, its points are searched through. The one difference:
 * for a glyph of negative width PDFBox's range is reversed and it throws, failing the whole PDF,
 * where this finds no earlier glyph.
 */
final class DrawnTwice {
    /** Per text, the points where it was drawn, x and y in turn; those of an earlier page are dropped when the text comes again. */
    private final Map<String, Points> drawn = new HashMap<>();
    private int page;

    private static final class Points {
        float[] xy = new float[8];
        int n;
        int page;
        /** Whether the points stand in the order of their y ({@link Float#compare}), as a page drawn top to bottom gives them. */
        boolean byY = true;
    }

    /** Forgets the glyphs drawn so far: call at each page's start. */
    void nextPage() {
        page++;
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
        Points p = drawn.get(text);
        if (p == null) {
            p = new Points();
            p.page = page;
            drawn.put(text, p);
        } else if (p.page != page) {
            p.page = page;
            p.n = 0;
            p.byY = true;
        }
        float[] xy = p.xy;
        int n = p.n;
        if (p.byY) {
            for (int i = firstAtOrAfter(xy, n, yFrom); i < n && Float.compare(xy[i + 1], yTo) < 0; i += 2) {
                if (Float.compare(xy[i], xFrom) >= 0 && Float.compare(xy[i], xTo) < 0) {
                    return true;
                }
            }
        } else {
            for (int i = n - 2; i >= 0; i -= 2) {
                if (Float.compare(xy[i], xFrom) >= 0 && Float.compare(xy[i], xTo) < 0
                        && Float.compare(xy[i + 1], yFrom) >= 0 && Float.compare(xy[i + 1], yTo) < 0) {
                    return true;
                }
            }
        }
        if (n == xy.length) {
            p.xy = xy = Arrays.copyOf(xy, xy.length * 2);
        }
        if (n > 0 && Float.compare(y, xy[n - 1]) < 0) {
            p.byY = false;
        }
        xy[n] = x;
        xy[n + 1] = y;
        p.n = n + 2;
        return false;
    }

    /** The index (of an x) of the first point whose y is not below {@code y}, the points being in the order of their y. */
    private static int firstAtOrAfter(float[] xy, int n, float y) {
        int lo = 0;
        int hi = n / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Float.compare(xy[2 * mid + 1], y) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return 2 * lo;
    }
}
