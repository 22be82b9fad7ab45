package org.policykg.concern.target;

import org.apache.jena.graph.Node;
import org.policykg.rdf.POL;

/** Where a target's deadline came from: concepts pc:deadline-… of ontology/concepts.ttl. */
public enum DeadlineSource {
    /** 到2025年 in the goal's own sentence or bullet. */
    SENTENCE("sentence"),
    /** The goal section's lead states the year. */
    SECTION("section"),
    /** A task section's goal takes the end of the plan's period. */
    PLAN_END("plan-end");

    private final Node concept;

    DeadlineSource(String local) {
        this.concept = POL.concept("deadline-" + local);
    }

    public Node concept() {
        return concept;
    }
}
