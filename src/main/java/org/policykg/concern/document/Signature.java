package org.policykg.concern.document;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.reference.Agency;
import org.policykg.segment.Paragraph;
import org.policykg.text.Span;

/**
 * What an official document (GB/T 9704-2012) says of itself outside a page's fields: the
 * 发文机关标志 over it (杭州市人民政府文件) names its issuer; the 成文日期 under the 发文机关署名
 * (a line that is a date alone), or a regulation's 题注 ((2025年1月22日…会议通过)), is its date.
 */
final class Signature {
    /** A 题注 under a regulation's title: (2025年1月22日江苏省第十四届人民代表大会第三次会议通过). */
    private static final Pattern ADOPTED = Pattern.compile("^\\((\\d{4})年(\\d{1,2})月(\\d{1,2})日[^()]{4,80}?(?:通过|批准|公布|发布)");
    /**
     * A speech's or report's 题注, the day and the meeting it was delivered at:
     * (2026年1月27日在贵州省第十四届人民代表大会第四次会议上), perhaps with the speaker after it on the
     * same line (——2026年1月25日在…会议上 XX省省长 王XX). The dashes may be any the typesetter had
     * (――, U+2015, in a Qinghai print), and the date may be in Chinese numerals (二〇二六年一月二十七日).
     */
    private static final Pattern SPOKEN = Pattern.compile(
            "^[—―–-]*\\(?(\\d{4}|[一二〇零][〇零一二三四五六七八九]{3})年(\\d{1,2}|[一二三四五六七八九十]{1,2})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日在[^()]{4,60}?(?:会议|大会)上\\)?(?<after>[\\p{IsHan}\\s]{2,24}[:：]?)?$");
    /** An announcement's or order's header: (X)公告, (X)令 on a line of its own. */
    private static final Pattern PROMULGATOR = Pattern.compile("^(?<body>\\p{IsHan}{0,30}?)(?:公告|令)$");
    /** The number under it: (第55号). */
    private static final Pattern ORDER_NUMBER = Pattern.compile("^\\(第[0-9一二三四五六七八九十百]+号\\)$");
    /** A line of a body's name the print broke: Han only, short. */
    private static final Pattern NAME_LINE = Pattern.compile("^\\p{IsHan}{2,20}$");
    /** A legislature's term inside its name: 第十六届. */
    private static final Pattern TERM = Pattern.compile("第[0-9一二三四五六七八九十]+届");
    /** An organ of state by the end of its name, when no directory knows it. */
    private static final Pattern ORGAN = Pattern.compile("(?:人民代表大会常务委员会|人民代表大会|人民政府)$");
    /** A line that is a Chinese date alone: 2025年7月28日. */
    private static final Pattern CN_DATE_LINE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    /** The 发文机关标志: the issuer's name and 文件, on a line of its own. */
    private static final Pattern RED_HEADER = Pattern.compile("^(?<body>\\p{IsHan}{4,30}?)文件$");

    private Signature() {
    }

