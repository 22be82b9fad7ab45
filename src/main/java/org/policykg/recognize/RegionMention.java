package org.policykg.recognize;

import org.policykg.reference.Region;
import org.policykg.segment.Range;

/** A region named in a paragraph: by full name, short name, nickname or abbreviation. */
public record RegionMention(int paragraph, Range range, Region region, String surface) implements Mention {
}
