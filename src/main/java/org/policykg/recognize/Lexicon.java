package org.policykg.recognize;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * General Chinese vocabulary, from HanLP's core dictionary: whether a string is
 * ordinary words (机器人; 海量 + 数据) or a name (百度, 哔哩哔哩). Used only on short
 * candidate strings, never on whole documents, so it costs little.
 */
public final class Lexicon {
    /** HanLP natures of ordinary words: nouns, verbs, adjectives, adverbs, locatives, numerals. */
    private static final Set<String> ORDINARY = Set.of("n", "vn", "v", "vi", "vd", "a", "an", "ad", "d", "b", "f",
            "s", "ng", "vg", "ag", "nl", "gi", "gm", "gb", "gp", "gc", "m", "q", "l", "i", "z", "p", "c", "u", "ude1",
            "nis", "nnt", "nnd", "nz");

    /** First letters of HanLP's natures of function words: particles, prepositions, conjunctions, adverbs. */
    private static final Set<String> FUNCTION = Set.of("u", "p", "c", "d");

    private Lexicon() {
    }

    /** HanLP's segmenters are thread-safe once built. */
    public static List<Term> segment(String s) {
        return HanLP.segment(s);
    }

    /**
     * Whether {@code s} is made of ordinary words only: every token an ordinary word
     * and at least one of two characters or more (数据 + 港 is; 哔 + 哩 + 哔 + 哩 is not).
     */
    public static boolean isOrdinary(String s) {
        List<Term> terms = segment(s);
        boolean word = false;
        for (Term t : terms) {
            String nature = t.nature.toString();
            if (!ORDINARY.contains(nature) || t.word.length() == 1 && !nature.equals("n") && !nature.equals("v")) {
                return false;
            }
            word |= t.word.length() >= 2;
        }
        return word;
    }

    /**
     * Whether {@code word} at {@code start} of {@code text} can be a name there. No
     * when a token crosses it (海信 in 上海|信息化) or it is an ordinary word (联想词:
     * 联想/v); yes when HanLP tags it as a name (华为/nt, 百度/ntc, 海信/nz) or an abbreviation
     * (国投/j), or knows none of its characters as words (咪|咕: an unknown name) and none is a
     * function word (更|美|的 is no name).
     */
    public static boolean isNameToken(String text, int start, String word) {
        // j: an abbreviation (国投, 中建); nis: an institution's (工行, 建行)
        return wordAt(text, start, word, nature -> nature.startsWith("nt") || nature.startsWith("nz")
                || nature.startsWith("nr") || nature.equals("nx") || nature.equals("j") || nature.equals("nis"));
    }

    /**
     * Whether {@code word} at {@code start} of {@code text} is a word of its own there, whatever HanLP tags it: no
     * token crosses it (海信 in 上海|信息化) and, where HanLP splits it, it splits into single characters none of which
     * is a function word (更|美|的 is no name). For names a curated table lists as names, where
     * {@link #isNameToken} would drop those HanLP's dictionary holds as common nouns (花旗/n, 国航/n).
     */
    public static boolean isWordAt(String text, int start, String word) {
        return wordAt(text, start, word, nature -> true);
    }

    /**
     * The walk both tests share: false when a token crosses the span of {@code word} at {@code start}; where HanLP
     * reads it as one token, what {@code whole} says of its tag; where it splits it, whether every piece is a single
     * character and none a function word (更|美|的 is no name).
     */
    private static boolean wordAt(String text, int start, String word, Predicate<String> whole) {
        int end = start + word.length();
        int at = 0;
        boolean pieces = true;
        for (Term t : segment(text)) {
            int next = at + t.word.length();
            if (next > start && at < end) {
                if (at < start || next > end) {
                    return false; // a word crosses the name's edge
                }
                String nature = t.nature.toString();
                if (t.word.equals(word)) {
                    return whole.test(nature);
                }
                pieces &= t.word.length() == 1 && !FUNCTION.contains(nature.substring(0, 1));
            }
            if (next >= end) {
                break;
            }
            at = next;
        }
        return pieces;
    }

