package org.policykg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.DateMention;
import org.policykg.recognize.DocumentNumberMention;
import org.policykg.recognize.RegionMention;
import org.policykg.recognize.TitleMention;
import org.policykg.reference.Agency;
import org.policykg.reference.DocumentTypes;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.Region;
import org.policykg.segment.Item;
import org.policykg.segment.Layout;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.segment.Segmenter;
import org.policykg.text.Han;

/**
 * Turns title mentions into policies and reports, and gathers what the
 * document says about each: who issued it and when (the clause before 印发),
 * its number (the line under its title), its period (its title), its region,
 * and the short names it goes by (以下简称《方案》, 被称为“AI十八条”, or a
 * phrase such as 新一轮新基建方案 that picks it up in the next sentence).
 */
final class PolicyResolver {
    /** What stands between an issuer and a title: 于近日联合印发了关于《 …. */
    /** "记者12日获悉，…近日联合印发": a vague time between a date and the verb says the date is not the issue date. */
    private static final Pattern PAGE_FOLIO = Pattern.compile("^[-—–\\s]*\\d{1,3}[-—–\\s]*$");
    private static final Pattern VAGUE_TIME = Pattern.compile("近日|日前|近期|前不久|不久前");
    private static final Pattern ISSUING = Pattern.compile(
            "(?:于)?(?:近日|日前|近期|最近|今日|今年\\d{1,2}月)?(?:分别|联合|共同|正式)*(?:关于)?(?<verb>印发|转发|发布|出台|制定|颁布|公布|推出)[了的]?"
                    + "(?:最新一期|新版|新一轮)?(?:关于印发|关于)?$");
    /** The longest text ISSUING can match; the regex only looks this far back from a title. */
    private static final int ISSUING_REACH = 32;
    private static final Pattern ALIAS_DEFINITION = Pattern.compile(
            "(?:以下简称|以下称|下称|简称)[:：为]?[“\"]?(?<alias>《[^》]{1,20}》|[^”\"),，。、]{2,20})[”\"]?");
    private static final Pattern CALLED = Pattern.compile(
            "(?:被|也被|又被)?(?:业内|业界|外界|媒体|社会)?(?:称为|誉为|称作|简称为|俗称|又称)[“\"](?<alias>[^”\"]{2,20})[”\"]");
    private static final Pattern VALID_UNTIL = Pattern.compile("有效期至");
    private static final Pattern ORG_PHRASE = Pattern.compile(
            "(?<org>[" + Han.RANGE + "A-Za-z]{2,24}?(?:研究院|研究中心|研究所|协会|学会|联盟|促进会|智库|大学|学院|委员会|公司|集团|中心))$");
    private static final Pattern SENTENCE_OPENING_ORG = Pattern.compile(
            "^(?<org>[" + Han.RANGE + "A-Za-z]{2,20}?(?:研究院|研究中心|研究所|协会|学会|联盟|促进会|智库|大学|学院))(?=[与和、,联共])");
    private static final Pattern FIRM = Pattern.compile(
            "(?<firm>[" + Han.RANGE + "A-Za-z]{2,20}?(?:股份有限公司|有限责任公司|有限公司))(?=[与和及、,在共联]|$)");
    private static final String DEMONSTRATIVES = "该此本这上那其";

    private final Gazetteer gazetteer;
    private final ContextResolver contexts;

    PolicyResolver(Gazetteer gazetteer, ContextResolver contexts) {
        this.gazetteer = gazetteer;
        this.contexts = contexts;
    }

    /** What the resolver found in one document. */
    record Result(List<PolicyFacts> policies, List<ReportFacts> reports, Map<Integer, String> subjects) {
    }

    /** One full title mention and what its sentence says about it. */
    private static final class Full {
        final TitleMention t;
        final String display;
        final int item;
        String core;
        Region titleRegion;
        Evidence titleRegionEvidence;
        final List<Fact<Agency>> issuers = new ArrayList<>();
        Fact<LocalDate> issued;
        Fact<String> number;
        Region subject;
        Evidence subjectEvidence;
        Fact<Region> jurisdiction;
        String key;

        Full(TitleMention t, String display, int item) {
            this.t = t;
            this.display = display;
            this.item = item;
        }
    }

    /** A policy or report being assembled from its mentions. */
    private static final class Group {
        final String key;
        final boolean report;
        final List<Full> fulls = new ArrayList<>();
        final TreeSet<String> aliases = new TreeSet<>();
        final List<Evidence> mentions = new ArrayList<>();
        final TreeSet<Integer> items = new TreeSet<>();
        final List<Fact<Agency>> publishers = new ArrayList<>();
        Fact<LocalDate> validUntil;

        Group(String key, boolean report) {
            this.key = key;
            this.report = report;
        }
    }

    private Layout layout;
    private List<AgencyMention> agencies;
    private List<RegionMention> regions;
    private List<DateMention> dates;
    private LocalDate documentDate;

