package org.policykg.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The expression table (quantities.tsv): every row is one expression with the quantity it must
 * yield, or a text in which nothing (or nothing at a given span) may be found.
 */
class QuantityTableTest {

    private static final String TABLE = "/org/policykg/quantity/quantities.tsv";
    private static final String NONE = "∅";
    private static final String NOT = "¬";
    private static final QuantityParser PARSER = new QuantityParser();

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvFileSource(resources = TABLE, delimiter = '\t', numLinesToSkip = 1, nullValues = "-")
    void row(String input, String text, String value, String upper, String unit, String counter, String comparator) {
        String in = unescape(input);
        List<Quantity> found = PARSER.findAll(in);
        Invariants.check(in, found);

        if (NONE.equals(text)) {
            assertEquals(List.of(), render(found), "no quantity expected in " + in);
            return;
        }
        if (text.startsWith(NOT)) {
            String forbidden = text.substring(NOT.length());
            int from = in.indexOf(forbidden);
            assertTrue(from >= 0, "bad row: '" + forbidden + "' is not in the input");
            int to = from + forbidden.length();
            for (Quantity q : found) {
                assertFalse(q.start() < to && from < q.end(), () -> q.text() + " overlaps '" + forbidden + "'");
            }
            return;
        }

        assertEquals(1, found.size(), () -> "expected exactly one quantity, found " + render(found));
        Quantity q = found.get(0);
        assertEquals(unescape(text), q.text());
        assertMatches(q, value, upper, unit, counter, comparator);

        Quantity again = PARSER.parse(q.text()).orElse(null);
        assertNotNull(again, () -> "parse() rejects its own text '" + q.text() + "'");
        assertEquals(0, again.start());
        assertEquals(q.text(), again.text());
        assertMatches(again, value, upper, unit, counter, comparator);
    }

    /** Guards the table itself: big enough, with negatives, and every unit and comparator used. */
    @Test
    void tableCoversTheSpecification() throws IOException {
        List<String[]> rows = rows();
        List<String[]> negative = rows.stream().filter(r -> r[1].equals(NONE) || r[1].startsWith(NOT)).toList();
        List<String[]> positive = rows.stream().filter(r -> !negative.contains(r)).toList();
        assertTrue(positive.size() + negative.size() >= 80, "at least 80 rows");
        assertTrue(negative.size() >= 20, "at least 20 negative rows");
        Set<Unit> units = positive.stream().map(r -> Unit.valueOf(r[4])).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Unit.class), EnumSet.copyOf(units), "every unit has a row");
        Set<Comparator> comparators = positive.stream().map(r -> Comparator.valueOf(r[6])).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Comparator.class), EnumSet.copyOf(comparators), "every comparator has a row");
        assertTrue(positive.stream().anyMatch(r -> !r[3].equals("-")), "ranges have rows");
    }

    static List<String[]> rows() throws IOException {
        try (InputStream in = QuantityTableTest.class.getResourceAsStream(TABLE)) {
            assertNotNull(in, TABLE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .toList();
        }
    }

    static String unescape(String s) {
        return s.replace("\\n", "\n");
    }

    private static void assertMatches(Quantity q, String value, String upper, String unit, String counter,
                                      String comparator) {
        assertNumber(value, q.value(), "value of " + q.text());
        if (upper == null) {
            assertEquals(null, q.upperValue(), "not a range: " + q.text());
        } else {
            assertNumber(upper, q.upperValue(), "upper value of " + q.text());
        }
        assertEquals(Unit.valueOf(unit), q.unit(), "unit of " + q.text());
        assertEquals(counter, q.counter(), "counter of " + q.text());
        assertEquals(Comparator.valueOf(comparator), q.comparator(), "comparator of " + q.text());
    }

    private static void assertNumber(String expected, BigDecimal actual, String what) {
        assertNotNull(actual, what);
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> what + ": expected " + expected
                + " but was " + actual.toPlainString());
    }

    static List<String> render(List<Quantity> qs) {
        return qs.stream().map(Invariants::render).toList();
    }
}
