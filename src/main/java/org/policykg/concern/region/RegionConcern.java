package org.policykg.extract;

import org.apache.jena.graph.Node;
import org.policykg.rdf.Iris;
import org.policykg.recognize.RegionMention;
import org.policykg.resolve.Analysis;
import org.policykg.resolve.Evidence;

/** Every region the document names: mentioned-in and evidence; labels and codes are reference data. */
public final class RegionExtractor implements Extractor {
    @Override
    public String name() {
        return "regions";
    }

    @Override
    public void extract(Analysis a, Emitter out) {
        for (RegionMention m : a.regions()) {
            Node r = Iris.region(m.region().code());
            out.mentionedIn(r);
            out.evidence(r, Evidence.mention(a.layout().paragraphs().get(m.paragraph()).span(m.range())));
        }
    }
}
