package org.policykg.quantity;

import org.policykg.text.Han;
import java.math.BigDecimal;

import org.policykg.quantity.UnitTable.Entry;

/**
 * What the characters around a number say about it, independent of what the sentence is
 * about: whether it belongs to a code, date, version or formula (SH.688318, 12:47, 1+16),
 * names a technology (5G, 50G PON), sits in an idiom (五位一体, 千家万户), or is an article or
 * a magnitude word rather than an amount (一张图, 千瓦级).
 */
final class Surroundings {

    /** Counters that after a bare 百/千/万 make names and idioms: 千人计划, 百家争鸣, 千家万户. */
    private static final String NAME_COUNTERS = "人家户名";
    /** Words that follow a numeral without making it a number in a four-character idiom. */
    private static final String[] NUMERAL_WORDS = {"一流", "一线", "一批", "一些", "一级", "一类", "一般", "一致"};
    /** Bounds under which a lone 一 is the number one; not verbs like 突破 or 达. */
    private static final String[] ARTICLE_BOUNDS = {"至少", "最少", "最多", "至多", "不少于", "不多于", "不超过", "不低于"};

    private final CharSequence s;
    private final int n;

    Surroundings(CharSequence s) {
        this.s = s;
        this.n = s.length();
    }

    /**
     * Characters before a number that make it part of something else: a denominator (每万人),
     * a code or version (SH.688318, L4, IPv6, GB/T), a vague amount (数十), the right side of a
     * range that was rejected (0851-86798090), a programme name (双千兆). Ordinals (第) are
     * handled with their lists by the {@link QuantityScanner}.
     */
    boolean leftBlocked(int i, Numeral num) {
        if (i == 0) {
            return false;
        }
        char p = s.charAt(i - 1);
        char pp = i >= 2 ? s.charAt(i - 2) : ' ';
        if (UnitTable.isAsciiLetter(p)) {
            return true;
        }
        switch (p) {
            case '每': case '双': case '届': case '/': case '@': case '#': case '_': case '=': case '\\':
                return true;
            case '.': case '+': case ':': case '-': case '—': case '–': case '―':
                return isAsciiAlnum(pp);
            case '~': case '至': case '到':
                return Numerals.isAsciiDigit(pp);
            case '数': case '几':
                return !num.arabic();
            default:
                return false;
        }
    }

    /** Characters after a number that make it part of a time, date, fraction or formula. */
    boolean rightBlocked(int end) {
        if (end >= n) {
            return false;
        }
        char c = s.charAt(end);
        char next = end + 1 < n ? s.charAt(end + 1) : ' ';
        switch (c) {
            case ':': case '/':
                return Numerals.isAsciiDigit(next);         // 12:47, 10/22, 5/6G
            case '+':
                return isAsciiAlnum(next);                   // 1+16
            case '.':
                return UnitTable.isAsciiLetter(next);        // 101881527.html
            case '@': case '_': case '#':
                return true;
            default:
                return false;
        }
    }

    /** 5G, 5.5G, 6G, 5G-A are mobile generations; 50G PON, 10G无源光网络 are technologies. */
    boolean isTechnologyName(Numeral num, int afterG) {
        if (num.scaleExp() == 0 && num.value().compareTo(BigDecimal.TEN) < 0) {
            return true;
        }
        int p = afterG + Gaps.length(s, afterG);
        if (ComparatorLexicon.startsWith(s, p, "PON") || ComparatorLexicon.startsWith(s, p, "无源光")) {
            return true;
        }
        return afterG + 1 < n && (s.charAt(afterG) == '-' || s.charAt(afterG) == '+')
                && UnitTable.isAsciiLetter(s.charAt(afterG + 1));
    }

    /**
     * Rules about the number and unit together, independent of the sentence: magnitude
     * words are units or classes (千瓦, 万元, 千亿元级, 万亩良田, 百公里), not amounts, unless
     * qualified (超千亿元);
     * a lone 一 before a counter is an article (一张图); numerals in idioms (五位一体, 千家万户)
     * and ranks (前10名) are not counts; 成 needs a comparator.
     */
    boolean acceptable(Numeral lo, Numeral hi, Entry e, boolean qualified, int floor) {
        if (lo.digitless() && !qualified && (e.unit() != Unit.COUNT || e.measure()) && e.need() != UnitTable.Need.BANDWIDTH_WORD) {
            return false;
        }
        if (e.need() == UnitTable.Need.COMPARATOR) {
            return qualified && hi == null && lo.value().compareTo(BigDecimal.TEN) <= 0;
        }
        if (e.unit() != Unit.COUNT) {
            return true;
        }
        if (hi == null && lo.isLoneOne(s) && !boundsTheArticle(lo, floor)) {
            return false;
        }
        if (lo.digitless() && !qualified && NAME_COUNTERS.contains(e.counter())) {
            return false;
        }
        boolean rank = "名".equals(e.counter()) || "位".equals(e.counter());
        if (rank && lo.start() > 0 && s.charAt(lo.start() - 1) == '前') {
            return false;
        }
        return !(lo.isSingleChineseChar() && inNumeralIdiom(lo.start()));
    }

    /**
     * 至少一个, 一个以上: a lone 一 is the number one only under an explicit bound. Verbs that
     * double as comparators do not count (突破一批关键技术, 达成一致).
     */
    private boolean boundsTheArticle(Numeral one, int floor) {
        int at = one.start() - Gaps.lengthBefore(s, one.start(), floor);
        for (String w : ARTICLE_BOUNDS) {
            if (at - w.length() >= floor && ComparatorLexicon.startsWith(s, at - w.length(), w)) {
                return true;
            }
        }
        Entry counter = UnitTable.longestAt(s, one.end());
        return counter != null && ComparatorLexicon.suffixAt(s, one.end() + counter.surface().length()) != null;
    }

    /**
     * Whether the one-character numeral at {@code i} is half of a four-character idiom of the
     * shape numeral-X-numeral-Y: 五位一体, 千家万户, 一企一策, 三横三纵.
     */
    private boolean inNumeralIdiom(int i) {
        boolean firstHalf = i + 3 < n && isWordChar(s.charAt(i + 1)) && isSingleNumeral(i + 2)
                && isWordChar(s.charAt(i + 3)) && !isNumeralWord(i + 2);
        boolean secondHalf = i >= 2 && i + 1 < n && isSingleNumeral(i - 2) && isWordChar(s.charAt(i - 1))
                && isWordChar(s.charAt(i + 1)) && !isNumeralWord(i);
        return firstHalf || secondHalf;
    }

    private boolean isSingleNumeral(int i) {
        return i >= 0 && i < n && Numerals.isChineseNumeral(s.charAt(i))
                && (i == 0 || !Numerals.isChineseNumeral(s.charAt(i - 1)))
                && (i + 1 >= n || !Numerals.isChineseNumeral(s.charAt(i + 1)));
    }

    private boolean isNumeralWord(int i) {
        for (String w : NUMERAL_WORDS) {
            if (ComparatorLexicon.startsWith(s, i, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Han.is(c) && !Numerals.isChineseNumeral(c);
    }

    private static boolean isAsciiAlnum(char c) {
        return UnitTable.isAsciiLetter(c) || Numerals.isAsciiDigit(c);
    }
}
