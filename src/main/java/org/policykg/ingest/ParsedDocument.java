package org.policykg.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policykg.text.Span;

/**
 * A document after its format has been read: blocks of visible text plus
 * whatever metadata the format carries (Jekyll front matter, image links).
 */
public record ParsedDocument(Source source, Format format, Map<String, FrontMatterField> frontMatter,
                             List<Block> blocks) {
    public ParsedDocument {
        Objects.requireNonNull(source);
        Objects.requireNonNull(format);
        frontMatter = Map.copyOf(frontMatter);
        blocks = List.copyOf(blocks);
    }

    /** A front matter value and where it stands in the file. */
    public record FrontMatterField(String value, Span span) {
    }
}
