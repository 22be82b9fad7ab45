package org.policykg.concern.document;

import org.policykg.text.Han;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.ingest.ParsedDocument;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.Agency;
import org.policykg.reference.AgencyDirectory;
import org.policykg.reference.Publishers;
import org.policykg.segment.Layout;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.text.Span;
import org.policykg.analysis.TitleKey;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Supports;
import org.policykg.analysis.Fact;

/**
 * What a document states about itself. Front matter is believed first; then
 * the lines a page puts before its body: title, a header of labelled fields
 * (发布日期：… 来源：…), bylines (■中国城市报记者 郑新钰, 香港文汇报讯（记者 陈华）,
 * 新华社北京3月12日电（记者刘思扬）), mastheads (主办：X), dates, address; then
 * 文章来源 lines, or a story's one closing 来源 line; last, the outlet behind
 * the document's web address.
 */
final class MetadataResolver {
    private static final Pattern URL = Pattern.compile("^https?://[^\\s]+$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*[+-]\\d{4})?$");
    private static final Pattern CN_DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:\\s*第\\d+期.*)?$");
    private static final String REPORTER = "(?:全媒体记者|融媒体记者|特约记者|见习记者|实习记者|记者|通讯员|评论员)";
    private static final Pattern BYLINE = Pattern.compile(
            "^[■●◆▲□]?\\s*(?<pub>[" + Han.RANGE + "0-9A-Za-z]{2,14}?)" + REPORTER + "\\s*(?<names>[" + Han.RANGE + "][" + Han.RANGE + "、,\\s]{1,29})$");
    private static final Pattern PERSON = Pattern.compile("^[" + Han.RANGE + "·]{2,5}$");
    private static final Pattern NAMES = Pattern.compile("^[" + Han.RANGE + "]{2,4}(?:[,、][" + Han.RANGE + "]{2,4})*$");
    private static final Pattern AUTHOR_LINE = Pattern.compile("^(?:作者|文|撰文|记者)[:：]\\s*(?<names>.+)$");
    private static final Pattern ARTICLE_SOURCE = Pattern.compile("^[(]?(?:文章来源|稿件来源|转载自|原文来源)[:：]\\s*(?<pub>[^)]{2,40})[)]?$");
    private static final Set<String> MASTHEAD_LABELS = Set.of("主编", "主办", "主办单位", "编印", "出版", "出品", "编辑出版");
    /** The same labels written with a colon on a plain line ("主　办：西部数字经济研究院"); 主编 there names a person. */
    private static final Pattern MASTHEAD_LINE = Pattern.compile("^(?:主办|主办单位|编印|出品|编辑出版|出版单位):(?<pub>[^:]{2,30})$");
    /** A page header's labelled fields; the longer labels first so 发布日期 is not read as 日期. */
    private static final Pattern FIELD = Pattern.compile(
            "(?<label>发布日期|发布时间|发文日期|成文日期|日期|时间|信息来源|稿件来源|来源|发文机关|发布机构|作者|责任编辑|编辑)(?::|\\|)");
    /** Date labels, the page's own publication date first: a notice's 成文日期 is when it was signed. */
    private static final List<String> DATE_LABELS = List.of("发布日期", "发布时间", "日期", "时间", "发文日期", "成文日期");
    private static final Set<String> IGNORED_LABELS = Set.of("责任编辑", "编辑");
    private static final Pattern DATE_IN = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    /** Role words between names in a byline: 记者 邓思远 通讯员 刘湘君. */
    private static final Pattern ROLE = Pattern.compile(REPORTER.substring(0, REPORTER.length() - 1) + "|实习生|摄影|摄)");
    /** 工商时报 陈怡君／综合报导: Taiwan and Hong Kong bylines put the place or 综合 after a slash. */
    private static final Pattern SLASH_BYLINE = Pattern.compile(
            "^(?<head>[" + Han.RANGE + "0-9A-Za-z]{4,24})/(?:综合|[" + Han.RANGE + "]{2,6})?(?:报导|报道)$");
    private static final String OUTLET = "[" + Han.RANGE + "0-9A-Za-z]{2,14}?";
    /** 香港文汇报讯（记者 陈华 广州报道）: the outlet's 讯 and the reporters in brackets, opening a line. */
    private static final Pattern XUN = Pattern.compile("^(?<pub>" + OUTLET + ")讯\\(" + REPORTER + "(?<names>[^()]{2,30})\\)");
    /** 新华社北京3月12日电（记者刘思扬）: a wire dateline; the place is cut from the outlet by the region it names. */
    private static final Pattern DATELINE = Pattern.compile("^(?<pub>[" + Han.RANGE + "0-9A-Za-z]{2,20}?)\\d{1,2}月\\d{1,2}日电"
            + "(?:\\(" + REPORTER + "(?<names>[^()]{2,30})\\))?");
    /** A story's closing line naming where it ran: 来源：南方网. */
    private static final Pattern CLOSING_SOURCE = Pattern.compile("^\\(?(?:来源|信息来源|稿件来源):(?<pub>[^()]{2,30})\\)?$");
    /** A wire dateline's outlet is a news agency, site, paper or station: 新华社, 中新网, 北京日报, 央视. */
    private static final Pattern WIRE = Pattern.compile("(?:社|网|报|台|刊)$");
    /** Words that stand for the outlet itself (本报讯) and name nobody. */
    private static final Set<String> SELF = Set.of("本报", "本刊", "本网", "本台", "本站");
    /** A masthead or byline ends in the name of a body or a bracket; a date after one is the document's. */
    private static final Pattern DATED_HEAD = Pattern.compile("^[^。,;]{2,40}?(?:[院会社报网局部委办厅室所心)])$");
    private static final int ZONE = 12;

    private final AgencyDirectory directory;

    MetadataResolver(AgencyDirectory directory) {
        this.directory = directory;
    }

    DocumentFacts resolve(ParsedDocument doc, Layout layout, List<AgencyMention> agencies, List<RegionMention> regions) {
        Map<String, ParsedDocument.FrontMatterField> fm = doc.frontMatter();
        List<Paragraph> ps = layout.paragraphs();
        int zoneEnd = zoneEnd(ps);

        Fact<String> title = front(fm, "title");
        int titleAt = -1;
        if (title == null) {
            for (int i = 0; i < zoneEnd && title == null; i++) {
                Paragraph p = ps.get(i);
                if (p.role() == Paragraph.Role.HEADING && p.level() == 1) {
                    title = new Fact<>(TitleKey.display(p.string()), ev(p.span(0, p.text().length()), Supports.TITLE));
                    titleAt = i;
                }
            }
        }

        boolean newsText = doc.format() == org.policykg.ingest.Format.PLAIN || doc.format() == org.policykg.ingest.Format.MARKDOWN;
        if (title == null && newsText && !ps.isEmpty() && ps.get(0).level() == 0) {
            // A news text without a title heading opens with its headline: a short line that does not end a sentence.
            Paragraph first = ps.get(0);
            String s = first.string();
            if (s.length() <= 40 && s.indexOf('。') < 0 && s.indexOf(',') < 0 && !s.endsWith("!") && !s.endsWith("?")
                    && first.role() != Paragraph.Role.TITLE_LINE) {
                title = new Fact<>(s, ev(first.span(0, first.text().length()), Supports.TITLE));
            }
        }
        if (title == null) {
            // A text without a headline: its first title line (the notice it reprints) names it.
            for (int i = 0; i < Math.min(ZONE, ps.size()) && title == null; i++) {
                Paragraph p = ps.get(i);
                if (p.role() == Paragraph.Role.TITLE_LINE) {
                    title = new Fact<>(TitleKey.display(p.string().replace("《", "").replace("》", "")),
                            ev(p.span(0, p.text().length()), Supports.TITLE));
                }
            }
        }

        Fact<LocalDate> issued = null;
        ParsedDocument.FrontMatterField date = fm.get("date");
        if (date != null) {
            LocalDate d = parseDate(date.value());
            if (d != null) {
                issued = new Fact<>(d, ev(date.span(), Supports.ISSUED));
            }
        }

        Fact<String> source = front(fm, "url");
        if (source == null) {
            source = front(fm, "source");
        }
        if (source != null && !URL.matcher(source.value()).matches()) {
            source = null;
        }
        for (int i = 0; i < ps.size() && source == null; i++) {
            Paragraph p = ps.get(i);
            if (URL.matcher(p.string()).matches()) {
                source = new Fact<>(p.string(), ev(p.span(0, p.text().length()), Supports.SOURCE));
            }
        }

        List<Fact<String>> creators = new ArrayList<>();
        ParsedDocument.FrontMatterField author = fm.containsKey("author") ? fm.get("author") : fm.get("authors");
        if (author != null) {
            for (String n : author.value().split("[,、，;；]")) {
                if (!n.isBlank()) {
                    creators.add(new Fact<>(n.strip(), ev(author.span(), Supports.CREATOR)));
                }
            }
        }
        // Publisher: a 文章来源 line anywhere wins, then the header (来源, byline, masthead), then a closing 来源 line.
        Fact<Agency> articleSource = null;
        Fact<Agency> header = null;
        Fact<LocalDate> labelledDate = null;
        int labelledRank = Integer.MAX_VALUE;
        Fact<LocalDate> plainDate = null;
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            String s = p.string();
            Matcher a = ARTICLE_SOURCE.matcher(s);
            if (a.matches()) {
                articleSource = new Fact<>(organisation(a.group("pub").strip(), agencies, p),
                        ev(p.span(a.start("pub"), a.end("pub")), Supports.PUBLISHER));
            }
            if (i > zoneEnd) {
                continue;
            }
            // The first paragraph of running text may open with a byline: 新华社北京3月12日电（记者刘思扬）记者12日…
            Matcher w = XUN.matcher(s);
            if (!w.lookingAt()) {
                w = DATELINE.matcher(s);
            }
            int pubEnd = !w.lookingAt() ? -1 : w.pattern() == DATELINE ? cutPlace(p, w.end("pub"), regions) : w.end("pub");
            if (pubEnd > 0 && (w.pattern() == XUN || WIRE.matcher(s.substring(0, pubEnd)).find())) {
                header = header != null ? header : outlet(p, w.start("pub"), pubEnd, agencies);
                if (w.group("names") != null) {
                    addNames(creators, p, w.start("names"), w.end("names"), regions);
                }
                if (plainDate == null) {
                    plainDate = dateAfter(p, w.end());
                }
                continue;
            }
            if (i == zoneEnd) {
                continue;
            }
            List<Field> fields = fields(p, agencies, creators, regions);
            if (fields != null) {
                for (Field f : fields) {
                    if (f.fact().value() instanceof LocalDate && (labelledDate == null || rank(f.label()) < labelledRank)) {
                        @SuppressWarnings("unchecked")
                        Fact<LocalDate> d = (Fact<LocalDate>) f.fact();
                        labelledDate = d;
                        labelledRank = rank(f.label());
                    } else if (f.fact().value() instanceof Agency && header == null) {
                        @SuppressWarnings("unchecked")
                        Fact<Agency> o = (Fact<Agency>) f.fact();
                        header = o;
                    }
                }
                continue;
            }
            if (plainDate == null) {
                plainDate = dateLine(p);
            }
            Matcher b = BYLINE.matcher(s);
            if (b.matches()) {
                header = header != null ? header : outlet(p, b.start("pub"), b.end("pub"), agencies);
                addNames(creators, p, b.start("names"), b.end("names"), regions);
                continue;
            }
            Matcher sl = SLASH_BYLINE.matcher(s);
            if (sl.matches()) {
                // "工商时报 陈怡君" arrives as 工商时报陈怡君: the dropped space parts outlet and name.
                int cut = -1;
                for (int k = sl.end("head") - 1; k > sl.start("head") + 1 && cut < 0; k--) {
                    cut = gapBefore(p, k) ? k : -1;
                }
                if (cut > 0 && PERSON.matcher(s.substring(cut, sl.end("head"))).matches()) {
                    header = header != null ? header : outlet(p, sl.start("head"), cut, agencies);
                    addNames(creators, p, cut, sl.end("head"), regions);
                    continue;
                }
            }
            Matcher al = AUTHOR_LINE.matcher(s);
            if (al.matches()) {
                addNames(creators, p, al.start("names"), al.end("names"), regions);
                continue;
            }
            boolean nearTitle = titleAt >= 0 && i > titleAt && i <= titleAt + 3;
            if (creators.isEmpty() && nearTitle && NAMES.matcher(s).matches() && p.leadingBold() != null) {
                addNames(creators, p, 0, s.length(), regions);
                continue;
            }
            Range lead = p.leadingBold();
            if (header == null && lead != null && MASTHEAD_LABELS.contains(s.substring(lead.start(), lead.end()).strip())
                    && lead.end() < s.length()) {
                String name = s.substring(lead.end()).strip();
                int at = s.indexOf(name, lead.end());
                header = new Fact<>(organisation(name, agencies, p), ev(p.span(at, at + name.length()), Supports.PUBLISHER));
            }
            Matcher m = MASTHEAD_LINE.matcher(s);
            if (header == null && m.matches()) {
                header = outlet(p, m.start("pub"), m.end("pub"), agencies);
            }
        }
        if (issued == null) {
            issued = labelledDate != null ? labelledDate : plainDate;
        }
        Fact<Agency> publisher = articleSource != null ? articleSource : header != null ? header : closingSource(ps, agencies);
        if (publisher == null && source != null) {
            Agency outlet = Publishers.get().forUrl(source.value()).orElse(null);
            if (outlet != null) {
                publisher = new Fact<>(outlet, new Evidence(source.evidence().span(), Supports.PUBLISHER));
            }
        }
        return new DocumentFacts(title, issued, publisher, creators, source);
    }

    /** The metadata zone ends at the first paragraph of running text. */
    private static int zoneEnd(List<Paragraph> ps) {
        int n = Math.min(ZONE, ps.size());
        for (int i = 0; i < n; i++) {
            Paragraph p = ps.get(i);
            if (p.role() == Paragraph.Role.BODY && p.string().length() > 60 && !p.string().startsWith("|")) { // a table is not prose
                return i;
            }
        }
        return n;
    }

    /**
     * Reporters' names: split at 、 and commas and where the normaliser dropped a space
     * (记者 何文杰 武汉、合肥报道). A closing "…报道" names the place reported from, not a person;
     * written without spaces, the place starts at the first region it names.
     */
    private static void addNames(List<Fact<String>> out, Paragraph p, int start, int end, List<RegionMention> regions) {
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
                    int place = firstRegion(p, last[0] + 2, last[1], regions);
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
                    out.add(new Fact<>(s.substring(i, j), ev(p.span(i, j), Supports.CREATOR)));
                }
                i = j;
            }
        }
    }

    /** Did the normaliser drop a space (or markup) between characters {@code k - 1} and {@code k}? */
    private static boolean gapBefore(Paragraph p, int k) {
        return p.span(k - 1, k).end() < p.span(k, k + 1).start();
    }

    /** Where the first region named in {@code [from, to)} of the paragraph starts, or -1. */
    private static int firstRegion(Paragraph p, int from, int to, List<RegionMention> regions) {
        int best = -1;
        for (RegionMention m : regions) {
            int at = m.range().start();
            if (m.paragraph() == p.index() && at >= from && at < to && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** A wire dateline's outlet ends where the place it reports from begins: 新华社|北京. */
    private static int cutPlace(Paragraph p, int end, List<RegionMention> regions) {
        int place = firstRegion(p, 2, end, regions);
        return place < 0 ? end : place;
    }

    private Fact<Agency> outlet(Paragraph p, int start, int end, List<AgencyMention> agencies) {
        String name = p.string().substring(start, end).strip();
        if (name.length() < 2 || SELF.contains(name)) {
            return null;
        }
        int at = p.string().indexOf(name, start);
        return new Fact<>(organisation(name, agencies, p), ev(p.span(at, at + name.length()), Supports.PUBLISHER));
    }

    /** A labelled value of a page header. */
    private record Field(String label, Fact<?> fact) {
    }

    /**
     * A header line of labelled fields, perhaps after a date: 发布日期：2024-05-27 来源：南京市人民政府办公厅
     * 【字体：大 中 小】, 2025-03-12 18:40 来源：新华社, or a page's table of them (|发文机关|X|发布日期|Y|).
     * Null when the line is something else.
     */
    private List<Field> fields(Paragraph p, List<AgencyMention> agencies, List<Fact<String>> creators,
                               List<RegionMention> regions) {
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
        List<Field> out = new ArrayList<>();
        int first = labels.get(0)[0];
        if (!table && !s.substring(0, first).isBlank()) {
            Fact<LocalDate> d = dateIn(p, 0, first);
            if (d == null) {
                return null;
            }
            out.add(new Field("", d));
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
                Fact<LocalDate> d = dateIn(p, vs, ve);
                if (d != null) {
                    out.add(new Field(label, d));
                }
            } else if (label.equals("作者")) {
                addNames(creators, p, vs, ve, regions);
            } else if (ve - vs >= 2 && ve - vs <= 30 && !s.substring(vs, ve).contains("://")) {
                Fact<Agency> o = outlet(p, vs, ve, agencies);
                if (o != null) {
                    out.add(new Field(label, o));
                }
            }
        }
        return out;
    }

    /** How much a date label says about the page's own date: 发布日期 first; a date before any label last. */
    private static int rank(String label) {
        int i = DATE_LABELS.indexOf(label);
        return i >= 0 ? i : DATE_LABELS.size();
    }

    /** The date that is all of {@code [from, to)} but for spaces, with its time if any. */
    private static Fact<LocalDate> dateIn(Paragraph p, int from, int to) {
        String s = p.string();
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        Matcher m = DATE_IN.matcher(s).region(from, to);
        if (!m.matches()) {
            return null;
        }
        LocalDate d = date(m);
        return d == null ? null : new Fact<>(d, ev(p.span(m.start(), m.end()), Supports.ISSUED));
    }

    /** A date closing a byline's line: 香港文汇报讯（记者 陈华）2024年7月4日. */
    private static Fact<LocalDate> dateAfter(Paragraph p, int from) {
        return dateIn(p, from, p.string().length());
    }

    /** A line that is a date, or a masthead or byline ending in one: 西部数字经济研究院 2024年11月15日. */
    private static Fact<LocalDate> dateLine(Paragraph p) {
        String s = p.string();
        LocalDate whole = parseDate(s);
        if (whole != null) {
            return new Fact<>(whole, ev(p.span(0, p.text().length()), Supports.ISSUED));
        }
        Fact<LocalDate> dated = dateIn(p, 0, s.length()); // 2025年04月09日 07:52
        if (dated != null) {
            return dated;
        }
        Matcher m = DATE_IN.matcher(s);
        while (m.find()) {
            if (s.substring(m.end()).isBlank() && DATED_HEAD.matcher(s.substring(0, m.start()).strip()).matches()) {
                LocalDate d = date(m);
                return d == null ? null : new Fact<>(d, ev(p.span(m.start(), m.end()), Supports.ISSUED));
            }
        }
        return null;
    }

    /** The one 来源 line closing a story (来源：南方网); a newsletter with one per item names no publisher there. */
    private Fact<Agency> closingSource(List<Paragraph> ps, List<AgencyMention> agencies) {
        Paragraph found = null;
        for (Paragraph p : ps) {
            if (org.policykg.segment.Segmenter.isSourceLine(p.string())) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        if (found == null || found.index() < ps.size() - 3) {
            return null;
        }
        String line = found.string();
        Matcher next = FIELD.matcher(line);
        int end = line.length();
        while (next.find()) {
            if (next.start() > 0 && IGNORED_LABELS.contains(next.group("label"))) {
                end = Math.min(end, next.start()); // 来源：长沙晚报 责任编辑：罗毅
            }
        }
        Matcher m = CLOSING_SOURCE.matcher(line).region(0, end);
        if (!m.matches()) {
            return null;
        }
        int vs = m.start("pub");
        int ve = m.end("pub");
        while (ve > vs && Character.isWhitespace(line.charAt(ve - 1))) {
            ve--;
        }
        return line.substring(vs, ve).contains("://") ? null : outlet(found, vs, ve, agencies);
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private Agency organisation(String name, List<AgencyMention> agencies, Paragraph p) {
        Agency known = directory.byName(name);
        if (known != null) {
            return known;
        }
        for (AgencyMention m : agencies) {
            if (m.paragraph() == p.index() && m.surface().equals(name)) {
                return m.agency();
            }
        }
        return new Agency(name, null, null, Agency.Kind.ORGANIZATION);
    }

    private static Fact<String> front(Map<String, ParsedDocument.FrontMatterField> fm, String key) {
        ParsedDocument.FrontMatterField f = fm.get(key);
        if (f == null || f.value().isBlank() || f.span().isEmpty()) {
            return null;
        }
        return new Fact<>(TitleKey.display(f.value()), ev(f.span(), Supports.of(key.equals("url") ? "source" : key)));
    }

    static LocalDate parseDate(String s) {
        String t = s.strip();
        Matcher m = ISO_DATE.matcher(t);
        if (!m.matches()) {
            m = CN_DATE.matcher(t);
            if (!m.matches()) {
                return null;
            }
        }
        return date(m);
    }

    private static Evidence ev(Span span, Supports supports) {
        return new Evidence(span, supports);
    }
}
