package org.policykg.concern.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.Agency;
import org.policykg.reference.NewsOutlets;
import org.policykg.segment.Paragraph;
import org.policykg.text.Han;

/**
 * Lines that say who wrote a story and for whom: wire datelines (新华社北京3月12日电（记者刘思扬）),
 * 讯 lines (香港文汇报讯（记者 陈华）, 南都讯 记者 张馨怡), bylines (■中国城市报记者 郑新钰, 工商时报 陈怡君／综合报导),
 * author lines (作者：…), and a line of bare names under the title.
 */
final class Bylines {
    private static final String REPORTER = "(?:全媒体记者|融媒体记者|首席记者|特约记者|见习记者|实习记者|记者|通讯员|评论员)";
    private static final Pattern BYLINE = Pattern.compile(
            "^[■●◆▲□]?\\s*(?<pub>[" + Han.RANGE + "0-9A-Za-z]{2,14}?)" + REPORTER + "\\s*(?<names>[" + Han.RANGE + "][" + Han.RANGE + "、,\\s]{1,29})$");
    private static final Pattern PERSON = Pattern.compile("^[" + Han.RANGE + "·]{2,5}$");
    private static final Pattern NAMES = Pattern.compile("^[" + Han.RANGE + "]{2,4}(?:[,、][" + Han.RANGE + "]{2,4})*$");
    /**
     * 作者：X, 记者|X, 文丨X, 【撰文：…研究员X】: a label, a colon or a bar (a WeChat or portal story signs so), the
     * names; the line may be bracketed.
     */
    private static final Pattern AUTHOR_LINE = Pattern.compile(
            "^(?<open>[【\\[(])?(?:作者|文|撰文|记者|文字)\\s*[:：|丨/]\\s*(?<names>[^【】\\[\\]()]+?)(?<close>[】\\])])?$");
    /** Role words between names in a byline: 记者 邓思远 通讯员 刘湘君. */
    private static final Pattern ROLE = Pattern.compile(REPORTER.substring(0, REPORTER.length() - 1) + "|实习生|摄影|摄)");
    /** 工商时报 陈怡君／综合报导: Taiwan and Hong Kong bylines put the place or 综合 after a slash. */
    private static final Pattern SLASH_BYLINE = Pattern.compile(
            "^(?<head>[" + Han.RANGE + "0-9A-Za-z]{4,24})/(?:综合|[" + Han.RANGE + "]{2,6})?(?:报导|报道)$");
    private static final String OUTLET = "[" + Han.RANGE + "0-9A-Za-z]{2,14}?";
    private static final java.util.regex.Pattern LEADING_ROLE = java.util.regex.Pattern.compile("^" + REPORTER + "\\s*");

    /** An author field's name without the role written before it (author: 实习记者庄晓彤). */
    static Fact<String> withoutRole(Fact<String> name) {
        String rest = LEADING_ROLE.matcher(name.value()).replaceFirst("");
        return rest.length() >= 2 && !rest.equals(name.value()) ? new Fact<>(rest, name.evidence()) : name;
    }

    /** 香港文汇报讯（记者 陈华 广州报道）, 【深圳商报讯】（首席记者 王海荣）: the outlet's 讯 and the reporters in brackets, opening a line. */
    private static final Pattern XUN = Pattern.compile("^[【\\[]?(?<pub>" + OUTLET + ")讯[】\\]]?\\(" + REPORTER + "(?<names>[^()]{2,30})\\)");
    /**
     * 南都讯 记者 张馨怡 据…: the 讯 and the reporter without brackets, as Guangdong's papers sign a story;
     * the name runs to the space that parts it from the text.
     */
    private static final Pattern XUN_OPEN = Pattern.compile("^(?<pub>" + OUTLET + ")讯" + REPORTER);
    /**
     * 南方财经全媒体见习记者程浩 东莞报道: the outlet, its reporter and the place the story is filed from,
     * opening the first paragraph (the 报道 form of financial papers and their groups).
     */
    private static final Pattern REPORTS_FROM = Pattern.compile("^(?<pub>" + OUTLET + ")" + REPORTER);
    /** The place and 报道 after the reporter's name: 东莞报道. */
    private static final Pattern FILED_FROM = Pattern.compile("[" + Han.RANGE + "]{2,6}报道");
    /** （作者：林倩梅）: the author's line in brackets closing a story, naming no paper. */
    private static final Pattern CLOSING_AUTHOR = Pattern.compile("^\\((?<pub>)?(?:作者|文)[:：]\\s*(?<names>[^()]{2,30})\\)$");
    /** (兵团日报全媒体记者 张三 通讯员 李四): a paper's byline in brackets closing the story. */
    private static final Pattern CLOSING = Pattern.compile(
            "\\((?<pub>" + OUTLET + ")?" + REPORTER + "(?<names>[^()]{2,30})\\)$");
    /** 新华社北京3月12日电（记者刘思扬）: a wire dateline; the place is cut from the outlet by the region it names. */
    private static final Pattern DATELINE = Pattern.compile("^(?<pub>[" + Han.RANGE + "0-9A-Za-z]{2,20}?)\\d{1,2}月\\d{1,2}日电"
            + "(?:\\(" + REPORTER + "(?<names>[^()]{2,30})\\))?");
    /** A wire dateline's outlet is a news agency, site, paper or station: 新华社, 中新网, 北京日报, 央视. */
    private static final Pattern WIRE = Pattern.compile("(?:社|网|报|台|刊)$");

