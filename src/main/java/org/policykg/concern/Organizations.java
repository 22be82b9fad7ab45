package org.policykg.concern;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;
import org.policykg.reference.Agency;
import org.policykg.reference.AgencyDirectory;
import org.policykg.reference.NewsOutlets;

/** The one place agency and organisation nodes are described, whichever extractor meets them. */
public final class Organizations {
    private Organizations() {
    }

    public static Node iri(Agency a) {
        return a.isAgency() ? Iris.agency(a.name()) : Iris.organization(a.name());
    }

    /** Type, labels and region of an agency or organisation; returns its IRI. */
    public static Node describe(Emitter out, Agency a) {
        Node n = iri(a);
        out.type(n, a.isAgency() ? POL.Agency : POL.Organization);
        out.label(n, a.name());
        out.labelEn(n, a.en());
        // 一个机构两块牌子: the body's second official name.
        for (String plate : AgencyDirectory.get().plates(a.name())) {
            out.text(n, Vocab.altLabel, plate);
        }
        if (a.region() != null) {
            out.add(n, POL.region, Iris.region(a.region()));
        }
        out.mentionedIn(n);
        return n;
    }

    /**
     * Extracted names as an annotation writes them: a body labelled by one of its names is the
     * body the annotation names by another (国家互联网信息办公室 for 中央网信办's node, 中新社 for
     * 中国新闻社), so the scorer compares bodies, not which of their names is the label.
     */
    public static Set<String> asAnnotated(Set<String> expected, Set<String> extracted) {
        Set<String> out = new TreeSet<>();
        for (String x : extracted) {
            String as = x;
            if (!expected.contains(x)) {
                for (String other : NewsOutlets.otherNames(x)) {
                    as = expected.contains(other) ? other : as;
                }
            }
            out.add(as);
        }
        return out;
    }
}
