package org.policykg.concern.target;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.lexicon.CueWords;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;
import org.policykg.text.Span;

/**
 * The top-level parts of a text (一、二、三、) and what their numbers are, read from each part's
 * heading (lexicon/part-headings.tsv). A government work report (政府工作报告) and many plans
 * are laid out this way:
 * <ul>
 * <li>a review part (2025年工作回顾, 发展成就, a plan's 发展基础) reports where things stand: its
 *     numbers are statistics;</li>
 * <li>a part on a five-year period (“十五五”时期主要目标任务) sets the goals of the plan its opening
 *     paragraph names (编制了《…规划纲要(草案)》), due at the period's end;</li>
 * <li>a part on one year's work (2026年工作安排, 2026年重点工作) sets that year's goals: they are
 *     due that year, and only the text's own policy (the report itself) sets them.</li>
 * </ul>
 */
final class Parts {
    /** A five-year plan period: “十五五”, 十四五. */
    static final Pattern PERIOD = Pattern.compile("[“\"]?十([一二三四五六七八九])五[”\"]?");
    /** The period as the time of a goal: “十五五”时期, 十五五期间, 十五五末. */
    private static final Pattern PERIOD_TIME = Pattern.compile(PERIOD.pattern() + "(?:时期|期间|期末|末)");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private static final String DIGITS = "一二三四五六七八九";

    enum Kind { NONE, REVIEW, PERIOD, YEAR }

    private final PhraseMatcher<String> review;
    private final PhraseMatcher<String> reviewLead;
    private final PhraseMatcher<String> yearWork;

    /** The longest top-level heading (一、2025年工作回顾). */
    private static final int HEADING = 30;
    /** How far into a part's first paragraph its review opener (2025年是…之年。一年来，…) may stand. */
    private static final int LEAD_REACH = 40;

    Parts(CueWords cues) {
        this.review = PhraseMatcher.keywords(cues.words("part-headings", "review").toArray(String[]::new));
        this.reviewLead = PhraseMatcher.keywords(cues.words("part-headings", "review-lead").toArray(String[]::new));
        this.yearWork = PhraseMatcher.keywords(cues.words("part-headings", "year-work").toArray(String[]::new));
    }

    /**
     * Whether a paragraph's lead, up to the colon that opens what it says, reviews the past (张市长在回顾2013年的工作中指出：…,
     * 回顾过去五年：…; part-headings review): its numbers are where things stand, wherever the paragraph stands.
     */
    boolean reviews(Paragraph p) {
        String text = p.string();
        int colon = text.indexOf('：');
        colon = colon < 0 ? text.indexOf(':') : colon;
        return colon > 0 && colon <= LEAD_REACH && text.lastIndexOf('。', colon) < 0 && review.containsAny(text.substring(0, colon));
    }

    /** The part an item's text is in, read paragraph by paragraph. */
    final class Reader {
        private Kind kind = Kind.NONE;
        private Integer year;
        private Owner speaker;
        private boolean lead;
        /** Whether the next paragraph is the first of a part whose heading said nothing of its kind. */
        private boolean first;

        /** Reads the next paragraph of the item; a top-level heading (一、…) opens a new part. */
        void paragraph(Paragraph p, Collection<Owner> policies) {
            String text = p.string();
            Ordinals.Ordinal o = Ordinals.at(text);
            if (o != null && o.tier() == Ordinals.Tier.CHINESE && text.length() - o.end() <= HEADING) {
                open(text.substring(o.end()));
                first = kind == Kind.NONE;
                return;
            }
            if (o != null && o.tier() == Ordinals.Tier.CHINESE) {
                // a heading without a stop, joined to its part's first paragraph as if wrapped:
                // the part opens here, and its first words may still say it reviews the past
                open(text.substring(o.end(), o.end() + HEADING));
                first = false;
                String start = text.substring(o.end(), Math.min(text.length(), o.end() + HEADING + LEAD_REACH));
                if (kind == Kind.NONE && reviewLead.containsAny(start)) {
                    kind = Kind.REVIEW;
                }
            }
            if (first) {
                // a slogan heading (一、一年接着一年干，…取得新进展新成效) over "一年来，我们…": a review
                first = false;
                if (reviewLead.containsAny(text.substring(0, Math.min(text.length(), LEAD_REACH)))) {
                    kind = Kind.REVIEW;
                }
            }
            if (lead) {
                lead = false;
                speaker = named(p, policies);
            }
        }

        private void open(String heading) {
            kind = Kind.NONE;
            year = null;
            speaker = null;
            lead = false;
            Matcher y = YEAR.matcher(heading);
            Matcher period = PERIOD.matcher(heading);
            if (review.containsAny(heading)) {
                kind = Kind.REVIEW;
            } else if (period.find() && heading.contains("目标")) {
                kind = Kind.PERIOD;
                year = periodEnd(period.group(1));
                lead = true;
            } else if (y.find() && yearWork.containsAny(heading)) {
                kind = Kind.YEAR;
                year = Integer.parseInt(y.group(1));
            }
        }

        Kind kind() {
            return kind;
        }

        /** The year the part's goals are due: the year of a year's work, the end of a period; or null. */
        Integer year() {
            return year;
        }

        /** The plan a period part's opening paragraph names, which sets the part's goals; or null. */
        Owner speaker() {
            return speaker;
        }
    }

    Reader reader() {
        return new Reader();
    }

    /** The end of a five-year period as the time a goal is due: 到“十四五”末, 至十五五期末. */
    private static final Pattern PERIOD_END_GOAL = Pattern.compile("(?:到|至)" + PERIOD.pattern() + "(?:时期|期)?末");

    /** The end year of the period the sentence gives as a goal's time (到“十四五”末 → 2025), or null. */
    static Integer periodEndGoal(String sentence) {
        if (sentence.indexOf('末') < 0) {
            return null; // cheap test first: most sentences name no period's end
        }
        Matcher m = PERIOD_END_GOAL.matcher(sentence);
        return m.find() ? periodEnd(m.group(1)) : null;
    }

    /** The end year of the five-year period a sentence names as a goal's time (“十五五”时期 → 2030), or null. */
    static Integer sentencePeriodEnd(String sentence) {
        Matcher m = PERIOD_TIME.matcher(sentence);
        return m.find() ? periodEnd(m.group(1)) : null;
    }

    /** The N-th five-year plan (十N五) ends in 1970 + 5 (N - 3): the 3rd ran 1966-1970, the 15th runs 2026-2030. */
    private static int periodEnd(String digit) {
        int n = 10 + DIGITS.indexOf(digit) + 1;
        return 1970 + 5 * (n - 3);
    }

    /** The one known policy the paragraph names, or null. */
    private static Owner named(Paragraph p, Collection<Owner> policies) {
        Span para = p.span(0, p.string().length());
        List<Owner> found = new ArrayList<>();
        for (Owner o : policies) {
            for (Span m : o.mentions()) {
                if (m.start() >= para.start() && m.end() <= para.end() && !found.contains(o)) {
                    found.add(o);
                }
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }
}
