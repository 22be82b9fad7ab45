package org.policykg.concern.target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Context;
import org.policykg.analysis.Evidence;
import org.policykg.concern.Concern;
import org.policykg.concern.Emitter;
import org.policykg.concern.Findings;
import org.policykg.concern.document.DocumentConcern;
import org.policykg.concern.document.DocumentFacts;
import org.policykg.concern.policy.PolicyConcern;
import org.policykg.quantity.Quantity;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.score.Annotations;
import org.policykg.score.GraphView;
import org.policykg.score.Match;
import org.policykg.score.Score;
import org.policykg.score.Scores;
import org.policykg.text.Slug;

/**
 * Targets: metric, normalised value (and upper value of a range), unit, counter
 * word, comparator, deadline and where the deadline came from; linked from the
 * policy that sets them, each statement of it as evidence.
 */
public final class TargetConcern implements Concern<List<TargetFacts>> {
    private static final String[] ATTRIBUTES = {"comparator", "counter", "deadline", "deadlineSource", "metric"};

    private final TargetResolver targets;

    public TargetConcern(Context context) {
        this.targets = new TargetResolver(context.cues());
    }

    @Override
    public String name() {
        return "targets";
    }

    @Override
    public List<Class<? extends Concern<?>>> needs() {
        return List.of(DocumentConcern.class, PolicyConcern.class);
    }

    @Override
    public List<TargetFacts> resolve(Analysis a, Findings before) {
        DocumentFacts d = before.get(DocumentConcern.class);
        Integer year = d == null || d.issued() == null ? null : d.issued().value().getYear();
        return targets.resolve(a, before.get(PolicyConcern.class), year);
    }

    @Override
    public void emit(List<TargetFacts> found, Analysis a, Findings all, Emitter out) {
        for (TargetFacts t : found) {
            Quantity q = t.quantity();
            Node n = iri(t);
            out.type(n, POL.Target);
            out.label(n, t.metric() + " " + q.text());
            out.text(n, POL.metric, t.metric());
            out.decimal(n, POL.value, q.value());
            if (q.upperValue() != null) {
                out.decimal(n, POL.upperValue, q.upperValue());
            }
            out.add(n, POL.unit, unit(q));
            if (q.counter() != null) {
                out.string(n, POL.counter, q.counter());
            }
            out.add(n, POL.comparator, POL.concept("comparator-" + q.comparator().name().toLowerCase(Locale.ROOT)));
            out.string(n, POL.expression, q.text());
            out.add(n, POL.direction, t.direction().concept());
            if (t.deadline() != null) {
                out.year(n, POL.deadline, t.deadline());
                out.add(n, POL.deadlineSource, t.deadlineSource().concept());
            }
            if (t.baseYear() != null) {
                out.year(n, POL.baseYear, t.baseYear());
            }
            if (t.region() != null) {
                out.add(n, POL.region, Iris.region(t.region().code()));
            }
            out.mentionedIn(n);
            if (t.policy() != null) {
                out.add(Iris.policy(t.policy()), POL.hasTarget, n);
            }
            for (Evidence e : t.evidence()) {
                out.evidence(n, e);
            }
        }
    }

    /** The unit concept: pc:unit-CNY, pc:unit-bit-per-s … (ontology/concepts.ttl). */
    static Node unit(Quantity q) {
        return POL.concept("unit-" + q.unit().code().replace("/", "-per-"));
    }

    /** One IRI per (owner, unit, counter, value, upper value, comparator, repeat): the key the resolver merged on. */
    static Node iri(TargetFacts t) {
        Quantity q = t.quantity();
        String owner = t.policy() != null ? t.policy() : t.key().substring(0, t.key().indexOf('|'));
        String local = q.unit().code().replace("/", "-per-") + "-" + (q.counter() == null ? "" : q.counter() + "-")
                + q.value().stripTrailingZeros().toPlainString()
                + (q.upperValue() == null ? "" : "-" + q.upperValue().stripTrailingZeros().toPlainString())
                + "-" + q.comparator().name().toLowerCase(Locale.ROOT);
        int repeat = t.key().lastIndexOf('#');
        if (repeat >= 0) {
            local = local + "-" + t.key().substring(repeat + 1); // another goal with the same number in one paragraph
        }
        return Iris.resource("target/" + owner + "/" + Slug.of(local));
    }

