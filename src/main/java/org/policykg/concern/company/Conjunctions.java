package org.policykg.concern.company;

import com.hankcs.hanlp.seg.common.Term;
import java.util.Comparator;
import java.util.List;
import org.policykg.lexicon.CueWords;

/**
 * The conjunctions that join two names or a list's last member (甲、乙和丙, 飞利浦以及中海油): lexicon/firm-name-context.tsv
 * role conjunction, the one source for the rules of this package that read them, as the segmenter's words or as
 * written characters.
 */
final class Conjunctions {
    /** Longest first, so that 以及 is read before the 及 it ends with. */
    private static final List<String> WORDS = CueWords.standard().words("firm-name-context", "conjunction").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private Conjunctions() {
    }

    /** Whether {@code word} is one of the conjunctions, whatever the segmenter tagged it. */
    static boolean is(String word) {
        return WORDS.contains(word);
    }

    /** Whether the segmenter's word is a conjunction used as one (tagged c: 和 of 甲和乙, not a verb's or a name's). */
    static boolean word(Term t) {
        return is(t.word) && t.nature.toString().startsWith("c");
    }

    /** The length of the conjunction written at {@code at} in {@code s}, or 0. */
    static int at(String s, int at) {
        for (String w : WORDS) {
            if (s.startsWith(w, at)) {
                return w.length();
            }
        }
        return 0;
    }

    /** The length of the conjunction written right before {@code end} in {@code s}, or 0. */
    static int endingAt(String s, int end) {
        for (String w : WORDS) {
            if (end >= w.length() && s.startsWith(w, end - w.length())) {
                return w.length();
            }
        }
        return 0;
    }

    /** Whether a conjunction is written anywhere in {@code s}. */
    static boolean in(String s) {
        for (String w : WORDS) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The conjunctions of one character, as one string to read with indexOf (和与及). */
    static String oneCharacterEach() {
        StringBuilder out = new StringBuilder();
        WORDS.stream().filter(w -> w.codePointCount(0, w.length()) == 1).forEach(out::append);
        return out.toString();
    }
}
