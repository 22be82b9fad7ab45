package org.policykg.concern.policy;

import java.util.List;
import java.util.Map;

/**
 * What the policy concern finds: the policies the document names, the groups of its
 * report mentions (the report concern adds their publishers), and the key of the policy
 * or report each item is about (by item index).
 */
public record Titles(List<PolicyFacts> policies, List<TitleGroup> reportGroups, Map<Integer, String> subjects) {
    public Titles {
        policies = List.copyOf(policies);
        reportGroups = List.copyOf(reportGroups);
        subjects = java.util.Collections.unmodifiableMap(subjects); // a HashMap: its order is stable, Map.copyOf's is not
    }
}
