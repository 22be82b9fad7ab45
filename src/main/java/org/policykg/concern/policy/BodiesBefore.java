package org.policykg.concern.policy;

import java.util.ArrayList;
import java.util.List;
import org.policykg.analysis.Analysis;
import org.policykg.recognize.AgencyMention;
import org.policykg.segment.Paragraph;

/**
 * The bodies a text names right before a title, as its makers. Two readers, because the texts that write
 * them differ:
 * <ul>
 * <li>{@link #joined}: bodies joined by 、/和/与/及 or spaces and nothing else (中共中央、国务院《…》, 财政部和税务总局),
 * for the possessive of news and replies ({@code TitleClauses.makersBefore}, which needs the run to reach the 《)
 * and for the subject of the clause before a verb of issuing ({@code TitleClauses.subjectOfClauseBefore}, which
 * takes the bodies the clause opens with);</li>
 * <li>{@link #forwarded}: the list of makers a 转发 notice names before the text it forwards
 * ({@code Attributes.forwardedFrom}), read item by item between 、: an item may be a co-signing company that no
 * body mention covers (…, 中国国家铁路集团有限公司《…》), which would end a run of {@link #joined}.</li>
 * </ul>
 * The second is not the first with a switch: it tests items, not the gaps between mentions, so it also differs
 * where an item holds one character more than its body's mention (kept), where mentions overlap (all kept, not a
 * stop), where 和 or 与 joins two bodies in one item (no run), and in the white space it allows (any, around each
 * item, against spaces before the first body). Merging them would change what both read.
 */
final class BodiesBefore {
    /** What may stand between the bodies of a run that names a title's makers: 中共中央、国务院, 财政部和税务总局. */
    private static final String GAPS = "、和与及 \u3000";

    private BodiesBefore() {
    }

    /**
     * A run of bodies read from {@code from} towards {@code to}: the bodies in order, where the last ends, and
     * whether every body mention in the span was read (false when the run stopped before one: text between two
     * bodies other than {@link #GAPS}, a mention that is no government or party body, or one overlapping the last).
     */
    record Run(List<AgencyMention> bodies, int end, boolean whole) {
        /** Whether the run is all the span holds: at least one body, every mention read, and nothing after the last. */
        boolean fills(int to) {
            return whole && !bodies.isEmpty() && end == to;
        }
    }

    /**
     * The government and party bodies that open {@code [from, to)} of paragraph {@code p}, joined by {@link #GAPS};
     * only spaces may stand before the first.
     */
    static Run joined(Analysis doc, Paragraph p, int from, int to) {
        String text = p.string();
        int at = from;
        List<AgencyMention> run = new ArrayList<>();
        for (AgencyMention a : doc.agencyIndex().within(p.index(), from, to)) {
            if (!a.agency().isAgency() || a.range().start() < at || !gap(text, at, a.range().start(), run.isEmpty())) {
                return new Run(run, at, false);
            }
            run.add(a);
            at = a.range().end();
        }
        return new Run(run, at, true);
    }

    /** Whether {@code [from, to)} may stand before a body: spaces before the first, {@link #GAPS} between two. */
    private static boolean gap(String text, int from, int to, boolean first) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (first ? c != ' ' && c != '\u3000' : GAPS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * 交通运输部、中央政法委…、中国国家铁路集团有限公司《关于…的意见》已经国务院同意，现转发给你们: the government and
     * party bodies of {@code [from, open)} when every item between 、 is one of them (one character more than its
     * mention allowed) or a co-signing company (…有限公司, …集团); empty when some item is prose (为落实…，市发展改革委《…》).
     */
    static List<AgencyMention> forwarded(Analysis doc, Paragraph p, int from, int open) {
        String text = p.string();
        List<AgencyMention> run = new ArrayList<>();
        for (AgencyMention a : doc.agencyIndex().in(p.index())) {
            if (a.range().start() >= from && a.range().end() <= open && a.agency().isAgency()) {
                run.add(a);
            }
        }
        if (run.isEmpty()) {
            return run;
        }
        int at = from;
        for (String part : text.substring(from, open).split("、", -1)) {
            int end = at + part.length();
            String w = part.strip();
            final int s0 = at;
            boolean body = run.stream().anyMatch(a -> a.range().start() >= s0 && a.range().end() <= end
                    && a.range().length() >= w.length() - 1);
            if (!body && !(w.endsWith("公司") || w.endsWith("集团"))) {
                return List.of(); // prose between the bodies and the title: not a run of makers
            }
            at = end + 1;
        }
        return run;
    }
}
