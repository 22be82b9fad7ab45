package org.policykg.extract;

import org.apache.jena.graph.Node;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;
import org.policykg.reference.Agency;
import org.policykg.resolve.Analysis;
import org.policykg.resolve.Evidence;
import org.policykg.resolve.Fact;
import org.policykg.resolve.PolicyFacts;

/** Policies: titles, aliases, type, number, dates, period, issuers, jurisdiction, each with evidence. */
public final class PolicyExtractor implements Extractor {
    @Override
    public String name() {
        return "policies";
    }

    @Override
    public void extract(Analysis a, Emitter out) {
        for (PolicyFacts p : a.policies()) {
            Node n = Iris.policy(p.key());
            out.type(n, POL.Policy);
            out.label(n, p.title());
            out.text(n, POL.title, p.title());
            out.mentionedIn(n);
            for (String alias : p.aliases()) {
                out.text(n, POL.alias, alias);
            }
            if (p.type() != null) {
                out.add(n, POL.policyType, POL.concept("policy-type-" + p.type().concept()));
            }
            for (Evidence e : p.mentions()) {
                out.evidence(n, e);
            }
            if (p.documentNumber() != null) {
                out.string(n, POL.documentNumber, p.documentNumber().value());
                out.evidence(n, p.documentNumber().evidence());
            }
            if (p.issued() != null) {
                out.date(n, Vocab.dcIssued, p.issued().value());
                out.evidence(n, p.issued().evidence());
            }
            if (p.startYear() != null) {
                out.year(n, POL.startYear, p.startYear().value());
                out.year(n, POL.endYear, p.endYear().value());
                out.evidence(n, p.startYear().evidence());
            }
            if (p.validUntil() != null) {
                out.date(n, POL.validUntil, p.validUntil().value());
                out.evidence(n, p.validUntil().evidence());
            }
            for (Fact<Agency> i : p.issuers()) {
                Node agency = Organizations.describe(out, i.value());
                out.add(n, POL.issuedBy, agency);
                out.evidence(n, i.evidence());
                out.evidence(agency, Evidence.mention(i.evidence().span()));
            }
            if (p.jurisdiction() != null) {
                out.add(n, POL.jurisdiction, Iris.region(p.jurisdiction().value().code()));
                out.evidence(n, p.jurisdiction().evidence());
            }
        }
    }
}
