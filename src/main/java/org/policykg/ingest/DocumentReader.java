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
        if (source.origin() == null && (f == Format.PLAIN || f == Format.MARKDOWN)) {
            // A page written as a script: the markup its string literals hold, at the file's own offsets.
            String markup = ScriptPage.markup(source.text());
            if (markup != null) {
                return new HtmlReader().read(new Source(source.name(), source.file(), source.location(), markup, source.sha256(),
                        source.encoding(), null));
            }
        }
        return forFormat(f).read(source);
    }
}
