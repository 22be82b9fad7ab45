package org.policykg.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.text.MappedText;

/**
 * A table row's document, read as the JSON reader reads a record: the title cell as a level-1
 * heading, each metadata cell as a field line (LABEL：value, the label and colon synthetic, the
 * value the cell's own chars) that the metadata rules read as a portal's field table, the text
 * cell's lines as paragraphs. A text cell holding HTML or Markdown (a crawler's stored body) is
 * read as that markup, its tags left out and its paragraphs kept, offsets still counting in the cell. The date and the address also go to the front matter.
 */
public final class RowReader implements DocumentReader {
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    /** A text cell that holds HTML (a crawler's stored body): block and inline tags of an article. */
    private static final Pattern HTML = Pattern.compile(
            "(?i)<(p|div|br|span|table|tr|td|h[1-6]|li|ul|ol|strong|section|article|font|center)(\\s[^<>]*)?/?>");
    /** A text cell in Markdown: a heading, a bold run or a link. */
    private static final Pattern MARKDOWN = Pattern.compile("(?m)^#{1,6} \\S|\\*\\*[^*\\n]+\\*\\*|\\]\\([^)\\s]+\\)");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

    @Override
    public ParsedDocument read(Source source) {
        BlockCollector out = new BlockCollector();
        Map<String, ParsedDocument.FrontMatterField> front = new LinkedHashMap<>();
        for (Origin.Part p : source.origin().parts()) {
            MappedText cell = source.mapped(source.utf16(p.start()), source.utf16(p.end()));
            switch (p.role()) {
                case TITLE -> lines(out, Block.Kind.HEADING, 1, cell);
                case FIELD -> {
                    MappedText.Builder line = MappedText.builder();
                    for (char c : p.label().toCharArray()) {
                        line.appendSynthetic(c);
                    }
                    MappedText value = oneLine(cell);
                    line.appendSynthetic('：').append(value);
                    out.start(Block.Kind.PARAGRAPH, 0, false);
                    out.text().append(line.build());
                    out.finish();
                    frontMatter(front, p.column(), value);
                }
                default -> {
                    int from = source.utf16(p.start());
                    int to = source.utf16(p.end());
                    String raw = source.text().substring(from, to);
                    if (HTML.matcher(raw).find()) {
                        out.finish();
                        new HtmlReader().collect(source, from, to, out);
                    } else if (MARKDOWN.matcher(raw).find()) {
                        out.addAll(new MarkdownReader().readBody(source, from, to));
                    } else {
                        lines(out, Block.Kind.PARAGRAPH, 0, cell);
                    }
                }
            }
        }
        return new ParsedDocument(source, Format.ROW, front, out.blocks());
    }

    /** A cell's lines as blocks: a line break continues the paragraph, a blank line ends it. */
    private static void lines(BlockCollector out, Block.Kind kind, int level, MappedText value) {
        String s = value.text();
        boolean soft = false;
        boolean first = true;
        int i = 0;
        while (i <= s.length()) {
            int end = i;
            while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                end++;
            }
            MappedText line = value.subSequence(i, end);
            if (line.text().isBlank()) {
                soft = false;
            } else {
                out.start(kind, level, !first && soft);
                out.text().append(line.strip());
                first = false;
                soft = true;
            }
            if (end >= s.length()) {
                break;
            }
            i = end + 1;
        }
        out.finish();
    }

    /** A field's value on one line, its line breaks left out. */
    private static MappedText oneLine(MappedText value) {
        MappedText.Builder b = MappedText.builder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\n' && c != '\r') {
                b.append(value, i, i + 1);
            }
        }
        return b.build().strip();
    }

    private static void frontMatter(Map<String, ParsedDocument.FrontMatterField> front, String column, MappedText t) {
        JsonFields.Role r = JsonFields.standard().role(column).orElse(null);
        String v = t.text();
        if (r == JsonFields.Role.URL && !front.containsKey("url") && URL.matcher(v).matches()) {
            front.put("url", new ParsedDocument.FrontMatterField(v, t.source()));
        } else if (r == JsonFields.Role.DATE && !front.containsKey("date")) {
            Matcher m = COMPACT_DATE.matcher(v);
            String iso = m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : v;
            front.put("date", new ParsedDocument.FrontMatterField(iso, t.source()));
        }
    }
}
