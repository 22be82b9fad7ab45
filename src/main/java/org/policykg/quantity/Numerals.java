package org.policykg.quantity;

import java.math.BigDecimal;

/**
 * Reads Arabic, Chinese and mixed numerals with their scale words (十 百 千 万 亿 万亿).
 *
 * <p>Only the number is read here; whether it is a quantity is the scanner's decision.
 * Anything that looks numeric but is not a well-formed number (codes with a leading zero,
 * version strings, digit-by-digit Chinese years, 十四五) comes back {@linkplain
 * Numeral#isMalformed() malformed} so that the scanner skips it whole instead of finding a
 * number inside it.
 */
final class Numerals {

    /** Longer digit runs are identifiers (orders, phone numbers), not amounts. */
    private static final int MAX_INTEGER_DIGITS = 18;
    /** Bounds the work per Chinese numeral; real ones are far shorter. */
    private static final int MAX_CHINESE_RUN = 24;

    private Numerals() {
    }

    /** Characters a number can start with (not 零/〇, and not 亿: "亿万" is no number). */
    static boolean canStart(char c) {
        return isAsciiDigit(c) || chineseDigit(c) > 0 || smallScale(c) > 0 || c == '万';
    }

    /**
     * Whether a numeral may start at {@code i}. A financial-form digit (壹 … 玖) standing
     * alone is an ordinary character: 陆 in 登陆站 or 大陆 is "land", 伍 a surname.
     */
    static boolean canStart(CharSequence s, int i) {
        char c = s.charAt(i);
        if (!canStart(c)) {
            return false;
        }
        if ("壹贰叁肆伍陆柒捌玖".indexOf(c) >= 0) {
            return i + 1 < s.length() && isChineseNumeral(s.charAt(i + 1));
        }
        return true;
    }