    /**
     * What one line says: the outlet (null when it names none), the people, and for a
     * dateline the date closing it.
     */
    record Byline(Fact<Agency> outlet, List<Fact<String>> names, Fact<LocalDate> date) {
    }

    private final Analysis doc;
    private final Outlets outlets;
    /**
     * The speaker under a report's or speech's 题注: the office ({@code lexicon/speaker-offices.tsv}),
     * perhaps after its region, then the name (省长李炳军, 浙江省省长 刘捷; a name of a minority people
     * written with its parts apart: 自治区主席 艾尔肯·吐尼亚孜).
     */
    private final Pattern speaker;

    /** A title a writer is introduced with before the name ({@code lexicon/person-titles.tsv}: 研究员, 教授, 主任). */
    private final Pattern writerTitle;

    /** Is the value shaped as a person's name (2–5 Han chars, perhaps with ·), not a column's or a site's? */
    static boolean personLike(String name) {
        return PERSON.matcher(name).matches();
    }

    Bylines(Analysis doc, Outlets outlets, CueWords cues) {
        this.doc = doc;
        this.outlets = outlets;
        this.writerTitle = Pattern.compile(cues.alternation("person-titles", null));
        this.speaker = Pattern.compile("^\\s*(?:[" + Han.RANGE + "]{2,10}?)?(?:代理|代)?(?:" + cues.alternation("speaker-offices", "office")
                + ")\\s*(?<name>[" + Han.RANGE + "]{2,4}?|[" + Han.RANGE + "]{1,8}(?:[·・•][" + Han.RANGE + "]{1,8}){1,3})\\s*(?:(?:" + cues.alternation("speaker-offices", "salutation") + ")[:：]?)?\\s*$");
    }

    /**
     * A 讯 or wire dateline opening the line, which may be the first paragraph of running
     * text: 新华社北京3月12日电（记者刘思扬）记者12日…. Null when the line opens otherwise.
     */
    Byline dateline(Paragraph p) {
        String s = p.string();
        Matcher w = XUN.matcher(s);
        if (!w.lookingAt()) {
            Byline open = openXun(p);
            if (open != null) {
                return open;
            }
            Byline filed = reportsFrom(p);
            if (filed != null) {
                return filed;
            }
            w = DATELINE.matcher(s);
        }
        int pubEnd = !w.lookingAt() ? -1 : w.pattern() == DATELINE ? cutPlace(p, w.end("pub")) : w.end("pub");
        // A wire's outlet is an agency, site, paper or station by its last char, or a known outlet (央视新闻).
        if (pubEnd <= 0 || !(w.pattern() == XUN || WIRE.matcher(s.substring(0, pubEnd)).find()
                || NewsOutlets.get().byName(s.substring(0, pubEnd)) != null)) {
            return null;
        }
        List<Fact<String>> names = new ArrayList<>();
        if (w.group("names") != null) {
            addNames(names, p, w.start("names"), w.end("names"));
        }
        return new Byline(outlets.at(p, w.start("pub"), pubEnd), names, DateLines.after(p, w.end()));
    }

