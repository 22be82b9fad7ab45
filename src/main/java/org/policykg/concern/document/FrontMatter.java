package org.policykg.concern.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.analysis.TitleKey;
import org.policykg.ingest.ParsedDocument;
import org.policykg.segment.PageChrome;
import org.policykg.segment.Paragraph;

/**
 * What a Jekyll post's front matter states (title, date, url or source, author), and the
 * page's address when a saved page gives it on a line of its own instead.
 */
final class FrontMatter {
    private static final Pattern URL = Pattern.compile("^https?://[^\\s]+$");
    /**
     * A print's header and footer read as one line (pypdf): the print time, the page title, the page's
     * address and the page counter (the text may run on after it): 2025/12/18 10:12 市政府办公室关于…的通知 - 苏州市人民政府 https://… 1/9.
     */
    private static final Pattern PRINT_LINE = Pattern.compile(
            "^(?:\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2})\\s*(?:上午|下午)?\\s*\\d{1,2}:\\d{2}.{2,200}?(?<url>https?://\\S+)\\s+\\d{1,3}/\\d{1,3}(?![\\d/])");

    private final Map<String, ParsedDocument.FrontMatterField> fields;

    FrontMatter(ParsedDocument doc) {
        this.fields = doc.frontMatter();
    }

    Fact<String> title() {
        return text("title");
    }

    /** The keys a post's date is written under: Jekyll and Hexo write date, Hugo publishDate, feeds pubDate or published. */
    private static final List<String> DATE_KEYS = List.of("date", "publishDate", "publishdate", "pubDate", "published");

    Fact<LocalDate> date() {
        for (String key : DATE_KEYS) {
            Fact<LocalDate> d = date(fields.get(key));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static Fact<LocalDate> date(ParsedDocument.FrontMatterField date) {
        if (date != null) {
            LocalDate d = DateLines.parse(date.value());
            d = d != null ? d : rfc1123(date.value());
            d = d != null ? d : iso(date.value());
            if (d != null) {
                return new Fact<>(d, new Evidence(date.span(), Supports.ISSUED));
            }
        }
        return null;
    }

    /**
     * Blog generators and feed converters (Hexo, RSS to Markdown) write the date as RFC 1123:
     * Wed, 27 Jul 2022 06:06:02 GMT. The date is taken as written, in its own zone.
     */
    private static LocalDate rfc1123(String s) {
        try {
            return java.time.ZonedDateTime.parse(s.strip(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Hugo and feeds write an ISO 8601 instant (2021-10-20T14:40:00Z): its date as written. */
    private static LocalDate iso(String s) {
        java.util.regex.Matcher m = ISO_DATE.matcher(s.strip());
        return m.lookingAt() ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : null;
    }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T\\d{2}:\\d{2}");

    /** Every field's value as written. */
    List<String> values() {
        return fields.values().stream().map(ParsedDocument.FrontMatterField::value).toList();
    }

    /**
     * The url field, else the source field, if it is an address; else the first line that is one,
     * or a print's footer that opens with it (https://… 第1/13页).
     */
    Fact<String> address(List<Paragraph> ps) {
        Fact<String> source = text("url");
        if (source == null) {
            source = text("source");
        }
        if (source != null && !URL.matcher(source.value()).matches()) {
            source = null;
        }
        for (int i = 0; i < ps.size() && source == null; i++) {
            Paragraph p = ps.get(i);
            String s = p.string();
            int end = PageChrome.footerUrlEnd(s);
            end = end < 0 && URL.matcher(s).matches() ? s.length() : end;
            Matcher printed = PRINT_LINE.matcher(s);
            boolean print = end < 0 && printed.lookingAt();
            end = print ? printed.end("url") : end;
            if (end > 0) {
                int start = print ? printed.start("url") : s.indexOf("http");
                source = new Fact<>(s.substring(start, end), new Evidence(p.span(start, end), Supports.SOURCE));
            }
        }
        return source;
    }

    /** The site a crawler's record says it took the page from (source: 生态环境部), if it names one. */
    Fact<String> site() {
        ParsedDocument.FrontMatterField f = fields.get("site");
        if (f == null || f.value().isBlank() || f.span().isEmpty()) {
            return null;
        }
        return new Fact<>(f.value().strip(), new Evidence(f.span(), Supports.PUBLISHER));
    }

    /** The author (or authors) field, split at commas and 、. */
    List<Fact<String>> authors() {
        List<Fact<String>> out = new ArrayList<>();
        ParsedDocument.FrontMatterField author = fields.containsKey("author") ? fields.get("author") : fields.get("authors");
        if (author != null) {
            for (String n : author.value().split("[,、，;；]")) {
                if (!n.isBlank()) {
                    out.add(new Fact<>(n.strip(), new Evidence(author.span(), Supports.CREATOR)));
                }
            }
        }
        return out;
    }

    private Fact<String> text(String key) {
        ParsedDocument.FrontMatterField f = fields.get(key);
        if (f == null || f.value().isBlank() || f.span().isEmpty()) {
            return null;
        }
        return new Fact<>(TitleKey.display(f.value()), new Evidence(f.span(), Supports.of(key.equals("url") ? "source" : key)));
    }
}
