package org.policykg.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Properties every result of {@link QuantityParser#findAll} must have, whatever the input. */
final class Invariants {

    private Invariants() {
    }

    static void check(CharSequence input, List<Quantity> found) {
        int previousEnd = 0;
        for (Quantity q : found) {
            assertTrue(q.start() >= previousEnd, () -> "overlapping or unsorted at " + render(q) + " in " + input);
            assertTrue(q.end() <= input.length(), () -> "span beyond the input: " + render(q));
            assertEquals(input.subSequence(q.start(), q.end()).toString(), q.text(), "text is the span");
            previousEnd = q.end();
        }
    }

    static String render(Quantity q) {
        return q.text() + "=" + q.value().toPlainString()
                + (q.upperValue() == null ? "" : ".." + q.upperValue().toPlainString())
                + " " + q.unit().code() + (q.counter() == null ? "" : "[" + q.counter() + "]")
                + " " + q.comparator();
    }
}
