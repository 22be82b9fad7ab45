package org.policykg.analysis;

import java.util.Objects;

/** A value the text states, with the evidence that states it. */
public record Fact<T>(T value, Evidence evidence) {
    public Fact {
        Objects.requireNonNull(value);
        Objects.requireNonNull(evidence);
    }
}