    /** 南方财经全媒体见习记者程浩 东莞报道 5月24日…: the outlet, and the reporter up to the dropped space before the place. */
    private Byline reportsFrom(Paragraph p) {
        String s = p.string();
        Matcher m = REPORTS_FROM.matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        int from = m.end();
        int to = from + 2;
        while (to < s.length() && to - from < 4 && !gapBefore(p, to) && s.charAt(to) != ' ') {
            to++;
        }
        if (to >= s.length() || !(gapBefore(p, to) || s.charAt(to) == ' ') || !PERSON.matcher(s.substring(from, to)).matches()) {
            return null;
        }
        int place = to;
        while (place < s.length() && s.charAt(place) == ' ') {
            place++;
        }
        if (!FILED_FROM.matcher(s).region(place, s.length()).lookingAt()) {
            return null;
        }
        List<Fact<String>> names = new ArrayList<>();
        addNames(names, p, from, to);
        return new Byline(outlets.at(p, m.start("pub"), m.end("pub")), names, null);
    }

    /** 南都讯 记者张馨怡 据…: the outlet, and the reporter up to the dropped space after the name. */
    private Byline openXun(Paragraph p) {
        Matcher m = XUN_OPEN.matcher(p.string());
        if (!m.lookingAt()) {
            return null;
        }
        int from = m.end();
        while (from < p.string().length() && p.string().charAt(from) == ' ') {
            from++;
        }
        int to = from + 1;
        while (to < p.string().length() && to - from <= 12 && !gapBefore(p, to) && p.string().charAt(to) != ' ') {
            to++;
        }
        if (to >= p.string().length() || to - from > 12 || !NAMES.matcher(p.string().substring(from, to)).matches()) {
            return null;
        }
        List<Fact<String>> names = new ArrayList<>();
        addNames(names, p, from, to);
        return new Byline(outlets.at(p, m.start("pub"), m.end("pub")), names, null);
    }

    /** A closing byline in brackets, (XX日报记者 张三 通讯员 李四), at the end of the paragraph; null otherwise. */
    Byline closing(Paragraph p) {
        Matcher m = CLOSING.matcher(p.string());
        if (!m.find()) {
            m = CLOSING_AUTHOR.matcher(p.string().strip());
            if (!m.matches()) {
                return null;
            }
        }
        List<Fact<String>> names = new ArrayList<>();
        addNames(names, p, m.start("names"), m.end("names"));
        if (names.isEmpty()) {
            return null;
        }
        return new Byline(m.group("pub") == null ? null : outlets.at(p, m.start("pub"), m.end("pub")), names, null);
    }

    /**
     * A byline, slash byline or author line; with {@code bareNames}, also a bold line of bare
     * names (the line under a title when no one is named yet). Null when the line is none of them.
     */
    Byline byline(Paragraph p, boolean bareNames) {
        String s = p.string();
        List<Fact<String>> names = new ArrayList<>();
        Matcher b = BYLINE.matcher(s);
        if (b.matches()) {
            addNames(names, p, b.start("names"), b.end("names"));
            return new Byline(outlets.at(p, b.start("pub"), b.end("pub")), names, null);
        }
        Matcher sl = SLASH_BYLINE.matcher(s);
        if (sl.matches()) {
            // "工商时报 陈怡君" arrives as 工商时报陈怡君: the dropped space parts outlet and name.
            int cut = -1;
            for (int k = sl.end("head") - 1; k > sl.start("head") + 1 && cut < 0; k--) {
                cut = gapBefore(p, k) ? k : -1;
            }
            if (cut > 0 && PERSON.matcher(s.substring(cut, sl.end("head"))).matches()) {
                addNames(names, p, cut, sl.end("head"));
                return new Byline(outlets.at(p, sl.start("head"), cut), names, null);
            }
        }
        Matcher al = AUTHOR_LINE.matcher(s);
        if (al.matches() && (al.group("open") == null) == (al.group("close") == null)) {
            addNames(names, p, al.start("names"), al.end("names"));
            if (names.isEmpty()) {
                // 撰文：香港某协会研究员周某某: who the writer is, then the name after the last such title.
                Matcher t = writerTitle.matcher(s).region(al.start("names"), al.end("names"));
                int after = -1;
                while (t.find()) {
                    after = t.end();
                }
                if (after > 0 && PERSON.matcher(s.substring(after, al.end("names"))).matches()) {
                    addNames(names, p, after, al.end("names"));
                }
            }
            return new Byline(null, names, null);
        }
        if (bareNames && NAMES.matcher(s).matches() && p.leadingBold() != null) {
            addNames(names, p, 0, s.length());
            return new Byline(null, names, null);
        }
        return null;
    }

