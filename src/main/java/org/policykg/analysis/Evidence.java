package org.policykg.analysis;

import java.util.Objects;
import org.policykg.text.Span;

/**
 * A span of the source that states something.
 *
 * @param span     code-point span in the original file
 * @param supports what the span states (e.g. {@link Supports#DOCUMENT_NUMBER}), or null when it simply
 *                 mentions the entity
 */
public record Evidence(Span span, Supports supports) implements Comparable<Evidence> {
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
        return key(supports).compareTo(key(o.supports));
    }

    private static String key(Supports s) {
        return s == null ? "null" : s.key();
    }
}
