package org.policykg.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policykg.text.Span;

/**
 * A document after its format has been read: blocks of visible text plus
 * whatever metadata the format carries (Jekyll front matter, image links), and
 * the reader's warnings for the run's report (a front matter that was not YAML):
 * the document is still read, so they are no errors.
 */
public record ParsedDocument(Source source, Format format, Map<String, FrontMatterField> frontMatter,
                             List<Block> blocks, List<String> warnings) {
    public ParsedDocument {
        Objects.requireNonNull(source);
        Objects.requireNonNull(format);
        frontMatter = Map.copyOf(frontMatter);
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    /** A document read without warnings. */
    public ParsedDocument(Source source, Format format, Map<String, FrontMatterField> frontMatter, List<Block> blocks) {
        this(source, format, frontMatter, blocks, List.of());
    }

    /** A front matter value and where it stands in the file. */
    public record FrontMatterField(String value, Span span) {
    }
}
