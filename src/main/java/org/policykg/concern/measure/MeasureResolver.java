package org.policykg.concern.measure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Context;
import org.policykg.analysis.Evidence;
import org.policykg.concern.policy.PolicyFacts;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.AgencyRecognizer;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.Region;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * The measures of each policy. The rules run in this order:
 * <ol>
 * <li>{@link NumberedItems} gives each policy's text: its own text where the document carries it
 *     ({@link PolicyFacts#own()}), else the items about it. Where the text is numbered in articles
 *     (第X条), {@link Articles} makes each article outside 总则 and 附则 a measure; else every leaf
 *     item of its task, project and safeguard sections is one, with its ordinal, heading and
 *     section (it needs the gazetteer to tell a news section headed by a region, "武汉：…", from an item);</li>
 * <li>for each item, {@link Money} reads every sentence of its body for the money it offers
 *     (the cue words of the context), and {@link ResponsibilityNotes} every paragraph for the
 *     agencies named in its bracketed notes (the analysis's agency mentions);</li>
 * <li>{@link StoryOffers} reads the policies that have no numbered items, because the document
 *     only reports them: each sentence about one that offers money ({@link Money} again) is one
 *     of its measures.</li>
 * </ol>
 * A reply to a deputy's suggestion or a member's proposal (…代表：您提出的“…”的建议收悉…答复如下：) reports what
 * the replying body has done and will do: its numbered parts ((一)印发《…实施方案》…) are that body's work, so the
 * policies it cites get no numbered items from it (their money offers are still read as a story's are).
 */
final class MeasureResolver {
    /** The policy type of a government work report (pc:policy-type-work-report). */
    private static final String WORK_REPORT = "work-report";
    private final Gazetteer gazetteer;
    private final CueWords cues;
    private final AgencyRecognizer recognizer;
    private final Money money;
    private final StoryOffers stories;
    private final TaskTables tables;

    MeasureResolver(Context context) {
        this.gazetteer = context.gazetteer();
        this.cues = context.cues();
        this.recognizer = new AgencyRecognizer(context.gazetteer(), context.agencies());
        this.money = new Money(context.cues());
        this.stories = new StoryOffers(money, context.cues());
        this.tables = new TaskTables(context.cues(), money);
    }

    List<MeasureFacts> resolve(Analysis doc, List<PolicyFacts> policies) {
        NumberedItems items = new NumberedItems(doc.layout(), gazetteer, cues);
        Articles articles = new Articles(doc.layout(), cues);
        ResponsibilityNotes notes = new ResponsibilityNotes(doc.agencyIndex(), recognizer, cues);
        List<MeasureFacts> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        boolean reply = doc.structure().reply();
        for (PolicyFacts p : policies) {
            if (p.own() != null && p.own().decides()) {
                continue; // a decision on other policies' clauses sets no measures of its own
            }
            List<Integer> text = items.policyText(p, policies);
            boolean workReport = p.type() != null && p.type().concept().equals(WORK_REPORT);
            List<NumberedItems.Leaf> leaves = articles.numberedInArticles(text) ? articles.leaves(text) : items.leaves(text, workReport, p.own() != null);
            if (p.own() == null && reply) {
                leaves = List.of(); // a reply's (一)(二) report the replying body's work, not the cited policy's items
            }
            if (p.own() == null) {
                // A story's ①②③ run through a paragraph are the reporter's paraphrase of what the policy asks
                // (具体要求：①…②…), not the policy's numbered items; its offers are read as a story's are.
                leaves = leaves.stream().filter(l -> l.ordinal().tier() != org.policykg.segment.Ordinals.Tier.CIRCLED).toList();
            }
            if (!leaves.isEmpty() && leaves.stream().allMatch(l -> doc.paragraph(l.first()).isFlatCell())) {
                leaves = List.of(); // 一、夯实数字底座 | : a section row of a table flattened a cell a line, not an item
            }
            if (leaves.isEmpty() && p.own() != null) {
                // A text that lays its tasks out as a table (序号 | 重点任务 | 责任单位): each row a measure.
                List<MeasureFacts> rows = tables.measures(doc, p, text, notes);
                if (!rows.isEmpty()) {
                    out.addAll(rows);
                    continue;
                }
            }
            if (leaves.isEmpty()) {
                reported.add(p.key());
            }
            int position = 0;
            List<TaskTables.BareHeader> bare = leaves.isEmpty() || p.own() == null ? List.of() : tables.bareHeaders(doc, text);
            for (NumberedItems.Leaf leaf : leaves) {
                // 一、重点任务分工 over a task table: the table's rows are the part's measures.
                List<MeasureFacts> rows = p.own() != null ? tables.underPart(doc, p, text, leaf, notes) : List.of();
                for (MeasureFacts r : rows) {
                    position++;
                    out.add(new MeasureFacts(r.policy(), r.ordinal(), position, Integer.toString(position), r.heading(), r.section(),
                            r.subsection(), r.evidence(), r.supports(), r.lead(), r.participating(), r.responsible()));
                }
                if (rows.isEmpty()) {
                    out.add(measure(doc, p, leaf, ++position, notes, header(bare, leaf)));
                }
            }
        }
        out.addAll(stories.offers(doc, policies, reported));
        return out;
    }

    /** The header of the task table flattened without bars that leaf {@code item} is a row of: the last one above it, or null. */
    private static TaskTables.BareHeader header(List<TaskTables.BareHeader> bare, NumberedItems.Leaf item) {
        TaskTables.BareHeader h = null;
        for (TaskTables.BareHeader b : bare) {
            if (b.end() < item.first()) {
                h = b;
            }
        }
        return h;
    }

    /**
     * One leaf item as a measure: evidence for its whole body, the money it offers, who carries it ({@code bare}: the header
     * of the task table flattened without bars it is a row of, or null).
     */
    private MeasureFacts measure(Analysis doc, PolicyFacts p, NumberedItems.Leaf item, int position,
                                 ResponsibilityNotes notes, TaskTables.BareHeader bare) {
        Paragraph first = doc.paragraph(item.first());
        Paragraph last = doc.paragraph(item.last());
        Evidence ev = new Evidence(first.span(0, first.text().length()).union(last.span(0, last.text().length())), null);
        List<MeasureFacts.Support> supports = new ArrayList<>();
        List<Paragraph> body = new ArrayList<>();
        for (int i = item.first(); i <= item.last(); i++) {
            body.add(doc.paragraph(i));
        }
        for (Paragraph q : Passages.of(body)) {
            for (Range s : q.sentences()) {
                supports.addAll(money.supports(q, s, true));
            }
        }
        ResponsibilityNotes.Roles r = new ResponsibilityNotes.Roles();
        Region region = p.jurisdiction() == null ? null : p.jurisdiction().value();
        notes.read(body, region, r);
        if (bare != null && r.lead.isEmpty() && r.participating.isEmpty() && r.responsible.isEmpty()) {
            tables.bareRow(doc, bare, item, region, notes, r); // 1.做好规划配套 / 任务 / 区消防救援支队 / 区应急局、…
        }
        // 一、强化科技创新（区科技局牵头）: a note on the heading of a part covers the items under it that name no one.
        for (int k = 0; k < item.parents().size() && r.lead.isEmpty() && r.participating.isEmpty() && r.responsible.isEmpty(); k++) {
            notes.read(List.of(doc.paragraph(item.parents().get(k))), region, r);
        }
        return new MeasureFacts(p.key(), item.ordinal().text(), position, Integer.toString(position), item.heading(),
                item.section(), item.subsection(), ev, supports, r.lead, r.participating, r.responsible);
    }
}
