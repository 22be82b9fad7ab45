package org.policykg.concern.target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.concern.policy.PolicyFacts;
import org.policykg.concern.policy.Titles;
import org.policykg.lexicon.CueWords;
import org.policykg.quantity.Quantity;
import org.policykg.quantity.QuantityParser;
import org.policykg.reference.Region;
import org.policykg.segment.Item;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.segment.Segmenter;
import org.policykg.text.Slug;
import org.policykg.text.Span;

/**
 * Finds the quantified goals a policy sets, item by item and sentence by sentence. For
 * each sentence the rules run in this order:
 * <ol>
 * <li>{@link Owner#speaking} reads the policies found before: a sentence in which a named
 *     policy 提出/明确 goals is that policy's, else it is the item's subject's; an item about
 *     a report holds statistics, unless a sentence quotes a policy;</li>
 * <li>{@link GoalSentences} reads the sentence (and the cue words of the context): whether it
 *     may set goals at all, and for each number the goal verb that governs it;</li>
 * <li>{@link Metrics} reads the sentence, the number and its verb: what is measured, and
 *     whether it is to rise, fall or reach a level;</li>
 * <li>{@link Deadlines} reads the sentence, the section the paragraph is in
 *     ({@link Deadlines.Section}, kept as the item's paragraphs are read) and the policy's
 *     period: the year the goal is due and where that year came from.</li>
 * </ol>
 * The same goal stated twice (an editor's note and the body) is one target with two
 * evidences: goals merge on owner, unit, counter, value, upper value and comparator, unless
 * both statements are in one paragraph (a key then ends in #2, #3 …).
 */
final class TargetResolver {
    private static final QuantityParser QUANTITIES = new QuantityParser();
    /** 其中: the sentence details the one before it. */
    private static final String DETAIL = "其中";

    private final GoalSentences goals;
    private final Metrics metrics;
    private final Parts parts;

    TargetResolver(CueWords cues) {
        this.goals = new GoalSentences(cues);
        this.parts = new Parts(cues);
        this.metrics = new Metrics(goals.goalVerb(), new HashSet<>(cues.words("goal-verbs", "level")));
    }

