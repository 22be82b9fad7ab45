package org.policykg.ingest;

import java.util.Map;

/** A Word file's extracted text (.docx, or .doc/.wps): each line is a paragraph or a table row, each its own block. */
public final class DocxReader implements DocumentReader {
    @Override
    public ParsedDocument read(Source source) {
        BlockCollector out = new BlockCollector();
        String t = source.text();
        int i = 0;
        while (i <= t.length()) {
            int nl = t.indexOf('\n', i);
            int end = nl < 0 ? t.length() : nl;
            if (!t.substring(i, end).isBlank()) {
                out.start(Block.Kind.PARAGRAPH, 0, false);
                out.text().append(source.mapped(i, end));
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        return new ParsedDocument(source, source.origin() != null ? source.origin().format() : Format.DOCX, Map.of(), out.blocks());
    }
}
