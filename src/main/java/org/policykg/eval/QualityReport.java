package org.policykg.eval;

import java.io.PrintStream;
import java.util.Map;
import org.policykg.score.Score;

/** Prints scores as a table: a line per class, then its attributes indented. */
public final class QualityReport {
    private QualityReport() {
    }

    /** Classes in the order the report lists them; each class's attributes follow it. */
    private static final java.util.List<String> ORDER = java.util.List.of("Document", "Policy", "Report", "Region",
            "Agency", "Target", "Measure", "Company");

    public static void print(Map<String, Score> unordered, PrintStream out, boolean details) {
        Map<String, Score> scores = new java.util.LinkedHashMap<>();
        for (String cls : ORDER) {
            unordered.forEach((k, v) -> {
                if (k.equals(cls)) {
                    scores.put(k, v);
                }
            });
            unordered.forEach((k, v) -> {
                if (k.startsWith(cls + ".")) {
                    scores.put(k, v);
                }
            });
        }
        unordered.forEach(scores::putIfAbsent);
        out.printf("%-26s %6s %6s %6s %5s %5s %5s%n", "class / attribute", "P", "R", "F1", "TP", "FP", "FN");
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            String name = e.getKey().contains(".") ? "  " + e.getKey().substring(e.getKey().indexOf('.') + 1) : e.getKey();
            Score s = e.getValue();
            out.printf("%-26s %6.3f %6.3f %6.3f %5d %5d %5d%n", name, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
        }
        if (details) {
            for (Map.Entry<String, Score> e : scores.entrySet()) {
                for (String fp : e.getValue().falsePositives()) {
                    out.println("FP " + e.getKey() + " " + fp);
                }
                for (String fn : e.getValue().falseNegatives()) {
                    out.println("FN " + e.getKey() + " " + fn);
                }
            }
        }
    }
}
