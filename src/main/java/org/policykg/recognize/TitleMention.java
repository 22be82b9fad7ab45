package org.policykg.recognize;

import org.policykg.segment.Range;

/**
 * A document title in a paragraph: between 《》, a heading or contents line that
 * is a title, or a title written without brackets after 印发/发布.
 *
 * @param range   the title text itself (inside the brackets)
 * @param title   the normalised title
 * @param kind    what the title's last word says it is
 * @param source  how it was written
 */
public record TitleMention(int paragraph, Range range, String title, Kind kind, Source source) implements Mention {
    public enum Kind {
        /** Ends with a policy type word: 方案, 措施, 意见 … */
        POLICY,
        /** A short stand-in for a policy named earlier: 《方案》, 《若干措施》. */
        GENERIC,
        /** White papers, reports, indices, statistical bulletins. */
        REPORT,
        /** Anything else between 《》: books, newspapers. */
        OTHER
    }

    public enum Source {
        BRACKETS, HEADING, CONTENTS, ISSUANCE,
        /** No title in the text: a label made from region and type, placed on where the text calls itself (本办法). */
        DERIVED
    }
}
