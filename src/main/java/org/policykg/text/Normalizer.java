package org.policykg.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.BitSet;

/**
 * Turns source text into analysis text: full-width ASCII folded, traditional
 * characters converted to simplified (only for documents written in traditional
 * Chinese), and whitespace next to CJK dropped so that a number or a word broken
 * across lines reads whole. Every output char keeps its source span.
 */
public final class Normalizer {
    /** Share of Han characters that conversion would change above which a document is traditional. */
    static final double TRADITIONAL_SHARE = 0.02;

    private final boolean traditional;

    private Normalizer(boolean traditional) {
        this.traditional = traditional;
    }

    public static Normalizer forDocument(String wholeText) {
        return new Normalizer(isTraditional(wholeText));
    }

    public static Normalizer simplified() {
        return new Normalizer(false);
    }

    public static Normalizer traditional() {
        return new Normalizer(true);
    }

    public boolean convertsTraditional() {
        return traditional;
    }

    /**
     * OpenCC's containsTraditional() is true for nearly any simplified text (some
     * characters are in both sets) and toSimple() rewrites brand names such as
     * 昇腾; so decide per document by how much conversion would change.
     */
    public static boolean isTraditional(String text) {
        BitSet changing = TraditionalChars.CHANGING;
        int han = 0;
        int changed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF) {
                han++;
                if (changing.get(c)) {
                    changed++;
                }
            }
        }
        return han > 0 && changed >= 3 && changed > han * TRADITIONAL_SHARE;
    }

    /**
     * A value read outside the analysis text (a front matter field) in the script the analysis uses:
     * simplified when the document is traditional, as its paragraphs are.
     */
    public static String simplified(String value) {
        return ZhConverterUtil.toSimple(value);
    }

    public MappedText normalize(MappedText in) {
        if (traditional) {
            return collapseSpaces(toSimplified(withoutPinyinGlosses(fold(in))));
        }
        return withoutPinyinGlosses(foldAndCollapse(in));
    }

    /** Tone-marked pinyin vowels: a gloss is told by them, so (a) or (yes) after a char stays. */
    private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

    /**
     * 規(guī)定, 業(yè)務: a mirror site's machine conversion writes the reading of a polyphonic
     * character in brackets after it. The gloss is one pinyin syllable with a tone mark right
     * after a Han character; it is dropped from the analysis text (the source keeps it).
     */
    static MappedText withoutPinyinGlosses(MappedText in) {
        String s = in.text();
        int first = -1;
        for (int i = 0; i < s.length() && first < 0; i++) {
            if (TONE_MARKS.indexOf(s.charAt(i)) >= 0) {
                first = i;
            }
        }
        if (first < 0) {
            return in;
        }
        MappedText.Builder b = MappedText.builder();
        int i = 0;
        while (i < s.length()) {
            int end = s.charAt(i) == '(' && i > 0 && Han.is(s.charAt(i - 1)) ? glossEnd(s, i) : -1;
            if (end > 0) {
                i = end;
                continue;
            }
            b.append(s.charAt(i), in.sourceStart(i), in.sourceEnd(i));
            i++;
        }
        return b.build();
    }

    /** The index after the ')' of a pinyin gloss opening at {@code open}, or -1. */
    private static int glossEnd(String s, int open) {
        boolean marked = false;
        int k = open + 1;
        for (; k < s.length() && k <= open + 7; k++) {
            char c = s.charAt(k);
            if (c == ')') {
                break;
            }
            boolean tone = TONE_MARKS.indexOf(c) >= 0;
            if (!(c >= 'a' && c <= 'z' || c == 'ü' || tone)) {
                return -1;
            }
            marked |= tone;
        }
        return marked && k > open + 1 && k < s.length() && s.charAt(k) == ')' ? k + 1 : -1;
    }

    /**
     * The char a line break written out as characters stands as once read ({@link #unescaped}): U+2028, a
     * space to the normaliser, told from a line break the file itself holds by the segmenter's flattened lines.
     */
    public static final char ESCAPED_BREAK = '\u2028';
    /** Escapes a text must hold before they are read as a kind: a single {@code \n} in prose stays as written. */
    static final int MIN_ESCAPES = 3;

    /**
     * A plain-text cell or record whose exporter flattened its JSON or HTML writes its line breaks and spaces
     * out as characters: {@code \n}, {@code \r\n}, {@code <br/>}, {@code <p>…</p>} for a break, {@code \t},
     * {@code \\u3000} (one backslash), {@code &nbsp;}, {@code &emsp;}, {@code &#12288;} for a space. When at least
     * {@link #MIN_ESCAPES} such escapes recur in the text, each is read as what it stands for: a break as
     * {@link #ESCAPED_BREAK}, a space as a space, one char whose source span is the whole escape (a quote
     * across it shows the escape as the file writes it). Otherwise the text is returned as it is.
     */
    public static MappedText unescaped(MappedText in) {
        String s = in.text();
        if (s.indexOf('\\') < 0 && s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return in;
        }
        int count = 0;
        for (int i = 0; i < s.length() && count < MIN_ESCAPES; i++) {
            int e = escapeEnd(s, i);
            if (e > i) {
                count++;
                i = e - 1;
            }
        }
        if (count < MIN_ESCAPES) {
            return in;
        }
        MappedText.Builder b = MappedText.builder();
        for (int i = 0; i < s.length(); ) {
            int e = escapeEnd(s, i);
            if (e > i) {
                b.append(escapedBreak(s, i) ? ESCAPED_BREAK : ' ', in.sourceStart(i), in.sourceEnd(e - 1));
                i = e;
            } else {
                b.append(s.charAt(i), in.sourceStart(i), in.sourceEnd(i));
                i++;
            }
        }
        return b.build();
    }

    /** Does the escape at {@code i} stand for a line break (rather than a space)? */
    private static boolean escapedBreak(String s, int i) {
        if (s.charAt(i) == '<') {
            return true;
        }
        if (s.charAt(i) == '&') {
            return false;
        }
        int k = i;
        while (s.charAt(k) == '\\') {
            k++;
        }
        return s.charAt(k) == 'n' || s.charAt(k) == 'r';
    }

    private static final String[] SPACE_ENTITIES = {"&nbsp;", "&emsp;", "&ensp;", "&thinsp;", "&#12288;", "&#160;",
        "&#x3000;", "&#xa0;"};
    private static final String[] SPACE_ESCAPES = {"u3000", "u00a0", "u2002", "u2003"};

    /** The index after an escape written out at {@code i} (\\n, \\r, \\t, \\u3000, &amp;nbsp;, &lt;br/&gt;, &lt;p&gt;, &lt;/p&gt;), or {@code i}. */
    private static int escapeEnd(String s, int i) {
        char c = s.charAt(i);
        int n = s.length();
        if (c == '\\') {
            int k = i + 1;
            if (k < n && s.charAt(k) == '\\') {
                k++; // \\n: escaped twice
            }
            if (k >= n) {
                return i;
            }
            char x = s.charAt(k);
            if (x == 'n' || x == 'r' || x == 't') {
                return k + 1;
            }
            for (String u : SPACE_ESCAPES) {
                if (s.regionMatches(true, k, u, 0, u.length())) {
                    return k + u.length();
                }
            }
            return i;
        }
        if (c == '&') {
            for (String e : SPACE_ENTITIES) {
                if (s.regionMatches(true, i, e, 0, e.length())) {
                    return i + e.length();
                }
            }
            return i;
        }
        if (c == '<' && i + 2 < n) {
            int k = i + 1;
            boolean close = s.charAt(k) == '/';
            if (close) {
                k++;
            }
            if (k + 1 < n && (s.charAt(k) | 0x20) == 'b' && (s.charAt(k + 1) | 0x20) == 'r' && !close) {
                k += 2;
                while (k < n && k < i + 8 && (s.charAt(k) == ' ' || s.charAt(k) == '/')) {
                    k++;
                }
                return k < n && s.charAt(k) == '>' ? k + 1 : i;
            }
            if ((s.charAt(k) | 0x20) == 'p' && k + 1 < n) {
                char y = s.charAt(k + 1);
                if (y == '>') {
                    return k + 2;
                }
                if (y == ' ' && !close) {
                    int gt = s.indexOf('>', k);
                    int lt = s.indexOf('<', k);
                    return gt > 0 && gt - k <= 200 && (lt < 0 || lt > gt) ? gt + 1 : i;
                }
            }
        }
        return i;
    }

    /** fold() then collapseSpaces() in one pass: most documents need nothing else, and this is per block. */
    static MappedText foldAndCollapse(MappedText in) {
        MappedText.Builder b = MappedText.builder();
        int n = in.length();
        int pendingSpace = -1; // index of the first char of a whitespace run not yet decided
        char before = 0;
        for (int i = 0; i < n; i++) {
            char c = folded(in.charAt(i));
            if (c == 0) {
                continue;
            }
            if (isSpace(c)) {
                if (pendingSpace < 0) {
                    pendingSpace = i;
                }
                continue;
            }
            if (pendingSpace >= 0) {
                if (b.length() > 0 && !isCjk(before) && !isCjk(c)) {
                    b.append(' ', in.sourceStart(pendingSpace), in.sourceEnd(pendingSpace));
                }
                pendingSpace = -1;
            }
            b.append(c, in.sourceStart(i), in.sourceEnd(i));
            before = c;
        }
        return b.build();
    }

    /**
     * CJK radicals as PDF printing leaves them (⼈⼯智能 for 人工智能): the Kangxi radicals and the
     * radicals supplement, each mapped to the ideograph NFKC gives it, where that is one char.
     */
    private static final char[] RADICALS = new char[0x2FD6 - 0x2E80];

    static {
        for (int c = 0x2E80; c < 0x2FD6; c++) {
            String n = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFKC);
            RADICALS[c - 0x2E80] = n.length() == 1 && n.charAt(0) != c ? n.charAt(0) : 0;
        }
        // The radicals supplement has no compatibility decomposition: Unicode's equivalents, as data.
        try (var in = Normalizer.class.getResourceAsStream("radicals.tsv");
             var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length >= 2 && f[0].length() == 1 && f[1].length() == 1 && !line.startsWith("#")) {
                    char c = f[0].charAt(0);
                    if (c >= 0x2E80 && c < 0x2FD6) {
                        RADICALS[c - 0x2E80] = f[1].charAt(0);
                    }
                }
            }
        } catch (java.io.IOException | NullPointerException e) {
            throw new ExceptionInInitializerError("cannot read text/radicals.tsv: " + e);
        }
    }

    /** The folded form of a char, or 0 for a char that is dropped. */
    private static char folded(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c >= '\u2E80' && c < '\u2FD6' && RADICALS[c - 0x2E80] != 0) {
            return RADICALS[c - 0x2E80];
        }
        if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7F) {
            return 0; // a control byte a broken PDF font left: skipped (Decoder rejects only real binary)
        }
        if (c == '\u3000' || c == '\u00A0' || (c >= '\u2002' && c <= '\u200A') || c == '\t' || c == ESCAPED_BREAK) {
            return ' ';
        }
        if ((c >= '\u200B' && c <= '\u200D') || c == '\uFEFF' || c == '\r') {
            return 0;
        }
        return c;
    }

    /** Full-width ASCII to ASCII, odd spaces to a plain space, zero-width chars dropped. */
    static MappedText fold(MappedText in) {
        MappedText.Builder b = MappedText.builder();
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c >= '\u2E80' && c < '\u2FD6' && RADICALS[c - 0x2E80] != 0) {
                c = RADICALS[c - 0x2E80];
            } else if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7F) {
                continue;
            } else if (c == '\u3000' || c == '\u00A0' || (c >= '\u2002' && c <= '\u200A') || c == '\t' || c == ESCAPED_BREAK) {
                c = ' ';
            } else if ((c >= '\u200B' && c <= '\u200D') || c == '\uFEFF' || c == '\r') {
                continue;
            }
            b.append(c, in.sourceStart(i), in.sourceEnd(i));
        }
        return b.build();
    }

    static MappedText toSimplified(MappedText in) {
        String s = in.text();
        String out = ZhConverterUtil.toSimple(s);
        MappedText.Builder b = MappedText.builder();
        if (out.length() == s.length()) {
            for (int i = 0; i < s.length(); i++) {
                b.append(out.charAt(i), in.sourceStart(i), in.sourceEnd(i));
            }
            return b.build();
        }
        // A few rare characters change length when converted: go code point by code point.
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String conv = ZhConverterUtil.toSimple(s.substring(i, i + n));
            int from = in.sourceStart(i);
            int to = in.sourceEnd(i + n - 1);
            for (int k = 0; k < conv.length(); k++) {
                b.append(conv.charAt(k), from, to);
            }
            i += n;
        }
        return b.build();
    }

    /** Whitespace runs next to CJK vanish; elsewhere they become one space; ends are trimmed. */
    static MappedText collapseSpaces(MappedText in) {
        MappedText.Builder b = MappedText.builder();
        int n = in.length();
        int i = 0;
        while (i < n) {
            char c = in.charAt(i);
            if (!isSpace(c)) {
                b.append(c, in.sourceStart(i), in.sourceEnd(i));
                i++;
                continue;
            }
            int j = i;
            while (j < n && isSpace(in.charAt(j))) {
                j++;
            }
            boolean atEdge = b.length() == 0 || j == n;
            if (!atEdge && !isCjk(in.charAt(i - 1)) && !isCjk(in.charAt(j))) {
                b.append(' ', in.sourceStart(i), in.sourceEnd(i));
            }
            i = j;
        }
        return b.build();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    /** Han ideographs, CJK punctuation and full-width forms, and the quotes and dashes CJK text uses. */
    public static boolean isCjk(char c) {
        return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2010 && c <= 0x2027) || c == 0x00B7
                || Character.isSurrogate(c);
    }

    /** Characters that conversion to simplified would change, computed once. */
    private static final class TraditionalChars {
        static final BitSet CHANGING = compute();

        private static BitSet compute() {
            BitSet set = new BitSet(0xA000);
            StringBuilder all = new StringBuilder(0xA000 - 0x3400);
            for (char c = 0x3400; c <= 0x9FFF; c++) {
                all.append(c);
            }
            // One call converts the whole block; per-char conversion only where lengths differ.
            String s = all.toString();
            String out = ZhConverterUtil.toSimple(s);
            if (out.length() == s.length()) {
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) != out.charAt(i)) {
                        set.set(s.charAt(i));
                    }
                }
            } else {
                for (int i = 0; i < s.length(); i++) {
                    String one = s.substring(i, i + 1);
                    if (!ZhConverterUtil.toSimple(one).equals(one)) {
                        set.set(s.charAt(i));
                    }
                }
            }
            return set;
        }
    }
}