    /** The document's own date: the first 成文日期 line or 题注 in the text; null when it has neither. */
    static Fact<LocalDate> date(List<Paragraph> ps) {
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            String s = p.string().strip();
            Matcher m = CN_DATE_LINE.matcher(s);
            if (!m.matches()) {
                // A 题注 a print broke over two lines: (2025年1月22日…第三次 / 会议通过).
                String note = s.startsWith("(") && s.indexOf(')') < 0 && i + 1 < ps.size() ? s + ps.get(i + 1).string().strip() : s;
                m = ADOPTED.matcher(note);
                if (!m.lookingAt() || m.end(3) + 1 > s.length()) {
                    m = spokenLine(p);
                    if (m == null) {
                        continue;
                    }
                }
            }
            try {
                LocalDate d = LocalDate.of(org.policykg.recognize.DateRecognizer.hanNumber(m.group(1)),
                        org.policykg.recognize.DateRecognizer.hanNumber(m.group(2)), org.policykg.recognize.DateRecognizer.hanNumber(m.group(3)));
                return new Fact<>(d, new Evidence(p.span(m.start(1), m.end(3) + 1), Supports.ISSUED));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** How far from the end the 成文日期 may stand (an editor's line, a print note under it). */
    private static final int CLOSING = 4;

    /**
     * The 发文机关署名 (GB/T 9704): the body named on the line over the 成文日期 that closes the
     * text — the first of the names when co-issuers sign on a line each. Null when the line is no
     * recognised body (a person, a newspaper's closing).
     */
    static Fact<Agency> signer(List<Paragraph> ps, Outlets outlets) {
        for (int i = ps.size() - 1; i >= Math.max(1, ps.size() - CLOSING); i--) {
            if (!CN_DATE_LINE.matcher(ps.get(i).string().strip()).matches()) {
                continue;
            }
            Fact<Agency> first = null;
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                Paragraph p = ps.get(k);
                String line = p.string().strip();
                if (!NAME_LINE.matcher(line).matches()) {
                    break;
                }
                Fact<Agency> f = outlets.at(p, p.string().indexOf(line), p.string().indexOf(line) + line.length());
                if (f == null || f.value().kind() == Agency.Kind.ORGANIZATION) {
                    break;
                }
                first = f;
            }
            return first;
        }
        return null;
    }

    /** Is the line a speech's or report's 题注 ((2026年1月27日在…会议上))? */
    static boolean spoken(Paragraph p) {
        return spokenLine(p) != null;
    }

    /** The longest a 题注 line runs. */
    private static final int NOTE_LINE = 100;

    /**
     * The 题注 the paragraph is, or opens with when the segmenter re-joined it with the lines under it
     * (the speaker, a photo credit, 各位代表：, none of which ends with a stop): the part up to a line
     * break of the source. A matcher that matched, or null.
     */
    static Matcher spokenLine(Paragraph p) {
        String s = p.string();
        Matcher m = SPOKEN.matcher(s);
        if (m.matches()) {
            return m;
        }
        int meeting = Math.max(s.indexOf("会议上"), s.indexOf("大会上"));
        if (meeting < 0 || meeting > NOTE_LINE) {
            return null;
        }
        for (int k = meeting + 3; k < Math.min(s.length(), NOTE_LINE); k++) {
            if (Bylines.gapBefore(p, k)) {
                m = SPOKEN.matcher(s).region(0, k);
                if (m.matches()) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The issuer a 发文机关标志 among the first {@code zone} paragraphs names, when it is a known or recognised body:
     * X文件, or the X公告 / X令 over its number ((第55号)), which a print may break over lines
     * (广州市第十六届人民代表大会 / 常务委员会 / 公告). The term (第十六届) is not part of the body's name.
     */
    static Fact<Agency> redHeader(List<Paragraph> ps, int zone, Outlets outlets) {
        for (int i = 0; i < Math.min(zone, ps.size()); i++) {
            Paragraph p = ps.get(i);
            Matcher m = RED_HEADER.matcher(p.string().strip());
            if (m.matches()) {
                Fact<Agency> f = outlets.at(p, m.start("body"), m.end("body"));
                return f != null && f.value().kind() != Agency.Kind.ORGANIZATION ? f : null;
            }
            Matcher a = PROMULGATOR.matcher(p.string());
            if (a.matches() && i + 1 < ps.size() && ORDER_NUMBER.matcher(ps.get(i + 1).string().strip()).matches()) {
                return promulgator(ps, i, a, outlets);
            }
        }
        return null;
    }

    /** The body of an X公告 / X令 header ending at paragraph {@code at}, with up to two lines over it that continue its name. */
    private static Fact<Agency> promulgator(List<Paragraph> ps, int at, Matcher header, Outlets outlets) {
        StringBuilder name = new StringBuilder(header.group("body"));
        int first = at;
        while (first > 0 && at - first < 2 && NAME_LINE.matcher(ps.get(first - 1).string()).matches()) {
            first--;
            name.insert(0, ps.get(first).string());
        }
        String body = TERM.matcher(name).replaceAll("");
        if (body.length() < 4) {
            return null;
        }
        Agency agency = outlets.organisation(body, ps.get(at));
        if (agency.kind() == Agency.Kind.ORGANIZATION && !ORGAN.matcher(body).find()) {
            return null;
        }
        Paragraph top = ps.get(first);
        Paragraph last = ps.get(at);
        int end = header.end("body") > 0 ? header.end("body") : 0;
        Span span = first == at ? last.span(0, end) : top.span(0, top.text().length());
        if (first < at && end > 0) {
            span = span.union(last.span(0, end));
        } else if (first < at) {
            span = span.union(ps.get(at - 1).span(0, ps.get(at - 1).text().length()));
        }
        return new Fact<>(agency, new Evidence(span, Supports.PUBLISHER));
    }
}
