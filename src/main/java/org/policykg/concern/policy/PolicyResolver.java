package org.policykg.concern.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Supports;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.analysis.TitleKey;
import org.policykg.lexicon.CueWords;
import org.policykg.structure.Structure;
import org.policykg.recognize.TitleMention;
import org.policykg.reference.Agency;
import org.policykg.reference.DocumentTypes;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.Region;

/**
 * Turns title mentions into policies (and report mentions into report groups), and
 * gathers what the document says about each. The rules run in this order, each reading
 * what the ones before it filled in: {@link TitleClauses} (title parts, issuing clause,
 * numbers, signatures), {@link Grouping} (jurisdiction, one policy per core title and
 * region, the subject of each item), {@link Aliases} (short names, self-references,
 * validity).
 */
final class PolicyResolver {
    private final Gazetteer gazetteer;
    private final CueWords cues;

    PolicyResolver(Gazetteer gazetteer, CueWords cues) {
        this.gazetteer = gazetteer;
        this.cues = cues;
        this.disclaimers = cues.words("page-chrome", "disclaimer");
        this.ownOnlyTypes = java.util.Set.copyOf(cues.words("self-references", "own-only"));
        this.noticeBody = java.util.regex.Pattern.compile(cues.alternation("policy-links", "notice-body"));
        this.drafting = java.util.regex.Pattern.compile("(?:" + cues.alternation("drafting", "future") + ")$");
        this.obliged = java.util.regex.Pattern.compile("(?:" + cues.alternation("drafting", "obligation") + ")[^，,。；;]*"
                + "(?:" + cues.alternation("drafting", "making") + ")$");
        this.citing = java.util.regex.Pattern.compile("(?:" + cues.alternation("policy-links", "implements") + "|"
                + cues.alternation("policy-links", "repeals") + "|" + cues.alternation("policy-links", "amends") + ")$");
    }

    private final List<String> disclaimers;
    /** Type words of policies recorded only as a text's own (lexicon/self-references.tsv, own-only): 工作要点. */
    private final java.util.Set<String> ownOnlyTypes;
    /** 现将《X》印发给你们 (lexicon/policy-links.tsv, notice-body): a notice's body that prints X. */
    private final java.util.regex.Pattern noticeBody;

    /** 市人民政府应当根据省有关规定制定X办法: a clause that obliges a body to make the document names one still to be made. */
    private final java.util.regex.Pattern obliged;

    /** What stands right before the 《 of a policy the text cites: 根据, 废止, 停止执行. */
    private final java.util.regex.Pattern citing;

    /** What stands right before the 《 of a title still to be drafted: 推动出台. */
    private final java.util.regex.Pattern drafting;

    /** A site's copyright or reuse notice (lexicon page-chrome, disclaimer). */
    private boolean disclaims(String paragraph) {
        String s = paragraph.strip();
        return disclaimers.stream().anyMatch(s::startsWith);
    }

