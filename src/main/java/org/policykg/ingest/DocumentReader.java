package org.policykg.ingest;

/** Reads one format: visible text blocks and format metadata out of a source. */
public interface DocumentReader {
    ParsedDocument read(Source source) throws InputException;

    /** The reader for a source's detected format. */
    static DocumentReader forFormat(Format format) {
        return switch (format) {
            case MARKDOWN -> new MarkdownReader();
            case JEKYLL -> new JekyllReader();
            case HTML -> new HtmlReader();
            case JSON -> new JsonReader();
            case PLAIN -> new PlainTextReader();
        };
    }

    /** Detects the format and reads. */
    static ParsedDocument parse(Source source) throws InputException {
        return forFormat(Format.detect(source.text())).read(source);
    }
}
