package org.policykg.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering Chinese policy texts use for their structure: 一、 (一) 1. (1) ①
 * 第一条 and the —— that leads goal lines. Reads normalised text (（ already folded to ().
 */
public final class Ordinals {
    private static final String CN = "一二三四五六七八九十百零〇两";

    /**
     * Tiers from outermost to innermost. RUN_IN is 一是, 二是, 三是 opening a paragraph, as work reports
     * number the items under a (一) heading; {@link #at} never returns it (a one-off 一是 is prose), only
     * {@link #runIn} does, for a reader that has seen the items count on (一是 then 二是).
     */
    public enum Tier { ARTICLE, CHINESE, CHINESE_PAREN, ARABIC, ARABIC_PAREN, CIRCLED, RUN_IN, DASH }

    /** 一是, 二是 … 十二是 opening a paragraph, with text after it. */
    private static final Pattern RUN_IN = Pattern.compile("^[一二三四五六七八九十]{1,3}是(?=[^，,。；;：:\\s])");

    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:(?<article>第[" + CN + "\\d]+[条章节部分篇])"
                    + "|(?<chinese>[" + CN + "]+[、.])"
                    + "|(?<chineseParen>\\([" + CN + "]+\\))"
                    + "|(?<arabic>\\d{1,3}(?:[.、](?!\\d)|\\)))"
                    + "|(?<arabicParen>\\(\\d{1,3}\\))"
                    + "|(?<circled>[\\u2460-\\u2473])"
                    + "|(?<dash>——|—(?=[^—])))");

    /** What value() takes off an ordinal to leave its number. */
    private static final Pattern NOT_DIGITS = Pattern.compile("^第|[条章节部分篇是]$|[()、.]");

    private Ordinals() {
    }

    /** The ordinal a paragraph starts with. */
    public record Ordinal(String text, Tier tier, int end) {
    }

    public static Ordinal at(CharSequence s) {
        return at(s, 0);
    }

    /** The ordinal that starts at {@code from} (its end counted from there): no copy of the rest of the text. */
    public static Ordinal at(CharSequence s, int from) {
        Matcher m = ORDINAL.matcher(s).region(from, s.length());
        if (!m.find()) {
            return null;
        }
        Tier t;
        if (m.group("article") != null) {
            t = Tier.ARTICLE;
        } else if (m.group("chinese") != null) {
            t = Tier.CHINESE;
        } else if (m.group("chineseParen") != null) {
            t = Tier.CHINESE_PAREN;
        } else if (m.group("arabic") != null) {
            t = Tier.ARABIC;
        } else if (m.group("arabicParen") != null) {
            t = Tier.ARABIC_PAREN;
        } else if (m.group("circled") != null) {
            t = Tier.CIRCLED;
        } else {
            t = Tier.DASH;
        }
        return new Ordinal(m.group(), t, m.end() - from);
    }

    /** The run-in ordinal (一是, 二是) a paragraph opens with, or null; see {@link Tier#RUN_IN}. */
    public static Ordinal runIn(CharSequence s) {
        Matcher m = RUN_IN.matcher(s);
        return m.lookingAt() ? new Ordinal(m.group(), Tier.RUN_IN, m.end()) : null;
    }

    /** The number an ordinal counts: 3 for 三、, (三), 3., (3), ③, 第三条; 0 for a dash or one it cannot read. */
    public static int value(Ordinal o) {
        String t = o.text();
        if (o.tier() == Tier.CIRCLED) {
            return t.charAt(0) - '\u2460' + 1;
        }
        if (o.tier() == Tier.DASH) {
            return 0;
        }
        String d = NOT_DIGITS.matcher(t).replaceAll("");
        if (!d.isEmpty() && d.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(d);
        }
        return chinese(d);
    }

    /** 一 → 1, 十二 → 12, 一百零三 → 103; 0 when the text is no Chinese numeral. */
    public static int chinese(String d) {
        if (d.isEmpty()) {
            return 0;
        }
        int total = 0;
        int digit = 0;
        for (char c : d.toCharArray()) {
            int v = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                v = 0;
            } else if (c == '两') {
                v = 2;
            }
            if (v >= 0) {
                digit = v;
            } else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += (digit == 0 ? 1 : digit) * 100;
                digit = 0;
            } else {
                return 0;
            }
        }
        return total + digit;
    }

    public static boolean startsWithOrdinal(CharSequence s) {
        return at(s) != null;
    }
}
