package org.policykg.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The value record's contract, and the unit codes written to RDF. */
class QuantityTest {

    private static Quantity make(int start, int end, String text, String value, String upper, Unit unit, String counter) {
        return new Quantity(start, end, text, new BigDecimal(value), upper == null ? null : new BigDecimal(upper),
                unit, counter, Comparator.EXACT);
    }

    @Test
    void equalMagnitudesAreEqual() {
        Quantity a = make(0, 6, "2.6万亿元", "2600000000000", null, Unit.CNY, null);
        Quantity b = make(0, 6, "2.6万亿元", "2.6E12", null, Unit.CNY, null);
        assertEquals(a, b);
        assertEquals("2600000000000", a.value().toPlainString());
    }

    @Test
    void rejectsInconsistentValues() {
        assertThrows(IllegalArgumentException.class, () -> make(0, 3, "50万元", "5e5", null, Unit.CNY, null),
                "span length differs from text");
        assertThrows(IllegalArgumentException.class, () -> make(2, 2, "", "1", null, Unit.CNY, null), "empty span");
        assertThrows(IllegalArgumentException.class, () -> make(-1, 1, "1元", "1", null, Unit.CNY, null));
        assertThrows(IllegalArgumentException.class, () -> make(0, 2, "-1", "-1", null, Unit.CNY, null));
        assertThrows(IllegalArgumentException.class, () -> make(0, 4, "5-3个", "5", "3", Unit.COUNT, "个"),
                "upper below lower");
        assertThrows(IllegalArgumentException.class, () -> make(0, 4, "3-3个", "3", "3.0", Unit.COUNT, "个"),
                "empty range");
        assertThrows(IllegalArgumentException.class, () -> make(0, 2, "3个", "3", null, Unit.COUNT, null),
                "count without counter");
        assertThrows(IllegalArgumentException.class, () -> make(0, 2, "3元", "3", null, Unit.CNY, "元"),
                "counter on money");
        assertThrows(NullPointerException.class, () -> new Quantity(0, 2, "3元", new BigDecimal(3), null,
                Unit.CNY, null, null));
    }

    @Test
    void unitCodesAreTheRdfVocabulary() {
        assertEquals("CNY", Unit.CNY.code());
        assertEquals("percent", Unit.PERCENT.code());
        assertEquals("FLOPS", Unit.FLOPS.code());
        assertEquals("count", Unit.COUNT.code());
        assertEquals("W", Unit.WATT.code());
        assertEquals("t", Unit.TONNE.code());
        assertEquals("bit/s", Unit.BIT_PER_SECOND.code());
        assertEquals("s", Unit.SECOND.code());
        assertEquals("CNY/person", Unit.CNY_PER_PERSON.code());
        assertEquals("index", Unit.INDEX.code());
    }

    @Test
    void comparatorWordsCombine() {
        assertEquals(Comparator.MAX, Comparator.MAX.and(Comparator.MAX), "最高不超过");
        assertEquals(Comparator.MIN, Comparator.EXACT.and(Comparator.MIN), "1000万元以上");
        assertEquals(Comparator.MIN, Comparator.APPROX.and(Comparator.MIN), "约…以上: the bound wins");
        assertEquals(Comparator.MAX, Comparator.MAX.and(Comparator.APPROX), "the bound wins either way");
        assertEquals(Comparator.MAX, Comparator.MAX.and(Comparator.MIN), "on conflict the first word wins");
    }
}
