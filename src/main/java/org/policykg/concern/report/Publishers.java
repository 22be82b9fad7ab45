package org.policykg.concern.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Supports;
import org.policykg.analysis.Fact;
import org.policykg.segment.Sentences;
import org.policykg.concern.policy.IssuingClause;
import org.policykg.concern.policy.TitleGroup;
import org.policykg.concern.policy.TitleUse;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.TitleMention;
import org.policykg.reference.Agency;
import org.policykg.segment.Item;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.segment.Segmenter;
import org.policykg.text.Han;

/**
 * Who published each report the document names: the bodies or the organisation of the
 * clause that publishes it (中国信通院发布了《…白皮书》), a firm beside them, else the
 * "(来源: X)" line that closes its item or section.
 */
final class Publishers {
    private static final Pattern PAGE_FOLIO = Pattern.compile("^[-—–\\s]*\\d{1,3}[-—–\\s]*$");
    private static final Pattern ORG_PHRASE = Pattern.compile(
            "(?<org>[" + Han.RANGE + "A-Za-z]{2,24}?(?:研究院|研究中心|研究所|协会|学会|联盟|促进会|智库|大学|学院|委员会|公司|集团|中心))$");
    private static final Pattern SENTENCE_OPENING_ORG = Pattern.compile(
            "^(?<org>[" + Han.RANGE + "A-Za-z]{2,20}?(?:研究院|研究中心|研究所|协会|学会|联盟|促进会|智库|大学|学院))(?=[与和、,联共])");
    private static final Pattern FIRM = Pattern.compile(
            "(?<firm>[" + Han.RANGE + "A-Za-z]{2,20}?(?:股份有限公司|有限责任公司|有限公司))(?=[与和及、,在共联]|$)");

    private final Analysis doc;
    private final Map<TitleGroup, List<Fact<Agency>>> publishers = new HashMap<>();

    Publishers(Analysis doc) {
        this.doc = doc;
    }

    /** The reports of the document, each with its publishers. */
    List<ReportFacts> reports(List<TitleGroup> groups) {
        for (TitleGroup g : groups) {
            publishers.put(g, new ArrayList<>());
            for (TitleUse r : g.uses) {
                publishers(r, g);
            }
        }
        sourceLinePublishers(groups);
        List<ReportFacts> out = new ArrayList<>();
        for (TitleGroup g : groups) {
            out.add(report(g));
        }
        return out;
    }

    /** "中国信息通信研究院发布了《…白皮书》": the organisation before the verb published it. */
    private void publishers(TitleUse r, TitleGroup g) {
        if (r.t.source() != TitleMention.Source.BRACKETS) {
            return;
        }
        IssuingClause c = IssuingClause.before(doc, r.t);
        if (c == null) {
            return;
        }
        Paragraph p = c.paragraph();
        String text = p.string();
        int verbAt = c.verbAt();
        List<AgencyMention> bodies = c.agencies(doc.agencyIndex());
        for (AgencyMention a : bodies) {
            addPublisher(g, new Fact<>(a.agency(), new Evidence(p.span(a.range()), Supports.PUBLISHED_BY)));
        }
        if (!bodies.isEmpty()) {
            firmCoPublishers(c, bodies, g);
            return;
        }
        // No known body in the clause: take the organisation the clause (or, right after a comma, the one before) ends with.
        int end = verbAt;
        int start = c.clauseStart();
        if (text.substring(start, verbAt).isBlank() && start > 0) {
            end = start - 1;
            start = Sentences.clauseStart(text, end);
        }
        String tail = text.substring(start, end);
        int cut = Math.max(Math.max(tail.lastIndexOf('的'), tail.lastIndexOf('由')), Math.max(tail.lastIndexOf('与'), tail.lastIndexOf('和')));
        String candidate = cut >= 0 ? tail.substring(cut + 1) : tail;
        Matcher o = ORG_PHRASE.matcher(candidate);
        if (o.find() && o.start() == 0) {
            int at = start + (cut >= 0 ? cut + 1 : 0);
            addPublisher(g, new Fact<>(new Agency(o.group("org"), null, null, Agency.Kind.ORGANIZATION),
                    new Evidence(p.span(at, at + o.group("org").length()), Supports.PUBLISHED_BY)));
            return;
        }
        // "赛迪研究院与多家单位共同编写，联合发布《…》": the organisation the sentence opens with.
        Matcher opening = SENTENCE_OPENING_ORG.matcher(text.substring(c.sentence().start(), verbAt));
        if (opening.find()) {
            int at = c.sentence().start() + opening.start("org");
            addPublisher(g, new Fact<>(new Agency(opening.group("org"), null, null, Agency.Kind.ORGANIZATION),
                    new Evidence(p.span(at, at + opening.group("org").length()), Supports.PUBLISHED_BY)));
        }
    }

