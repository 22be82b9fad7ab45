package org.policykg.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.Region;
import org.policykg.segment.Paragraph;

/**
 * 结合官渡区实际 / 结合昆明市官渡区实际，制定本措施: the standard opening of a local text says whose
 * circumstances its rules are fitted to. The region named there (the last, most specific one, ending
 * the phrase) is the text's own; the regions its opening cites (根据《昆明市…》) are its superiors'.
 * A phrase naming no region (结合本区实际, 结合我市实际, 结合全省实际) gives none.
 */
public final class FittedTo {
    /** 结合X实际, 结合X的实际, 结合X工作实际: X. */
    private static final Pattern PHRASE = Pattern.compile("结合(?:我们|本地|当地)?(\\p{IsHan}{2,16}?)(?:的)?(?:工作)?实际");

    private FittedTo() {
    }

    /**
     * The region the first 结合X实际 in paragraphs {@code from}..{@code to} (inclusive) names, or null.
     *
     * @param regions the text's region mentions, as the recognizer found them
     */
    public static RegionMention find(List<Paragraph> ps, List<RegionMention> regions, int from, int to) {
        if (regions.isEmpty()) {
            return null;
        }
        for (int i = Math.max(0, from); i <= to && i < ps.size(); i++) {
            String s = ps.get(i).string();
            if (!s.contains("实际")) {
                continue;
            }
            Matcher m = PHRASE.matcher(s);
            while (m.find()) {
                RegionMention found = null;
                for (RegionMention r : regions) {
                    if (r.paragraph() == i && r.range().start() >= m.start(1) && r.range().end() == m.end(1)) {
                        found = r;
                    }
                }
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** As {@link #find}, the region only. */
    public static Region region(List<Paragraph> ps, List<RegionMention> regions, int from, int to) {
        RegionMention r = find(ps, regions, from, to);
        return r == null ? null : r.region();
    }
}
