package org.policykg.ingest;

import java.util.Map;

/** Plain text: every non-blank line is a block; blank lines separate paragraphs. */
public final class PlainTextReader implements DocumentReader {
    @Override
    public ParsedDocument read(Source source) {
        BlockCollector out = new BlockCollector();
        String t = source.text();
        boolean previousBlank = true;
        int i = 0;
        while (i <= t.length()) {
            int nl = t.indexOf('\n', i);
            int end = nl < 0 ? t.length() : nl;
            if (t.substring(i, end).isBlank()) {
                previousBlank = true;
            } else {
                out.start(Block.Kind.PARAGRAPH, 0, !previousBlank);
                out.text().append(source.mapped(i, end));
                previousBlank = false;
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        return new ParsedDocument(source, Format.PLAIN, Map.of(), out.blocks());
    }
}
