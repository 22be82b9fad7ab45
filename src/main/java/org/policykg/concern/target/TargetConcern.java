package org.policykg.extract;

import java.util.Locale;
import org.apache.jena.graph.Node;
import org.policykg.quantity.Quantity;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.resolve.Analysis;
import org.policykg.resolve.Evidence;
import org.policykg.resolve.TargetFacts;
import org.policykg.text.Slug;

/**
 * Targets: metric, normalised value (and upper value of a range), unit, counter
 * word, comparator, deadline and where the deadline came from; linked from the
 * policy that sets them, each statement of it as evidence.
 */
public final class TargetExtractor implements Extractor {
    @Override
    public String name() {
        return "targets";
    }

    @Override
    public void extract(Analysis a, Emitter out) {
        for (TargetFacts t : a.targets()) {
            Quantity q = t.quantity();
            Node n = iri(t);
            out.type(n, POL.Target);
            out.label(n, t.metric() + " " + q.text());
            out.text(n, POL.metric, t.metric());
            out.decimal(n, POL.value, q.value());
            if (q.upperValue() != null) {
                out.decimal(n, POL.upperValue, q.upperValue());
            }
            out.add(n, POL.unit, unit(q));
            if (q.counter() != null) {
                out.string(n, POL.counter, q.counter());
            }
            out.add(n, POL.comparator, POL.concept("comparator-" + q.comparator().name().toLowerCase(Locale.ROOT)));
            out.string(n, POL.expression, q.text());
            out.add(n, POL.direction, POL.concept("direction-" + t.direction()));
            if (t.deadline() != null) {
                out.year(n, POL.deadline, t.deadline());
                out.add(n, POL.deadlineSource, POL.concept("deadline-" + t.deadlineSource()));
            }
            if (t.baseYear() != null) {
                out.year(n, POL.baseYear, t.baseYear());
            }
            if (t.region() != null) {
                out.add(n, POL.region, Iris.region(t.region().code()));
            }
            out.mentionedIn(n);
            if (t.policy() != null) {
                out.add(Iris.policy(t.policy()), POL.hasTarget, n);
            }
            for (Evidence e : t.evidence()) {
                out.evidence(n, e);
            }
        }
    }

    /** The unit concept: pc:unit-CNY, pc:unit-bit-per-s … (ontology/concepts.ttl). */
    static Node unit(Quantity q) {
        return POL.concept("unit-" + q.unit().code().replace("/", "-per-"));
    }

    /** One IRI per (owner, unit, counter, value, upper value, comparator): the key the resolver merged on. */
    static Node iri(TargetFacts t) {
        Quantity q = t.quantity();
        String owner = t.policy() != null ? t.policy() : t.key().substring(0, t.key().indexOf('|'));
        String local = q.unit().code().replace("/", "-per-") + "-" + (q.counter() == null ? "" : q.counter() + "-")
                + q.value().stripTrailingZeros().toPlainString()
                + (q.upperValue() == null ? "" : "-" + q.upperValue().stripTrailingZeros().toPlainString())
                + "-" + q.comparator().name().toLowerCase(Locale.ROOT);
        return Iris.resource("target/" + owner + "/" + Slug.of(local));
    }
}
