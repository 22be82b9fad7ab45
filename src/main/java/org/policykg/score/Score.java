package org.policykg.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Counts of true positives, false positives and false negatives, with the items behind them. */
public final class Score {
    private int tp;
    private final List<String> falsePositives = new ArrayList<>();
    private final List<String> falseNegatives = new ArrayList<>();

    /** Compares two sets of comparable facts (strings), each prefixed with {@code context} in messages. */
    public void compare(String context, Set<String> expected, Set<String> actual) {
        for (String e : new TreeSet<>(expected)) {
            if (actual.contains(e)) {
                tp++;
            } else {
                falseNegatives.add(context + e);
            }
        }
        for (String a : new TreeSet<>(actual)) {
            if (!expected.contains(a)) {
                falsePositives.add(context + a);
            }
        }
    }

    /** Adds another score's counts and items to this one (pooling parts or sets: micro-averaging). */
    public void add(Score other) {
        tp += other.tp;
        falsePositives.addAll(other.falsePositives);
        falseNegatives.addAll(other.falseNegatives);
    }

    public void truePositive() {
        tp++;
    }

    public void falsePositive(String what) {
        falsePositives.add(what);
    }

    public void falseNegative(String what) {
        falseNegatives.add(what);
    }

    public int tp() {
        return tp;
    }

    public int fp() {
        return falsePositives.size();
    }

    public int fn() {
        return falseNegatives.size();
    }

    public double precision() {
        return tp + fp() == 0 ? 1.0 : (double) tp / (tp + fp());
    }

    public double recall() {
        return tp + fn() == 0 ? 1.0 : (double) tp / (tp + fn());
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public List<String> falsePositives() {
        return falsePositives;
    }

    public List<String> falseNegatives() {
        return falseNegatives;
    }
}
