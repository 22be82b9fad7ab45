package org.policykg.concern.company;

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
import org.policykg.concern.Concern;
import org.policykg.concern.Emitter;
import org.policykg.concern.Findings;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.score.Annotations;
import org.policykg.score.GraphView;
import org.policykg.score.Match;
import org.policykg.score.Score;
import org.policykg.score.Scores;

/** Companies: name, aliases, stock code, the documents that name them, and stated partners. */
public final class CompanyConcern implements Concern<List<CompanyFacts>> {
    private final CompanyResolver companies;

    public CompanyConcern(Context context) {
        this.companies = new CompanyResolver(context.companies(), context.cues());
    }

    @Override
    public String name() {
        return "companies";
    }

    @Override
    public List<CompanyFacts> resolve(Analysis a, Findings before) {
        return companies.resolve(a);
    }

    @Override
    public void emit(List<CompanyFacts> found, Analysis a, Findings all, Emitter out) {
        for (CompanyFacts c : found) {
            Node n = Iris.company(c.name());
            out.type(n, POL.Company);
            out.label(n, c.name());
            out.labelEn(n, c.en());
            out.mentionedIn(n);
            for (String alias : c.aliases()) {
                out.text(n, POL.alias, alias);
            }
            if (c.stockCode() != null) {
                out.string(n, POL.stockCode, c.stockCode());
                out.evidence(n, c.stockCodeEvidence());
            }
            for (String p : c.partners()) {
                out.add(n, POL.partner, Iris.company(p));
            }
            for (Evidence e : c.partnerEvidence()) {
                out.evidence(n, e);
            }
            for (Evidence e : c.mentions()) {
                out.evidence(n, e);
            }
        }
    }

    @Override
    public void score(Annotations.Doc d, GraphView g, Scores scores) {
        List<Map<String, Set<String>>> extracted = new ArrayList<>();
        for (String c : g.inGraph("?v a pol:Company", "")) {
            String s = "<" + c + ">";
            Map<String, Set<String>> f = new HashMap<>();
            f.put("iri", Set.of(c));
            f.put("title", g.inGraph(s + " rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')", ""));
            f.put("aliases", g.inGraph(s + " pol:alias ?v", ""));
            f.put("stockCode", g.inGraph(s + " pol:stockCode ?v", ""));
            f.put("partners", g.inGraph(s + " pol:partner ?o", "?o rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')"));
            extracted.add(f);
        }
        Score entity = scores.of("Company");
        Set<Integer> used = new HashSet<>();
        Map<String, Integer> matchOf = new HashMap<>();
        for (Map<String, Object> e : d.companies()) {
            Set<String> names = new HashSet<>();
            names.add(Match.str(e.get("name")));
            names.addAll(Annotations.strings(e.get("aliases")));
            int found = -1;
            for (int i = 0; i < extracted.size() && found < 0; i++) {
                Map<String, Set<String>> x = extracted.get(i);
                Set<String> xs = new HashSet<>(x.get("title"));
                xs.addAll(x.get("aliases"));
                xs.retainAll(names);
                if (!used.contains(i) && !xs.isEmpty()) {
                    found = i;
                }
            }
            String what = d.file() + ": " + e.get("name") + " ";
            if (found < 0) {
                entity.falseNegative(what);
                scores.of("Company.stockCode").compare(what + "stockCode=", Annotations.strings(e.get("stockCode")), Set.of());
                continue;
            }
            used.add(found);
            matchOf.put(Match.str(e.get("name")), found);
            entity.truePositive();
            scores.of("Company.stockCode").compare(what + "stockCode=", Annotations.strings(e.get("stockCode")),
                    extracted.get(found).get("stockCode"));
        }
        for (int i = 0; i < extracted.size(); i++) {
            if (!used.contains(i)) {
                entity.falsePositive(d.file() + ": " + extracted.get(i).get("title"));
                scores.of("Company.stockCode").compare(d.file() + ": " + extracted.get(i).get("title") + " stockCode=",
                        Set.of(), extracted.get(i).get("stockCode"));
            }
        }
        // Partnerships as unordered pairs of annotated names, the extracted side mapped through the matching.
        Set<String> want = new TreeSet<>();
        for (Map<String, Object> e : d.companies()) {
            for (String p : Annotations.strings(e.get("partners"))) {
                want.add(pair(Match.str(e.get("name")), p));
            }
        }
        Map<Integer, String> nameOf = new HashMap<>();
        matchOf.forEach((name, i) -> nameOf.put(i, name));
        Set<String> got = new TreeSet<>();
        for (int i = 0; i < extracted.size(); i++) {
            for (String p : extracted.get(i).get("partners")) {
                String a = nameOf.getOrDefault(i, extracted.get(i).get("title").toString());
                String b = p;
                for (int j = 0; j < extracted.size(); j++) {
                    if (extracted.get(j).get("title").contains(p) && nameOf.containsKey(j)) {
                        b = nameOf.get(j);
                    }
                }
                got.add(pair(a, b));
            }
        }
        scores.of("Company.partners").compare(d.file() + ": ", want, got);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " ~ " + b : b + " ~ " + a;
    }
}
