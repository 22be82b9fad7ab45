package org.policykg.rdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LongHashSetTest {
    @Test
    void keepsEachMemberOnceThroughManyResizesAndSortsThem() {
        LongHashSet set = new LongHashSet();
        TreeSet<Long> expected = new TreeSet<>();
        Random r = new Random(7);
        for (int i = 0; i < 5000; i++) {
            long h = r.nextInt(3000) + 1L; // repeats on purpose
            assertEquals(expected.add(h), set.add(h));
        }
        assertEquals(expected.size(), set.size());
        assertArrayEquals(expected.stream().mapToLong(Long::longValue).toArray(), set.sorted());
    }

    @Test
    void zeroIsRefusedAndTheHashIsNeverZero() {
        assertThrows(IllegalArgumentException.class, () -> new LongHashSet().add(0));
        assertNotEquals(0, LongHashSet.hash(""));
        assertEquals(LongHashSet.hash("政策"), LongHashSet.hash("政策"));
        LongHashSet set = new LongHashSet();
        assertTrue(set.add(LongHashSet.hash("a")));
        assertFalse(set.add(LongHashSet.hash("a")));
    }
}
