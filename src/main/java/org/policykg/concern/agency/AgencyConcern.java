package org.policykg.concern.agency;

import java.util.List;
import org.apache.jena.graph.Node;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.concern.Concern;
import org.policykg.concern.Emitter;
import org.policykg.concern.Findings;
import org.policykg.concern.Organizations;
import org.policykg.rdf.POL;
import org.policykg.recognize.AgencyMention;
import org.policykg.score.Annotations;
import org.policykg.score.GraphView;
import org.policykg.score.Scores;

/**
 * Every agency (and known organisation) the document names, under its full
 * official name, with the forms the text used as aliases.
 */
public final class AgencyConcern implements Concern<List<AgencyMention>> {
    @Override
    public String name() {
        return "agencies";
    }

    @Override
    public List<AgencyMention> resolve(Analysis a, Findings before) {
        return a.agencies();
    }

    @Override
    public void emit(List<AgencyMention> found, Analysis a, Findings all, Emitter out) {
        for (AgencyMention m : found) {
            Node n = Organizations.describe(out, m.agency());
            if (!m.surface().equals(m.agency().name())) {
                out.text(n, POL.alias, m.surface());
            }
            out.evidence(n, Evidence.mention(a.layout().paragraphs().get(m.paragraph()).span(m.range())));
        }
    }

    @Override
    public void score(Annotations.Doc d, GraphView g, Scores scores) {
        scores.of("Agency").compare(d.file() + ": ", d.agencies(), Organizations.asAnnotated(d.agencies(), g.values(
                "SELECT ?v WHERE { ?a pol:mentionedIn <" + g.document() + "> . ?a a pol:Agency ; rdfs:label ?v FILTER(lang(?v) = 'zh-Hans') }")));
    }
}
