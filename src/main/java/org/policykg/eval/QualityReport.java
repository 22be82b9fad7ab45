package org.policykg.eval;

import java.io.PrintStream;
import java.util.Map;

/** Prints scores as a table: a line per class, then its attributes indented. */
public final class QualityReport {
    private QualityReport() {
    }

    public static void print(Map<String, Score> scores, PrintStream out, boolean details) {
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
