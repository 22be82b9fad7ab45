package org.policykg.concern.target;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.concern.policy.PolicyFacts;
import org.policykg.reference.Region;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.text.Span;

/**
 * What the target rules need of a policy found before: its key, its period (a goal
 * takes the end year; a year before the start is where things stand), its region,
 * where the document names it, whether the document carries its own text, and the year a
 * year's work report (政府工作报告) is for.
 */
record Owner(String key, Integer startYear, Integer endYear, Region region, List<Span> mentions, boolean own, Integer reportYear,
             List<String> aliases, boolean workReport) {
    /** 深圳市2019年政府工作报告, 2025年贵州省政府工作报告: a year's work report, its goals due that year. */
    private static final Pattern YEAR_REPORT = Pattern.compile("((?:19|20)\\d{2})年.{0,12}?" + org.policykg.recognize.TitleRecognizer.WORK_REPORT + "$");

    /** Right after a policy's title: the policy states the goals that follow. */
    private static final Pattern SPEAKS = Pattern.compile("^[》」”\"]?(?:中)?(?:提出|明确|要求|指出|规定|强调|确定|设定|称)");

    /**
     * "工业和信息化部发布《X方案》，提出到2027年…": a title a verb of issuing announces, then a comma and a verb of
     * stating — the policy just issued states the goals. Only after a verb of issuing: "贯彻落实《X》，提出…" may
     * be the speaker's own goals.
     */
    private static final Pattern SPEAKS_AFTER_COMMA = Pattern.compile("^[》」”\"]?[,，](?:其中|并|还|同时)?(?:提出|明确|确定|设定)");
    private static final Pattern ISSUED = Pattern.compile("(?:" + org.policykg.lexicon.CueWords.standard().alternationOfRoles("issuing-verbs", "issue", "launch", "pass") + ")了?[《「“\"]?$");

    /**
     * A sentence that opens on a verb of stating with its subject left out (提出从2011年开始…, 并明确…): the policy
     * the sentence before named goes on speaking.
     */
    private static final Pattern GOES_ON = Pattern.compile("^(?:并|还|同时|此外|另外)?[,，]?(?:提出|明确|要求|规定|强调|确定|设定)");

    /** 政府工作报告, 深圳市政府工作报告, 贵州省人民政府工作报告: a work report whose title may not name its year. */
    private static final Pattern WORK_REPORT = Pattern.compile(org.policykg.recognize.TitleRecognizer.WORK_REPORT + "$");

    /**
     * @param documentYear the year of the document's own date (a news story's, a page's), or null: a work report
     *                     the title does not date is the one of the year it is delivered, which the story reporting
     *                     it shares (the reports are delivered in the first months of the year they plan)
     */
    static Owner of(PolicyFacts p, Integer documentYear) {
        Integer year = planYear(p.title());
        return new Owner(p.key(), p.startYear() == null ? year : p.startYear().value(),
                p.endYear() == null ? year : p.endYear().value(),
                p.jurisdiction() == null ? null : p.jurisdiction().value(),
                p.mentions().stream().map(Evidence::span).toList(), p.own() != null, reportYear(p, documentYear),
                p.aliases().stream().filter(a -> a.length() >= 2 && !a.equals(p.title())).toList(),
                WORK_REPORT.matcher(p.title()).find() || YEAR_REPORT.matcher(p.title()).find());
    }

    /**
     * 2026年上海量子城市空间智能建设工作要点, 杭州市2027年数字经济工作计划: a plan for the one year its title names
     * runs that year, so its goals are due then (as a plan's period gives its end year); null for other titles.
     */
    private static Integer planYear(String title) {
        java.util.regex.Matcher m = YEAR_PLAN.matcher(title);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A year's plan: the year at the title's start or after its region (up to 12 chars), a plan's type word at its end. */
    private static final Pattern YEAR_PLAN = Pattern.compile("^[\\u3400-\\u9FFF]{0,12}?((?:19|20)\\d{2})年(?![度底末\\d—\\-－~～至到])"
            + "[^《》]{0,40}?(?:工作要点|工作计划|工作方案|行动计划|行动方案|实施方案|推进计划)$");

    /** The year a work report is for: its title's (2025年贵州省政府工作报告), else the year it was delivered, else null. */
    private static Integer reportYear(PolicyFacts p, Integer documentYear) {
        java.util.regex.Matcher m = YEAR_REPORT.matcher(p.title());
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        if (!WORK_REPORT.matcher(p.title()).find()) {
            return null;
        }
        return p.issued() != null ? Integer.valueOf(p.issued().value().getYear()) : documentYear;
    }

    /**
     * The policies' mentions in the order they start, so that a sentence looks only at those
     * inside it rather than at every mention of the document.
     */
    static final class Speakers {
        private final Span[] spans;
        private final Owner[] owners;
        /** The policies a document names by a short form it defines (以下简称“方案”), which its sentences may speak by. */
        private final List<Owner> aliased;

        Speakers(Collection<Owner> policies) {
            aliased = policies.stream().filter(o -> !o.aliases().isEmpty()).sorted(Comparator.comparing(Owner::key)).toList();
            List<Map.Entry<Span, Owner>> all = new ArrayList<>();
            for (Owner o : policies) {
                for (Span m : o.mentions()) {
                    all.add(Map.entry(m, o));
                }
            }
            all.sort(Comparator.comparingInt(e -> e.getKey().start()));
            spans = all.stream().map(Map.Entry::getKey).toArray(Span[]::new);
            owners = all.stream().map(Map.Entry::getValue).toArray(Owner[]::new);
        }

        /**
         * "《X方案》提出,到2025年…": the one policy sentence {@code s} names as the one setting its
         * goals, or null (none, or two policies speak: the sentence is left to its item).
         */
        Owner speaking(Paragraph p, Range s) {
            Span sentence = p.span(s.start(), s.end());
            int lo = 0;
            int hi = spans.length;
            while (lo < hi) { // the first mention starting inside the sentence
                int mid = (lo + hi) >>> 1;
                if (spans[mid].start() < sentence.start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            Owner found = null;
            for (int k = lo; k < spans.length && spans[k].start() <= sentence.end(); k++) {
                Span m = spans[k];
                if (m.end() > sentence.end()) {
                    continue;
                }
                int after = p.text().indexAtSource(m.end());
                String next = p.string().substring(Math.min(after, p.string().length()),
                        Math.min(p.string().length(), after + 6));
                if (!SPEAKS.matcher(next).find() && !(SPEAKS_AFTER_COMMA.matcher(next).find() && issued(p, m))) {
                    continue;
                }
                if (found != null && found != owners[k]) {
                    return null;
                }
                found = owners[k];
            }
            if (found != null) {
                return found;
            }
            Owner aliased = byAlias(p.string().substring(s.start(), s.end()));
            return aliased != null ? aliased : goesOn(p, s, lo);
        }

        /** Whether a verb of issuing (印发, 发布 …) stands right before mention {@code m}. */
        private static boolean issued(Paragraph p, Span m) {
            int before = p.text().indexAtSource(m.start());
            String lead = p.string().substring(Math.max(0, Math.min(before, p.string().length()) - 6),
                    Math.min(before, p.string().length()));
            return ISSUED.matcher(lead).find();
        }

        /**
         * "2011年4月，深圳市颁布实施《X》…。提出从2011年开始，…": a sentence opening on a verb of stating without its
         * subject is said by the one policy the sentence before it in the paragraph names, or null (none, or two).
         * {@code first} is the index of the first mention starting at or after the sentence.
         */
        private Owner goesOn(Paragraph p, Range s, int first) {
            if (!GOES_ON.matcher(p.string().substring(s.start(), s.end())).lookingAt() || first == 0) {
                return null;
            }
            if (s.start() == 0) {
                return null; // the paragraph opens on it: no sentence before
            }
            Range before = p.sentenceAt(s.start() - 1);
            Span previous = p.span(before.start(), before.end());
            Owner found = null;
            for (int k = first - 1; k >= 0 && spans[k].start() >= previous.start(); k--) {
                if (spans[k].end() > previous.end()) {
                    continue;
                }
                if (found != null && found != owners[k]) {
                    return null;
                }
                found = owners[k];
            }
            return found;
        }

        /**
         * "此次方案提出，通过3年攻坚，…": the one policy whose short form the document defined
         * (以下简称“方案”) the sentence names as setting its goals, or null.
         */
        private Owner byAlias(String sentence) {
            Owner found = null;
            for (Owner o : aliased) {
                for (String a : o.aliases()) {
                    for (int at = sentence.indexOf(a); at >= 0; at = sentence.indexOf(a, at + 1)) {
                        String next = sentence.substring(at + a.length(), Math.min(sentence.length(), at + a.length() + 4));
                        if (SPEAKS.matcher(next).find() && at + a.length() < sentence.length()) {
                            if (found != null && found != o) {
                                return null;
                            }
                            found = o;
                        }
                    }
                }
            }
            return found;
        }
    }
}
