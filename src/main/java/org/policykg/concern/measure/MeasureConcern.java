package org.policykg.extract;

import org.apache.jena.graph.Node;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.reference.Agency;
import org.policykg.resolve.Analysis;
import org.policykg.resolve.Evidence;
import org.policykg.resolve.Fact;
import org.policykg.resolve.MeasureFacts;
import org.policykg.text.Slug;

/**
 * Measures: ordinal, heading, section, the money they offer (each offer a
 * pol:Support with cap, share, period, instruments and beneficiaries; the
 * measure's own pol:maxAmount / pol:maxRatio are the largest), and the
 * agencies that carry them by role.
 */
public final class MeasureExtractor implements Extractor {
    @Override
    public String name() {
        return "measures";
    }

    @Override
    public void extract(Analysis a, Emitter out) {
        for (MeasureFacts m : a.measures()) {
            String local = "measure/" + m.policy() + "/" + Slug.ofFileName(m.localKey());
            Node n = Iris.resource(local);
            out.type(n, POL.Measure);
            out.label(n, m.heading() != null && !m.heading().isEmpty() ? m.heading() : "措施 " + m.localKey());
            out.add(Iris.policy(m.policy()), POL.hasMeasure, n);
            out.mentionedIn(n);
            out.integer(n, POL.position, m.position());
            if (m.ordinal() != null) {
                out.string(n, POL.ordinal, m.ordinal());
            }
            if (m.heading() != null && !m.heading().isEmpty()) {
                out.text(n, POL.heading, m.heading());
            }
            if (m.section() != null) {
                out.text(n, POL.section, m.section());
            }
            if (m.subsection() != null) {
                out.text(n, POL.subsection, m.subsection());
            }
            out.evidence(n, m.evidence());
            if (m.maxAmount() != null) {
                out.decimal(n, POL.maxAmount, m.maxAmount());
            }
            if (m.maxRatio() != null) {
                out.decimal(n, POL.maxRatio, m.maxRatio());
            }
            int k = 0;
            for (MeasureFacts.Support s : m.supports()) {
                Node sn = Iris.resource(local + "/support-" + (++k));
                out.type(sn, POL.Support);
                out.label(sn, s.expression() != null ? s.expression() : "资金支持");
                out.add(n, POL.support, sn);
                if (s.amount() != null) {
                    out.decimal(sn, POL.maxAmount, s.amount());
                }
                if (s.ratio() != null) {
                    out.decimal(sn, POL.maxRatio, s.ratio());
                }
                if (s.capPeriod() != null) {
                    out.add(sn, POL.capPeriod, POL.concept("cap-" + s.capPeriod()));
                }
                for (String i : s.instruments()) {
                    out.add(sn, POL.instrument, POL.concept("instrument-" + i));
                }
                for (String b : s.beneficiaries()) {
                    out.add(sn, POL.beneficiary, POL.concept("beneficiary-" + b));
                }
                out.evidence(sn, s.evidence());
            }
            agencies(out, n, m.lead(), POL.leadAgency);
            agencies(out, n, m.participating(), POL.participatingAgency);
            agencies(out, n, m.responsible(), null);
        }
    }

    /** Every role is also pol:responsibleAgency, so queries need no reasoner. */
    private static void agencies(Emitter out, Node measure, java.util.List<Fact<Agency>> facts, Node role) {
        for (Fact<Agency> f : facts) {
            Node agency = Organizations.describe(out, f.value());
            out.add(measure, POL.responsibleAgency, agency);
            if (role != null) {
                out.add(measure, role, agency);
            }
            out.evidence(measure, f.evidence());
            out.evidence(agency, Evidence.mention(f.evidence().span()));
        }
    }
}