    /** @param documentYear the year of the document's own date, or null */
    List<TargetFacts> resolve(Analysis doc, Titles titles, Integer documentYear) {
        Map<String, Owner> policies = new HashMap<>();
        for (PolicyFacts p : titles.policies()) {
            policies.put(p.key(), Owner.of(p, documentYear));
        }
        String documentKey = "document-" + Slug.ofFileName(doc.source().name());
        Owner.Speakers speakers = new Owner.Speakers(policies.values());
        Set<String> titled = titled(doc, titles.policies());
        SortedSet<String> names = new TreeSet<>(); // short names with a digit, for inName
        for (Owner o : policies.values()) {
            o.aliases().stream().filter(a -> a.chars().anyMatch(Character::isDigit)).forEach(names::add);
        }
        Map<String, TargetFacts.Builder> found = new LinkedHashMap<>();
        // A reply (…的建议收悉。经认真研究，答复如下：) reports the replying body's work: its numbered parts are no policy's
        // text, and a figure in it is a goal only where the sentence gives a goal year or a word of commitment.
        boolean reply = doc.structure().reply();
        for (Item it : doc.layout().items()) {
            String subject = titles.subjects().get(it.index());
            Owner owner = subject == null ? null : policies.get(subject);
            // An item about a report holds statistics, unless a sentence quotes a policy's goal.
            boolean aboutReport = subject != null && owner == null;
            Region itemRegion = doc.itemRegions().get(it.index());
            Deadlines.Section section = new Deadlines.Section();
            Parts.Reader part = parts.reader();
            TableGoals.Reader table = null; // the table of indicators being read, row by row
            for (int i = it.first(); i <= it.last(); i++) {
                Paragraph p = doc.paragraph(i);
                if (i == it.heading() || Segmenter.isSourceLine(p.string())) {
                    continue;
                }
                section.paragraph(p);
                part.paragraph(p, policies.values());
                table = p.isTableRow() ? (table == null ? new TableGoals.Reader() : table) : null;
                if (p.isHeading() || part.kind() == Parts.Kind.REVIEW || parts.reviews(p)) {
                    continue; // a review part (工作回顾, 发展基础), or a paragraph led so, reports where things stand
                }
                if (table != null && tableRow(p, table, section, part, owner, documentKey, found)) {
                    continue;
                }
                int goalLead = -1; // GoalSentences.goalLead, looked up at the paragraph's first sentence that asks
                Owner carried = null; // a speaker whose sentence closed on a semicolon: the statement goes on
                Integer leadYear = null; // and the year it stated (到2027年，…；…)
                boolean pastBefore = false; // the sentence before reported the past: a 其中 after it details it
                // 到2022年，基本建成…。全社会研发投入占GDP比重达4.28%…。: a paragraph that opens on its goal year states the
                // goals of its later sentences for that year (the year stated last in it), as a goal section's lead does.
                boolean yearLed = Deadlines.opensOnYear(p.string());
                Integer paragraphYear = null;
                // 七、推广典型应用场景。…评选发布百个…: a numbered item is the text of a policy, reprinted or quoted, not a story's prose
                Ordinals.Ordinal ordinal = Ordinals.at(p.string());
                boolean numbered = !reply && ordinal != null && ordinal.tier() != Ordinals.Tier.DASH;
                for (Range s : p.sentences()) {
                    String text = p.string().substring(s.start(), s.end());
                    boolean details = text.startsWith(DETAIL);
                    Integer sectionYear = section.sentence(text);
                    sectionYear = sectionYear != null ? sectionYear : paragraphYear;
                    Owner speaker = speakers.speaking(p, s);
                    speaker = speaker != null ? speaker : carried;
                    Integer statedYear = leadYear;
                    boolean goesOn = text.endsWith("；") || text.endsWith(";");
                    carried = goesOn ? speaker : null;
                    Integer own = Deadlines.statedYear(text);
                    own = own != null ? own : Deadlines.listLeadYear(text);
                    own = own != null ? own : Parts.sentencePeriodEnd(text); // “十四五”期间，…；…: the period's end
                    leadYear = goesOn ? (own != null ? own : statedYear) : null;
                    paragraphYear = yearLed && own != null ? own : paragraphYear;
                    Owner by = speaker != null ? speaker : owner;
                    Deadlines.Fallback fallback = null;
                    if (part.kind() == Parts.Kind.PERIOD && speaker == null && part.speaker() != null) {
                        by = part.speaker(); // the plan the part presents sets the period's goals
                    }
                    if (part.kind() == Parts.Kind.PERIOD) {
                        fallback = new Deadlines.Fallback(part.year(), DeadlineSource.PLAN_END);
                    } else if (part.kind() == Parts.Kind.YEAR) {
                        // a year's work sets the goals of the text's own policy (the report), not of one it names
                        by = speaker != null ? speaker : owner != null && owner.own() ? owner : null;
                        if (by == null) {
                            continue;
                        }
                        fallback = new Deadlines.Fallback(part.year(), DeadlineSource.SECTION);
                    }
                    if (by == null && aboutReport) {
                        continue;
                    }
                    // Every number of a goal list, a goal section or a year's work is planned, with or without a goal verb.
                    if (goalLead < 0 && part.kind() != Parts.Kind.YEAR && !section.inGoal()) {
                        goalLead = GoalSentences.goalLead(p.string());
                    }
                    boolean planned = part.kind() == Parts.Kind.YEAR || section.inGoal() || goalLead < s.end();
                    boolean past = details && pastBefore || GoalSentences.hasNumber(text) && goals.reportsPast(text, by, planned);
                    pastBefore = past;
                    if (details && past) {
                        continue;
                    }
                    if (reply && !toldInReply(text, documentYear)) {
                        continue;
                    }
                    if (speaker == null && !numbered && !told(text, by, owner, titled, fallback, planned, statedYear, sectionYear, documentYear)) {
                        continue;
                    }
                    sentence(p, s, by, itemRegion, statedYear, sectionYear, fallback, planned, documentKey, names, found);
                }
            }
        }
        List<TargetFacts> out = new ArrayList<>();
        for (TargetFacts.Builder b : found.values()) {
            out.add(b.build());
        }
        return out;
    }

