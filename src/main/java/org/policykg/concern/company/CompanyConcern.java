package org.policykg.extract;

import org.apache.jena.graph.Node;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.resolve.Analysis;
import org.policykg.resolve.CompanyFacts;
import org.policykg.resolve.Evidence;

/** Companies: name, aliases, stock code, the documents that name them, and stated partners. */
public final class CompanyExtractor implements Extractor {
    @Override
    public String name() {
        return "companies";
    }

    @Override
    public void extract(Analysis a, Emitter out) {
        for (CompanyFacts c : a.companies()) {
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
}
