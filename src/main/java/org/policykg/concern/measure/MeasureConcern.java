package org.policykg.concern.measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Context;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.concern.Concern;
import org.policykg.concern.Emitter;
import org.policykg.concern.Findings;
import org.policykg.concern.Organizations;
import org.policykg.concern.policy.PolicyConcern;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.reference.Agency;
import org.policykg.score.Annotations;
import org.policykg.score.GraphView;
import org.policykg.score.Match;
import org.policykg.score.Score;
import org.policykg.score.Scores;
import org.policykg.text.Slug;

/**
 * Measures: ordinal, heading, section, the money they offer (each offer a
 * pol:Support with cap, share, period, instruments and beneficiaries; the
 * measure's own pol:maxAmount / pol:maxRatio are the largest), and the
 * agencies that carry them by role.
 */
public final class MeasureConcern implements Concern<List<MeasureFacts>> {
    private static final String[] ATTRIBUTES = {"section", "heading", "maxAmount", "maxRatio", "capPeriod",
            "instruments", "beneficiaries", "responsible", "lead", "participating"};

    private final MeasureResolver measures;

    public MeasureConcern(Context context) {
        this.measures = new MeasureResolver(context);
    }

    @Override
    public String name() {
        return "measures";
    }

    @Override
    public List<Class<? extends Concern<?>>> needs() {
        return List.of(PolicyConcern.class);
    }

    @Override
    public List<MeasureFacts> resolve(Analysis a, Findings before) {
        return measures.resolve(a, before.get(PolicyConcern.class).policies());
    }

    @Override
    public void emit(List<MeasureFacts> found, Analysis a, Findings all, Emitter out) {
        for (MeasureFacts m : found) {
            String local = "measure/" + m.policy() + "/" + Slug.ofFileName(m.localKey());
            Node n = Iris.resource(local);
            out.type(n, POL.Measure);
            out.label(n, m.heading() != null && !m.heading().isEmpty() ? m.heading() : "措施 " + m.localKey());
            out.add(Iris.policy(m.policy()), POL.hasMeasure, n);
            out.mentionedIn(n);
            out.integer(n, POL.position, m.position());
            if (m.ordinal() != null) {
                out.string(n, POL.ordinal, m.ordinal());
            }
            if (m.heading() != null && !m.heading().isEmpty()) {
                out.text(n, POL.heading, m.heading());
            }
            if (m.section() != null) {
                out.text(n, POL.section, m.section());
            }
            if (m.subsection() != null) {
                out.text(n, POL.subsection, m.subsection());
            }
            out.evidence(n, m.evidence());
            if (m.maxAmount() != null) {
                out.decimal(n, POL.maxAmount, m.maxAmount());
            }
            if (m.maxRatio() != null) {
                out.decimal(n, POL.maxRatio, m.maxRatio());
            }
            int k = 0;
            for (MeasureFacts.Support s : m.supports()) {
                Node sn = Iris.resource(local + "/support-" + (++k));
                out.type(sn, POL.Support);
                out.label(sn, s.expression() != null ? s.expression() : "资金支持");
                out.add(n, POL.support, sn);
                if (s.amount() != null) {
                    out.decimal(sn, POL.maxAmount, s.amount());
                }
                if (s.ratio() != null) {
                    out.decimal(sn, POL.maxRatio, s.ratio());
                }
                if (s.capPeriod() != null) {
                    out.add(sn, POL.capPeriod, POL.concept("cap-" + s.capPeriod()));
                }
                for (String i : s.instruments()) {
                    out.add(sn, POL.instrument, POL.concept("instrument-" + i));
                }
                for (String b : s.beneficiaries()) {
                    out.add(sn, POL.beneficiary, POL.concept("beneficiary-" + b));
                }
                out.evidence(sn, s.evidence());
            }
            agencies(out, n, m.lead(), POL.leadAgency);
            agencies(out, n, m.participating(), POL.participatingAgency);
            agencies(out, n, m.responsible(), null);
        }
    }