    /**
     * Whether a sentence of a reply to a suggestion or proposal states a goal: only by its own goal year or word of
     * commitment (到2027年, 力争), and not a year before the reply's own (2022年以来…稳定在90%以上 reports the past).
     */
    private boolean toldInReply(String text, Integer documentYear) {
        return !yearBefore(text, documentYear) && goals.commits(text);
    }

    /** Whether the sentence states a year before the document's own: it tells where things stood, not a goal. */
    private static boolean yearBefore(String text, Integer documentYear) {
        Integer year = Deadlines.statedYear(text);
        return year != null && documentYear != null && year < documentYear;
    }

    /**
     * Whether a sentence no policy speaks in, outside a numbered item, states goals by its own words, where the document
     * does not carry the text of the policy it is about ({@code owner}, the item's subject): a story's figures — an event's sizes, a
     * year's results — are goals only when the sentence gives a goal year or a word of commitment
     * ({@link GoalSentences#commits}), carries the year of a statement or section, or stands in a goal list, as a
     * sentence that names no policy must give its year. A year's work report told in the news keeps its own reading
     * (its year's goals need no year), and so does a policy whose title heads its text ({@link #titled}). And a goal
     * year before the story's own (到2015年年底…共确认…6万余人 in a 2016
     * story) tells where things stood.
     */
    private boolean told(String text, Owner by, Owner owner, Set<String> titled, Deadlines.Fallback fallback,
                         boolean planned, Integer statedYear, Integer sectionYear, Integer documentYear) {
        if (by != null && (by.own() || titled.contains(by.key()))) {
            return true;
        }
        if (yearBefore(text, documentYear)) {
            return false;
        }
        if (by == null || by != owner || by.workReport() || fallback != null || planned) {
            return true;
        }
        return statedYear != null || sectionYear != null || goals.commits(text);
    }

    /**
     * The policies whose title heads an item about them as a line of its own (# 江苏省算力基础设施发展行动方案（2024—2026年）
     * over its text, a newsletter's article under the title it reprints): the text below is the policy's, though it
     * never calls itself 本方案. A headline that only names the policy (市政府新闻发布会介绍《X》有关情况) is a story's.
     */
    private static Set<String> titled(Analysis doc, List<PolicyFacts> policies) {
        Set<String> out = new HashSet<>();
        for (PolicyFacts p : policies) {
            for (int index : p.items()) {
                int heading = doc.layout().items().get(index).heading();
                if (heading < 0) {
                    continue;
                }
                Paragraph h = doc.paragraph(heading);
                Span line = h.span(0, h.string().length());
                for (Evidence m : p.mentions()) {
                    // the line is the title, give or take its 《》, a period in brackets or a closing mark
                    if (line.contains(m.span()) && h.string().length() - p.title().length() <= 4) {
                        out.add(p.key());
                    }
                }
            }
        }
        return out;
    }

    /**
     * A row of a table of indicators: its goal, added to {@code found} or to the same goal stated before in the
     * text (whatever the comparator: 突破1800亿元 in the text is the 1800 of the table). False when the table
     * names no goal column, so that the row is read as sentences.
     */
    private boolean tableRow(Paragraph p, TableGoals.Reader table, Deadlines.Section section, Parts.Reader part,
                             Owner owner, String documentKey, Map<String, TargetFacts.Builder> found) {
        TableGoals.Goal g = table.row(p.string(), section.inGoal());
        if (g == null || owner == null) {
            return g != null;
        }
        Quantity q = g.quantity();
        Deadlines.Fallback fallback = part.kind() == Parts.Kind.PERIOD ? new Deadlines.Fallback(part.year(), DeadlineSource.PLAN_END)
                : part.kind() == Parts.Kind.YEAR ? new Deadlines.Fallback(part.year(), DeadlineSource.SECTION) : null;
        Integer sectionYear = g.year() != null ? g.year() : section.sentence(p.string());
        Deadlines.Deadline deadline = Deadlines.of("", q, null, sectionYear, fallback, owner);
        String same = owner.key() + "|" + q.unit() + "|" + q.counter() + "|" + q.value().stripTrailingZeros() + "|"
                + (q.upperValue() == null ? "" : q.upperValue().stripTrailingZeros()) + "|";
        TargetFacts.Builder b = null;
        for (Map.Entry<String, TargetFacts.Builder> e : found.entrySet()) {
            if (e.getKey().startsWith(same) && Metrics.same(e.getValue().metric(), g.metric())) {
                b = e.getValue();
                break;
            }
        }
        if (b == null) {
            String key = same + q.comparator();
            for (int n = 2; found.containsKey(key); n++) {
                key = key.replaceFirst("#\\d+$", "") + "#" + n;
            }
            b = new TargetFacts.Builder(key, owner.key(), owner.region(), g.metric(), q, deadline.year(), deadline.source(),
                    Direction.LEVEL, null);
            found.put(key, b);
        }
        b.evidence(new Evidence(p.span(0, p.string().length()), null));
        return true;
    }

