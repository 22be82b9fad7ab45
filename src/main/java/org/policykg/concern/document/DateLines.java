package org.policykg.concern.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.segment.Paragraph;

/**
 * How a page writes its own date: a front-matter value (2024-05-27, 2024年5月27日), a field's
 * value, the end of a byline, or a line of its own, perhaps after a masthead.
 */
final class DateLines {
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*[+-]\\d{4})?$");
    private static final Pattern CN_DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:\\s*第\\d+期.*)?$");
    private static final Pattern DATE_IN = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    /** A masthead or byline ends in the name of a body or a bracket; a date after one is the document's. */
    private static final Pattern DATED_HEAD = Pattern.compile("^[^。,;]{2,40}?(?:[院会社报网局部委办厅室所心)])$");

    /**
     * A page's time stamp opening a line: the date with the time of day, perhaps after the account or
     * outlet (济南工信2025年12月15日22:36山东, WeChat's account, time and IP place; 2025-08-01 09:06:11
     * before a field run). A document's own date never carries a time of day.
     */
    private static final Pattern STAMP = Pattern.compile(
            "^(?<by>[\\p{IsHan}A-Za-z0-9]{0,20}?)\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})日?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?");
    /** What may follow a stamp after an account's name: the place the post was sent from. */
    private static final int STAMP_TAIL = 6;

    private DateLines() {
    }

    /** A time stamp opening the line (see {@link #STAMP}); null for a line that is not one, or holds an address (a print's header). */
    static Fact<LocalDate> stamp(Paragraph p) {
        String s = p.string();
        Matcher m = STAMP.matcher(s);
        if (!m.lookingAt() || s.contains("://")) {
            return null;
        }
        // After an account's name only its place may follow; a line that opens with the stamp may run on into fields.
        if (!m.group("by").isEmpty() && s.length() - m.end() > STAMP_TAIL) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        } catch (DateTimeException e) {
            return null;
        }
        return new Fact<>(d, new Evidence(p.span(m.start(2), m.end()), Supports.ISSUED));
    }

    /**
     * Is the char nothing to read around a value: a space, or an icon a PDF's symbol font left in the
     * private use area (a bullet before 来源：, a clock before a date)?
     */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.PRIVATE_USE;
    }

    /** A value that is a date and nothing else (a time and zone may follow), or null. */
    static LocalDate parse(String s) {
        String t = strip(s);
        Matcher m = ISO_DATE.matcher(t);
        if (!m.matches()) {
            m = CN_DATE.matcher(t);
            if (!m.matches()) {
                return null;
            }
        }
        return date(m);
    }

    /** The date that is all of {@code [from, to)} but for spaces, with its time if any. */
    static Fact<LocalDate> within(Paragraph p, int from, int to) {
        String s = p.string();
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        Matcher m = DATE_IN.matcher(s).region(from, to);
        if (!m.matches()) {
            return null;
        }
        return fact(p, m);
    }

    /** A date with its time of day, then a space or a Han char (the analysis text drops a space before Han): what opens a field value that runs on with the page's source. */
    private static final Pattern TIMED = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})日?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?=\\s|\\p{IsHan})");

    /**
     * A field's value that is a date with its time of day run on with the page's source after a space
     * (发布时间:2023-07-06 14:06:33 北京市人民政府, the source left unlabelled): the date, quoted with its time.
     * Only with the time of day, which no document's own date carries, so a value that is prose
     * (2023年6月20日印发) is not read.
     */
    static Fact<LocalDate> timedOpening(Paragraph p, int from, int to) {
        String s = p.string();
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        Matcher m = TIMED.matcher(s).region(from, to);
        if (!m.lookingAt() || m.end() >= to) {
            return null;
        }
        return fact(p, m);
    }

    /** A date closing a byline's line: 香港文汇报讯（记者 陈华）2024年7月4日. */
    static Fact<LocalDate> after(Paragraph p, int from) {
        return within(p, from, p.string().length());
    }

    /**
     * 会议通过 and its kin, right after the adopting body, or the order that promulgated the text
     * (国务院令第292号公布, 工业和信息化部令第5号发布): see {@link #adoption}.
     */
    private static final Pattern ADOPTED = Pattern.compile(
            "^.{2,60}?(?:会议(?:审议)?(?:通过|修订|修正|批准)|令第[0-9〇零一二三四五六七八九十百]{1,6}号(?:公布|发布))");

    /**
     * A law collection's head line: the date the text was adopted, then the body and its meeting —
     * 2021年11月16日 国家互联网信息办公室2021年第20次室务会议审议通过 — or the date a regulation was
     * promulgated, then the order that did it (2000年9月25日 中华人民共和国国务院令第292号公布, as the
     * law collections print the head of a 行政法规 or 部门规章). That date is the document's own; a later
     * line's revision (…修订) is not read, as the first date found wins.
     */
    static Fact<LocalDate> adoption(Paragraph p) {
        String s = p.string();
        Matcher m = DATE_IN.matcher(s);
        if (m.lookingAt() && ADOPTED.matcher(s.substring(m.end())).lookingAt()) {
            return fact(p, m);
        }
        return null;
    }

    /** A line that is a date, or a masthead or byline ending in one: 西部数字经济研究院 2024年11月15日. */
    static Fact<LocalDate> line(Paragraph p) {
        String s = p.string();
        LocalDate whole = parse(s);
        if (whole != null) {
            int from = 0;
            int to = s.length();
            while (isBlank(s.charAt(from))) {
                from++; // the quote leaves out an icon before the date
            }
            while (isBlank(s.charAt(to - 1))) {
                to--;
            }
            return new Fact<>(whole, new Evidence(p.span(from, to), Supports.ISSUED));
        }
        Fact<LocalDate> dated = within(p, 0, s.length()); // 2025年04月09日 07:52
        if (dated != null) {
            return dated;
        }
        Matcher m = DATE_IN.matcher(s);
        while (m.find()) {
            if (s.substring(m.end()).isBlank() && DATED_HEAD.matcher(s.substring(0, m.start()).strip()).matches()) {
                return fact(p, m);
            }
        }
        return null;
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static Fact<LocalDate> fact(Paragraph p, Matcher m) {
        LocalDate d = date(m);
        return d == null ? null : new Fact<>(d, new Evidence(p.span(m.start(), m.end()), Supports.ISSUED));
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