    /**
     * Whether a word of {@code text} crosses an edge of the span {@code start}–{@code end}: 张江|高科技|园区 crosses
     * the end of 张江高科, 外国|投资 the start of 国投资本; 兆易创新|推出 crosses neither.
     */
    public static boolean wordCrosses(String text, int start, int end) {
        int at = 0;
        for (Term t : segment(text)) {
            int next = at + t.word.length();
            if (at < start && start < next || at < end && end < next) {
                return true;
            }
            if (next >= end) {
                return false;
            }
            at = next;
        }
        return false;
    }

    /**
     * Drops leading verbs, prepositions, adverbs, numerals, conjunctions, pronouns (其中), time words and
     * punctuation: "深化省大数据交易所" → "省大数据交易所", "并支持广州…", "当前海尔…", "——港智算…",
     * "新组建农发集团" → "农发集团", "稳妥有序组建云南…" → "云南…", "做强城市生命线…" → "城市生命线…".
     */
    public static int nameStartAfterVerbs(String phrase) {
        int at = 0;
        List<Term> terms = segment(phrase);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String nature = t.nature.toString();
            // "新组建农发集团", "新成立…": a one-char modifier of the two-char verb after it leads too (not 满|帮).
            boolean modifier = t.word.length() == 1 && nature.startsWith("a") && i + 1 < terms.size()
                    && terms.get(i + 1).nature.toString().startsWith("v") && terms.get(i + 1).word.length() >= 2;
            // "稳妥有序组建…": adjectives of manner in a run before a verb of two chars or more lead too.
            modifier |= nature.startsWith("a") && mannerBeforeVerb(terms, i);
            // "做强|城市生命线…", "做大|做强…": a one-char adjective right after a one-char verb is its result (做强, 做优);
            // after a longer verb it opens the name (推进|众|擎机器人).
            boolean result = t.word.length() == 1 && nature.startsWith("a") && i > 0 && terms.get(i - 1).word.length() == 1
                    && terms.get(i - 1).nature.toString().startsWith("v");
            boolean lead = modifier || result || nature.startsWith("v") || nature.equals("p") || nature.startsWith("d") || nature.startsWith("m")
                    || nature.equals("q") || nature.startsWith("c") || nature.startsWith("u") || nature.equals("r") || nature.equals("rz")
                    || nature.equals("t") || nature.startsWith("w");
            if (!lead) {
                return at;
            }
            at += t.word.length();
        }
        return at;
    }

    /** Whether the adjectives from {@code i} on run into a verb of two chars or more (稳妥|有序|组建). */
    private static boolean mannerBeforeVerb(List<Term> terms, int i) {
        int k = i;
        while (k < terms.size() && terms.get(k).nature.toString().startsWith("a") && terms.get(k).word.length() >= 2) {
            k++;
        }
        return k > i && k < terms.size() && terms.get(k).nature.toString().startsWith("v") && terms.get(k).word.length() >= 2;
    }

    /** Whether {@code word} is a token of {@code text} at {@code start} when HanLP segments it. */
    public static boolean isToken(String text, int start, String word) {
        int at = 0;
        for (Term t : segment(text)) {
            if (at == start) {
                return t.word.startsWith(word) || word.startsWith(t.word) && tokensCover(text, start, word);
            }
            if (at > start) {
                return false;
            }
            at += t.word.length();
        }
        return false;
    }

    private static boolean tokensCover(String text, int start, String word) {
        int at = 0;
        int end = start + word.length();
        for (Term t : segment(text)) {
            int next = at + t.word.length();
            if (at >= start && next == end) {
                return true;
            }
            if (next > end) {
                return false;
            }
            at = next;
        }
        return false;
    }
}
