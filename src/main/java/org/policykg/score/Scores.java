package org.policykg.score;

import java.util.LinkedHashMap;
import java.util.Map;

/** Scores by class or attribute name ("Policy", "Policy.issued"), in the order first scored. */
public final class Scores {
    private final Map<String, Score> byName = new LinkedHashMap<>();

    public Score of(String name) {
        return byName.computeIfAbsent(name, k -> new Score());
    }

    public Map<String, Score> asMap() {
        return byName;
    }
}