    @Override
    public void score(Annotations.Doc d, GraphView g, Scores scores) {
        List<Map<String, Set<String>>> extracted = new ArrayList<>();
        for (String t : g.inGraph("?v a pol:Target", "")) {
            String s = "<" + t + ">";
            Map<String, Set<String>> f = new HashMap<>();
            // A policy matches its annotation by title or alias (as Policy is scored): its targets follow it.
            Set<String> owner = new java.util.TreeSet<>(g.inGraph("?p pol:hasTarget " + s + " ; pol:title ?v", ""));
            owner.addAll(g.inGraph("?p pol:hasTarget " + s + " ; pol:alias ?v", ""));
            f.put("owner", owner);
            if (f.get("owner").isEmpty()) {
                f.put("owner", g.inGraph(s + " pol:region ?r", "BIND(REPLACE(STR(?r), '^.*/', '') AS ?v)"));
            }
            f.put("value", g.inGraph(s + " pol:value ?v", ""));
            f.put("upper", g.inGraph(s + " pol:upperValue ?v", ""));
            f.put("unit", g.inGraph(s + " pol:unit ?u", "?u skos:notation ?v"));
            f.put("counter", g.inGraph(s + " pol:counter ?v", ""));
            f.put("comparator", g.inGraph(s + " pol:comparator ?c", "BIND(REPLACE(STR(?c), '^.*comparator-', '') AS ?v)"));
            f.put("deadline", g.inGraph(s + " pol:deadline ?v", ""));
            f.put("deadlineSource", g.inGraph(s + " pol:deadlineSource ?c",
                    "BIND(REPLACE(REPLACE(STR(?c), '^.*deadline-', ''), 'plan-end', 'planEnd') AS ?v)"));
            f.put("metric", g.inGraph(s + " pol:metric ?v", ""));
            extracted.add(f);
        }
        Score entity = scores.of("Target");
        Set<Integer> used = new HashSet<>();
        for (Map<String, Object> e : d.targets()) {
            String owner = e.get("policy") != null ? Match.key(Match.str(e.get("policy"))) : Match.str(e.get("region"));
            // The policy by its title or, as Policy pairs, by an alias that is no other annotated policy's title.
            List<String> owners = e.get("policy") == null ? List.of(owner)
                    : Match.annotatedNames(d.policies(), Match.str(e.get("policy"))).stream()
                            .filter(k -> k.equals(owner) || !Match.annotatedTitle(d.policies(), k)).toList();
            String what = d.file() + ": " + owner + " " + Match.str(e.get("expression")) + " ";
            // Of the targets with the same owner, number and unit, the one that also has the same
            // comparator and metric: two 100个 targets of one plan (100个 and 100个以上) must not swap.
            int found = -1;
            int best = -1;
            for (int i = 0; i < extracted.size(); i++) {
                Map<String, Set<String>> x = extracted.get(i);
                boolean ownerMatches = x.get("owner").stream().anyMatch(o -> owners.contains(Match.key(o)) || o.equals(owner));
                boolean counterMatches = e.get("counter") == null || x.get("counter").isEmpty()
                        || x.get("counter").contains(Match.str(e.get("counter")));
                if (!used.contains(i) && ownerMatches && counterMatches && Match.sameNumber(e.get("value"), x.get("value"))
                        && Match.sameNumber(e.get("upper"), x.get("upper")) && Set.of(Match.str(e.get("unit"))).equals(x.get("unit"))) {
                    int fit = (Annotations.strings(e.get("comparator")).equals(x.get("comparator")) ? 2 : 0)
                            + (Match.similar(Annotations.strings(e.get("metric")), x.get("metric")) ? 1 : 0);
                    if (fit > best) {
                        best = fit;
                        found = i;
                    }
                }
            }
            if (found < 0) {
                entity.falseNegative(what);
                for (String a : ATTRIBUTES) {
                    scores.of("Target." + a).compare(what + a + "=", Annotations.strings(e.get(a)), Set.of());
                }
                continue;
            }
            used.add(found);
            entity.truePositive();
            Map<String, Set<String>> x = extracted.get(found);
            for (String a : ATTRIBUTES) {
                Set<String> want = Annotations.strings(e.get(a));
                Set<String> got = x.get(a);
                if (a.equals("metric")) {
                    got = Match.similar(want, got) ? want : got;
                }
                scores.of("Target." + a).compare(what + a + "=", want, got);
            }
        }
        for (int i = 0; i < extracted.size(); i++) {
            if (!used.contains(i)) {
                Map<String, Set<String>> x = extracted.get(i);
                entity.falsePositive(d.file() + ": " + x.get("owner") + " " + x.get("metric") + " " + x.get("value") + " " + x.get("unit"));
            }
        }
    }
}