    Result resolve(Layout layout, List<TitleMention> titles, List<AgencyMention> agencies, List<RegionMention> regions,
                   List<DateMention> dates, List<DocumentNumberMention> numbers, LocalDate documentDate) {
        this.layout = layout;
        this.agencies = agencies;
        this.regions = regions;
        this.dates = dates;
        this.documentDate = documentDate;

        List<Full> fulls = new ArrayList<>();
        List<Full> reports = new ArrayList<>();
        for (TitleMention t : titles) {
            if (t.kind() == TitleMention.Kind.POLICY || t.kind() == TitleMention.Kind.REPORT) {
                Full f = new Full(t, TitleKey.display(t.title()), layout.itemOf(t.paragraph()).index());
                (t.kind() == TitleMention.Kind.POLICY ? fulls : reports).add(f);
            }
        }
        for (Full f : fulls) {
            titleParts(f);
            clause(f, fulls);
            inlineNumber(f, numbers);
        }
        // A title written without 《》 is one only when the clause names who issued it
        // (北京市经济和信息化局日前印发…); "出台特色配套措施" is a generic phrase.
        fulls.removeIf(f -> f.t.source() == TitleMention.Source.ISSUANCE && f.issuers.isEmpty() && f.subject == null);
        numberLines(fulls, numbers);
        signatures(fulls);
        for (Full f : fulls) {
            jurisdiction(f);
        }
        Map<String, Group> groups = group(fulls);
        for (Full r : reports) {
            r.core = TitleKey.core(r.display);
            r.key = TitleKey.slug(r.core);
        }
        // 《白皮书》 on its own (以下简称《白皮书》) is the report named before it with that ending, not a report of its own.
        for (java.util.Iterator<Full> it = reports.iterator(); it.hasNext(); ) {
            Full r = it.next();
            if (!DocumentTypes.isBareReportWord(r.display)) {
                continue;
            }
            Full owner = null;
            for (Full o : reports) {
                if (o == r) {
                    break;
                }
                if (!DocumentTypes.isBareReportWord(o.display) && DocumentTypes.withoutPeriod(o.display).endsWith(r.display)) {
                    owner = o;
                }
            }
            if (owner == null) {
                it.remove();
            } else {
                r.key = owner.key;
            }
        }
        Map<String, Group> reportGroups = new LinkedHashMap<>();
        for (Full r : reports) {
            Group g = reportGroups.computeIfAbsent(r.key, k -> new Group(k, true));
            g.fulls.add(r);
            publishers(r, g);
        }

        Map<Integer, String> subjects = subjects(groups, reportGroups);
        for (Map.Entry<Integer, String> e : subjects.entrySet()) {
            Group g = groups.containsKey(e.getValue()) ? groups.get(e.getValue()) : reportGroups.get(e.getValue());
            if (g != null) {
                g.items.add(e.getKey());
            }
        }
        aliasesAndReferences(titles, fulls, groups, subjects);
        validity(groups);
        sourceLinePublishers(reportGroups);

        List<PolicyFacts> policies = new ArrayList<>();
        for (Group g : groups.values()) {
            policies.add(policy(g));
        }
        List<ReportFacts> reportFacts = new ArrayList<>();
        for (Group g : reportGroups.values()) {
            reportFacts.add(report(g));
        }
        policies.sort(Comparator.comparing(PolicyFacts::key));
        reportFacts.sort(Comparator.comparing(ReportFacts::key));
        return new Result(policies, reportFacts, subjects);
    }

    // ------------------------------------------------------------ title parts

    /** The region a title starts with, and an issuer written before 关于 (中央网信办关于…). */
    private void titleParts(Full f) {
        String rest = f.display;
        Gazetteer.NameMatch nm = gazetteer.nameAtStart(rest);
        Paragraph p = paragraph(f.t.paragraph());
        if (nm != null) {
            f.titleRegion = nm.region();
            int at = titleOffset(f, 0);
            f.titleRegionEvidence = new Evidence(p.span(at, at + nm.end()), "jurisdiction");
            rest = rest.substring(nm.end());
        }
        for (AgencyMention a : agencies) {
            if (a.paragraph() == f.t.paragraph() && a.range().start() >= f.t.range().start()
                    && a.range().start() <= f.t.range().start() + (f.display.length() - rest.length())
                    && a.range().end() < f.t.range().end()) {
                String after = p.string().substring(a.range().end());
                if (after.startsWith("关于")) {
                    f.issuers.add(new Fact<>(a.agency(), new Evidence(p.span(a.range()), "issuedBy")));
                    int cut = a.range().end() - f.t.range().start();
                    rest = cut <= f.display.length() ? f.display.substring(Math.min(cut, f.display.length())) : rest;
                    break;
                }
            }
        }
        f.core = TitleKey.core(rest);
    }

    private static int titleOffset(Full f, int i) {
        return f.t.range().start() + i;
    }

    // --------------------------------------------------------- issuing clause

