package org.policykg.extract;

import org.apache.jena.graph.Node;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.reference.Agency;
import org.policykg.resolve.Analysis;
import org.policykg.resolve.Evidence;
import org.policykg.resolve.Fact;
import org.policykg.resolve.ReportFacts;

/** Reports (white papers, indices, bulletins): titles and who published them. */
public final class ReportExtractor implements Extractor {
    @Override
    public String name() {
        return "reports";
    }

    @Override
    public void extract(Analysis a, Emitter out) {
        for (ReportFacts r : a.reports()) {
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
                Node org = a.companies().stream().filter(c -> c.name().equals(name) || c.aliases().contains(name))
                        .findFirst().map(c -> Iris.company(c.name())).orElseGet(() -> Organizations.describe(out, p.value()));
                out.add(n, POL.publishedBy, org);
                out.evidence(n, p.evidence());
                out.evidence(org, Evidence.mention(p.evidence().span()));
            }
        }
    }
}