    static boolean isChineseNumeral(char c) {
        return chineseDigit(c) >= 0 || smallScale(c) > 0 || bigScale(c) > 0;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static Numeral read(CharSequence s, int start) {
        return isAsciiDigit(s.charAt(start)) ? readArabic(s, start) : readChinese(s, start);
    }

    private static Numeral readArabic(CharSequence s, int start) {
        int n = s.length();
        int j = start;
        while (j < n && isAsciiDigit(s.charAt(j))) {
            j++;
        }
        int integerDigits = j - start;
        boolean malformed = integerDigits > MAX_INTEGER_DIGITS || s.charAt(start) == '0' && integerDigits > 1;
        StringBuilder digits = new StringBuilder(24).append(s, start, j);
        // Thousands separators only in the strict form 1,000,000 or 1 000 000 (GB/T 15835's
        // 千分撇 and 千分空): a comma is also the folded Chinese comma and a space may part two
        // numbers, so a 1-3 digit first group and 3-digit groups are the only accepted shape,
        // one separator kind per number. A plain space groups only at the start or right after
        // running text (奖励1 000万元), not after a space or a caption (图 3 100M, 表1 200家).
        char sep = j < n && isGroupSeparator(s.charAt(j)) ? s.charAt(j) : 0;
        if (sep == ' ' && start > 0 && !(Character.isIdeographic(s.charAt(start - 1))
                && "表图第号附页".indexOf(s.charAt(start - 1)) < 0)) {
            sep = 0;
        }
        while (!malformed && sep != 0 && integerDigits <= 3 && j < n && s.charAt(j) == sep
                && isDigits(s, j + 1, j + 4) && (j + 4 == n || !isAsciiDigit(s.charAt(j + 4)))) {
            digits.append(s, j + 1, j + 4);
            j += 4;
        }
        if (j + 1 < n && s.charAt(j) == '.' && isAsciiDigit(s.charAt(j + 1))) {
            int k = j + 1;
            while (k < n && isAsciiDigit(s.charAt(k))) {
                k++;
            }
            digits.append(s, j, k);
            j = k;
            if (j + 1 < n && s.charAt(j) == '.' && isAsciiDigit(s.charAt(j + 1))) {
                malformed = true; // 4.0.1, 2023.10.22: versions and dates
                while (j < n && (isAsciiDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
            }
        }
        if (malformed) {
            return Numeral.malformed(start, j);
        }
        return withSuffix(s, start, j, new BigDecimal(digits.toString()), 0, true, false, false);
    }

    private static Numeral readChinese(CharSequence s, int start) {
        int n = s.length();
        long total = 0;
        long section = 0;           // the part below the last 万/亿
        int digit = -1;             // a digit still waiting for its scale
        boolean zero = false;       // 零 seen since the last scale: 一千零五 = 1005
        boolean malformed = false;
        boolean hasDigit = false;
        boolean hasTen = false;     // 十 stands for 一十, so 十万 is an ordinary number
        boolean big = false;
        int lastSmall = 4;          // 千 > 百 > 十 within a section
        int lastBig = 0;
        int lastScale = 0;          // scale just before the pending digit: 一万五 = 15000
        int trailingExp = 0;
        int j = start;
        try {
            while (j < n && j - start < MAX_CHINESE_RUN) {
                char c = s.charAt(j);
                int d = chineseDigit(c);
                if (d >= 0) {
                    if (digit >= 0) {
                        malformed = true; // 三五, 二〇二五, 十四五: two digits with no scale between
                    }
                    if (d == 0) {
                        zero = true;
                    } else {
                        digit = d;
                        hasDigit = true;
                    }
                    trailingExp = 0;
                    j++;
                    continue;
                }
                int small = smallScale(c);
                if (small > 0) {
                    long times;
                    if (digit >= 0) {
                        times = digit;
                    } else if (j == start || zero) {
                        times = 1;        // 十五, 百个, 一千零十
                    } else {
                        break;            // 万千瓦: this 千 belongs to the unit 千瓦
                    }
                    if (small >= lastSmall) {
                        malformed = true; // 三百五千
                    }
                    section = Math.addExact(section, times * pow10(small));
                    hasTen |= small == 1;
                    lastSmall = small;
                    lastScale = small;
                    digit = -1;
                    zero = false;
                    trailingExp = 0;
                    j++;
                    continue;
                }
                int bigExp = bigScale(c);
                if (bigExp == 0) {
                    break;
                }
                int width = 1;
                if (bigExp == 4 && j + 1 < n && s.charAt(j + 1) == '亿') {
                    bigExp = 12;
                    width = 2;
                }
                long segment = section + Math.max(digit, 0);
                if (segment == 0) {
                    if (j != start) {
                        break;
                    }
                    segment = 1;          // 万兆 = 1万 兆
                }
                if (bigExp == lastBig) {
                    malformed = true;     // 一万二万
                }
                total = bigExp >= 8
                        ? Math.multiplyExact(Math.addExact(total, segment), pow10(bigExp))
                        : Math.addExact(total, Math.multiplyExact(segment, pow10(bigExp)));
                big = true;
                lastBig = bigExp;
                lastSmall = 4;
                lastScale = bigExp;
                section = 0;
                digit = -1;
                zero = false;
                trailingExp = bigExp;
                j += width;
            }
        } catch (ArithmeticException overflow) {
            malformed = true;
        }
        if (malformed) {
            while (j < n && isChineseNumeral(s.charAt(j))) {
                j++;          // skip the whole run, not just the part read so far
            }
            return Numeral.malformed(start, j);
        }
        long value = total + section;
        if (digit >= 0) {
            value += digit * (zero ? 1 : pow10(Math.max(lastScale - 1, 0)));
        }
        boolean digitless = !hasDigit && !hasTen;
        return withSuffix(s, start, j, BigDecimal.valueOf(value), trailingExp, false, digitless, big);
    }

    /**
     * Reads what may follow the digits: an optional single space or line break, 余/多/几, and
     * scale words (after Arabic digits any; after a Chinese numeral only after 余: 十余万).
     */
    private static Numeral withSuffix(CharSequence s, int start, int coreEnd, BigDecimal mantissa,
                                      int coreExp, boolean arabic, boolean digitless, boolean coreScaled) {
        int n = s.length();
        int k = coreEnd + Gaps.length(s, coreEnd);
        boolean plus = false;
        if (k < n && isPlus(s.charAt(k))) {
            plus = true;
            k++;
        }
        int addExp = 0;
        boolean added = false;
        if ((arabic || plus) && k + 1 < n && s.charAt(k) == '个' && s.charAt(k + 1) == '亿') {
            k++; // 44个亿, 16.8个亿: money said with 个 before its scale word
        }
        if (arabic || plus) {
            if (arabic && k < n && smallScale(s.charAt(k)) > 0 && UnitTable.longestAt(s, k) == null) {
                addExp += smallScale(s.charAt(k)); // 3千; but 5百分点, 500千瓦时, 20千米 end in a unit word
                k++;
                added = true;
            }
            int wanYi = k < n && s.charAt(k) == '万' ? k + 1 + Gaps.length(s, k + 1) : -1; // 万亿, 万\n亿
            if (wanYi > 0 && wanYi < n && s.charAt(wanYi) == '亿') {
                addExp += 12;
                k = wanYi + 1;
                added = true;
            } else if (k < n && bigScale(s.charAt(k)) > 0) {
                addExp += bigScale(s.charAt(k));
                k++;
                added = true;
            }
        }
        if (added && !plus && k < n && isPlus(s.charAt(k))) {
            plus = true; // 2万余
            k++;
        }
        int end = plus || added ? k : coreEnd;
        return new Numeral(start, end, mantissa.scaleByPowerOfTen(addExp), coreExp + addExp,
                coreScaled || added, arabic, digitless, plus);
    }

    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == ' ' || c == '\u00a0' || c == '\u2009' || c == '\u202f';
    }

    static int chineseDigit(char c) {
        switch (c) {
            case '〇': case '零': return 0;
            case '一': case '壹': return 1;
            case '二': case '两': case '贰': return 2;
            case '三': case '叁': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    /** Exponent of 十/百/千 (and their financial forms), 0 otherwise. */
    static int smallScale(char c) {
        switch (c) {
            case '十': case '拾': return 1;
            case '百': case '佰': return 2;
            case '千': case '仟': return 3;
            default: return 0;
        }
    }

    /** Exponent of 万/亿, 0 otherwise. */
    static int bigScale(char c) {
        return c == '万' ? 4 : c == '亿' ? 8 : 0;
    }

    private static boolean isPlus(char c) {
        return c == '余' || c == '多' || c == '几';
    }

    private static boolean isDigits(CharSequence s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static long pow10(int exp) {
        long p = 1;
        for (int i = 0; i < exp; i++) {
            p *= 10;
        }
        return p;
    }
}