    /**
     * The clause that issues a title: "{issuers}于近日联合印发《T》" up to the verb, within the
     * title's sentence. {@code verbEnd} is where the matched lead-in (verb and its particles) ends.
     */
    private record IssuingClause(Paragraph paragraph, Range sentence, int clauseStart, int verbAt, int verbEnd) {
        /** The agencies named between the clause's start and the verb. */
        List<AgencyMention> agencies(List<AgencyMention> all) {
            List<AgencyMention> out = new ArrayList<>();
            for (AgencyMention a : all) {
                if (a.paragraph() == paragraph.index() && a.range().start() >= clauseStart && a.range().end() <= verbAt) {
                    out.add(a);
                }
            }
            return out;
        }
    }

    /** The issuing clause before a title, or null when no verb of issuing leads to it. */
    private IssuingClause issuingClause(TitleMention t) {
        Paragraph p = paragraph(t.paragraph());
        String text = p.string();
        int titleStart = t.range().start() - (t.source() == TitleMention.Source.BRACKETS ? 1 : 0);
        Range sentence = Sentences.at(text, t.range().start());
        int window = Math.max(sentence.start(), titleStart - ISSUING_REACH);
        Matcher m = ISSUING.matcher(text.substring(window, Math.max(window, titleStart)));
        if (!m.find()) {
            return null;
        }
        int verbAt = window + m.start();
        return new IssuingClause(p, sentence, Sentences.clauseStart(text, verbAt), verbAt, verbAt + m.group().length());
    }

    /** "{issuers}于近日联合印发《T》": issuers, date and subject region of the clause before the verb. */
    private void clause(Full f, List<Full> all) {
        boolean wholeLine = f.t.source() == TitleMention.Source.HEADING || f.t.source() == TitleMention.Source.CONTENTS;
        if (wholeLine && f.t.range().start() == 0) {
            return; // a heading that is the title itself has no issuing clause
        }
        IssuingClause c = issuingClause(f.t);
        if (c == null) {
            return;
        }
        Paragraph p = c.paragraph();
        String text = p.string();
        Range sentence = c.sentence();
        int verbAt = c.verbAt();
        int clauseStart = c.clauseStart();
        for (AgencyMention a : c.agencies(agencies)) {
            f.issuers.add(new Fact<>(a.agency(), new Evidence(p.span(a.range()), "issuedBy")));
        }
        for (DateMention d : dates) {
            if (d.paragraph() == p.index() && d.range().start() >= sentence.start() && d.range().end() <= verbAt
                    && !VAGUE_TIME.matcher(text.substring(d.range().end(), c.verbEnd())).find()) {
                LocalDate date = date(d);
                if (date != null) {
                    f.issued = new Fact<>(date, new Evidence(p.span(d.range()), "issued"));
                    break;
                }
            }
        }
        List<RegionMention> subjects = new ArrayList<>();
        for (RegionMention r : regions) {
            if (r.paragraph() == p.index() && r.range().start() >= clauseStart && r.range().end() <= verbAt
                    && !insideAgency(r) && r.region().level() != Region.Level.COUNTY) {
                subjects.add(r);
            }
        }
        if (subjects.isEmpty()) {
            // "中国同缅甸……等国家共同发布了《…》", "我国发布…": the country issued it.
            String agent = text.substring(clauseStart, verbAt);
            if (f.issuers.isEmpty() && (agent.startsWith("中国") || agent.startsWith("我国"))) {
                f.subject = gazetteer.country();
                f.subjectEvidence = new Evidence(p.span(clauseStart, clauseStart + 2), "jurisdiction");
            }
            return;
        }
        boolean respectively = text.substring(clauseStart, c.verbEnd()).contains("分别");
        if (respectively && subjects.size() > 1) {
            // "上海和深圳分别发布了《A》和《B》": the n-th region issued the n-th title.
            List<Full> titlesAfter = new ArrayList<>();
            for (Full o : all) {
                if (o.t.paragraph() == p.index() && o.t.range().start() > verbAt && o.t.range().start() < sentence.end()
                        && o.t.source() == TitleMention.Source.BRACKETS) {
                    titlesAfter.add(o);
                }
            }
            int i = titlesAfter.indexOf(f);
            if (titlesAfter.size() == subjects.size() && i >= 0) {
                RegionMention r = subjects.get(i);
                f.subject = r.region();
                f.subjectEvidence = new Evidence(p.span(r.range()), "jurisdiction");
            }
        } else if (!respectively) {
            RegionMention r = subjects.get(subjects.size() - 1);
            f.subject = r.region();
            f.subjectEvidence = new Evidence(p.span(r.range()), "jurisdiction");
            // The same clause issued any other title in the sentence ("印发了《A》和《B》").
        }
    }

    private boolean insideAgency(RegionMention r) {
        for (AgencyMention a : agencies) {
            if (a.paragraph() == r.paragraph() && a.range().start() <= r.range().start() && r.range().end() <= a.range().end()) {
                return true;
            }
        }
        return false;
    }

