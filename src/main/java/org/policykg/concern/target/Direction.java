package org.policykg.concern.target;

import org.apache.jena.graph.Node;
import org.policykg.rdf.POL;

/** Whether a target is a level to reach or a change: concepts pc:direction-… of ontology/concepts.ttl. */
public enum Direction {
    LEVEL("level"),
    INCREASE("increase"),
    DECREASE("decrease");

    private final Node concept;

    Direction(String local) {
        this.concept = POL.concept("direction-" + local);
    }

    public Node concept() {
        return concept;
    }
}
