package org.policykg.quantity;

import java.math.BigDecimal;

/**
 * A number as written, before any unit: 3, 1,000, 2.6万亿, 两千万, 十余, 20余万.
 *
 * @param value    the number, or null when the characters look numeric but are not a number
 *                 (0851, 4.0.1, 十四五, 二〇二五): the scanner skips them as a whole
 * @param scaleExp power of ten of the scale word(s) that end the number (万 = 4, 亿 = 8,
 *                 3千万 = 7), 0 if none; "1-2万" lends the right side's scale to the left
 * @param scaled   the number contains a 万/亿 (or, after Arabic digits, any scale word)
 * @param digitless only magnitude characters (百, 千, 万): 千瓦 and 万元 are units, 百个 a count
 * @param plus     ends in 余/多/几 ("more than"), read as {@link Comparator#MIN}
 */
record Numeral(int start, int end, BigDecimal value, int scaleExp, boolean scaled,
               boolean arabic, boolean digitless, boolean plus) {

    static Numeral malformed(int start, int end) {
        return new Numeral(start, end, null, 0, false, false, false, false);
    }

    boolean isMalformed() {
        return value == null;
    }

    /** A lone 一 before a counter is the indefinite article (一张图, 一批), not the number one. */
    boolean isLoneOne(CharSequence text) {
        return end - start == 1 && text.charAt(start) == '一';
    }

    boolean isSingleChineseChar() {
        return !arabic && end - start == 1;
    }
}
