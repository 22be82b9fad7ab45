package org.policykg.segment;

import java.util.List;
import java.util.Objects;
import org.policykg.text.MappedText;
import org.policykg.text.Span;

/**
 * One normalised paragraph: the unit recognisers read. Lines that a PDF page
 * break or a hard wrap split are joined again. (A class, not a record, only to keep its
 * sentences once split.)
 *
 * @param index  position in the document
 * @param role   how the paragraph functions in the layout
 * @param level  markup heading level, 0 when not a markup heading
 * @param text   normalised analysis text, mapped to the source
 * @param bold   ranges of {@code text} the markup made bold
 * @param links  links and auto-linked words, as ranges of {@code text}
 */
public final class Paragraph {
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

    private final int index;
    private final Role role;
    private final int level;
    private final MappedText text;
    private final List<Range> bold;
    private final List<Link> links;
    /**
     * The sentences, split once: rules ask for the sentence of each mention, and splitting the
     * whole paragraph at every question was quadratic in a long paragraph. Immutable, so a
     * second thread that computes it again is harmless.
     */
    private List<Range> sentences;

    public Paragraph(int index, Role role, int level, MappedText text, List<Range> bold, List<Link> links) {
        this.index = index;
        this.role = Objects.requireNonNull(role);
        this.level = level;
        this.text = Objects.requireNonNull(text);
        this.bold = List.copyOf(bold);
        this.links = List.copyOf(links);
    }

    public int index() {
        return index;
    }

    public Role role() {
        return role;
    }

    public int level() {
        return level;
    }

    public MappedText text() {
        return text;
    }

    public List<Range> bold() {
        return bold;
    }

    public List<Link> links() {
        return links;
    }

    /** A row as the readers write a table's (|cell|cell|): a line of its own, heading a page when it is a field table's. */
    public boolean isTableRow() {
        return isTableRow(string());
    }

    public static boolean isTableRow(String s) {
        String t = s.strip();
        return t.length() >= 3 && t.charAt(0) == '|' && t.charAt(t.length() - 1) == '|';
    }

    /**
     * A table flattened a cell a line ({@code 序号 |}, {@code 重点工作 |}, a blank cell {@code |}), as portal pages and
     * crawled cells print one: the line ends in its one bar.
     */
    public boolean isFlatCell() {
        return isFlatCell(string());
    }

    public static boolean isFlatCell(String s) {
        String t = s.strip();
        return !t.isEmpty() && t.indexOf('|') == t.length() - 1;
    }

    public String string() {
        return text.text();
    }

    /** The sentences of the text, split at 。！？； outside quotes and titles. */
    public List<Range> sentences() {
        List<Range> s = sentences;
        if (s == null) {
            s = List.copyOf(Sentences.of(text.text()));
            sentences = s;
        }
        return s;
    }

    /** The sentence containing index {@code at} (the whole text when there is none), as {@link Sentences#at}. */
    public Range sentenceAt(int at) {
        return Sentences.at(sentences(), at, text.length());
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

    // Equal as the record it was: by every component (the sentences follow from the text).
    @Override
    public boolean equals(Object o) {
        return o instanceof Paragraph p && index == p.index && role == p.role && level == p.level
                && text.equals(p.text) && bold.equals(p.bold) && links.equals(p.links);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, role, level, text, bold, links);
    }

    @Override
    public String toString() {
        return "Paragraph[index=" + index + ", role=" + role + ", level=" + level + ", text=" + text + ", bold=" + bold
                + ", links=" + links + "]";
    }
}
