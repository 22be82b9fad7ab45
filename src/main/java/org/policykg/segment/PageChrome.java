package org.policykg.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.lexicon.CueWords;

/**
 * What a page wraps its text in: the site's navigation, tool and footer lines (words in
 * {@code lexicon/page-chrome.tsv}), and the furniture a browser or a PDF print adds to every
 * page: a header with the page title and the print time, a footer with the page address and
 * 第1/4页, a page number between dashes (— 1 —).
 */
public final class PageChrome {
    /** A browser print's header ends with when it was printed: 2025/12/18 11:39, 8/8/25 下午1:27. */
    private static final Pattern PRINT_STAMP = Pattern.compile(
            "\\s*(?:\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2})\\s*(?:上午|下午)?\\s*\\d{1,2}:\\d{2}$");
    /** A print's footer: the page address, perhaps with the page counter (第1/13页, 页码:1/3). */
    private static final Pattern FOOTER = Pattern.compile(
            "^(?<url>https?://\\S+?)\\s*(?:第\\s*\\d+\\s*/\\s*\\d+\\s*[页⻚]|[页⻚]码[:：]?\\s*\\d+\\s*/\\s*\\d+)?$");
    /** A page number between dashes: — 1 —, -2-. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[—–\\-－]\\s*\\d{1,3}\\s*[—–\\-－]$");
    /** What separates chrome words: spaces, bars, arrows, brackets, colons. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|/>＞»·•:：,，\\[\\]【】()（）\\-—_!！]+");

    private final List<String> nav;
    private final List<String> openers;

    public PageChrome(CueWords cues) {
        List<String> words = new ArrayList<>(cues.words("page-chrome", "nav"));
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.nav = List.copyOf(words);
        List<String> open = new ArrayList<>(cues.words("page-chrome", "opener"));
        open.addAll(cues.words("page-chrome", "disclaimer"));
        this.openers = List.copyOf(open);
    }

    /** Is the (normalised) line site chrome or print furniture rather than text? */
    public boolean isChrome(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (isFurniture(s)) {
            return true;
        }
        for (String o : openers) {
            if (s.startsWith(o)) {
                return true;
            }
        }
        // A line of chrome words: little is left once they and the separators are taken out.
        String rest = s;
        boolean any = false;
        for (String w : nav) {
            if (rest.contains(w)) {
                rest = rest.replace(w, " ");
                any = true;
            }
        }
        rest = SEPARATORS.matcher(rest).replaceAll("");
        return any && rest.length() * 4 <= s.length();
    }

    /** A print header, a print footer or a page number. */
    public static boolean isFurniture(String line) {
        String s = line.strip();
        return PAGE_NUMBER.matcher(s).matches() || FOOTER.matcher(s).matches() || printedTitle(s) != null;
    }

    /** Of a line's letters, the share in scripts no Chinese text is written in at which the line is a garbled run. */
    private static final double GARBLED_SHARE = 0.3;
    private static final int GARBLED_MIN = 3;

    /**
     * A PDF whose font maps its glyphs to the wrong code points prints a title or a field row as a
     * run of letters from unrelated scripts (Sinhala, Thai, Arabic, Canadian syllabics …): the line
     * says nothing readable, and no sentence runs on from it or into it: it stood on a line of its
     * own (a title, a field row, a chapter heading).
     */
    public static boolean garbled(String s) {
        return Letters.of(s).garbled();
    }

    /**
     * A line's letters and those of them in foreign scripts: counts add up when lines are joined,
     * so a paragraph growing line by line is not counted again from its start at each line.
     */
    public record Letters(int letters, int foreign) {
        public static Letters of(String s) {
            int letters = 0;
            int foreign = 0;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (!Character.isLetter(c)) {
                    continue;
                }
                letters++;
                if (c < 0x80 || (c >= 0x3400 && c <= 0x9FFF)) {
                    continue; // Latin and Han, most letters: no script lookup
                }
                Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                if (sc != Character.UnicodeScript.HAN && sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.COMMON
                        && sc != Character.UnicodeScript.GREEK && sc != Character.UnicodeScript.CYRILLIC
                        && sc != Character.UnicodeScript.HIRAGANA && sc != Character.UnicodeScript.KATAKANA
                        && sc != Character.UnicodeScript.BOPOMOFO && sc != Character.UnicodeScript.HANGUL) {
                    foreign++;
                }
            }
            return new Letters(letters, foreign);
        }

        public Letters plus(Letters o) {
            return new Letters(letters + o.letters, foreign + o.foreign);
        }

        public boolean garbled() {
            return foreign >= GARBLED_MIN && foreign >= letters * GARBLED_SHARE;
        }
    }

    /** The page title a print header gives before its print time, or null when the line is no print header. */
    public static String printedTitle(String line) {
        if (line.length() > 120) {
            return null; // before the scan: a paragraph is no print header
        }
        Matcher m = PRINT_STAMP.matcher(line);
        if (!m.find()) {
            return null;
        }
        String title = line.substring(0, m.start()).strip();
        // 发布时间：2025/12/18 11:39 is a field, not a print header.
        return title.length() >= 2 && title.indexOf(':') < 0 && title.indexOf('：') < 0 ? title : null;
    }

    /** The end of the page address a print footer opens with, or -1 when the line is no footer. */
    public static int footerUrlEnd(String line) {
        Matcher m = FOOTER.matcher(line.strip());
        return m.matches() ? line.indexOf(m.group("url")) + m.group("url").length() : -1;
    }
}
