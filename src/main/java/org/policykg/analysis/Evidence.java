package org.policykg.analysis;

import java.util.Objects;
import org.policykg.text.Span;

/**
 * A span of the source that states something.
 *
 * @param span     code-point span in the original file
 * @param supports local name of the property the span states (e.g. "documentNumber"), or null
 *                 when the span simply mentions the entity
 */
public record Evidence(Span span, String supports) implements Comparable<Evidence> {
    public Evidence {
        Objects.requireNonNull(span);
        if (span.isEmpty()) {
            throw new IllegalArgumentException("empty evidence span");
        }
    }

    public static Evidence mention(Span span) {
        return new Evidence(span, null);
    }

    @Override
    public int compareTo(Evidence o) {
        int c = span.compareTo(o.span);
        if (c != 0) {
            return c;
        }
        return String.valueOf(supports).compareTo(String.valueOf(o.supports));
    }
}
