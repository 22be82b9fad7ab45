package org.policykg.concern.document;

import java.util.List;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.analysis.TitleKey;
import org.policykg.ingest.Format;
import org.policykg.segment.Paragraph;

/**
 * The line a page without a front-matter title is titled by: a level-1 heading in the
 * metadata zone, else a news text's opening headline, else the first title line (the
 * notice a text reprints).
 */
final class TitleLine {
    /**
     * @param title the title, or null
     * @param at    the paragraph of the level-1 heading it came from, else -1: bare names
     *              under a heading are its authors
     */
    record Found(Fact<String> title, int at) {
    }

    private TitleLine() {
    }

    /**
     * @param zoneEnd where the metadata zone ends: a title heading stands before it
     * @param zone    how far a title line may stand from the top
     */
    static Found find(Format format, List<Paragraph> ps, int zoneEnd, int zone) {
        for (int i = 0; i < zoneEnd; i++) {
            Paragraph p = ps.get(i);
            if (p.role() == Paragraph.Role.HEADING && p.level() == 1) {
                return new Found(new Fact<>(TitleKey.display(p.string()), whole(p)), i);
            }
        }
        boolean newsText = format == Format.PLAIN || format == Format.MARKDOWN;
        if (newsText && !ps.isEmpty() && ps.get(0).level() == 0) {
            // A news text without a title heading opens with its headline: a short line that does not end a sentence.
            Paragraph first = ps.get(0);
            String s = first.string();
            if (s.length() <= 40 && s.indexOf('。') < 0 && s.indexOf(',') < 0 && !s.endsWith("!") && !s.endsWith("?")
                    && first.role() != Paragraph.Role.TITLE_LINE) {
                return new Found(new Fact<>(s, whole(first)), -1);
            }
        }
        // A text without a headline: its first title line (the notice it reprints) names it.
        for (int i = 0; i < Math.min(zone, ps.size()); i++) {
            Paragraph p = ps.get(i);
            if (p.role() == Paragraph.Role.TITLE_LINE) {
                return new Found(new Fact<>(TitleKey.display(p.string().replace("《", "").replace("》", "")), whole(p)), -1);
            }
        }
        return new Found(null, -1);
    }

    private static Evidence whole(Paragraph p) {
        return new Evidence(p.span(0, p.text().length()), Supports.TITLE);
    }
}