    /** A date without a year takes the latest year that does not put it after the document's own date. */
    private LocalDate date(DateMention d) {
        if (d.hasYear()) {
            return LocalDate.of(d.year(), d.month(), d.day());
        }
        if (documentDate == null) {
            return null;
        }
        LocalDate x = LocalDate.of(documentDate.getYear(), d.month(), d.day());
        return x.isAfter(documentDate) ? x.minusYears(1) : x;
    }

    // --------------------------------------------------------------- numbers

    /** 《T》(沪府〔2023〕51号): a number right after a title. */
    private void inlineNumber(Full f, List<DocumentNumberMention> numbers) {
        int after = f.t.range().end() + (f.t.source() == TitleMention.Source.BRACKETS ? 1 : 0);
        for (DocumentNumberMention n : numbers) {
            if (n.paragraph() == f.t.paragraph() && n.range().start() >= after && n.range().start() <= after + 1) {
                f.number = new Fact<>(n.number(), new Evidence(paragraph(n.paragraph()).span(n.range()), "documentNumber"));
            }
        }
    }

    /** A line holding only a number belongs to the title line just above it. */
    private void numberLines(List<Full> fulls, List<DocumentNumberMention> numbers) {
        for (DocumentNumberMention n : numbers) {
            Paragraph p = paragraph(n.paragraph());
            if (n.range().length() < p.string().length() * 0.8) {
                continue;
            }
            Item item = layout.itemOf(p.index());
            Full target = null;
            for (int back = p.index() - 1; back >= Math.max(item.first(), p.index() - 2) && target == null; back--) {
                for (Full f : fulls) {
                    if (f.t.paragraph() == back && paragraph(back).isHeading() && f.number == null) {
                        target = f;
                        break;
                    }
                }
            }
            if (target != null) {
                target.number = new Fact<>(n.number(), new Evidence(p.span(n.range()), "documentNumber"));
            }
        }
    }

    /** An agency line over a date line closes a notice: the issuer and date of the title above. */
    private void signatures(List<Full> fulls) {
        List<Paragraph> ps = layout.paragraphs();
        for (int i = 0; i + 1 < ps.size(); i++) {
            Paragraph who = ps.get(i);
            Paragraph when = ps.get(i + 1);
            AgencyMention a = onlyAgency(who);
            DateMention d = onlyDate(when);
            if (a == null || d == null || !d.hasYear()) {
                continue;
            }
            Item item = layout.itemOf(i);
            Full target = null;
            for (Full f : fulls) {
                if (f.t.paragraph() < i && f.t.paragraph() >= Math.max(item.first(), i - 5)) {
                    target = f;
                }
            }
            if (target != null) {
                target.issuers.add(new Fact<>(a.agency(), new Evidence(who.span(a.range()), "issuedBy")));
                if (target.issued == null) {
                    target.issued = new Fact<>(LocalDate.of(d.year(), d.month(), d.day()),
                            new Evidence(when.span(d.range()), "issued"));
                }
            }
        }
    }

    private AgencyMention onlyAgency(Paragraph p) {
        for (AgencyMention a : agencies) {
            if (a.paragraph() == p.index() && a.range().length() >= p.string().length() * 0.9 && a.agency().isAgency()) {
                return a;
            }
        }
        return null;
    }

    private DateMention onlyDate(Paragraph p) {
        for (DateMention d : dates) {
            if (d.paragraph() == p.index() && d.range().length() >= p.string().length() * 0.9) {
                return d;
            }
        }
        return null;
    }

    // ---------------------------------------------------------- jurisdiction

    /** The title's own region, else its issuer's, else the clause subject's, else its number's. */
    private void jurisdiction(Full f) {
        if (f.titleRegion != null) {
            f.jurisdiction = new Fact<>(f.titleRegion, f.titleRegionEvidence);
            return;
        }
        for (Fact<Agency> a : f.issuers) {
            if (a.value().region() != null && a.value().isAgency()) {
                Region r = gazetteer.byCode(a.value().region());
                if (r != null) {
                    f.jurisdiction = new Fact<>(r, new Evidence(a.evidence().span(), "jurisdiction"));
                    return;
                }
            }
        }
        if (f.subject != null) {
            f.jurisdiction = new Fact<>(f.subject, f.subjectEvidence);
            return;
        }
        if (f.number != null) {
            Region r = contexts.regionOfNumber(f.number.value().substring(0, f.number.value().indexOf('〔')));
            if (r != null) {
                f.jurisdiction = new Fact<>(r, new Evidence(f.number.evidence().span(), "jurisdiction"));
            }
        }
    }

    // -------------------------------------------------------------- grouping

