package org.policykg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bench's check that an updated store equals a fresh build, quads per graph, and that it
 * can fail (reading the counts from TDB2 is covered by {@link ScaleBenchmarkTest}).
 */
class ScaleCompareTest {
    private static final Map<String, Long> STORE = Map.of("g1", 2L, "g2", 1L);

    @Test
    void theSameCountsPerGraphAreTheSameStore() {
        ScaleBenchmark.Sameness s = ScaleBenchmark.compare(STORE, Map.of("g2", 1L, "g1", 2L));
        assertTrue(s.same(), s.toString());
        assertEquals(2, s.graphs());
        assertEquals(3, s.quads());
    }

    @Test
    void asManyQuadsInOtherGraphsDiffer() {
        ScaleBenchmark.Sameness m = ScaleBenchmark.compare(STORE, Map.of("g1", 1L, "g2", 2L));
        assertFalse(m.same());
        assertEquals(m.quads(), m.freshQuads());
        assertEquals(List.of("g1 (2 / 1 quads)", "g2 (1 / 2 quads)"), m.differing());
    }

    @Test
    void aGraphOnlyOneOfThemHasDiffers() {
        ScaleBenchmark.Sameness g = ScaleBenchmark.compare(STORE, Map.of("g1", 2L, "g2", 1L, "g3", 1L));
        assertFalse(g.same());
        assertEquals(List.of("g3 (0 / 1 quads)"), g.differing());
        assertEquals(3, g.freshGraphs());
        assertFalse(ScaleBenchmark.compare(Map.of("g1", 2L, "g2", 1L, "g3", 1L), STORE).same(), "either way round");
    }
}