    /**
     * Whether {@code q} lies inside a policy's short name used in the sentence (而人才新政81条对…); {@code names} are the
     * short names with a digit the document gives its policies.
     */
    private static boolean inName(String sentence, Quantity q, SortedSet<String> names) {
        for (String n : names) {
            for (int at = sentence.indexOf(n); at >= 0 && at < q.end(); at = sentence.indexOf(n, at + 1)) {
                if (at <= q.start() && q.end() <= at + n.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The goals of sentence {@code s} of {@code p}, added to {@code found} or to the same goal stated before. */
    private void sentence(Paragraph p, Range s, Owner owner, Region itemRegion, Integer leadYear, Integer sectionYear,
                          Deadlines.Fallback fallback, boolean planned, String documentKey, SortedSet<String> names,
                          Map<String, TargetFacts.Builder> found) {
        String sentence = p.string().substring(s.start(), s.end());
        if (!goals.mayHoldGoals(sentence, owner, itemRegion, planned)) {
            return;
        }
        List<Quantity> quantities = QUANTITIES.findAll(sentence);
        if (quantities.isEmpty()) {
            return;
        }
        boolean offersMoney = goals.offersMoney(sentence);
        Quantity listed = null; // the head of a list one bound governs (分别达30%、20%和10%)
        int listedEnd = -1; // where the list's last item ends
        for (Quantity q : quantities) {
            if (inName(sentence, q, names)) {
                listed = null;
                continue; // 人才新政81条规定…: the number is part of the policy's short name
            }
            int verb = planned && goals.reportsPast(sentence, q) ? -1
                    : goals.governingVerb(sentence, q, quantities, offersMoney, planned);
            if (verb < 0) {
                listed = null;
                continue;
            }
            Quantity bounded = listed == null ? q : GoalSentences.sharedBound(sentence, listed, listedEnd, q);
            // the list's head keeps the bound while the items run on: 达30%、20%和10%
            listed = bounded != q ? listed : q;
            listedEnd = q.end();
            q = bounded;
            String metric = metrics.metric(sentence, q, verb);
            if (metric.isEmpty()) {
                continue;
            }
            q = GoalSentences.perPerson(sentence, GoalSentences.bounded(sentence, q, verb));
            Deadlines.Deadline deadline = Deadlines.of(sentence, q, leadYear, sectionYear, fallback, owner);
            String scope = owner != null ? owner.key() : documentKey;
            String key = scope + "|" + q.unit() + "|" + q.counter() + "|" + q.value().stripTrailingZeros()
                    + "|" + (q.upperValue() == null ? "" : q.upperValue().stripTrailingZeros()) + "|" + q.comparator();
            // One paragraph does not state a goal twice: the same number again in it is another goal
            // ("地区生产总值年均增长5%左右…三产增加值分别增长…5%左右"), while a later paragraph may repeat one,
            // about the same thing ("新增雄鹰企业20家" is not the "省级中试平台20家" stated before).
            Span paragraph = p.span(0, p.string().length());
            for (int n = 2; found.containsKey(key) && (found.get(key).statedIn(paragraph)
                    || !Metrics.same(found.get(key).metric(), metric)); n++) {
                key = key.replaceFirst("#\\d+$", "") + "#" + n;
            }
            TargetFacts.Builder b = found.get(key);
            if (b == null) {
                b = new TargetFacts.Builder(key, owner == null ? null : owner.key(),
                        owner == null ? itemRegion : owner.region(), metric, q, deadline.year(), deadline.source(),
                        Metrics.direction(sentence, q), Deadlines.baseYear(sentence));
                found.put(key, b);
            }
            b.evidence(new Evidence(p.span(s.start(), s.end()), null));
        }
    }
}
