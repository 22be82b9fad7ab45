package org.policykg.extract;

import org.apache.jena.graph.Node;
import org.policykg.rdf.POL;
import org.policykg.recognize.AgencyMention;
import org.policykg.resolve.Analysis;
import org.policykg.resolve.Evidence;

/**
 * Every agency (and known organisation) the document names, under its full
 * official name, with the forms the text used as aliases.
 */
public final class AgencyExtractor implements Extractor {
    @Override
    public String name() {
        return "agencies";
    }

    @Override
    public void extract(Analysis a, Emitter out) {
        for (AgencyMention m : a.agencies()) {
            Node n = Organizations.describe(out, m.agency());
            if (!m.surface().equals(m.agency().name())) {
                out.text(n, POL.alias, m.surface());
            }
            out.evidence(n, Evidence.mention(a.layout().paragraphs().get(m.paragraph()).span(m.range())));
        }
    }
}
