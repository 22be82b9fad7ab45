package org.policykg.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykg.text.MappedText;

/**
 * Numbered items run together in one paragraph, where each would stand on a line of its own:
 * a crawler's cell that flattened a page (… 特制定本意见。 一、支持对象 … 二、支持方式 (一)… 1.…),
 * or a paragraph that lists its items one sentence after another (…民生实事。(1)…。(2)…。(3)…).
 * Each item starts where a line break was dropped or a sentence ended, and the items of a tier
 * count on from 1 (一、二、三、, (1)(2)(3), 第一条 第二条): an ordinal that breaks the count (依照
 * 第三条, 一是…) or a number with no list around it stays in its sentence.
 */
final class InlineItems {
    /** Shorter paragraphs are lines, not flattened pages, and carry no run of items worth cutting. */
    private static final int MIN_LENGTH = 20;
    /** A tier is a list only when it counts this far in the paragraph. */
    private static final int MIN_ITEMS = 2;

    private InlineItems() {
    }

    /** Where the paragraph's inline items start (ascending, never 0); empty when it has none. */
    static List<Integer> cuts(MappedText t) {
        return cuts(t, Map.of());
    }

    /**
     * The same, for a paragraph after others: {@code carried} holds the last value each tier reached in the
     * paragraphs before (by {@link #key}). A part's heading that runs its items in (二、强化要素保障。(三)设立…。(四)…)
     * goes on with the count of the parts before it, as a text numbers its (一)…(N) through all its parts: under an
     * opening 一、 heading, the next value of a tier below it starts an item, even alone.
     */
    static List<Integer> cuts(MappedText t, Map<String, Integer> carried) {
        String s = t.text();
        if (s.length() < MIN_LENGTH) {
            return List.of();
        }
        Map<String, Integer> last = new HashMap<>();
        Map<String, List<Integer>> starts = new HashMap<>();
        Map<String, Boolean> fromOne = new HashMap<>();
        Ordinals.Ordinal head = Ordinals.at(s);
        if (head != null && head.tier() != Ordinals.Tier.DASH && Ordinals.value(head) == 1) {
            last.put(key(head), 1); // the paragraph opens the list it goes on with
            fromOne.put(key(head), true);
            starts.put(key(head), new ArrayList<>());
        }
        java.util.Set<String> goingOn = new java.util.HashSet<>();
        if (head != null && head.tier() == Ordinals.Tier.CHINESE) {
            for (Ordinals.Tier below : List.of(Ordinals.Tier.CHINESE_PAREN, Ordinals.Tier.ARABIC)) {
                Integer c = carried.get(below.name());
                if (c != null && !last.containsKey(below.name())) {
                    last.put(below.name(), c);
                    fromOne.put(below.name(), true);
                    goingOn.add(below.name());
                }
            }
        }
        int headingAt = head != null && head.tier() != Ordinals.Tier.DASH ? head.end() : -1; // where the last numbered heading's text starts
        String headingKey = head != null ? key(head) : null; // chapters and articles count apart (第二章 then 第五条)
        // 总则第一条为…: a text run together with nothing between its lines glues its first article to the heading
        // before it; the article starts the count when the next one (第二条) stands where a line broke.
        Map<String, Integer> glued = new HashMap<>();
        for (int k = 1; k < s.length(); k++) {
            boolean underHeading = false;
            if (s.charAt(k) == '第' && !boundary(t, k)) {
                Ordinals.Ordinal o = Ordinals.at(s, k);
                if (o != null && o.tier() == Ordinals.Tier.ARTICLE && Ordinals.value(o) == 1 && o.end() < s.length() - k
                        && (!o.text().endsWith("条") || afterChapter(s, k))) {
                    glued.putIfAbsent(key(o), k); // 依照…条例第一条规定 is a reference: no chapter heading runs into it
                }
            }
            if (!boundary(t, k)) {
                // 一、深入推进改革创新(一)进一步简政放权。…: a page flattened without its line breaks runs a part's
                // heading into its first item; a short run with no punctuation after a numbered start is that heading.
                underHeading = headingAt >= 0 && headingLine(s, headingAt, k);
                if (!underHeading) {
                    continue;
                }
            }
            Ordinals.Ordinal o = Ordinals.at(s, k);
            if (o == null || o.tier() == Ordinals.Tier.DASH || o.end() >= s.length() - k) {
                continue;
            }
            // 如下:一、… : the colon opens a text's parts; after 附件:1.… or 电话:1… it opens no line.
            char colon = s.charAt(k - 1);
            if ((colon == ':' || colon == '：') && o.tier() != Ordinals.Tier.CHINESE && o.tier() != Ordinals.Tier.CHINESE_PAREN) {
                continue;
            }
            // Under the heading, its first item: (一), or the next of a count that runs on across parts ((五) after (四)).
            Integer counted = last.get(key(o));
            if (underHeading && (key(o).equals(headingKey)
                    || Ordinals.value(o) != 1 && (counted == null || Ordinals.value(o) != counted + 1))) {
                continue;
            }
            headingAt = k + o.end();
            headingKey = key(o);
            int v = Ordinals.value(o);
            String key = key(o);
            Integer before = last.get(key);
            if (v == 2 && before == null && glued.containsKey(key) && glued.get(key) < k) {
                last.put(key, 1);
                starts.computeIfAbsent(key, x -> new ArrayList<>()).add(glued.get(key));
                fromOne.put(key, true);
                before = 1;
            }
            if (v == 1 || before != null && v == before + 1) {
                last.put(key, v);
                starts.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
                fromOne.merge(key, v == 1, Boolean::logicalOr);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : starts.entrySet()) {
            int items = e.getValue().size() + (head != null && key(head).equals(e.getKey()) ? 1 : 0);
            if (items >= (goingOn.contains(e.getKey()) ? 1 : MIN_ITEMS) && fromOne.getOrDefault(e.getKey(), false)) {
                out.addAll(e.getValue());
            }
        }
        out.sort(null);
        return out;
    }

    /** The longest heading of a part (一、…) that a flattened page runs into its first item. */
    private static final int HEADING = 30;

    /** Whether s[from, to) is a heading's text: short, and no clause or sentence ends in it. */
    private static boolean headingLine(String s, int from, int to) {
        if (to - from < 2 || to - from > HEADING) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if ("，。；：,;:！？!?()（）".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A dropped line break (a space, or a gap the normaliser left where it dropped one), a sentence's end, or the colon that opens a list (如下:一、…). */
    private static boolean boundary(MappedText t, int k) {
        char before = t.charAt(k - 1);
        if (before == ' ' || "。！？!?:：".indexOf(before) >= 0) {
            return true;
        }
        return !t.isSynthetic(k) && !t.isSynthetic(k - 1) && t.sourceStart(k) > t.sourceEnd(k - 1);
    }

    /** Does a chapter's heading (第一章总则) run into {@code k}, with no punctuation between? */
    private static boolean afterChapter(String s, int k) {
        for (int i = k - 1; i >= Math.max(0, k - HEADING); i--) {
            char c = s.charAt(i);
            if ("，。；：,;:!?！？".indexOf(c) >= 0) {
                return false;
            }
            if (c == '章' && i >= 2) {
                int from = s.lastIndexOf('第', i);
                return from >= 0 && i - from <= 5 && Ordinals.at(s, from) != null;
            }
        }
        return false;
    }

    /** Tiers count apart; 第X章 and 第X条 too. */
    static String key(Ordinals.Ordinal o) {
        return o.tier() == Ordinals.Tier.ARTICLE ? "ARTICLE" + o.text().charAt(o.text().length() - 1) : o.tier().name();
    }
}
