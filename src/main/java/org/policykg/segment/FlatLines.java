package org.policykg.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policykg.text.MappedText;
import org.policykg.text.Normalizer;

/**
 * A text flattened to one line: a crawler's cell, or a page saved without its line breaks, where the
 * page's field table, its title, the document number, the addressees, each paragraph, the signature
 * and its date run on, each after a run of spaces (or 　, &amp;nbsp;) standing where a line break was:
 * {@code 鲁政办字〔2025〕49号 各市人民政府,…: 《…》已经…同意,现印发给你们,…。 山东省人民政府办公厅 2025年5月7日 …}.
 *
 * <p>A block is read as flattened when it is long and at least {@link #MIN_BREAKS} of its space runs stand
 * where a document shows a line break (after a sentence's end; before a numbered heading, an article, a
 * field label or a date). It is then cut into lines at the space runs where a line ends: after a
 * sentence, before those starts, after a short unpunctuated run (a title, an issuer, a number, a site's
 * menu item). A run is never cut inside 《》, quotes or brackets, inside a number or a date (2025-05-13
 * 09:33:55), next to a separator (首页 / 政务公开, 繁体 | 无障碍) or a colon's label (索引号 : X), around a
 * single letter-spaced character (总 则), or between an article's number and its heading (第一条 目的和依据
 * 为…, which a document prints on one line). The cuts are offsets into the normalised text, whose chars
 * keep their source spans, so quotes still match the file.
 */
final class FlatLines {
    /** Shorter blocks are lines; a flattened page holds at least a title, a few fields and a paragraph. */
    static final int MIN_LENGTH = 200;
    /** Space runs standing where a document breaks its lines, below which a long block is a paragraph. */
    static final int MIN_BREAKS = 3;
    /** The longest run without clause punctuation read as a line of its own (a title, an issuer, a number). */
    private static final int LINE = 40;
    /** How far an opening bracket or quote holds the text after it, so that an unclosed one does not hold the rest. */
    private static final int BRACKET_REACH = 80;
    private static final String SENTENCE_END = "。！？；!?;";
    /** A gap before these continues the line: punctuation and separators never start one. */
    private static final String NO_START = ":：,，、。；;！？!?)）》”’|/>»·-—";
    /** A gap after these continues the line: separators and openings. */
    private static final String NO_END = "|/>»·(（《“‘—";
    /** A document number standing as a line of its own: 沪府办发〔2026〕9号. */
    private static final Pattern NUMBER = Pattern.compile("\\p{IsHan}{1,10}[〔\\[(【](?:19|20)\\d{2}[〕\\])】]\\d{1,5}号");
    private static final Pattern DATE = Pattern.compile("\\d{4}(?:年\\d{1,2}月\\d{1,2}日|[-/.]\\d{1,2}[-/.]\\d{1,2})");

    /** A field label and its colon, matched where a line may start. */
    private final Pattern fieldLabel;

    /** @param labels the field labels as a regex alternation ({@code lexicon/field-labels.tsv}) */
    FlatLines(String labels) {
        this.fieldLabel = Pattern.compile("(?:" + labels + ")\\s*[:：]");
    }

