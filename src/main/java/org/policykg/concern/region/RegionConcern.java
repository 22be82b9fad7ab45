package org.policykg.concern.region;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.concern.Concern;
import org.policykg.concern.Emitter;
import org.policykg.concern.Findings;
import org.policykg.rdf.Iris;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.Gazetteer;
import org.policykg.score.Annotations;
import org.policykg.score.GraphView;
import org.policykg.score.Scores;

/** Every region the document names: mentioned-in and evidence; labels and codes are reference data. */
public final class RegionConcern implements Concern<List<RegionMention>> {
    @Override
    public String name() {
        return "regions";
    }

    @Override
    public List<RegionMention> resolve(Analysis a, Findings before) {
        return a.regions();
    }

    @Override
    public void emit(List<RegionMention> found, Analysis a, Findings all, Emitter out) {
        for (RegionMention m : found) {
            Node r = Iris.region(m.region().code());
            out.mentionedIn(r);
            out.evidence(r, Evidence.mention(a.layout().paragraphs().get(m.paragraph()).span(m.range())));
        }
    }

    @Override
    public void score(Annotations.Doc d, GraphView g, Scores scores) {
        // Annotations give GB/T 2260 codes: a district of Hong Kong counts as 810000.
        Set<String> found = new TreeSet<>();
        for (String code : g.values(
                "SELECT ?v WHERE { ?r pol:mentionedIn <" + g.document() + "> . ?r a pol:Region BIND(REPLACE(STR(?r), '^.*/', '') AS ?v) }")) {
            found.add(Gazetteer.get().standardCode(code));
        }
        scores.of("Region").compare(d.file() + ": ", d.regions(), found);
    }
}
