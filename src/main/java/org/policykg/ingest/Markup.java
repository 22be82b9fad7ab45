package org.policykg.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.policykg.text.MappedText;

/**
 * HTML inside a JSON string (a crawler's stored body: {@code <p>…</p><br>}), whose chars are not the
 * file's chars one for one (escapes such as {@code \"} and <code>&#92;u003c</code> stand for them), so the
 * page reader cannot read it in place: the tags are left out, a block's end becomes a paragraph
 * break and a {@code <br>} a line break (both synthetic), an entity one char spanning it, and every
 * other char keeps its own place in the file.
 */
final class Markup {
    /** A value that holds HTML: block and inline tags of an article, as RowReader tells a cell. */
    static final Pattern HTML = Pattern.compile(
            "(?i)<(p|div|br|span|table|tr|td|h[1-6]|li|ul|ol|strong|section|article|font|center)(\\s[^<>]*)?/?>");

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "table", "tr", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "center", "blockquote", "pre", "hr");

    private Markup() {
    }

    static boolean isHtml(String s) {
        return HTML.matcher(s).find();
    }

    /** The visible text: paragraphs apart by a blank line, lines by a line break. */
    static MappedText text(MappedText v) {
        String s = v.text();
        MappedText.Builder b = MappedText.builder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<') {
                if (s.startsWith("<!--", i)) {
                    int e = s.indexOf("-->", i + 4);
                    i = e < 0 ? s.length() : e + 3;
                    continue;
                }
                int e = s.indexOf('>', i + 1);
                if (e < 0 || !(i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/'))) {
                    b.append(v, i, i + 1); // a lone '<' is text
                    i++;
                    continue;
                }
                String tag = s.substring(i + 1, e).replaceFirst("^/", "").split("[\\s/>]", 2)[0].toLowerCase(Locale.ROOT);
                i = e + 1;
                if (tag.equals("script") || tag.equals("style")) {
                    int close = s.toLowerCase(Locale.ROOT).indexOf("</" + tag, i);
                    i = close < 0 ? s.length() : Math.max(i, s.indexOf('>', close) + 1);
                } else if (tag.equals("br")) {
                    b.appendSynthetic('\n');
                } else if (BLOCKS.contains(tag)) {
                    b.appendSynthetic('\n').appendSynthetic('\n');
                }
                continue;
            }
            if (c == '&') {
                int e = s.indexOf(';', i + 1);
                if (e > i + 1 && e - i <= 10) {
                    String u = org.jsoup.parser.Parser.unescapeEntities(s.substring(i, e + 1), false);
                    if (u.length() == 1 && !u.equals("&")) {
                        char ch = u.charAt(0) == '\u00A0' ? ' ' : u.charAt(0);
                        b.append(ch, v.sourceStart(i), v.sourceEnd(e));
                        i = e + 1;
                        continue;
                    }
                    if (u.equals("&") && s.startsWith("&amp;", i)) {
                        b.append('&', v.sourceStart(i), v.sourceEnd(e));
                        i = e + 1;
                        continue;
                    }
                }
            }
            b.append(v, i, i + 1);
            i++;
        }
        return b.build();
    }
}
