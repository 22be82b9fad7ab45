package org.policykg.resolve;

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
import org.policykg.reference.Agency;
import org.policykg.reference.AgencyDirectory;
import org.policykg.reference.Publishers;
import org.policykg.segment.Layout;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.text.Span;

/**
 * What a document states about itself. Front matter is believed first; then
 * the lines a page puts before its body (title, authors, date, address); then
 * bylines (■中国城市报记者 郑新钰), mastheads (主编 X) and 文章来源 lines; last,
 * the outlet behind the document's web address.
 */
final class MetadataResolver {
    private static final Pattern URL = Pattern.compile("^https?://[^\\s]+$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*[+-]\\d{4})?$");
    private static final Pattern CN_DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:\\s*第\\d+期.*)?$");
    private static final Pattern BYLINE = Pattern.compile(
            "^[■●◆▲□]?\\s*(?<pub>[" + Han.RANGE + "]{2,12}?)(?:特约记者|见习记者|记者|通讯员|评论员)\\s*(?<names>[" + Han.RANGE + "]{2,4}(?:[、,\\s][" + Han.RANGE + "]{2,4})*)$");
    private static final Pattern NAMES = Pattern.compile("^[" + Han.RANGE + "]{2,4}(?:[,、][" + Han.RANGE + "]{2,4})*$");
    private static final Pattern AUTHOR_LINE = Pattern.compile("^(?:作者|文|撰文|记者)[:：]\\s*(?<names>.+)$");
    private static final Pattern ARTICLE_SOURCE = Pattern.compile("^[(]?(?:文章来源|稿件来源|转载自|原文来源)[:：]\\s*(?<pub>[^)]{2,40})[)]?$");
    private static final Set<String> MASTHEAD_LABELS = Set.of("主编", "主办", "主办单位", "编印", "出版", "出品", "编辑出版");
    private static final int ZONE = 12;

    private final AgencyDirectory directory;

    MetadataResolver(AgencyDirectory directory) {
        this.directory = directory;
    }

    DocumentFacts resolve(ParsedDocument doc, Layout layout, List<AgencyMention> agencies) {
        Map<String, ParsedDocument.FrontMatterField> fm = doc.frontMatter();
        List<Paragraph> ps = layout.paragraphs();
        int zoneEnd = zoneEnd(ps);

        Fact<String> title = front(fm, "title");
        int titleAt = -1;
        if (title == null) {
            for (int i = 0; i < zoneEnd && title == null; i++) {
                Paragraph p = ps.get(i);
                if (p.role() == Paragraph.Role.HEADING && p.level() == 1) {
                    title = new Fact<>(TitleKey.display(p.string()), ev(p.span(0, p.text().length()), "title"));
                    titleAt = i;
                }
            }
        }

        if (title == null && doc.format() == org.policykg.ingest.Format.PLAIN && !ps.isEmpty()) {
            // A plain news text opens with its headline: a short line that does not end a sentence.
            Paragraph first = ps.get(0);
            String s = first.string();
            if (s.length() <= 40 && s.indexOf('。') < 0 && s.indexOf(',') < 0 && !s.endsWith("!") && !s.endsWith("?")
                    && first.role() != Paragraph.Role.TITLE_LINE) {
                title = new Fact<>(s, ev(first.span(0, first.text().length()), "title"));
            }
        }
        if (title == null) {
            // A text without a headline: its first title line (the notice it reprints) names it.
            for (int i = 0; i < Math.min(ZONE, ps.size()) && title == null; i++) {
                Paragraph p = ps.get(i);
                if (p.role() == Paragraph.Role.TITLE_LINE) {
                    title = new Fact<>(TitleKey.display(p.string().replace("《", "").replace("》", "")),
                            ev(p.span(0, p.text().length()), "title"));
                }
            }
        }

        Fact<LocalDate> issued = null;
        ParsedDocument.FrontMatterField date = fm.get("date");
        if (date != null) {
            LocalDate d = parseDate(date.value());
            if (d != null) {
                issued = new Fact<>(d, ev(date.span(), "issued"));
            }
        }
        for (int i = 0; i < zoneEnd && issued == null; i++) {
            Paragraph p = ps.get(i);
            LocalDate d = parseDate(p.string());
            if (d != null) {
                issued = new Fact<>(d, ev(p.span(0, p.text().length()), "issued"));
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
                source = new Fact<>(p.string(), ev(p.span(0, p.text().length()), "source"));
            }
        }

        List<Fact<String>> creators = new ArrayList<>();
        Fact<Agency> publisher = null;
        ParsedDocument.FrontMatterField author = fm.containsKey("author") ? fm.get("author") : fm.get("authors");
        if (author != null) {
            for (String n : author.value().split("[,、，;；]")) {
                if (!n.isBlank()) {
                    creators.add(new Fact<>(n.strip(), ev(author.span(), "creator")));
                }
            }
        }
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            String s = p.string();
            Matcher a = ARTICLE_SOURCE.matcher(s);
            if (a.matches()) {
                publisher = new Fact<>(organisation(a.group("pub").strip(), agencies, p),
                        ev(p.span(a.start("pub"), a.end("pub")), "publisher"));
            }
            if (i >= zoneEnd) {
                continue;
            }
            Matcher b = BYLINE.matcher(s);
            if (b.matches()) {
                if (publisher == null) {
                    publisher = new Fact<>(organisation(b.group("pub"), agencies, p),
                            ev(p.span(b.start("pub"), b.end("pub")), "publisher"));
                }
                addNames(creators, p, b.start("names"), b.end("names"));
                continue;
            }
            Matcher al = AUTHOR_LINE.matcher(s);
            if (al.matches()) {
                addNames(creators, p, al.start("names"), al.end("names"));
                continue;
            }
            boolean nearTitle = titleAt >= 0 && i > titleAt && i <= titleAt + 3;
            if (creators.isEmpty() && nearTitle && NAMES.matcher(s).matches() && p.leadingBold() != null) {
                addNames(creators, p, 0, s.length());
                continue;
            }
            Range lead = p.leadingBold();
            if (publisher == null && lead != null && MASTHEAD_LABELS.contains(s.substring(lead.start(), lead.end()).strip())
                    && lead.end() < s.length()) {
                String name = s.substring(lead.end()).strip();
                int at = s.indexOf(name, lead.end());
                publisher = new Fact<>(organisation(name, agencies, p), ev(p.span(at, at + name.length()), "publisher"));
            }
        }
        if (publisher == null && source != null) {
            Agency outlet = Publishers.get().forUrl(source.value()).orElse(null);
            if (outlet != null) {
                publisher = new Fact<>(outlet, new Evidence(source.evidence().span(), "publisher"));
            }
        }
        return new DocumentFacts(title, issued, publisher, creators, source);
    }

    /** The metadata zone ends at the first paragraph of running text. */
    private static int zoneEnd(List<Paragraph> ps) {
        int n = Math.min(ZONE, ps.size());
        for (int i = 0; i < n; i++) {
            Paragraph p = ps.get(i);
            if (p.role() == Paragraph.Role.BODY && p.string().length() > 60) {
                return i;
            }
        }
        return n;
    }

    private void addNames(List<Fact<String>> out, Paragraph p, int start, int end) {
        String s = p.string();
        int i = start;
        while (i < end) {
            while (i < end && "、,， ".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            int j = i;
            while (j < end && "、,， ".indexOf(s.charAt(j)) < 0) {
                j++;
            }
            if (j > i) {
                out.add(new Fact<>(s.substring(i, j), ev(p.span(i, j), "creator")));
            }
            i = j;
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
        return new Fact<>(TitleKey.display(f.value()), ev(f.span(), key.equals("url") ? "source" : key));
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
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Evidence ev(Span span, String supports) {
        return new Evidence(span, supports);
    }
}