    /** The speaker a line under a report's 题注 names (省长李炳军), or the 题注's line after it; null otherwise. */
    Byline speaker(Paragraph p) {
        Matcher m = speaker.matcher(p.string());
        if (!m.matches()) {
            m = wrapped(p, 0);
        }
        if (m == null || !m.matches()) {
            // On the 题注's own line, after it: …会议上）省长 李炳军.
            int after = Math.max(p.string().lastIndexOf("会议上"), p.string().lastIndexOf("大会上"));
            if (after < 0) {
                return null;
            }
            after += 3;
            after += after < p.string().length() && p.string().charAt(after) == ')' ? 1 : 0;
            m = speaker.matcher(p.string()).region(after, p.string().length());
            if (!m.matches()) {
                m = wrapped(p, after);
            }
            if (m == null) {
                return null;
            }
        }
        return new Byline(null, List.of(new Fact<>(m.group("name"), new Evidence(p.span(m.start("name"), m.end("name")),
                Supports.CREATOR))), null);
    }

    /** The longest a speaker line runs (region, office, a name of several parts). */
    private static final int SPEAKER_LINE = 32;

    /**
     * 自治区人民政府主席 张雨浦 / 2月3日，…开幕 (a photo caption on the next line): the segmenter re-joined
     * the speaker line, which ends without a stop, with the line after it; the speaker is the part
     * up to a break in the source. A matcher that matched, or null.
     */
    private Matcher wrapped(Paragraph p, int from) {
        String s = p.string();
        for (int k = from + 3; k < Math.min(s.length(), from + SPEAKER_LINE); k++) {
            if (gapBefore(p, k)) {
                Matcher m = speaker.matcher(s).region(from, k);
                if (m.matches()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The people an author field names (作者：…), as a byline's names are read. */
    List<Fact<String>> names(Paragraph p, int start, int end) {
        List<Fact<String>> out = new ArrayList<>();
        addNames(out, p, start, end);
        return out;
    }

    /**
     * Reporters' names: split at 、 and commas and where the normaliser dropped a space
     * (记者 何文杰 武汉、合肥报道). A closing "…报道" names the place reported from, not a person;
     * written without spaces, the place starts at the first region it names.
     */
    private void addNames(List<Fact<String>> out, Paragraph p, int start, int end) {
        String s = p.string();
        List<int[]> groups = new ArrayList<>();
        int g = start;
        Matcher role = ROLE.matcher(s).region(start, end);
        List<int[]> roles = new ArrayList<>();
        while (role.find()) {
            roles.add(new int[] {role.start(), role.end()}); // 邓思远 通讯员 刘湘君: the role word parts two names
        }
        for (int k = start + 1; k <= end; k++) {
            int kk = k;
            int[] r = roles.stream().filter(x -> x[0] == kk).findFirst().orElse(null);
            if (r != null) {
                groups.add(new int[] {g, k});
                g = r[1];
                k = r[1];
                continue;
            }
            if (k == end || s.charAt(k) == ' ' || s.charAt(k - 1) == ' ' || gapBefore(p, k)) {
                groups.add(new int[] {g, k});
                g = k;
            }
        }
        groups.removeIf(r -> s.substring(r[0], r[1]).isBlank());
        if (!groups.isEmpty()) {
            int[] last = groups.get(groups.size() - 1);
            if (s.startsWith("报道", last[1] - 2)) {
                if (groups.size() > 1) {
                    groups.remove(groups.size() - 1);
                } else {
                    int place = firstRegion(p, last[0] + 2, last[1]);
                    if (place < 0) {
                        return;
                    }
                    last[1] = place;
                }
            }
        }
        for (int[] r : groups) {
            int i = r[0];
            while (i < r[1]) {
                while (i < r[1] && "、,， ".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                int j = i;
                while (j < r[1] && "、,， ".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                if (j > i && PERSON.matcher(s.substring(i, j)).matches()) {
                    out.add(new Fact<>(s.substring(i, j), new Evidence(p.span(i, j), Supports.CREATOR)));
                }
                i = j;
            }
        }
    }

    /** Did the normaliser drop a space (or markup) between characters {@code k - 1} and {@code k}? */
    static boolean gapBefore(Paragraph p, int k) {
        return p.span(k - 1, k).end() < p.span(k, k + 1).start();
    }

    /** Where the first region named in {@code [from, to)} of the paragraph starts, or -1. */
    private int firstRegion(Paragraph p, int from, int to) {
        int best = -1;
        for (RegionMention m : doc.regionIndex().in(p.index())) {
            int at = m.range().start();
            if (at >= from && at < to && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** A wire dateline's outlet ends where the place it reports from begins: 新华社|北京. */
    private int cutPlace(Paragraph p, int end) {
        int place = firstRegion(p, 2, end);
        return place < 0 ? end : place;
    }
}
