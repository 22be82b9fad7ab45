package org.policykg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policykg.score.Score;

class HeadlineTest {
    private static Map<String, Score> part(String cls, int tp, int fp, int fn) {
        Score s = new Score();
        for (int i = 0; i < tp; i++) {
            s.truePositive();
        }
        for (int i = 0; i < fp; i++) {
            s.falsePositive(cls + " fp " + i);
        }
        for (int i = 0; i < fn; i++) {
            s.falseNegative(cls + " fn " + i);
        }
        return Map.of(cls, s);
    }

    @Test
    void poolingAddsCountsSoAPartWithOneFactDoesNotSwingTheFigure() {
        // A part with 9 targets right and one spurious, and a part whose only target is spurious:
        // their F1s are 0.947 and 0, their mean 0.47; pooled, precision 9/11 and recall 1, F1 0.9.
        Map<String, Score> a = part("Target", 9, 1, 0);
        Map<String, Score> b = part("Target", 0, 1, 0);
        Map<String, Score> pooled = Headline.pool(List.of(a, b));
        assertEquals(9, pooled.get("Target").tp());
        assertEquals(2, pooled.get("Target").fp());
        assertEquals(0.9, Headline.of(pooled).get("targets"), 0.001);
        assertEquals(0.0, Headline.of(b).get("targets"), 0.001);
        assertEquals(9, a.get("Target").tp(), "the parts themselves are left as they were");
    }

    @Test
    void poolingKeepsTheItemsBehindTheCountsAndClassesOfOnePartOnly() {
        Map<String, Score> pooled = Headline.pool(List.of(part("Company", 1, 0, 1), part("Policy", 2, 0, 0)));
        assertEquals(List.of("Company fn 0"), pooled.get("Company").falseNegatives());
        assertEquals(Set.of("Company", "Policy"), pooled.keySet());
        assertEquals(1.0, Headline.of(pooled).get("policies"), 1e-9);
    }
}
