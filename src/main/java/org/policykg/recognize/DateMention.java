package org.policykg.recognize;

import org.policykg.segment.Range;

/**
 * A calendar date in a paragraph. The year may be missing (9月19日); then
 * {@code year} is 0 and the caller infers it from the document's date.
 */
public record DateMention(int paragraph, Range range, int year, int month, int day) implements Mention {
    public boolean hasYear() {
        return year > 0;
    }
}
