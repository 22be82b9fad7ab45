package org.policykg.eval;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policykg.score.Score;

/**
 * The figures a reader of the quality report looks at first: one F1 per class of what
 * researchers query, pooled over the attributes that make it up, and their mean.
 */
public final class Headline {
    private Headline() {
    }

    /** Each headline class and the scores it pools (true and false positives and negatives added up). */
    private static final Map<String, List<String>> CLASSES = new LinkedHashMap<>();

    static {
        CLASSES.put("policies", List.of("Policy"));
        CLASSES.put("policy attributes", List.of("Policy.jurisdiction", "Policy.number", "Policy.issued", "Policy.start",
                "Policy.end", "Policy.validUntil", "Policy.inForceFrom", "Policy.issuedBy", "Policy.implements",
                "Policy.repeals", "Policy.amends"));
        CLASSES.put("targets", List.of("Target"));
        CLASSES.put("money on measures", List.of("Measure.maxAmount", "Measure.maxRatio"));
        CLASSES.put("measures per policy", List.of("Measure.count"));
        CLASSES.put("responsible agencies", List.of("Measure.responsible"));
        CLASSES.put("companies", List.of("Company"));
        CLASSES.put("document metadata", List.of("Document"));
    }

    /** The headline classes in report order. */
    public static Set<String> classes() {
        return CLASSES.keySet();
    }

    /** The headline F1s in report order, then "overall", their mean. */
    public static Map<String, Double> of(Map<String, Score> scores) {
        return of(scores, CLASSES.keySet());
    }

    /**
     * The headline F1s of a set annotated for some classes only (eval/NAME/classes.txt): the others
     * are NaN, since what nobody annotated cannot be scored, and so is "overall", a mean of every class.
     */
    public static Map<String, Double> of(Map<String, Score> scores, Set<String> annotated) {
        Map<String, Double> out = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, List<String>> c : CLASSES.entrySet()) {
            if (!annotated.contains(c.getKey())) {
                out.put(c.getKey(), Double.NaN);
                continue;
            }
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (String name : c.getValue()) {
                Score s = scores.get(name);
                if (s != null) {
                    tp += s.tp();
                    fp += s.fp();
                    fn += s.fn();
                }
            }
            double p = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            out.put(c.getKey(), f1);
            sum += f1;
        }
        out.put("overall", annotated.size() == CLASSES.size() ? sum / CLASSES.size() : Double.NaN);
        return out;
    }

    /**
     * Several parts' scores as one: each class's counts added up, so a pooled F1 weighs every
     * fact alike, where a mean of the parts' F1s would let a part with one fact swing it.
     */
    public static Map<String, Score> pool(List<Map<String, Score>> parts) {
        Map<String, Score> out = new LinkedHashMap<>();
        for (Map<String, Score> part : parts) {
            part.forEach((name, score) -> out.computeIfAbsent(name, n -> new Score()).add(score));
        }
        return out;
    }

    public static void print(Map<String, Score> scores, Set<String> annotated, PrintStream out) {
        out.println("headline (F1)");
        of(scores, annotated).forEach((k, v) -> out.printf("  %-24s %s%n", k, format(v, 6)));
    }

    /** An F1 to three places, or "-" for a class the set does not annotate. */
    public static String format(double f1, int width) {
        return Double.isNaN(f1) ? " ".repeat(width - 1) + "-" : String.format("%" + width + ".3f", f1);
    }
}
