package org.policykg.concern.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.policykg.quantity.Quantity;
import org.policykg.reference.Region;
import org.policykg.analysis.Evidence;
import org.policykg.text.Span;

/**
 * A quantified goal, however many times the document states it.
 *
 * @param key            identity: owner, unit, counter, value, upper value, comparator
 * @param policy         key of the policy that sets it, or null when the text names none
 * @param region         the region whose goal it is
 * @param deadlineSource where the deadline came from, or null without a deadline
 * @param direction      a level to reach, or an increase or decrease
 */
public record TargetFacts(String key, String policy, Region region, String metric, Quantity quantity,
                          Integer deadline, DeadlineSource deadlineSource, Direction direction, Integer baseYear,
                          List<Evidence> evidence) {
    public TargetFacts {
        Objects.requireNonNull(key);
        Objects.requireNonNull(metric);
        Objects.requireNonNull(quantity);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("target without evidence: " + key);
        }
    }

    static final class Builder {
        private final String key;
        private final String policy;
        private final Region region;
        private final String metric;
        private final Quantity quantity;
        private final Integer deadline;
        private final DeadlineSource deadlineSource;
        private final Direction direction;
        private final Integer baseYear;
        private final TreeSet<Evidence> evidence = new TreeSet<>();

        Builder(String key, String policy, Region region, String metric, Quantity quantity, Integer deadline,
                DeadlineSource deadlineSource, Direction direction, Integer baseYear) {
            this.key = key;
            this.policy = policy;
            this.region = region;
            this.metric = metric;
            this.quantity = quantity;
            this.deadline = deadline;
            this.deadlineSource = deadlineSource;
            this.direction = direction;
            this.baseYear = baseYear;
        }

        void evidence(Evidence e) {
            evidence.add(e);
        }

        String metric() {
            return metric;
        }

        /** Whether {@code paragraph} already states this goal: each number is read once, so another one is another goal. */
        boolean statedIn(Span paragraph) {
            for (Evidence e : evidence) {
                if (e.span().start() >= paragraph.start() && e.span().end() <= paragraph.end()) {
                    return true;
                }
            }
            return false;
        }

        TargetFacts build() {
            return new TargetFacts(key, policy, region, metric, quantity, deadline, deadlineSource, direction, baseYear,
                    new ArrayList<>(evidence));
        }
    }
}