    Titles resolve(Analysis doc, LocalDate documentDate) {
        TitleClauses clauses = new TitleClauses(doc, gazetteer, documentDate, citing);
        Grouping grouping = new Grouping(doc, gazetteer);
        List<TitleUse> fulls = new ArrayList<>();
        List<TitleUse> reports = new ArrayList<>();
        for (TitleMention t : doc.titles()) {
            if (disclaims(doc.paragraph(t.paragraph()).string())) {
                continue; // 依《著作权法》第五条，…不适用著作权法: the site's notice, not the document, cites the law
            }
            if (t.kind() == TitleMention.Kind.POLICY || t.kind() == TitleMention.Kind.REPORT) {
                TitleUse f = new TitleUse(t, TitleKey.display(t.title()), doc.layout().itemOf(t.paragraph()).index());
                (t.kind() == TitleMention.Kind.POLICY ? fulls : reports).add(f);
            }
        }
        for (TitleUse f : fulls) {
            clauses.titleParts(f);
            clauses.clause(f, fulls);
            clauses.inlineNumber(f, doc.numbers());
        }
        variants(doc, fulls);
        countryForms(fulls);
        issuerForms(fulls);
        notYetIssued(doc, fulls);
        // A title written without 《》 is one only when the clause names who issued it
        // (北京市经济和信息化局日前印发…); "出台特色配套措施" is a generic phrase.
        // 制定自治区宗教事务条例: the relative name says whose regulation it is (the text's region).
        fulls.removeIf(f -> f.t.source() == TitleMention.Source.ISSUANCE && f.issuers.isEmpty() && f.subject == null
                && grouping.relative(f) == null);
        OwnText own = new OwnText(doc, cues);
        fulls.addAll(own.derivedUses());
        clauses.numberLines(fulls, doc.numbers());
        own.headNumber(fulls, doc.numbers());
        if (!doc.structure().reply()) {
            clauses.signatures(fulls); // …《“十四五”X规划》明确要求… 感谢您的关心和支持。 / 生态环境部 / 2024年6月25日: the reply's own
        }
        own.shareNotice(fulls);
        for (TitleUse f : fulls) {
            grouping.jurisdiction(f);
        }
        own.heads(fulls);
        for (TitleUse f : fulls) {
            grouping.deliveredOn(f, documentDate);
        }
        own.deliveredReports(fulls);
        Map<String, TitleGroup> groups = grouping.group(fulls);
        Map<String, TitleGroup> reportGroups = reportGroups(reports);

        Map<Integer, String> subjects = grouping.subjects(groups, reportGroups);
        Map<Structure.Part, TitleGroup> ownGroups = own.groups(fulls, groups);
        own.subjects(ownGroups, subjects, fulls);
        own.signatures(ownGroups);
        own.compilers(ownGroups, fulls);
        for (Map.Entry<Integer, String> e : subjects.entrySet()) {
            TitleGroup g = groups.containsKey(e.getValue()) ? groups.get(e.getValue()) : reportGroups.get(e.getValue());
            if (g != null) {
                g.items.add(e.getKey());
            }
        }
        Aliases aliases = new Aliases(doc, gazetteer);
        aliases.aliasesAndReferences(doc.titles(), fulls, groups, subjects);
        aliases.validity(groups);
        Attributes attributes = new Attributes(doc, gazetteer, cues);
        attributes.complete(fulls, groups, ownGroups);
        own.attachments(ownGroups);

        Map<TitleGroup, PolicyFacts.Own> owns = new java.util.HashMap<>();
        Map<TitleGroup, PolicyFacts.Links> links = new java.util.HashMap<>();
        Map<TitleGroup, String> labels = new java.util.HashMap<>();
        for (Map.Entry<Structure.Part, TitleGroup> e : ownGroups.entrySet()) {
            Structure.Part part = e.getKey();
            TitleGroup g = e.getValue();
            Evidence where = part.derived()
                    ? new Evidence(doc.paragraph(g.uses.get(0).t.paragraph()).span(g.uses.get(0).t.range()), Supports.EMBODIES)
                    : new Evidence(doc.paragraph(part.title().paragraph()).span(part.title().range()), Supports.EMBODIES);
            owns.put(g, new PolicyFacts.Own(part.derived() ? PolicyFacts.LabelSource.DERIVED : PolicyFacts.LabelSource.STATED,
                    where, part.first(), part.last(), part.decides(), part.body()));
            links.put(g, attributes.links(g, own.links(part, g, groups, fulls)));
            String label = own.relabel(part, g);
            if (label != null) {
                labels.put(g, label);
            }
        }
        java.util.Set<String> citedOnly = new java.util.HashSet<>();
        for (TitleGroup g : groups.values()) {
            if (!owns.containsKey(g) && ownOnly(g) && !printed(doc, g)) {
                citedOnly.add(g.key); // a 工作要点 the text only cites: no policy, and nothing links to it
            }
        }
        // An item whose subject is a 工作要点 the text only cites is about no policy (not about a report: its goals stand).
        subjects.entrySet().removeIf(e -> citedOnly.contains(e.getValue()));
        List<PolicyFacts> policies = new ArrayList<>();
        for (TitleGroup g : groups.values()) {
            if (!citedOnly.contains(g.key)) {
                PolicyFacts.Links l = links.containsKey(g) ? links.get(g) : attributes.links(g, PolicyFacts.Links.none());
                policies.add(policy(doc, g, owns.get(g), citedOnly.isEmpty() ? l : without(l, citedOnly), labels.get(g)));
            }
        }
        policies.sort(Comparator.comparing(PolicyFacts::key));
        return new Titles(policies, List.copyOf(reportGroups.values()), subjects);
    }

