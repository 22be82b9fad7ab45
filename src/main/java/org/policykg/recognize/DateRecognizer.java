package org.policykg.recognize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/** Dates written the Chinese way (2023年9月15日, 9月19日) or ISO-like (2023-10-22, 2023/10/22). */
public final class DateRecognizer {
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.])(?:(?<y>(?:19|20)\\d{2})年)?(?<m>1[0-2]|0?[1-9])月(?<d>3[01]|[12]\\d|0?[1-9])日"
                    + "|(?<![\\d.])(?<iy>(?:19|20)\\d{2})[-/.](?<im>1[0-2]|0?[1-9])[-/.](?<id>3[01]|[12]\\d|0?[1-9])(?![\\d])");

    public List<DateMention> recognize(Paragraph p) {
        List<DateMention> out = new ArrayList<>();
        String t = p.string();
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
