package org.policykg.concern.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.concern.Concern;
import org.policykg.concern.Emitter;
import org.policykg.concern.Findings;
import org.policykg.concern.Organizations;
import org.policykg.concern.company.CompanyConcern;
import org.policykg.concern.company.CompanyFacts;
import org.policykg.concern.policy.PolicyConcern;
import java.util.Comparator;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.reference.Agency;
import org.policykg.score.Annotations;
import org.policykg.score.GraphView;
import org.policykg.score.Match;
import org.policykg.score.Scores;

/** Reports (white papers, indices, bulletins): titles and who published them. */
public final class ReportConcern implements Concern<List<ReportFacts>> {
    @Override
    public String name() {
        return "reports";
    }

    @Override
    public List<Class<? extends Concern<?>>> needs() {
        return List.of(PolicyConcern.class, CompanyConcern.class);
    }

    @Override
    public List<ReportFacts> resolve(Analysis a, Findings before) {
        List<ReportFacts> out = new Publishers(a).reports(before.get(PolicyConcern.class).reportGroups());
        out.sort(Comparator.comparing(ReportFacts::key));
        return out;
    }

    @Override
    public void emit(List<ReportFacts> found, Analysis a, Findings all, Emitter out) {
        List<CompanyFacts> companies = all.get(CompanyConcern.class);
        for (ReportFacts r : found) {
            Node n = Iris.report(r.key());
            out.type(n, POL.Report);
            out.label(n, r.title());
            out.text(n, POL.title, r.title());
            out.mentionedIn(n);
            for (String alias : r.aliases()) {
                out.text(n, POL.alias, alias);
            }
            for (Evidence e : r.mentions()) {
                out.evidence(n, e);
            }
            for (Fact<Agency> p : r.publishers()) {
                // A publisher the document also names as a company is that company's node, not a second one.
                String name = p.value().name();
                Node org = companies.stream().filter(c -> c.name().equals(name) || c.aliases().contains(name))
                        .findFirst().map(c -> Iris.company(c.name())).orElseGet(() -> Organizations.describe(out, p.value()));
                out.add(n, POL.publishedBy, org);
                out.evidence(n, p.evidence());
                out.evidence(org, Evidence.mention(p.evidence().span()));
            }
        }
    }

    @Override
    public void score(Annotations.Doc d, GraphView g, Scores scores) {
        List<Map<String, Set<String>>> extracted = new ArrayList<>();
        for (String r : g.values("SELECT ?v WHERE { ?v a pol:Report ; pol:mentionedIn <" + g.document() + "> }")) {
            Map<String, Set<String>> f = new HashMap<>();
            String s = "<" + r + ">";
            f.put("title", g.inGraph(s + " pol:title ?v", ""));
            f.put("aliases", Match.aliases(g.inGraph(s + " pol:alias ?v", "")));
            f.put("publishedBy", publishers(g, s));
            extracted.add(f);
        }
        Match.entities(scores, d.file(), "Report", d.reports(), extracted, new String[] {"publishedBy"});
    }

    /** Publishers by label; a company by its fullest name, as annotations name companies. */
    private static Set<String> publishers(GraphView g, String report) {
        Set<String> out = new TreeSet<>();
        for (String o : g.inGraph(report + " pol:publishedBy ?v", "")) {
            String n = "<" + o + ">";
            Set<String> names = new TreeSet<>(g.inGraph(n + " rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')", ""));
            if (!g.inGraph(n + " a ?v", "").contains(POL.Company.getURI())) {
                out.addAll(names);
                continue;
            }
            names.addAll(g.inGraph(n + " pol:alias ?v", ""));
            names.stream().max(java.util.Comparator.comparingInt(String::length).thenComparing(x -> x)).ifPresent(out::add);
        }
        return out;
    }
}