    /**
     * Where the lines of a flattened block start in its normalised text {@code t} (ascending, never 0);
     * empty when the block is not flattened.
     *
     * @param raw the block's text before normalising: it still shows the spaces the normaliser dropped
     */
    List<Integer> cuts(MappedText raw, MappedText t) {
        int n = t.length();
        if (raw.text().indexOf(Normalizer.ESCAPED_BREAK) >= 0) {
            return escapedBreaks(raw, t);
        }
        if (n < MIN_LENGTH) {
            return List.of();
        }
        List<Integer> gaps = gaps(raw, t);
        if (gaps.size() < MIN_BREAKS) {
            return List.of();
        }
        int breaks = 0;
        for (int k : gaps) {
            int a = before(t, k);
            if (a >= 0 && SENTENCE_END.indexOf(t.charAt(a)) >= 0 || startsLine(t, k)) {
                breaks++;
            }
        }
        if (breaks < MIN_BREAKS) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        int lastCut = 0;
        int g = 0;
        int paren = -1; // where the innermost open bracket or quote stands, -1 when none holds
        int title = -1;
        int quote = -1;
        for (int k = 1; k < n && g < gaps.size(); k++) {
            char c = t.charAt(k - 1);
            switch (c) {
                case '(', '（' -> paren = k - 1;
                case ')', '）' -> paren = -1;
                case '《' -> title = k - 1;
                case '》' -> title = -1;
                case '“' -> quote = k - 1;
                case '”' -> quote = -1;
                default -> { }
            }
            if (gaps.get(g) != k) {
                continue;
            }
            int runStart = g == 0 ? 0 : gaps.get(g - 1);
            int runEnd = g + 1 < gaps.size() ? gaps.get(g + 1) : n;
            g++;
            boolean held = paren >= 0 && k - paren <= BRACKET_REACH || title >= 0 && k - title <= BRACKET_REACH
                    || quote >= 0 && k - quote <= BRACKET_REACH;
            if (!held && cutAt(t, k, lastCut, runStart, runEnd)) {
                out.add(k);
                lastCut = k;
            }
        }
        return out;
    }

    /**
     * A text whose line breaks were written out as characters ({@code \n}, {@code <br/>}, read by
     * {@link Normalizer#unescaped}) breaks at each of them, as the file it was exported from did, and only there:
     * its lines then join as any text's do (a sentence wrapped over two).
     */
    private static List<Integer> escapedBreaks(MappedText raw, MappedText t) {
        List<Integer> out = new ArrayList<>();
        for (int k : gaps(raw, t)) {
            int a = before(t, k);
            if (a >= 0 && breakBetween(raw, t.sourceEnd(a), t.sourceStart(k))) {
                out.add(k);
            }
        }
        return out;
    }

    /** Is there an escaped line break among the raw chars whose source lies in {@code [from, to)}? */
    private static boolean breakBetween(MappedText raw, int from, int to) {
        for (int i = raw.indexAtSource(from); i < raw.length() && raw.sourceStart(i) < to; i++) {
            if (raw.charAt(i) == Normalizer.ESCAPED_BREAK) {
                return true;
            }
        }
        return false;
    }

    /** Should the line break at gap {@code k}? */
    private boolean cutAt(MappedText t, int k, int lastCut, int runStart, int runEnd) {
        int a = before(t, k);
        if (a < 0) {
            return false;
        }
        char x = t.charAt(a);
        char y = t.charAt(k);
        if (NO_START.indexOf(y) >= 0 || NO_END.indexOf(x) >= 0) {
            return false;
        }
        if (inNumber(x, y)) {
            return false;
        }
        // 总 则, 通 知: a title spaced out letter by letter is one line (总 则 第一条: the article still starts one).
        boolean starts = startsLine(t, k);
        if (!starts && (hanRun(t, runStart, a + 1) == 1 || hanRun(t, k, runEnd) == 1)) {
            return false;
        }
        if (x == ':' || x == '：') {
            // The addressees' line (各市人民政府,…各高等院校:) ends at its colon; a label's colon (发布时间: 2024-…) does not.
            return clause(t, lastCut, a);
        }
        if (SENTENCE_END.indexOf(x) >= 0 || ")）】".indexOf(x) >= 0
                || x == '”' && a > 0 && SENTENCE_END.indexOf(t.charAt(a - 1)) >= 0) {
            return true;
        }
        if (starts || number(t, k, runEnd)) {
            return !headingOnly(t, lastCut, a + 1);
        }
        if (number(t, runStart, a + 1)) {
            return true; // the number over the addressees: …的通知 沪府办发〔2026〕9号 各区人民政府,…
        }
        // A short run with no clause in it is a line of its own: a title, an issuer, a number, a menu item;
        // not a row's serial (16 某某科技有限公司), which stands on the row's line.
        Ordinals.Ordinal o = Ordinals.at(t, lastCut);
        int body = o == null ? lastCut : Math.min(lastCut + o.end(), a + 1); // 二、强化保障: the ordinal's 、 is no clause
        return a + 1 - lastCut <= LINE && !serial(t, lastCut, a + 1) && !clause(t, body, a + 1) && !headingOnly(t, lastCut, a + 1)
                && !articleHeading(t, lastCut, a + 1);
    }

