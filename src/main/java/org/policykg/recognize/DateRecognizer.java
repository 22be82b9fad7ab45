package org.policykg.recognize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * Dates written the Chinese way (2023年9月15日, 9月19日), ISO-like (2023-10-22, 2023/10/22), or in
 * Chinese numerals with the year (二〇二六年一月二十七日: how a 题注 or 成文日期 may be printed).
 */
public final class DateRecognizer {
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.])(?:(?<y>(?:19|20)\\d{2})年)?(?<m>1[0-2]|0?[1-9])月(?<d>3[01]|[12]\\d|0?[1-9])日"
                    + "|(?<![\\d.])(?<iy>(?:19|20)\\d{2})[-/.](?<im>1[0-2]|0?[1-9])[-/.](?<id>3[01]|[12]\\d|0?[1-9])(?![\\d])");

    /**
     * 二〇二六年一月二十七日: a year of four Chinese digits, then month and day in Chinese numerals. Only a
     * year written so is read (一月 alone is too often no date); every year of this century has a 〇.
     */
    private static final Pattern HAN_DATE = Pattern.compile(
            "(?<y>[一二〇零][〇零一二三四五六七八九]{3})年(?<m>十[一二]?|[一二三四五六七八九])月"
                    + "(?<d>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日");

    /** 二〇二六 → 2026 (digit by digit), 二十七 → 27, 十二 → 12; -1 when the text is neither. */
    public static int hanNumber(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (s.indexOf('十') < 0) {
            int v = 0;
            for (char c : s.toCharArray()) {
                int digit = c == '〇' ? 0 : "零一二三四五六七八九".indexOf(c);
                if (digit < 0) {
                    return -1;
                }
                v = v * 10 + digit;
            }
            return v;
        }
        int v = org.policykg.segment.Ordinals.chinese(s);
        return v > 0 ? v : -1;
    }

    public List<DateMention> recognize(Paragraph p) {
        List<DateMention> out = new ArrayList<>();
        String t = p.string();
        if (t.indexOf('〇') >= 0) {
            Matcher h = HAN_DATE.matcher(t);
            while (h.find()) {
                int y = hanNumber(h.group("y"));
                int mo = hanNumber(h.group("m"));
                int d = hanNumber(h.group("d"));
                if (valid(y, mo, d)) {
                    out.add(new DateMention(p.index(), new Range(h.start(), h.end()), y, mo, d));
                }
            }
        }
        if (t.indexOf('月') < 0 && t.indexOf('-') < 0 && t.indexOf('/') < 0 && t.indexOf('.') < 0) {
            return out;
        }
        Matcher m = DATE.matcher(t);
        while (m.find()) {
            int y;
            int mo;
            int d;
            if (m.group("m") != null) {
                y = m.group("y") == null ? 0 : Integer.parseInt(m.group("y"));
                mo = Integer.parseInt(m.group("m"));
                d = Integer.parseInt(m.group("d"));
            } else {
                y = Integer.parseInt(m.group("iy"));
                mo = Integer.parseInt(m.group("im"));
                d = Integer.parseInt(m.group("id"));
            }
            if (valid(y == 0 ? 2000 : y, mo, d)) {
                out.add(new DateMention(p.index(), new Range(m.start(), m.end()), y, mo, d));
            }
        }
        out.sort(java.util.Comparator.comparingInt(x -> x.range().start())); // Han dates were read first
        return out;
    }

    private static boolean valid(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
