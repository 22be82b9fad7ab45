package org.policykg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.policykg.SeedsFixture;
import org.policykg.score.Annotations;
import org.policykg.score.Score;

/**
 * The quality report on the seeds must not fall below the project's aim (F1 ≥ 0.9
 * per class). A drop here means a change made extraction worse.
 */
class QualityGateTest {
    @Test
    void everyClassReachesTheAim() throws Exception {
        DatasetGraph ds = SeedsFixture.dataset();
        Map<String, Score> scores = new Evaluator(ds).evaluate(Annotations.load(Path.of("eval/annotations")));
        // The classes, and for measures what researchers query: how many per policy, money, who carries them.
        for (String cls : new String[] {"Document", "Policy", "Report", "Region", "Agency", "Target", "Measure",
                "Company", "Measure.count", "Measure.maxAmount", "Measure.maxRatio", "Measure.responsible",
                "Target.deadline", "Company.stockCode"}) {
            Score s = scores.get(cls);
            assertTrue(s != null && s.tp() > 0, cls + " is scored");
            assertTrue(s.f1() >= 0.9, cls + " F1 " + s.f1() + "; FP " + s.falsePositives() + "; FN " + s.falseNegatives());
        }
    }

    @Test
    void scoresCountWhatTheyShould() {
        Score s = new Score();
        s.compare("", Set.of("a", "b", "c"), Set.of("b", "c", "d", "e"));
        assertEquals(2, s.tp());
        assertEquals(2, s.fp());
        assertEquals(1, s.fn());
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(4.0 / 7, s.f1(), 1e-9);
    }
}