    /** Does a line start at {@code k}: a numbered heading or article, a field label, a date? */
    private boolean startsLine(MappedText t, int k) {
        Ordinals.Ordinal o = Ordinals.at(t, k);
        if (o != null && o.tier() != Ordinals.Tier.DASH && k + o.end() < t.length()) {
            return true;
        }
        char c = t.charAt(k);
        if (Character.isDigit(c)) {
            return DATE.matcher(t).region(k, t.length()).lookingAt();
        }
        return c > 0x2E80 && fieldLabel.matcher(t).region(k, t.length()).lookingAt();
    }

    /** Is {@code [from, to)} a document number and nothing else? */
    private static boolean number(MappedText t, int from, int to) {
        return to - from <= 20 && t.charAt(to - 1) == '号' && NUMBER.matcher(t).region(from, to).matches();
    }

    /**
     * The gaps of the block: each index of {@code t} that follows a run of whitespace in the source (the
     * normaliser drops a run next to CJK, keeps one space between two Latin letters or digits).
     */
    private static List<Integer> gaps(MappedText raw, MappedText t) {
        List<Integer> out = new ArrayList<>();
        for (int k = 1; k < t.length(); k++) {
            if (t.charAt(k) == ' ') {
                continue;
            }
            if (t.charAt(k - 1) == ' ') {
                out.add(k);
            } else if (!t.isSynthetic(k) && !t.isSynthetic(k - 1) && t.sourceStart(k) > t.sourceEnd(k - 1)
                    && spaceBetween(raw, t.sourceEnd(k - 1), t.sourceStart(k))) {
                out.add(k);
            }
        }
        return out;
    }

    /** Is there whitespace among the raw chars whose source lies in {@code [from, to)}? Markup between shows none. */
    private static boolean spaceBetween(MappedText raw, int from, int to) {
        for (int i = raw.indexAtSource(from); i < raw.length() && raw.sourceStart(i) < to; i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }

    /** The last char before gap {@code k} that is not a kept space, or -1. */
    private static int before(MappedText t, int k) {
        int a = k - 1;
        while (a >= 0 && t.charAt(a) == ' ') {
            a--;
        }
        return a;
    }

    /** 2025-05-13 09:33:55, 1 000, 2024年 11月: a gap inside a number or a date. */
    private static boolean inNumber(char x, char y) {
        boolean xd = x < 0x80 && Character.isLetterOrDigit(x);
        boolean yd = y < 0x80 && Character.isLetterOrDigit(y);
        return xd && yd || Character.isDigit(x) && "年月日号时分秒万亿元%".indexOf(y) >= 0
                || "年月".indexOf(x) >= 0 && Character.isDigit(y);
    }

    /** How many chars {@code [from, to)} holds when all are Han, else 0. */
    private static int hanRun(MappedText t, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (!Character.isIdeographic(c)) {
                return 0;
            }
            count++;
        }
        return count;
    }

    /** Is {@code [from, to)} a serial number alone (a table row's 序号, a page number)? */
    private static boolean serial(MappedText t, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Does {@code [from, to)} hold a clause or sentence mark? */
    private static boolean clause(MappedText t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",，、。；;".indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Is {@code [from, to)} a numbered start and nothing else (第一章, 一、)? Its heading follows. */
    private static boolean headingOnly(MappedText t, int from, int to) {
        Ordinals.Ordinal o = Ordinals.at(t, from);
        return o != null && from + o.end() >= to;
    }

    /** 第一条 目的和依据: an article's number and its heading, which its text follows on the same line. */
    private static boolean articleHeading(MappedText t, int from, int to) {
        Ordinals.Ordinal o = Ordinals.at(t, from);
        return o != null && o.tier() == Ordinals.Tier.ARTICLE && o.text().endsWith("条");
    }
}
