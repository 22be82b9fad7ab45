package org.policykg.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quantity found in a text.
 *
 * <p>{@code start}/{@code end} are UTF-16 offsets into the parsed text (end exclusive) and
 * {@code text} is exactly that slice, comparator words included ("最高1000万元"). Values are in
 * the base {@link Unit}, exact, and stored with {@link BigDecimal#stripTrailingZeros()}, so
 * equal magnitudes are {@code equals} (2.6万亿元 is {@code 2.6E+12}); use
 * {@link BigDecimal#toPlainString()} for an xsd:decimal lexical form. {@code upperValue} is
 * null unless the text is a range, and then strictly greater than {@code value}.
 * {@code counter} is the counter word (个, 家, 座, …) of a {@link Unit#COUNT}, null otherwise.
 */
public record Quantity(int start, int end, String text,
                       BigDecimal value, BigDecimal upperValue,
                       Unit unit, String counter, Comparator comparator) {

    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(comparator, "comparator");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("span [" + start + "," + end + ") does not fit text '" + text + "'");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        value = value.stripTrailingZeros();
        if (upperValue != null) {
            upperValue = upperValue.stripTrailingZeros();
            if (upperValue.compareTo(value) <= 0) {
                throw new IllegalArgumentException("range " + value + ".." + upperValue + " is empty");
            }
        }
        if ((unit == Unit.COUNT) != (counter != null) || counter != null && counter.isEmpty()) {
            throw new IllegalArgumentException("a counter word is required for counts and only for counts");
        }
    }

    public boolean isRange() {
        return upperValue != null;
    }
}
