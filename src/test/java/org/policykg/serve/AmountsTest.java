package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts in base units are shown in the scale a Chinese text would write. */
class AmountsTest {
    private static Node d(String v) {
        return v == null ? null : NodeFactory.createLiteralDT(v, XSDDatatype.XSDdecimal);
    }

    private static Node unit(String u) {
        return NodeFactory.createURI("https://w3id.org/policykg/concept/" + u);
    }

    @ParameterizedTest(name = "{0} {2} → {3}")
    @CsvSource({
        "2600000000000.0, , unit-CNY, 2.6 万亿元",
        "350000000.0, , unit-CNY, 3.5 亿元",
        "2000000.0, , unit-CNY, 200 万元",
        "500.0, , unit-CNY, 500 元",
        "1000000000000000000.0, 3000000000000000000.0, unit-FLOPS, 1–3 EFLOPS",
        "100000000000000000.0, 300000000000000000.0, unit-FLOPS, 100–300 PFLOPS",
        "1500000000.0, , unit-W, 150 万千瓦",
        "95.0, , unit-percent, 95%",
        "400000.0, , unit-t, 40 万吨",
        "0.001, , unit-s, 1 毫秒",
    })
    void scales(String v, String upper, String u, String expected) {
        assertEquals(expected, Amounts.format(d(v), d(upper), unit(u)));
    }

    @ParameterizedTest
    @CsvSource({"2024, 2024", "2024.0, 2024", "12000.0, '12,000'", "0.5, 0.5"})
    void yearsHaveNoSeparators(String lex, String expected) {
        assertEquals(expected, Render.number(lex));
    }
}
