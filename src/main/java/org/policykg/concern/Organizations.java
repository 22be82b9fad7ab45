package org.policykg.concern;

import org.apache.jena.graph.Node;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.reference.Agency;

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
        if (a.region() != null) {
            out.add(n, POL.region, Iris.region(a.region()));
        }
        out.mentionedIn(n);
        return n;
    }
}
