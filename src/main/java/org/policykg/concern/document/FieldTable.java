package org.policykg.concern.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.lexicon.CueWords;
import org.policykg.reference.Agency;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * A page's labelled fields, with the labels and their roles from {@code lexicon/field-labels.tsv}:
 * every label ends the value before it, whether or not its own value is read. The layouts portals use:
 * <ul>
 * <li>a header line: 发布日期：2024-05-27 来源：南京市人民政府办公厅 【字体：大 中 小】, or
 * 2025-03-12 18:40 来源：新华社 (a date may open it);</li>
 * <li>a run of fields inside a long line, as a page saved as one line gives its catalogue entry:
 * …索引号 : X 主题分类 : Y 发布机构 : Z 发文字号 : - … 发布时间： 2024-11-25 点击数： 734 …;</li>
 * <li>a table row: |索引号|…|发文机关|X|发布日期|Y|;</li>
 * <li>a label on a line of its own, bracketed or with its colon, and the value on the next line:
 * [ 发布机构 ] then 市发展改革委;</li>
 * <li>the value before its label, as a PDF print of a two-column table reads: 苏州市人民政府发布机构：.</li>
 * </ul>
 * A publisher's value is the body as the page writes it; {@link Outlets} completes a short local name
 * (市发展改革委) with the page's region through the agency recognised there.
 */
final class FieldTable {
    /** What a label's value is for (the role column of field-labels.tsv). */
    private enum Role {
        DATE, PUBLISHER, AUTHOR, SOURCE, TITLE, SUMMARY, OTHER
    }

    /** A run of fields inside a long line needs at least this many labels. */
    private static final int RUN = 3;
    /** A line longer than this is a header line only when it holds a run of fields. */
    private static final int HEADER_LINE = 160;
    /** The longest value read as a publisher or author. */
    private static final int NAME_VALUE = 30;
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    /** A government or its office by level alone: 区政府, 市人民政府办公室. */
    private static final Pattern BARE_GOVERNMENT = Pattern.compile("^[省市区县州盟旗镇乡](?:人民)?政府(?:办公[厅室])?$");
    /** The fewest Han characters a title field's value has (a bare 通知 is no title). */
    private static final int TITLE_VALUE = 6;

    /** A labelled date and how much its label says about the page's own date: lower is better. */
    record Dated(int rank, Fact<LocalDate> date) {
    }