    /**
     * Mentions with the same core title are one policy, unless they name
     * different regions; a mention with no region joins the only region its
     * title has in this document.
     */
    private Map<String, Group> group(List<Full> fulls) {
        Map<String, List<Full>> byCore = new LinkedHashMap<>();
        for (Full f : fulls) {
            byCore.computeIfAbsent(f.core, k -> new ArrayList<>()).add(f);
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (List<Full> same : byCore.values()) {
            Map<String, Fact<Region>> regionsSeen = new LinkedHashMap<>();
            for (Full f : same) {
                if (f.jurisdiction != null) {
                    regionsSeen.putIfAbsent(f.jurisdiction.value().code(), f.jurisdiction);
                }
            }
            for (Full f : same) {
                Fact<Region> j = f.jurisdiction;
                if (j == null && regionsSeen.size() == 1) {
                    j = regionsSeen.values().iterator().next();
                }
                Region r = j == null ? null : j.value();
                String prefix = r == null || r.isCountry() ? "" : r.name();
                f.key = TitleKey.slug(prefix + f.core);
                f.jurisdiction = j;
                groups.computeIfAbsent(f.key, k -> new Group(k, false)).fulls.add(f);
            }
        }
        return groups;
    }

    // ---------------------------------------------------------------- subjects

    /** What each item is about: its heading's title, its note's first title, its heading region's policy. */
    private Map<Integer, String> subjects(Map<String, Group> policies, Map<String, Group> reports) {
        Map<Integer, String> out = new HashMap<>();
        List<Full> all = new ArrayList<>();
        policies.values().forEach(g -> all.addAll(g.fulls));
        reports.values().forEach(g -> all.addAll(g.fulls));
        all.sort(Comparator.comparingInt((Full f) -> f.t.paragraph()).thenComparingInt(f -> f.t.range().start()));
        for (Item it : layout.items()) {
            String key = null;
            if (it.heading() >= 0) {
                for (Full f : all) {
                    if (f.t.paragraph() == it.heading()) {
                        key = f.key;
                        break;
                    }
                }
            }
            if (key == null && it.note() >= 0) {
                for (Full f : all) {
                    if (it.contains(f.t.paragraph()) && f.t.paragraph() > it.note()) {
                        key = f.key;
                        break;
                    }
                }
            }
            if (key == null && it.heading() >= 0) {
                key = policyOfHeadingRegion(it, policies);
            }
            if (key == null) {
                for (Full f : all) {
                    if (it.contains(f.t.paragraph()) && f.t.source() != TitleMention.Source.CONTENTS) {
                        key = f.key;
                        break;
                    }
                }
            }
            if (key != null) {
                out.put(it.index(), key);
            }
        }
        return out;
    }

    /** A news section headed "深圳:…" (a region, then a colon or bar) is about the document's one policy of 深圳. */
    private String policyOfHeadingRegion(Item it, Map<String, Group> policies) {
        String heading = paragraph(it.heading()).string();
        for (RegionMention r : regions) {
            if (r.paragraph() != it.heading() || r.range().start() != 0 || r.range().end() >= heading.length()
                    || ":：|｜".indexOf(heading.charAt(r.range().end())) < 0) {
                continue;
            }
            String found = null;
            for (Group g : policies.values()) {
                for (Full f : g.fulls) {
                    if (f.jurisdiction != null && f.jurisdiction.value().code().equals(r.region().code())) {
                        if (found != null && !found.equals(g.key)) {
                            return null;
                        }
                        found = g.key;
                    }
                }
            }
            return found;
        }
        return null;
    }

    // ------------------------------------------------------ aliases, references

    private void aliasesAndReferences(List<TitleMention> titles, List<Full> fulls, Map<String, Group> groups,
                                      Map<Integer, String> subjects) {
        for (Group g : groups.values()) {
            for (Full f : g.fulls) {
                g.mentions.add(new Evidence(paragraph(f.t.paragraph()).span(f.t.range()), null));
            }
        }
        Map<String, String> defined = new HashMap<>();
        for (Paragraph p : layout.paragraphs()) {
            String text = p.string();
            if (text.indexOf('称') < 0) {
                continue; // both patterns need 称 (简称, 称为): skip the regexes for most paragraphs
            }
            definitions(p, ALIAS_DEFINITION, fulls, groups, defined);
            definitions(p, CALLED, fulls, groups, defined);
        }
        for (TitleMention t : titles) {
            if (t.kind() != TitleMention.Kind.GENERIC) {
                continue;
            }
            String key = defined.get(TitleKey.core(t.title()));
            if (key == null) {
                key = nearestOfType(t, fulls);
            }
            if (key == null) {
                key = subjects.get(layout.itemOf(t.paragraph()).index());
            }
            Group g = key == null ? null : groups.get(key);
            if (g != null) {
                g.aliases.add(TitleKey.display(t.title()));
                g.mentions.add(new Evidence(paragraph(t.paragraph()).span(t.range()), null));
            }
        }
        anaphora(fulls, groups);
        selfReferences(groups);
    }

    /** "制定本行动计划": inside its own text a policy calls itself by its type word. */
    private void selfReferences(Map<String, Group> groups) {
        for (Group g : groups.values()) {
            if (g.fulls.isEmpty()) {
                continue;
            }
            String title = DocumentTypes.withoutPeriod(g.fulls.get(0).display);
            for (int item : g.items) {
                Item it = layout.items().get(item);
                for (int i = it.first(); i <= it.last(); i++) {
                    Paragraph p = paragraph(i);
                    String text = p.string();
                    for (int at = text.indexOf('本'); at >= 0; at = text.indexOf('本', at + 1)) {
                        String word = typeWordAt(text, at + 1);
                        if (word != null && title.endsWith(word)) {
                            g.aliases.add(word);
                            g.mentions.add(new Evidence(p.span(at + 1, at + 1 + word.length()), "alias"));
                        }
                    }
                }
            }
        }
    }

    /** The longest policy type word (of two characters or more) starting at {@code at}. */
    private static String typeWordAt(String text, int at) {
        String best = null;
        for (int len = 2; len <= 4 && at + len <= text.length(); len++) {
            String w = text.substring(at, at + len);
            if (DocumentTypes.isGenericReference(w)) {
                best = w;
            }
        }
        return best;
    }

    /**
     * "(以下简称《方案》)", "被业内称为“AI十八条”": the alias of the policy referred to
     * just before, in the same sentence: a full title, or a short reference already defined.
     */
    private void definitions(Paragraph p, Pattern pattern, List<Full> fulls, Map<String, Group> groups,
                             Map<String, String> defined) {
        Matcher m = pattern.matcher(p.string());
        while (m.find()) {
            String alias = m.group("alias");
            String bare = alias.startsWith("《") ? alias.substring(1, alias.length() - 1) : alias;
            int sentenceStart = Sentences.at(p.string(), m.start()).start();
            Full before = null;
            for (Full f : fulls) {
                if (f.t.paragraph() == p.index() && f.t.range().end() <= m.start() && f.t.range().start() >= sentenceStart) {
                    before = f;
                }
            }
            String reference = precedingReference(p, m.start());
            String key = defined.get(TitleKey.core(reference));
            boolean referenceIsLater = before == null || p.string().lastIndexOf('《', m.start()) > before.t.range().start();
            if (key == null || !referenceIsLater) {
                key = before != null ? before.key : null;
            }
            if (key == null || !groups.containsKey(key)) {
                continue;
            }
            defined.put(TitleKey.core(bare), key);
            Group g = groups.get(key);
            g.aliases.add(TitleKey.display(bare));
            int s = m.start("alias") + (alias.startsWith("《") ? 1 : 0);
            int e = m.end("alias") - (alias.startsWith("《") ? 1 : 0);
            g.mentions.add(new Evidence(p.span(s, e), "alias"));
        }
    }

    /** The 《…》 reference nearest before {@code at} in the same sentence ("此次发布的《措施》被称为…"). */
    private static String precedingReference(Paragraph p, int at) {
        String text = p.string();
        int close = text.lastIndexOf('》', at);
        int open = close < 0 ? -1 : text.lastIndexOf('《', close);
        if (open < 0 || Sentences.at(text, at).start() > open) {
            return "";
        }
        return text.substring(open + 1, close);
    }

    /** 《方案》 refers to the nearest policy of its type named before it in the item, else after it. */
    private String nearestOfType(TitleMention t, List<Full> fulls) {
        Item item = layout.itemOf(t.paragraph());
        String generic = TitleKey.core(t.title());
        Full before = null;
        Full after = null;
        for (Full f : fulls) {
            if (!item.contains(f.t.paragraph()) || !sameType(f, generic)) {
                continue;
            }
            boolean isBefore = f.t.paragraph() < t.paragraph()
                    || (f.t.paragraph() == t.paragraph() && f.t.range().start() < t.range().start());
            if (isBefore) {
                before = f;
            } else if (after == null) {
                after = f;
            }
        }
        return before != null ? before.key : after != null ? after.key : null;
    }

    private static boolean sameType(Full f, String generic) {
        String core = DocumentTypes.withoutPeriod(f.display);
        if (core.endsWith(generic)) {
            return true;
        }
        var a = DocumentTypes.policyType(core);
        var b = DocumentTypes.policyType(generic);
        return a.isPresent() && b.isPresent() && a.get().concept().equals(b.get().concept());
    }

    /**
     * "…印发了《上海市…行动方案》。新一轮新基建方案将…": a sentence that opens with a
     * noun phrase ending in the same type word picks the policy up under a new name.
     */
    private void anaphora(List<Full> fulls, Map<String, Group> groups) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Full f : fulls) {
            if (f.t.source() != TitleMention.Source.BRACKETS) {
                continue;
            }
            var type = DocumentTypes.policyType(DocumentTypes.withoutPeriod(f.display));
            if (type.isEmpty()) {
                continue;
            }
            String word = type.get().word();
            String base = word.length() > 2 ? word.substring(word.length() - 2) : word;
            Paragraph p = paragraph(f.t.paragraph());
            String text = p.string();
            Range own = Sentences.at(text, f.t.range().start());
            for (Range s : Sentences.of(text)) {
                if (s.start() < own.end()) {
                    continue;
                }
                Matcher m = Pattern.compile("^[" + Han.RANGE + "A-Za-z0-9]{2,10}?" + base + "(?=[将是于已的对在从以为由,、主])")
                        .matcher(text.substring(s.start(), s.end()));
                if (m.find()) {
                    String phrase = m.group();
                    if (DEMONSTRATIVES.indexOf(phrase.charAt(0)) < 0 && !DocumentTypes.isGenericReference(phrase)
                            && gazetteer.nameAtStart(phrase) == null && !phrase.contains("关于")) {
                        found.putIfAbsent(phrase, f.key);
                    }
                }
                break; // only the sentence right after the title
            }
        }
        for (Map.Entry<String, String> e : found.entrySet()) {
            Group g = groups.get(e.getValue());
            if (g == null) {
                continue;
            }
            g.aliases.add(e.getKey());
            for (Paragraph p : layout.paragraphs()) {
                String text = p.string();
                for (int at = text.indexOf(e.getKey()); at >= 0; at = text.indexOf(e.getKey(), at + 1)) {
                    if (!insideBrackets(text, at)) {
                        g.mentions.add(new Evidence(p.span(at, at + e.getKey().length()), "alias"));
                    }
                }
            }
        }
    }

    private static boolean insideBrackets(String text, int at) {
        return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
    }

    // -------------------------------------------------------------- validity

    /** "本政策有效期至2025年12月31日" in a policy's own text. */
    private void validity(Map<String, Group> groups) {
        for (Group g : groups.values()) {
            for (int item : g.items) {
                Item it = layout.items().get(item);
                for (int i = it.first(); i <= it.last() && g.validUntil == null; i++) {
                    Paragraph p = paragraph(i);
                    Matcher m = VALID_UNTIL.matcher(p.string());
                    if (!m.find()) {
                        continue;
                    }
                    for (DateMention d : dates) {
                        if (d.paragraph() == i && d.range().start() >= m.end() && d.range().start() <= m.end() + 1 && d.hasYear()) {
                            g.validUntil = new Fact<>(LocalDate.of(d.year(), d.month(), d.day()),
                                    new Evidence(p.span(m.start(), d.range().end()), "validUntil"));
                        }
                    }
                }
            }
        }
    }

    // -------------------------------------------------------------- reports

    /** "中国信息通信研究院发布了《…白皮书》": the organisation before the verb published it. */
    private void publishers(Full r, Group g) {
        if (r.t.source() != TitleMention.Source.BRACKETS) {
            return;
        }
        IssuingClause c = issuingClause(r.t);
        if (c == null) {
            return;
        }
        Paragraph p = c.paragraph();
        String text = p.string();
        Range sentence = c.sentence();
        int verbAt = c.verbAt();
        int clauseStart = c.clauseStart();
        List<AgencyMention> bodies = c.agencies(agencies);
        for (AgencyMention a : bodies) {
            addPublisher(g, new Fact<>(a.agency(), new Evidence(p.span(a.range()), "publishedBy")));
        }
        if (!bodies.isEmpty()) {
            firmCoPublishers(c, bodies, g);
            return;
        }
        // No known body in the clause: take the organisation the clause (or, right after a comma, the one before) ends with.
        int end = verbAt;
        int start = clauseStart;
        if (text.substring(clauseStart, verbAt).isBlank() && clauseStart > 0) {
            end = clauseStart - 1;
            start = Sentences.clauseStart(text, end);
        }
        String tail = text.substring(start, end);
        int cut = Math.max(Math.max(tail.lastIndexOf('的'), tail.lastIndexOf('由')), Math.max(tail.lastIndexOf('与'), tail.lastIndexOf('和')));
        String candidate = cut >= 0 ? tail.substring(cut + 1) : tail;
        Matcher o = ORG_PHRASE.matcher(candidate);
        if (o.find() && o.start() == 0) {
            int at = start + (cut >= 0 ? cut + 1 : 0);
            addPublisher(g, new Fact<>(new Agency(o.group("org"), null, null, Agency.Kind.ORGANIZATION),
                    new Evidence(p.span(at, at + o.group("org").length()), "publishedBy")));
            return;
        }
        // "赛迪研究院与多家单位共同编写，联合发布《…》": the organisation the sentence opens with.
        Matcher opening = SENTENCE_OPENING_ORG.matcher(text.substring(sentence.start(), verbAt));
        if (opening.find()) {
            int at = sentence.start() + opening.start("org");
            addPublisher(g, new Fact<>(new Agency(opening.group("org"), null, null, Agency.Kind.ORGANIZATION),
                    new Evidence(p.span(at, at + opening.group("org").length()), "publishedBy")));
        }
    }

    /** "…研究院西部分院与华为技术有限公司联合发布": a firm named by its legal form beside a body co-publishes. */
    private void firmCoPublishers(IssuingClause c, List<AgencyMention> bodies, Group g) {
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
                        new Evidence(p.span(firm.start("firm"), firm.end("firm")), "publishedBy")));
            }
        }
    }

    /**
     * A report that an item is about, or that heads a section, was published by the body the
     * "(来源: X)" line closing that item or section names.
     */
    private void sourceLinePublishers(Map<String, Group> reportGroups) {
        for (Group g : reportGroups.values()) {
            if (!g.publishers.isEmpty()) {
                continue;
            }
            List<Integer> closing = new ArrayList<>();
            for (int item : g.items) {
                Item it = layout.items().get(item);
                int line = it.last();
                while (line > it.first() && PAGE_FOLIO.matcher(paragraph(line).string()).matches()) {
                    line--; // "— 7 —": a PDF page number after the item's source line
                }
                closing.add(line);
            }
            for (Full f : g.fulls) {
                if (f.t.source() != TitleMention.Source.HEADING) {
                    continue;
                }
                // The section under a heading runs to the next heading; its source line is the first one in it.
                for (int i = f.t.paragraph() + 1; i < layout.paragraphs().size() && !paragraph(i).isHeading(); i++) {
                    if (Segmenter.isSourceLine(paragraph(i).string())) {
                        closing.add(i);
                        break;
                    }
                }
            }
            for (int line : closing) {
                sourceLinePublisher(g, paragraph(line));
            }
        }
    }

    private void sourceLinePublisher(Group g, Paragraph last) {
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
        for (AgencyMention m : agencies) {
            if (m.paragraph() == last.index() && m.surface().equals(name)) {
                a = m.agency();
            }
        }
        if (a == null) {
            a = new Agency(name, null, null, Agency.Kind.ORGANIZATION);
        }
        int at = s.indexOf(name, colon);
        addPublisher(g, new Fact<>(a, new Evidence(last.span(at, at + name.length()), "publishedBy")));
    }

    private static void addPublisher(Group g, Fact<Agency> f) {
        for (Fact<Agency> e : g.publishers) {
            if (e.value().name().equals(f.value().name())) {
                return;
            }
        }
        g.publishers.add(f);
    }

    // -------------------------------------------------------------- assembly

    private PolicyFacts policy(Group g) {
        Full longest = g.fulls.get(0);
        for (Full f : g.fulls) {
            if (f.display.length() > longest.display.length()) {
                longest = f;
            }
        }
        TreeSet<String> aliases = new TreeSet<>(g.aliases);
        Fact<String> number = null;
        Fact<LocalDate> issued = null;
        Fact<Region> jurisdiction = null;
        Fact<Integer> start = null;
        Fact<Integer> end = null;
        List<Fact<Agency>> issuers = new ArrayList<>();
        for (Full f : g.fulls) {
            if (!f.display.equals(longest.display)) {
                aliases.add(f.display);
            }
            number = number != null ? number : f.number;
            issued = issued != null ? issued : f.issued;
            jurisdiction = jurisdiction != null ? jurisdiction : f.jurisdiction;
            for (Fact<Agency> a : f.issuers) {
                if (issuers.stream().noneMatch(x -> x.value().name().equals(a.value().name()))) {
                    issuers.add(a);
                }
            }
            int[] period = TitleKey.period(f.display);
            if (period != null && start == null) {
                Evidence e = new Evidence(paragraph(f.t.paragraph()).span(f.t.range()), "period");
                start = new Fact<>(period[0], e);
                end = new Fact<>(period[1], e);
            }
        }
        aliases.remove(longest.display);
        List<Evidence> mentions = new ArrayList<>(new TreeSet<>(g.mentions));
        return new PolicyFacts(g.key, longest.display, aliases,
                DocumentTypes.policyType(DocumentTypes.withoutPeriod(longest.display)).orElse(null), number, issued,
                start, end, g.validUntil, issuers, jurisdiction, mentions, g.items);
    }

    private ReportFacts report(Group g) {
        Full longest = g.fulls.get(0);
        TreeSet<String> aliases = new TreeSet<>();
        List<Evidence> mentions = new ArrayList<>();
        for (Full f : g.fulls) {
            if (f.display.length() > longest.display.length()) {
                longest = f;
            }
            mentions.add(new Evidence(paragraph(f.t.paragraph()).span(f.t.range()), null));
        }
        for (Full f : g.fulls) {
            if (!f.display.equals(longest.display)) {
                aliases.add(f.display);
            }
        }
        return new ReportFacts(g.key, longest.display, aliases, g.publishers, new ArrayList<>(new TreeSet<>(mentions)), g.items);
    }

    private Paragraph paragraph(int i) {
        return layout.paragraphs().get(i);
    }
}
