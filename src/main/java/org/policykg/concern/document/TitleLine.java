package org.policykg.concern.document;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.analysis.TitleKey;
import org.policykg.ingest.Format;
import org.policykg.segment.Paragraph;

/**
 * The line a page without a front-matter title is titled by: a level-1 heading in the
 * metadata zone, else a news text's opening headline, else the first title line (the
 * notice a text reprints). A collection's export heads the text with its file name, which
 * restates a front-matter field: the notice title in the text, where it prints that document,
 * wins over it.
 */
final class TitleLine {
    /** A column tag a site puts before a title: 【通知公告】. */
    private static final Pattern COLUMN_TAG = Pattern.compile("^【[^】]{1,8}】");
    /** A file name's date prefix: 20241231国家数据基础设施建设指引. */
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?=\\p{IsHan}|《)");
    /** A notice that prints, forwards or publishes another document. */
    private static final Pattern PRINTS = Pattern.compile("关于(?:印发|转发|发布|公布)");

    /**
     * @param title the title, or null
     * @param at    the paragraph of the level-1 heading it came from, else -1: bare names
     *              under a heading are its authors
     * @param dated the date a file-name heading opens with (20241231…), or null
     */
    record Found(Fact<String> title, int at, Fact<java.time.LocalDate> dated) {
    }

    private TitleLine() {
    }

    /**
     * @param ps      the paragraphs, chrome left out
     * @param zoneEnd where the metadata zone ends: a title heading stands before it
     * @param zone    how far a title line may stand from the top
     * @param fields  the front matter's values: a heading restating one is a file name
     */
    static Found find(Format format, List<Paragraph> ps, int zoneEnd, int zone, Collection<String> fields) {
        for (int i = 0; i < zoneEnd; i++) {
            Paragraph p = ps.get(i);
            if (p.role() == Paragraph.Role.HEADING && p.level() == 1) {
                if (fields.stream().anyMatch(v -> same(v, p.string()))) {
                    return fileName(p, i, ps, zone);
                }
                return new Found(new Fact<>(clean(p.string()), whole(p)), i, null);
            }
        }
        boolean newsText = format == Format.PLAIN || format == Format.MARKDOWN;
        if (newsText && !ps.isEmpty() && ps.get(0).level() == 0) {
            // A news text without a title heading opens with its headline: a short line that does not end a sentence.
            Paragraph first = ps.get(0);
            String s = first.string();
            if (s.length() <= 40 && s.indexOf('。') < 0 && s.indexOf(',') < 0 && !s.endsWith("!") && !s.endsWith("?")
                    && first.role() != Paragraph.Role.TITLE_LINE) {
                return new Found(new Fact<>(s, whole(first)), -1, null);
            }
        }
        // A text without a headline: its first title line (the notice it reprints) names it.
        for (int i = 0; i < Math.min(zone, ps.size()); i++) {
            Paragraph p = ps.get(i);
            if (p.role() == Paragraph.Role.TITLE_LINE) {
                return new Found(new Fact<>(clean(p.string()), whole(p)), -1, null);
            }
        }
        return new Found(null, -1, null);
    }

    /**
     * A heading that is the export's file name: a saved page's title (Title_Channel_Site), perhaps
     * with a date prefix. The notice title the text prints wins when it prints this document.
     */
    private static Found fileName(Paragraph heading, int at, List<Paragraph> ps, int zone) {
        String name = heading.string();
        Fact<java.time.LocalDate> dated = null;
        int from = 0;
        Matcher d = DATE_PREFIX.matcher(name);
        if (d.find()) {
            dated = compactDate(heading, d);
            from = d.end();
        }
        int to = name.indexOf('_', from);
        to = to < 0 ? name.length() : to;
        String title = clean(name.substring(from, to));
        String core = bare(title);
        for (int i = at + 1; i < Math.min(at + 1 + zone, ps.size()); i++) {
            Paragraph p = ps.get(i);
            if (p.role() == Paragraph.Role.TITLE_LINE && p.string().contains("关于")) {
                String body = clean(p.string());
                if (bare(body).equals(core) || PRINTS.matcher(body).find() && bare(body).contains(core)) {
                    return new Found(new Fact<>(body, whole(p)), -1, dated);
                }
                break;
            }
        }
        if (title.isEmpty()) {
            return new Found(null, -1, dated);
        }
        return new Found(new Fact<>(title, new Evidence(heading.span(0, to), Supports.TITLE)), -1, dated);
    }

    private static Fact<java.time.LocalDate> compactDate(Paragraph p, Matcher d) {
        try {
            java.time.LocalDate v = java.time.LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(3)));
            return new Fact<>(v, new Evidence(p.span(d.start(), d.end()), Supports.ISSUED));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Does the front-matter value say what the heading says (the heading restates it)? */
    private static boolean same(String value, String heading) {
        return TitleKey.core(folded(value)).equals(TitleKey.core(folded(heading)));
    }

    /** A front-matter value is raw text; the heading was normalised (full-width brackets folded, spaces dropped). */
    private static String folded(String s) {
        return s.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }

    /** The title as the document graph states it: no column tag, no 《》, spaces and periods as {@link TitleKey#display}. */
    static String clean(String s) {
        String t = COLUMN_TAG.matcher(s.strip()).replaceFirst("");
        return TitleKey.display(t.replace("《", "").replace("》", ""));
    }

    /** The comparison form: no brackets or what they hold (a 试行 or a period a notice title leaves out). */
    private static String bare(String s) {
        return TitleKey.core(s).replaceAll("\\([^()]*\\)", "");
    }

    private static Evidence whole(Paragraph p) {
        return new Evidence(p.span(0, p.text().length()), Supports.TITLE);
    }
}
