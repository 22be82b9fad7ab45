package org.policykg.recognize;

import org.policykg.reference.Agency;
import org.policykg.segment.Range;

/** An agency named in a paragraph, resolved to its full name. {@code surface} is the form as written. */
public record AgencyMention(int paragraph, Range range, Agency agency, String surface) implements Mention {
}
