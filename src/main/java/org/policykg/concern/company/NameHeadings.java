package org.policykg.concern.company;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;
import org.policykg.text.Han;

/**
 * Registered names standing alone as a heading (（五）修正药业集团柳河制药有限公司): a profile of firms, a county's
 * or a park's list of its enterprises, heads each firm's paragraph with its registered name. No verb stands before a
 * heading, so its 字号 is whole there even where HanLP reads it as a verb (修正, 腾跃, 飞腾); the running text
 * (为修正药业集团下属子公司) keeps that 字号 wherever it goes on as the heading begins.
 */
final class NameHeadings {
    /**
     * A registered name: a place or 字号 first (no row number: 1中惠…有限公司 is a crawled list's row), name characters
     * and a place in parentheses, a legal form last.
     */
    private static final Pattern NAME = Pattern.compile("^\\p{IsHan}[\\p{IsHan}A-Za-z0-9（）()]{3,35}(?:有限公司|有限责任公司|集团公司|集团)$");
    /** The longest 字号 looked for before where HanLP's verbs ended. */
    private static final int MAX_MARK = 4;

    private NameHeadings() {
    }

    /** The registered names that are the whole of a paragraph, after its ordinal. */
    static List<String> names(List<Paragraph> paragraphs) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String text = p.string().strip();
            if (text.length() > 44 || !(text.endsWith("公司") || text.endsWith("集团"))) {
                continue;
            }
            Ordinals.Ordinal o = Ordinals.at(text); // （五）, (5), 五、, 5.
            String name = o == null ? text : text.substring(o.end()).stripLeading();
            if (NAME.matcher(name).matches()) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * Where a name starts when the words HanLP took for verbs before {@code named} (为|修正|药业集团) begin a
     * heading's name with the two characters after them (修正药业…): the 字号 is the heading's; -1 when no heading
     * begins so.
     */
    static int markBefore(String text, int from, int named, int formStart, List<String> headings) {
        if (headings.isEmpty() || named <= from || formStart - named < 2) {
            return -1;
        }
        for (int c = Math.max(from, named - MAX_MARK); c < named; c++) {
            if (!Han.is(text.charAt(c))) {
                continue;
            }
            String begins = text.substring(c, named + 2);
            for (String h : headings) {
                if (h.startsWith(begins)) {
                    return c;
                }
            }
        }
        return -1;
    }
}
