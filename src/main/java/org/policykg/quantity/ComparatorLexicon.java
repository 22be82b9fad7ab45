package org.policykg.quantity;

import static org.policykg.quantity.Comparator.APPROX;
import static org.policykg.quantity.Comparator.EXACT;
import static org.policykg.quantity.Comparator.MAX;
import static org.policykg.quantity.Comparator.MIN;

import java.util.List;
import java.util.Map;

/**
 * Words that turn a number into a bound or an estimate, before it (最高1000万元, 超40万吨) or
 * after it (1000万元以上, 15%左右). A few words that merely end in a comparator character are
 * listed as {@link Comparator#EXACT} so that they block it: 签约100亿元 is not "about", 高达 is
 * not "at least".
 */
final class ComparatorLexicon {

    /**
     * A comparator word and where it sits; {@code start} is where a quantity's text begins.
     * {@code weak}: a verb of reaching (达到, 达) rather than a bound, which an explicit
     * estimate after the number overrides (达到1500亿元左右 is about 1500亿).
     */
    record Match(int start, int end, Comparator comparator, boolean weak) {
        Match(int start, int end, Comparator comparator) {
            this(start, end, comparator, false);
        }
    }

    private static final java.util.Set<String> WEAK = java.util.Set.of("达到", "达");

    private static final Map<String, Comparator> PREFIXES = Map.ofEntries(
            Map.entry("超过", MIN), Map.entry("超", MIN), Map.entry("突破", MIN), Map.entry("逾", MIN),
            Map.entry("不低于", MIN), Map.entry("不少于", MIN), Map.entry("不小于", MIN),
            Map.entry("至少", MIN), Map.entry("最少", MIN), Map.entry("最低", MIN), Map.entry("起码", MIN),
            Map.entry("达到", MIN), Map.entry("达", MIN), Map.entry("高于", MIN), Map.entry("多于", MIN),
            Map.entry("大于", MIN),
            Map.entry("不超过", MAX), Map.entry("不高于", MAX), Map.entry("不多于", MAX), Map.entry("不大于", MAX),
            Map.entry("最高", MAX), Map.entry("最多", MAX), Map.entry("至多", MAX), Map.entry("上限", MAX),
            Map.entry("不到", MAX), Map.entry("不足", MAX), Map.entry("低于", MAX), Map.entry("少于", MAX),
            Map.entry("小于", MAX), Map.entry("最长", MAX), Map.entry("最高达", MAX), Map.entry("最多达", MAX),
            Map.entry("最高可达", MAX),
            Map.entry("约", APPROX), Map.entry("大约", APPROX), Map.entry("约为", APPROX), Map.entry("约合", APPROX),
            Map.entry("近", APPROX), Map.entry("将近", APPROX), Map.entry("接近", APPROX), Map.entry("大概", APPROX),
            // words ending in 达/约/近/超 that are not comparators
            Map.entry("高达", EXACT), Map.entry("长达", EXACT), Map.entry("多达", EXACT), Map.entry("可达", EXACT),
            Map.entry("到达", EXACT), Map.entry("抵达", EXACT), Map.entry("下达", EXACT), Map.entry("传达", EXACT),
            Map.entry("表达", EXACT), Map.entry("发达", EXACT), Map.entry("直达", EXACT), Map.entry("送达", EXACT),
            Map.entry("签约", EXACT), Map.entry("合约", EXACT), Map.entry("节约", EXACT), Map.entry("制约", EXACT),
            Map.entry("履约", EXACT), Map.entry("集约", EXACT), Map.entry("特约", EXACT),
            Map.entry("最近", EXACT), Map.entry("附近", EXACT), Map.entry("邻近", EXACT), Map.entry("靠近", EXACT),
            Map.entry("赶超", EXACT));

    private static final Map<String, Comparator> SUFFIXES = Map.ofEntries(
            Map.entry("以上", MIN), Map.entry("及以上", MIN), Map.entry("或以上", MIN),
            Map.entry("以下", MAX), Map.entry("及以下", MAX), Map.entry("或以下", MAX),
            Map.entry("以内", MAX), Map.entry("之内", MAX), Map.entry("封顶", MAX),
            Map.entry("左右", APPROX), Map.entry("上下", APPROX));

    /** "(含)", inclusive, may stand on either side of a suffix: 30万元(含)以上. */
    private static final String INCLUSIVE = "(含)";
    private static final int LONGEST = 4;

    private ComparatorLexicon() {
    }