    private static PolicyFacts.Links without(PolicyFacts.Links l, java.util.Set<String> keys) {
        return new PolicyFacts.Links(l.implementsKeys().stream().filter(f -> !keys.contains(f.value())).toList(),
                l.repeals().stream().filter(f -> !keys.contains(f.value())).toList(),
                l.amends().stream().filter(f -> !keys.contains(f.value())).toList(), l.inForceFrom());
    }

    /** Whether the group's type word is one recorded only as a text's own (lexicon/self-references.tsv, own-only). */
    private boolean ownOnly(TitleGroup g) {
        for (TitleUse f : g.uses) {
            var type = DocumentTypes.policyType(DocumentTypes.withoutPeriod(f.display));
            if (type.isPresent() && ownOnlyTypes.contains(type.get().word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the document prints the group's policy: a title line of it, the title of a notice that
     * prints it (关于印发《X》的通知 standing as a line), or a notice's body (《X》已经市政府同意，现印发给你们).
     */
    private boolean printed(Analysis doc, TitleGroup g) {
        for (TitleUse f : g.uses) {
            String text = doc.paragraph(f.t.paragraph()).string();
            if (f.t.source() == TitleMention.Source.HEADING || noticeBody.matcher(text).find()
                    || WRAPPER.matcher(text).find() && text.length() <= f.display.length() * 3 + 40) {
                return true;
            }
        }
        return false;
    }

    /** 关于印发《X》: the title of a notice that prints X. */
    private static final java.util.regex.Pattern WRAPPER = java.util.regex.Pattern.compile("关于(?:印发|转发|发布)[《〈]");

    /**
     * 推动出台《贵州省民营经济促进条例》: a title the text only plans to draft or pass is no policy
     * yet — unless the document also names it as one that exists (印发《X》, 根据《X》).
     */
    private void notYetIssued(Analysis doc, List<TitleUse> fulls) {
        Map<String, Boolean> future = new java.util.HashMap<>();
        for (TitleUse f : fulls) {
            boolean planned = false;
            if (f.t.source() == TitleMention.Source.BRACKETS && f.t.range().start() > 0) {
                String text = doc.paragraph(f.t.paragraph()).string();
                String before = text.substring(0, f.t.range().start() - 1);
                planned = text.charAt(f.t.range().start() - 1) == '《' && drafting.matcher(before).find();
            } else if (f.t.source() == TitleMention.Source.ISSUANCE) {
                // 研究制定X办法, 应当…制定X办法 without 《》: the text plans the document, it does not cite one.
                var p = doc.paragraph(f.t.paragraph());
                String before = p.string().substring(p.clauseStart(f.t.range().start()), f.t.range().start());
                before = before.endsWith("关于") ? before.substring(0, before.length() - 2) : before;
                planned = drafting.matcher(before).find() || obliged.matcher(before).find();
            }
            future.merge(f.core, planned, Boolean::logicalAnd);
        }
        fulls.removeIf(f -> future.getOrDefault(f.core, false));
    }

    /**
     * 《中华人民共和国数据安全法》 and 数据安全法 in one text are one law: a national law's short name is its
     * full name without 中华人民共和国, and joins the full form when the text writes it.
     */
    private static void countryForms(List<TitleUse> fulls) {
        Map<String, String> full = new java.util.HashMap<>();
        for (TitleUse f : fulls) {
            if (f.display.startsWith("中华人民共和国")) {
                full.putIfAbsent(f.display.substring("中华人民共和国".length()), f.core);
            }
        }
        for (TitleUse f : fulls) {
            String core = full.get(f.display);
            if (core != null) {
                f.core = core;
            }
        }
    }

    /** A title's issuers before its 关于: 工业和信息化部 国家数据局关于…, 两部门关于… (the portal's short form). */
    private static final java.util.regex.Pattern ISSUED_ABOUT = java.util.regex.Pattern.compile("^(?<issuers>[^关《》]{2,80}?)(?<about>关于.{4,})$");
    /** The count of issuers a portal writes for their names: 两部门, 四部委, 十一部门. */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("^[两二三四五六七八九十0-9]{1,3}个?部(?:门|委)$");

    /**
     * 工业和信息化部 国家数据局关于X, 两部门关于X and 关于X in one text are one policy: a title's form without its issuers,
     * or with their count for them, joins the form that names them, when one such form has that 关于X.
     */
    private static void issuerForms(List<TitleUse> fulls) {
        Map<String, String> full = new java.util.HashMap<>();
        for (TitleUse f : fulls) {
            java.util.regex.Matcher m = ISSUED_ABOUT.matcher(f.display);
            if (m.matches() && !COUNTED.matcher(m.group("issuers")).matches()) {
                full.merge(m.group("about"), f.core, (a, b) -> a.equals(b) ? a : "");
            }
        }
        for (TitleUse f : fulls) {
            java.util.regex.Matcher m = ISSUED_ABOUT.matcher(f.display);
            String about = f.display.startsWith("关于") ? f.display
                    : m.matches() && COUNTED.matcher(m.group("issuers")).matches() ? m.group("about") : null;
            String core = about == null ? null : full.get(about);
            if (core != null && !core.isEmpty()) {
                f.core = core;
            }
        }
    }

    /** The other forms of an own policy's title that the structure found are the same policy. */
    private static void variants(Analysis doc, List<TitleUse> fulls) {
        for (Structure.Part part : doc.structure().parts()) {
            TitleUse own = null;
            for (TitleUse f : fulls) {
                if (f.t.equals(part.title())) {
                    own = f;
                }
            }
            // Each use of a variant's form is the policy too: a page restates its title (page title, catalogue entry).
            for (TitleUse f : fulls) {
                if (own != null && part.variants().stream().anyMatch(v -> v.equals(f.t) || v.title().equals(f.t.title()))) {
                    f.core = own.core;
                }
            }
        }
    }

    /** Report mentions grouped by key; 《白皮书》 on its own (以下简称《白皮书》) is the report named before it with that ending. */
    private static Map<String, TitleGroup> reportGroups(List<TitleUse> reports) {
        for (TitleUse r : reports) {
            r.core = TitleKey.core(r.display);
            r.key = TitleKey.slug(r.core);
        }
        for (Iterator<TitleUse> it = reports.iterator(); it.hasNext(); ) {
            TitleUse r = it.next();
            if (!DocumentTypes.isBareReportWord(r.display)) {
                continue;
            }
            TitleUse owner = null;
            for (TitleUse o : reports) {
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
        Map<String, TitleGroup> out = new LinkedHashMap<>();
        for (TitleUse r : reports) {
            out.computeIfAbsent(r.key, k -> new TitleGroup(k, true)).uses.add(r);
        }
        return out;
    }

    private static PolicyFacts policy(Analysis doc, TitleGroup g, PolicyFacts.Own own, PolicyFacts.Links links, String label) {
        TitleUse longest = g.uses.get(0);
        for (TitleUse f : g.uses) {
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
        for (TitleUse f : g.uses) {
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
                Evidence e = new Evidence(doc.paragraph(f.t.paragraph()).span(f.t.range()), Supports.PERIOD);
                start = new Fact<>(period[0], e);
                end = new Fact<>(period[1], e);
            }
        }
        aliases.remove(longest.display);
        List<Evidence> mentions = new ArrayList<>(new TreeSet<>(g.mentions));
        return new PolicyFacts(g.key, label != null ? label : longest.display, aliases,
                DocumentTypes.policyType(DocumentTypes.withoutPeriod(longest.display)).orElse(null), number, issued,
                start, end, g.validUntil, issuers, jurisdiction, mentions, g.items, own, links);
    }
}