    /** Every role is also pol:responsibleAgency, so queries need no reasoner. */
    private static void agencies(Emitter out, Node measure, java.util.List<Fact<Agency>> facts, Node role) {
        for (Fact<Agency> f : facts) {
            Node agency = Organizations.describe(out, f.value());
            out.add(measure, POL.responsibleAgency, agency);
            if (role != null) {
                out.add(measure, role, agency);
            }
            out.evidence(measure, f.evidence());
            out.evidence(agency, Evidence.mention(f.evidence().span()));
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    public void score(Annotations.Doc d, GraphView g, Scores scores) {
        Map<String, List<Map<String, Set<String>>>> byPolicy = new HashMap<>();
        // A policy matches its annotation by title or alias (as Policy is scored): its measures follow it.
        Map<String, Set<String>> aliasOf = new HashMap<>();
        for (String m : g.inGraph("?p pol:hasMeasure ?v", "")) {
            String s = "<" + m + ">";
            Map<String, Set<String>> f = new HashMap<>();
            Set<String> policy = g.inGraph("?p pol:hasMeasure " + s + " ; pol:title ?v", "");
            f.put("ordinal", g.inGraph(s + " pol:ordinal ?v", ""));
            // A section compares in display form, as a title does: the text folds full-width punctuation (，→,), an annotation keeps it.
            f.put("section", sections(g.inGraph(s + " pol:section ?v", "")));
            f.put("heading", g.inGraph(s + " pol:heading ?v", ""));
            f.put("maxAmount", g.inGraph(s + " pol:maxAmount ?v", ""));
            f.put("maxRatio", g.inGraph(s + " pol:maxRatio ?v", ""));
            f.put("capPeriod", capPeriod(g, s));
            f.put("instruments", g.inGraph(s + " pol:support/pol:instrument ?c", "?c skos:prefLabel ?v FILTER(lang(?v) = 'zh-Hans')"));
            f.put("beneficiaries", g.inGraph(s + " pol:support/pol:beneficiary ?c", "?c skos:prefLabel ?v FILTER(lang(?v) = 'zh-Hans')"));
            f.put("responsible", g.inGraph(s + " pol:responsibleAgency ?a", "?a rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')"));
            f.put("lead", g.inGraph(s + " pol:leadAgency ?a", "?a rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')"));
            f.put("participating", g.inGraph(s + " pol:participatingAgency ?a", "?a rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')"));
            for (String t : policy) {
                byPolicy.computeIfAbsent(Match.key(t), k -> new ArrayList<>()).add(f);
                for (String a : g.inGraph("?p pol:hasMeasure " + s + " ; pol:alias ?v", "")) {
                    aliasOf.computeIfAbsent(Match.key(a), k -> new TreeSet<>()).add(Match.key(t));
                }
            }
        }
        Score entity = scores.of("Measure");
        Score counts = scores.of("Measure.count");
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> group : d.measures()) {
            String policy = Match.key(Match.str(group.get("policy")));
            if (!byPolicy.containsKey(policy) && aliasOf.getOrDefault(policy, Set.of()).size() == 1) {
                policy = aliasOf.get(policy).iterator().next();
            } else if (!byPolicy.containsKey(policy)) {
                // or the extracted title is one of the annotation's aliases of that policy
                policy = Match.annotatedNames(d.policies(), Match.str(group.get("policy"))).stream()
                        .filter(k -> byPolicy.containsKey(k) && !seen.contains(k) && !Match.annotatedTitle(d.policies(), k))
                        .findFirst().orElse(policy);
            }
            seen.add(policy);
            List<Map<String, Set<String>>> extracted = byPolicy.getOrDefault(policy, List.of());
            List<Map<String, Object>> items = (List<Map<String, Object>>) group.getOrDefault("items", List.of());
            String ctx = d.file() + ": " + Match.str(group.get("policy")) + ": ";
            if (items.size() == extracted.size()) {
                counts.truePositive();
            } else {
                counts.falseNegative(ctx + "count " + items.size() + " (extracted " + extracted.size() + ")");
            }
            Set<Integer> used = new HashSet<>();
            for (Map<String, Object> e : items) {
                int found = matchMeasure(e, extracted, used);
                String what = ctx + (e.get("ordinal") != null ? e.get("ordinal") : e.get("heading")) + " ";
                if (found < 0) {
                    entity.falseNegative(what);
                    for (String a : ATTRIBUTES) {
                        scores.of("Measure." + a).compare(what + a + "=", measureValues(e, a), Set.of());
                    }
                    continue;
                }
                used.add(found);
                entity.truePositive();
                Map<String, Set<String>> x = extracted.get(found);
                for (String a : ATTRIBUTES) {
                    Set<String> want = measureValues(e, a);
                    Set<String> got = x.get(a);
                    if (a.equals("section")) {
                        want = sections(want);
                    } else if (a.equals("heading")) {
                        got = Match.similar(want, got) ? want : got;
                    } else if (a.equals("responsible")) {
                        want = new TreeSet<>(want);
                        want.addAll(measureValues(e, "lead"));
                        want.addAll(measureValues(e, "participating"));
                    } else if (a.equals("maxAmount") || a.equals("maxRatio")) {
                        got = Match.numbersAs(want, got);
                    }
                    scores.of("Measure." + a).compare(what + a + "=", want, got);
                }
            }
            for (int i = 0; i < extracted.size(); i++) {
                if (!used.contains(i)) {
                    entity.falsePositive(ctx + extracted.get(i).get("ordinal") + " " + extracted.get(i).get("heading"));
                }
            }
        }
        byPolicy.forEach((policy, extracted) -> {
            if (!seen.contains(policy)) {
                for (Map<String, Set<String>> x : extracted) {
                    entity.falsePositive(d.file() + ": " + policy + ": " + x.get("ordinal") + " " + x.get("heading"));
                }
                counts.falsePositive(d.file() + ": " + policy + ": " + extracted.size() + " measures, none annotated");
            }
        });
    }

    /** The cap period of a measure's largest cap (the annotations give one period, for the cap). */
    private static Set<String> capPeriod(GraphView g, String measure) {
        Set<String> withAmount = g.inGraph(measure + " pol:support ?s . ?s pol:maxAmount ?a ; pol:capPeriod ?c . "
                + "FILTER NOT EXISTS { " + measure + " pol:support/pol:maxAmount ?b FILTER(?b > ?a) }",
                "BIND(REPLACE(STR(?c), '^.*cap-', '') AS ?v)");
        if (!withAmount.isEmpty() || !g.inGraph(measure + " pol:support/pol:maxAmount ?v", "").isEmpty()) {
            return withAmount;
        }
        return g.inGraph(measure + " pol:support/pol:capPeriod ?c", "BIND(REPLACE(STR(?c), '^.*cap-', '') AS ?v)");
    }

    /** The same ordinal; an unnumbered offer by its amount, share or instruments. */
    private static int matchMeasure(Map<String, Object> e, List<Map<String, Set<String>>> extracted, Set<Integer> used) {
        String ordinal = Match.str(e.get("ordinal"));
        String section = e.get("section") == null ? null : sections(Set.of(Match.str(e.get("section")))).iterator().next();
        Set<String> heading = measureValues(e, "heading");
        if (ordinal != null && !heading.isEmpty()) {
            // The same ordinal recurs in each subsection of one section (1. under each (一)…(六)): the heading tells them apart.
            for (int i = 0; i < extracted.size(); i++) {
                Map<String, Set<String>> x = extracted.get(i);
                if (!used.contains(i) && x.get("ordinal").contains(ordinal)
                        && (section == null || x.getOrDefault("section", Set.of()).contains(section))
                        && Match.similar(heading, x.get("heading"))) {
                    return i;
                }
            }
        }
        if (ordinal != null && section != null) {
            // The same ordinal recurs in each section: (二) of 重点任务 is not (二) of 保障措施.
            for (int i = 0; i < extracted.size(); i++) {
                Map<String, Set<String>> x = extracted.get(i);
                if (!used.contains(i) && x.get("ordinal").contains(ordinal) && x.getOrDefault("section", Set.of()).contains(section)) {
                    return i;
                }
            }
        }
        for (int i = 0; i < extracted.size(); i++) {
            if (used.contains(i)) {
                continue;
            }
            Map<String, Set<String>> x = extracted.get(i);
            if (ordinal != null) {
                if (x.get("ordinal").contains(ordinal)) {
                    return i;
                }
                continue;
            }
            if (!x.get("ordinal").isEmpty()) {
                continue;
            }
            boolean money = e.get("maxAmount") != null || e.get("maxRatio") != null;
            if (money && (Match.sameNumber(e.get("maxAmount"), x.get("maxAmount")) && e.get("maxAmount") != null
                    || Match.sameNumber(e.get("maxRatio"), x.get("maxRatio")) && e.get("maxRatio") != null)) {
                return i;
            }
            if (!money && x.get("maxAmount").isEmpty() && x.get("maxRatio").isEmpty()
                    && !x.get("instruments").isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** Sections as compared: the analysis text folds full-width punctuation (，→,), the annotations keep it as written. */
    private static Set<String> sections(Set<String> raw) {
        Set<String> out = new TreeSet<>();
        for (String r : raw) {
            out.add(org.policykg.text.Normalizer.simplified().normalize(org.policykg.text.MappedText.identity(r, 0)).text());
        }
        return out;
    }

    private static Set<String> measureValues(Map<String, Object> e, String attribute) {
        return Annotations.strings(e.get(attribute));
    }
}
