package org.policykg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Run-in ordinals (一是, 二是) are read only when asked for: at() leaves them prose. */
class OrdinalsTest {
    @Test
    void runInOrdinalsCountButAreNoOrdinalOfTheirOwn() {
        Ordinals.Ordinal o = Ordinals.runIn("三是壮大平台经济。支持本地平台企业拓展业务。");
        assertEquals("三是", o.text());
        assertEquals(Ordinals.Tier.RUN_IN, o.tier());
        assertEquals(2, o.end());
        assertEquals(3, Ordinals.value(o));
        assertEquals(12, Ordinals.value(Ordinals.runIn("十二是加强政府自身建设。")));
        assertNull(Ordinals.at("一是做强数字经济核心产业。"));
        // a bare 一是， (its clause ends at once) and 一是 inside a word are no item's number.
        assertNull(Ordinals.runIn("一是，二是。"));
        assertNull(Ordinals.runIn("这一是重点。"));
    }
}
