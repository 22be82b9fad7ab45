package org.policykg.concern.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Fact;
import org.policykg.reference.Agency;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * A page's labelled fields: a header line (发布日期：2024-05-27 来源：南京市人民政府办公厅
 * 【字体：大 中 小】, 2025-03-12 18:40 来源：新华社) or a table of them
 * (|索引号|…|发文机关|X|发布日期|Y|).
 */
final class FieldTable {
    /** A page header's labelled fields; the longer labels first so 发布日期 is not read as 日期. */
    static final Pattern FIELD = Pattern.compile(
            "(?<label>发布日期|发布时间|发文日期|成文日期|日期|时间|信息来源|稿件来源|来源|发文机关|发布机构|作者|责任编辑|编辑)(?::|\\|)");
    /** Labels whose value is nobody the graph records: 来源：长沙晚报 责任编辑：罗毅. */
    static final Set<String> IGNORED_LABELS = Set.of("责任编辑", "编辑");
    /** Date labels, the page's own publication date first: a notice's 成文日期 is when it was signed. */
    private static final List<String> DATE_LABELS = List.of("发布日期", "发布时间", "日期", "时间", "发文日期", "成文日期");

    /** A labelled date and how much its label says about the page's own date: lower is better. */
    record Dated(int rank, Fact<LocalDate> date) {
    }

    /**
     * What one line of fields gives, each in the order written; an author field's value is
     * left for {@link Bylines#names} to read.
     */
    record Line(List<Dated> dates, List<Fact<Agency>> publishers, List<Range> authors) {
    }

    private final Outlets outlets;

    FieldTable(Outlets outlets) {
        this.outlets = outlets;
    }

    /** The fields of a header line or table row, perhaps after a date; null when the line is something else. */
    Line read(Paragraph p) {
        String s = p.string();
        boolean table = s.startsWith("|");
        int stop = s.indexOf('【') >= 0 ? s.indexOf('【') : s.length();
        Matcher m = FIELD.matcher(s).region(0, stop);
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            if (!table && s.charAt(m.end() - 1) == '|') {
                continue; // a cell border counts only in a table
            }
            labels.add(new int[] {m.start(), m.end()});
        }
        if (labels.isEmpty() || (!table && s.length() > 160)) {
            return null;
        }
        Line out = new Line(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int first = labels.get(0)[0];
        if (!table && !s.substring(0, first).isBlank()) {
            Fact<LocalDate> d = DateLines.within(p, 0, first);
            if (d == null) {
                return null;
            }
            out.dates().add(new Dated(DATE_LABELS.size(), d)); // a date before any label ranks last
        }
        for (int k = 0; k < labels.size(); k++) {
            String label = s.substring(labels.get(k)[0], labels.get(k)[1] - 1);
            int vs = labels.get(k)[1];
            int ve = k + 1 < labels.size() ? labels.get(k + 1)[0] : stop;
            int cell = s.indexOf('|', vs);
            ve = table && cell >= 0 && cell < ve ? cell : ve;
            while (vs < ve && Character.isWhitespace(s.charAt(vs))) {
                vs++;
            }
            while (ve > vs && Character.isWhitespace(s.charAt(ve - 1))) {
                ve--;
            }
            if (IGNORED_LABELS.contains(label)) {
                continue;
            }
            if (DATE_LABELS.contains(label)) {
                Fact<LocalDate> d = DateLines.within(p, vs, ve);
                if (d != null) {
                    out.dates().add(new Dated(DATE_LABELS.indexOf(label), d));
                }
            } else if (label.equals("作者")) {
                out.authors().add(new Range(vs, ve));
            } else if (ve - vs >= 2 && ve - vs <= 30 && !s.substring(vs, ve).contains("://")) {
                Fact<Agency> o = outlets.at(p, vs, ve);
                if (o != null) {
                    out.publishers().add(o);
                }
            }
        }
        return out;
    }
}
