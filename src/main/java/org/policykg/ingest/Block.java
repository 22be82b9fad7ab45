package org.policykg.ingest;

import java.util.List;
import java.util.Objects;
import org.policykg.text.MappedText;
import org.policykg.text.Span;

/**
 * One visual line or paragraph of a document with its markup removed.
 *
 * @param kind       what the markup said the block is
 * @param level      heading level (1 for #), 0 otherwise
 * @param text       the visible text, mapped to the source (not yet normalised)
 * @param bold       source spans the markup made bold
 * @param links      links and auto-linked words inside the block
 * @param softBreak  true when only a single line break separates it from the previous block
 */
public record Block(Kind kind, int level, MappedText text, List<Span> bold, List<Link> links, boolean softBreak) {
    public enum Kind { HEADING, PARAGRAPH, QUOTE, LIST_ITEM }

    public Block {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(text);
        bold = List.copyOf(bold);
        links = List.copyOf(links);
    }

    /**
     * A hyperlink or an auto-linked word (finance sites wrap stock names in links).
     *
     * @param span  source span of the linked text
     * @param href  link target, may be empty
     * @param code  a data-code attribute (e.g. "1,603138" for a ticker), or null
     */
    public record Link(Span span, String href, String code) {
        public Link {
            Objects.requireNonNull(span);
            href = href == null ? "" : href;
        }
    }
}
