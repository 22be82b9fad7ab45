package org.policykg.segment;

import java.util.List;
import java.util.Objects;
import org.policykg.text.MappedText;
import org.policykg.text.Span;

/**
 * One normalised paragraph: the unit recognisers read. Lines that a PDF page
 * break or a hard wrap split are joined again.
 *
 * @param index  position in the document
 * @param role   how the paragraph functions in the layout
 * @param level  markup heading level, 0 when not a markup heading
 * @param text   normalised analysis text, mapped to the source
 * @param bold   ranges of {@code text} the markup made bold
 * @param links  links and auto-linked words, as ranges of {@code text}
 */
public record Paragraph(int index, Role role, int level, MappedText text, List<Range> bold, List<Link> links) {
    public enum Role {
        /** A markup heading or a short line that is bold all through. */
        HEADING,
        /** A line standing alone that reads as a document title (plain texts have no markup). */
        TITLE_LINE,
        BODY,
        QUOTE,
        LIST_ITEM,
        /** Site chrome or print furniture: navigation, tool bars, breadcrumbs, print headers and footers, page numbers. */
        CHROME
    }

    public Paragraph {
        Objects.requireNonNull(role);
        Objects.requireNonNull(text);
        bold = List.copyOf(bold);
        links = List.copyOf(links);
    }

    public String string() {
        return text.text();
    }

    /** The sentences of the text, split at 。！？； outside quotes and titles. */
    public List<Range> sentences() {
        return Sentences.of(text.text());
    }

    /** The sentence containing index {@code at} (the whole text when there is none). */
    public Range sentenceAt(int at) {
        return Sentences.at(text.text(), at);
    }

    /** Start of the clause that contains {@code at}: after the last comma, colon or stop before it. */
    public int clauseStart(int at) {
        return Sentences.clauseStart(text.text(), at);
    }

    public boolean isHeading() {
        return role == Role.HEADING || role == Role.TITLE_LINE;
    }

    /** The source span of analysis range {@code [start, end)}. */
    public Span span(int start, int end) {
        return text.source(start, end);
    }

    public Span span(Range r) {
        return text.source(r.start(), r.end());
    }

    /** The bold phrase the paragraph starts with, if any ("（三）优化举报服务。" in "**（三）优化举报服务。**建立…"). */
    public Range leadingBold() {
        for (Range r : bold) {
            if (r.start() <= 1 && r.end() > r.start()) {
                return r;
            }
        }
        return null;
    }

    /** A link or auto-linked word, as a range of the paragraph text. */
    public record Link(Range range, String href, String code) {
    }
}
