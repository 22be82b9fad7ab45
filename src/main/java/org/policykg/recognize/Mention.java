package org.policykg.recognize;

import org.policykg.segment.Range;

/** What every recogniser finds: a range of one paragraph's analysis text. */
public interface Mention {
    /** The paragraph's index in the layout. */
    int paragraph();

    /** The range of the paragraph's analysis text. */
    Range range();
}