    /**
     * What one line (or a label and its value line) of fields gives, each in the order written; an
     * author field's value is left for {@link Bylines#names} to read.
     */
    record Line(List<Dated> dates, List<Fact<Agency>> publishers, List<Range> authors, List<Fact<String>> sources,
                List<Fact<String>> titles) {
        private static Line empty() {
            return new Line(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    private final Outlets outlets;
    private final Map<String, Role> roles = new HashMap<>();
    /** The date labels, the page's own publication date first: a notice's 成文日期 is when it was signed. */
    private final List<String> dateLabels;
    /** A label as a field opens: perhaps bracketed, then its colon, or a cell border in a table. */
    private final Pattern field;
    /** A line that is a label alone, bracketed or with its colon: its value is on the next line, or before it. */
    private final Pattern lone;
    /** 摘要：… opening a line: the page's summary of the text, however long, says nothing of the page itself. */
    private final Pattern summary;

    FieldTable(Outlets outlets, CueWords cues) {
        this.outlets = outlets;
        for (CueWords.Entry e : cues.list("field-labels")) {
            roles.put(e.word(), Role.valueOf(e.role().toUpperCase(java.util.Locale.ROOT)));
        }
        this.dateLabels = cues.words("field-labels", "date");
        String labels = padded(cues.words("field-labels", null));
        this.field = Pattern.compile("[\\[【]?\\s*(?<label>" + labels + ")\\s*[\\]】]?\\s*(?<sep>:|\\|)");
        List<String> summaries = cues.words("field-labels", "summary");
        this.summary = summaries.isEmpty() ? null : Pattern.compile("^[\\[【]?\\s*(?:" + cues.alternation("field-labels", "summary")
                + ")\\s*[\\]】]?\\s*[:：]");
        this.lone = Pattern.compile("^(?:[\\[【]\\s*(?<bracketed>" + labels + ")\\s*[\\]】]\\s*:?|(?<label>" + labels + ")\\s*:)$");
    }

    /** The fields of a header line, a run of fields or a table row; null when the line is something else. */
    Line read(Paragraph p) {
        return read(p, 0);
    }

    /**
     * Where a page title run on with the page's fields ends (…的通知发布日期：2026-07-07来源：X字号：大中小, as a crawler
     * keeps a portal's heading block in one line): where the first of at least two fields opens, at least
     * {@link #TITLE_VALUE} chars in; -1 when the line is not so.
     */
    int titleEnd(Paragraph p) {
        String s = p.string();
        if (s.startsWith("|")) {
            return -1;
        }
        List<int[]> labels = labels(s, false, s.length());
        labels.removeIf(l -> s.charAt(l[1] - 1) != ':');
        return labels.size() >= 2 && labels.get(0)[0] >= TITLE_VALUE ? labels.get(0)[0] : -1;
    }

    /** The fields of the line from {@code from} on: a title's heading run on with its fields is read after the title. */
    Line read(Paragraph p, int from) {
        String s = p.string();
        if (summarises(p)) {
            return Line.empty();
        }
        boolean table = s.startsWith("|");
        int stop = s.indexOf('【', from) >= 0 ? s.indexOf('【', from) : s.length();
        List<int[]> labels = labels(s, table, stop);
        labels.removeIf(l -> l[0] < from);
        if (labels.isEmpty() || lone(p) != null) {
            return null;
        }
        int first = labels.get(0)[0];
        if (from == 0 && labels.size() == 1 && !table && s.substring(labels.get(0)[1]).isBlank() && !blank(s, from, first)) {
            return valueFirst(p, s.substring(first, labels.get(0)[1] - 1), first);
        }
        boolean run = !table && s.length() - from > HEADER_LINE;
        if (run && labels.size() < RUN) {
            return null;
        }
        Line out = Line.empty();
        if (!table && !run && !blank(s, from, first)) {
            Fact<LocalDate> d = DateLines.within(p, from, first);
            if (d == null) {
                return null;
            }
            out.dates().add(new Dated(dateLabels.size(), d)); // a date before any label ranks last
        }
        for (int k = 0; k < labels.size(); k++) {
            int vs = labels.get(k)[1];
            int ve = k + 1 < labels.size() ? labels.get(k + 1)[0] : stop;
            // A cell border ends a value; so does a bar between fields on one line (来源: X | 热度: 100.0),
            // once the value has begun (索引号: | X | 发文字号: …).
            int v = vs;
            while (v < ve && (DateLines.isBlank(s.charAt(v)) || s.charAt(v) == '|')) {
                v++;
            }
            int cell = s.indexOf('|', v);
            ve = cell >= 0 && cell < ve ? cell : ve;
            add(out, p, label(s, labels.get(k)), vs, ve);
        }
        return out;
    }

    /** The label a line holds alone ([ 发布机构 ], 发布机构：), or null. */
    String lone(Paragraph p) {
        Matcher m = lone.matcher(p.string().strip());
        return !m.matches() ? null : unpadded(m.group("bracketed") != null ? m.group("bracketed") : m.group("label"));
    }

    /**
     * The labels as an alternation, longest first; a two-character label may be padded to a four-character
     * column with spaces between its characters (标 题：, 分 类：), as a ministry's field block aligns them.
     */
    private static String padded(List<String> words) {
        List<String> ws = new ArrayList<>(words);
        ws.sort(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        List<String> out = new ArrayList<>();
        for (String w : ws) {
            boolean han = w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            out.add(han && w.length() == 2 ? w.charAt(0) + "[ \u3000]{0,2}" + w.charAt(1) : Pattern.quote(w));
        }
        return String.join("|", out);
    }

    /** A label as the lexicon writes it: the padding of 标 题 removed. */
    private static String unpadded(String label) {
        return label == null ? null : label.replace(" ", "").replace("\u3000", "");
    }

    /**
     * A label alone on its line and the line under it as its value ([ 发布机构 ] then 市发展改革委);
     * null when the line under it is a field itself.
     */
    Line read(Paragraph label, Paragraph value) {
        String name = lone(label);
        String v = value.string();
        if (name == null || lone(value) != null || !labels(v, v.startsWith("|"), v.length()).isEmpty()) {
            return null;
        }
        Line out = Line.empty();
        add(out, value, name, 0, v.length());
        return out;
    }

    /** Where the first field after {@code from} opens in the line, or the line's length: 来源：长沙晚报 责任编辑：罗毅. */
    int valueEnd(String line, int from) {
        Matcher m = field.matcher(line);
        while (m.find()) {
            if (m.start() >= from && m.group("sep").equals(":")) {
                return m.start();
            }
        }
        return line.length();
    }

    /** Is the line a field line of any layout (so the metadata zone reaches past it)? */
    boolean isField(Paragraph p) {
        String s = p.string();
        if (summarises(p)) {
            return true;
        }
        return lone(p) != null || !labels(s, s.startsWith("|"), s.length()).isEmpty() && s.length() <= HEADER_LINE;
    }

    /** Does the line open with a field label and its colon (发布时间:2025-05-13 …)? Such a line is no headline. */
    boolean opensWithField(Paragraph p) {
        return field.matcher(p.string().strip()).lookingAt();
    }

    /** Does the line open with a summary field (摘要：…), the page's lead that repeats the text? */
    boolean summarises(Paragraph p) {
        return summary != null && summary.matcher(p.string().strip()).lookingAt();
    }

    /** The value written before its label, which closes the line: 苏州市人民政府发布机构：. */
    private Line valueFirst(Paragraph p, String label, int end) {
        Line out = Line.empty();
        add(out, p, label, 0, end);
        return out;
    }

    /** Each label opening a field before {@code stop}, as [start, value start]. */
    private List<int[]> labels(String s, boolean table, int stop) {
        Matcher m = field.matcher(s).region(0, stop);
        List<int[]> out = new ArrayList<>();
        while (m.find()) {
            if (!table && m.group("sep").equals("|")) {
                continue; // a cell border counts only in a table
            }
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private String label(String s, int[] at) {
        Matcher m = field.matcher(s).region(at[0], at[1]);
        return m.lookingAt() ? unpadded(m.group("label")) : "";
    }

    /**
     * Reads {@code [vs, ve)} of the paragraph, spaces, icon glyphs and cell borders trimmed, as the
     * value of {@code label}: a catalogue table copied as text keeps its borders round each value
     * (索引号: | X | 发文字号: | Y |).
     */
    private void add(Line out, Paragraph p, String label, int vs, int ve) {
        String s = p.string();
        while (vs < ve && (DateLines.isBlank(s.charAt(vs)) || s.charAt(vs) == '|')) {
            vs++;
        }
        while (ve > vs && (DateLines.isBlank(s.charAt(ve - 1)) || s.charAt(ve - 1) == '|')) {
            ve--;
        }
        switch (roles.getOrDefault(label, Role.OTHER)) {
            case DATE -> {
                Fact<LocalDate> d = DateLines.within(p, vs, ve);
                d = d != null ? d : DateLines.timedOpening(p, vs, ve);
                if (d != null) {
                    out.dates().add(new Dated(dateLabels.indexOf(label), d));
                }
            }
            case AUTHOR -> {
                if (ve - vs <= NAME_VALUE) {
                    out.authors().add(new Range(vs, ve));
                }
            }
            case PUBLISHER -> {
                String v = s.substring(vs, ve);
                if (URL.matcher(v).matches()) {
                    // 来源：https://… — a translated or reposted article names its original by address: the page's source.
                    out.sources().add(new Fact<>(v, new Evidence(p.span(vs, ve), Supports.SOURCE)));
                    break;
                }
                if (ve - vs >= 2 && ve - vs <= NAME_VALUE && !v.contains("://") && v.codePoints().anyMatch(Character::isLetter)) {
                    Fact<Agency> o = outlets.at(p, vs, ve);
                    // 发布单位: 区政府 — a government named by its level alone, whose region the line does not give, names nobody.
                    if (o != null && !(o.value().kind() == Agency.Kind.ORGANIZATION && BARE_GOVERNMENT.matcher(v.strip()).matches())) {
                        out.publishers().add(o);
                    }
                }
            }
            case SOURCE -> {
                if (URL.matcher(s.substring(vs, ve)).matches()) {
                    out.sources().add(new Fact<>(s.substring(vs, ve), new Evidence(p.span(vs, ve), Supports.SOURCE)));
                }
            }
            case TITLE -> {
                String v = s.substring(vs, ve);
                long han = v.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
                // a short name is a title when it names a policy (法规名称：电子签章法)
                boolean named = han >= 4 && org.policykg.recognize.TitleRecognizer.classify(v.strip())
                        == org.policykg.recognize.TitleMention.Kind.POLICY;
                if (ve - vs <= 200 && (han >= TITLE_VALUE || named)) {
                    out.titles().add(new Fact<>(TitleLine.clean(v), new Evidence(p.span(vs, ve), Supports.TITLE)));
                }
            }
            case SUMMARY, OTHER -> {
                // read only so that it ends the value before it
            }
        }
    }

    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!DateLines.isBlank(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
