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

/**
 * What an official document (GB/T 9704-2012) says of itself outside a page's fields: the
 * 发文机关标志 over it (杭州市人民政府文件) names its issuer; the 成文日期 under the 发文机关署名
 * (a line that is a date alone), or a regulation's 题注 ((2025年1月22日…会议通过)), is its date.
 */
final class Signature {
    /** A 题注 under a regulation's title: (2025年1月22日江苏省第十四届人民代表大会第三次会议通过). */
    private static final Pattern ADOPTED = Pattern.compile("^\\((\\d{4})年(\\d{1,2})月(\\d{1,2})日[^()]{4,80}?(?:通过|批准|公布|发布)");
    /** A line that is a Chinese date alone: 2025年7月28日. */
    private static final Pattern CN_DATE_LINE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    /** The 发文机关标志: the issuer's name and 文件, on a line of its own. */
    private static final Pattern RED_HEADER = Pattern.compile("^(?<body>\\p{IsHan}{4,30}?)文件$");

    private Signature() {
    }

    /** The document's own date: the first 成文日期 line or 题注 in the text; null when it has neither. */
    static Fact<LocalDate> date(List<Paragraph> ps) {
        for (Paragraph p : ps) {
            String s = p.string().strip();
            Matcher m = CN_DATE_LINE.matcher(s);
            if (!m.matches()) {
                m = ADOPTED.matcher(s);
                if (!m.lookingAt()) {
                    continue;
                }
            }
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new Fact<>(d, new Evidence(p.span(m.start(1), m.end(3) + 1), Supports.ISSUED));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** The issuer a 发文机关标志 among the first {@code zone} paragraphs names, when it is a known or recognised body. */
    static Fact<Agency> redHeader(List<Paragraph> ps, int zone, Outlets outlets) {
        for (int i = 0; i < zone; i++) {
            Paragraph p = ps.get(i);
            Matcher m = RED_HEADER.matcher(p.string().strip());
            if (m.matches()) {
                Fact<Agency> f = outlets.at(p, m.start("body"), m.end("body"));
                return f != null && f.value().kind() != Agency.Kind.ORGANIZATION ? f : null;
            }
        }
        return null;
    }
}
