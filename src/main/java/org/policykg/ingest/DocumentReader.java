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
            case PDF, OFD -> new PdfReader();
            case DOCX, DOC, RTF -> new DocxReader();
            case ROW -> new RowReader();
        };
    }

    /** Detects the format and reads. */
    static ParsedDocument parse(Source source) throws InputException {
        Format f = source.origin() != null ? source.origin().format() : Format.detect(source.text());
        return forFormat(f).read(source);
    }
}