    /** "…研究院西部分院与华为技术有限公司联合发布": a firm named by its legal form beside a body co-publishes. */
    private void firmCoPublishers(IssuingClause c, List<AgencyMention> bodies, TitleGroup g) {
        Paragraph p = c.paragraph();
        String text = p.string();
        List<Integer> starts = new ArrayList<>(List.of(c.clauseStart()));
        for (AgencyMention a : bodies) {
            int end = a.range().end();
            if (end < c.verbAt() && "与和及、".indexOf(text.charAt(end)) >= 0) {
                starts.add(end + 1);
            }
        }
        for (int from : starts) {
            Matcher firm = FIRM.matcher(text).region(from, c.verbAt());
            if (firm.lookingAt() && bodies.stream().noneMatch(
                    a -> a.range().start() < firm.end("firm") && a.range().end() > firm.start("firm"))) {
                addPublisher(g, new Fact<>(new Agency(firm.group("firm"), null, null, Agency.Kind.ORGANIZATION),
                        new Evidence(p.span(firm.start("firm"), firm.end("firm")), Supports.PUBLISHED_BY)));
            }
        }
    }

    /**
     * A report that an item is about, or that heads a section, was published by the body the
     * "(来源: X)" line closing that item or section names.
     */
    private void sourceLinePublishers(List<TitleGroup> reportGroups) {
        for (TitleGroup g : reportGroups) {
            if (!publishers.get(g).isEmpty()) {
                continue;
            }
            List<Integer> closing = new ArrayList<>();
            for (int item : g.items) {
                Item it = doc.layout().items().get(item);
                int line = it.last();
                while (line > it.first() && PAGE_FOLIO.matcher(doc.paragraph(line).string()).matches()) {
                    line--; // "— 7 —": a PDF page number after the item's source line
                }
                closing.add(line);
            }
            for (TitleUse f : g.uses) {
                if (f.t.source() != TitleMention.Source.HEADING) {
                    continue;
                }
                // The section under a heading runs to the next heading; its source line is the first one in it.
                for (int i = f.t.paragraph() + 1; i < doc.layout().paragraphs().size() && !doc.paragraph(i).isHeading(); i++) {
                    if (Segmenter.isSourceLine(doc.paragraph(i).string())) {
                        closing.add(i);
                        break;
                    }
                }
            }
            for (int line : closing) {
                sourceLinePublisher(g, doc.paragraph(line));
            }
        }
    }

    private void sourceLinePublisher(TitleGroup g, Paragraph last) {
        String s = last.string();
        if (!Segmenter.isSourceLine(s)) {
            return;
        }
        int colon = Math.max(s.indexOf(':'), s.indexOf('：'));
        int end = s.endsWith(")") ? s.length() - 1 : s.length();
        if (colon < 0 || colon + 1 >= end) {
            return;
        }
        String name = s.substring(colon + 1, end).strip();
        Agency a = null;
        for (AgencyMention m : doc.agencies()) {
            if (m.paragraph() == last.index() && m.surface().equals(name)) {
                a = m.agency();
            }
        }
        if (a == null) {
            a = new Agency(name, null, null, Agency.Kind.ORGANIZATION);
        }
        int at = s.indexOf(name, colon);
        addPublisher(g, new Fact<>(a, new Evidence(last.span(at, at + name.length()), Supports.PUBLISHED_BY)));
    }

    private void addPublisher(TitleGroup g, Fact<Agency> f) {
        for (Fact<Agency> e : publishers.get(g)) {
            if (e.value().name().equals(f.value().name())) {
                return;
            }
        }
        publishers.get(g).add(f);
    }

    private ReportFacts report(TitleGroup g) {
        TitleUse longest = g.uses.get(0);
        TreeSet<String> aliases = new TreeSet<>();
        List<Evidence> mentions = new ArrayList<>();
        for (TitleUse f : g.uses) {
            if (f.display.length() > longest.display.length()) {
                longest = f;
            }
            mentions.add(new Evidence(doc.paragraph(f.t.paragraph()).span(f.t.range()), null));
        }
        for (TitleUse f : g.uses) {
            if (!f.display.equals(longest.display)) {
                aliases.add(f.display);
            }
        }
        return new ReportFacts(g.key, longest.display, aliases, publishers.get(g), new ArrayList<>(new TreeSet<>(mentions)), g.items);
    }
}