    /**
     * The comparator word(s) ending just before a number at {@code numberStart}, starting no
     * earlier than {@code floor}; two may stack (最高不超过). Null if there is none.
     */
    static Match prefixBefore(CharSequence s, int numberStart, int floor) {
        int end = numberStart - Gaps.lengthBefore(s, numberStart, floor);
        Match last = longestEndingAt(s, end, floor);
        if (last == null) {
            return null;
        }
        Match first = longestEndingAt(s, last.start(), floor);
        if (first == null) {
            return last;
        }
        return new Match(first.start(), last.end(), first.comparator().and(last.comparator()), first.weak() && last.weak());
    }

    private static Match longestEndingAt(CharSequence s, int end, int floor) {
        for (int len = Math.min(LONGEST, end - floor); len >= 1; len--) {
            Comparator c = PREFIXES.get(s.subSequence(end - len, end).toString());
            if (c != null) {
                String word = s.subSequence(end - len, end).toString();
                return c == EXACT ? null : new Match(end - len, end, c, WEAK.contains(word));
            }
        }
        return null;
    }

    /** Bounds that may stand before "noun phrase + 的" rather than before the number itself. */
    private static final List<Map.Entry<String, Comparator>> PHRASE_BOUNDS = List.of(
            Map.entry("最高不超过", MAX), Map.entry("不超过", MAX), Map.entry("不高于", MAX), Map.entry("不多于", MAX),
            Map.entry("不低于", MIN), Map.entry("不少于", MIN), Map.entry("最高", MAX), Map.entry("最多", MAX),
            Map.entry("最低", MIN), Map.entry("至少", MIN), Map.entry("不到", MAX), Map.entry("不足", MAX),
            Map.entry("超过", MIN), Map.entry("高于", MIN), Map.entry("低于", MAX));
    private static final int LONGEST_PHRASE = 24;

    /**
     * A bound on a share given as "bound + what it is a share of + 的 + number", the usual way
     * subsidy rates are written: 按不超过服务合同金额的50%, 不低于项目总投资的10%. The phrase
     * in between may not contain punctuation or numbers. Null if the number is not so bounded.
     */
    static Match boundOverPhrase(CharSequence s, int numberStart, int floor) {
        if (numberStart - 1 <= floor || s.charAt(numberStart - 1) != '的') {
            return null;
        }
        return boundBefore(s, numberStart - 1, floor);
    }

    /**
     * The same for a share written out, where 百分之 itself joins the phrase to the number, with
     * or without 的: 补助金额超过总经费百分之五十者, 不超过项目投资的百分之三十.
     */
    static Match boundOverPhraseOfWords(CharSequence s, int shareStart, int floor) {
        if (shareStart - 1 <= floor) {
            return null;
        }
        return boundBefore(s, s.charAt(shareStart - 1) == '的' ? shareStart - 1 : shareStart, floor);
    }

    /** A phrase bound ending somewhere before {@code phraseEnd}, with only letters in between. */
    private static Match boundBefore(CharSequence s, int phraseEnd, int floor) {
        int numberStart = phraseEnd + 1;
        for (int end = phraseEnd - 1; end > floor && numberStart - end <= LONGEST_PHRASE; end--) {
            char c = s.charAt(end);
            if (!Character.isLetter(c) || Numerals.isChineseNumeral(c)) {
                return null;
            }
            for (Map.Entry<String, Comparator> bound : PHRASE_BOUNDS) { // longest first
                String w = bound.getKey();
                if (end - w.length() >= floor && startsWith(s, end - w.length(), w)) {
                    return new Match(end - w.length(), end, bound.getValue());
                }
            }
        }
        return null;
    }

    /** The comparator word following a quantity at {@code pos}, with any "(含)"; null if none. */
    static Match suffixAt(CharSequence s, int pos) {
        int start = pos + Gaps.length(s, pos);
        int p = startsWith(s, start, INCLUSIVE) ? start + INCLUSIVE.length() : start;
        for (int len = 3; len >= 2; len--) {
            if (p + len > s.length()) {
                continue;
            }
            String word = s.subSequence(p, p + len).toString();
            Comparator c = SUFFIXES.get(word);
            if (c == null || word.equals("上下") && p + len < s.length() && "游文级班楼联".indexOf(s.charAt(p + len)) >= 0) {
                continue; // 上下游 is up- and downstream, not "about"
            }
            int end = p + len;
            if (startsWith(s, end, INCLUSIVE)) {
                end += INCLUSIVE.length();
            }
            return new Match(start, end, c);
        }
        return null;
    }

    static boolean startsWith(CharSequence s, int pos, String word) {
        if (pos < 0 || pos + word.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (s.charAt(pos + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
