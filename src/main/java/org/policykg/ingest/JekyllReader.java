package org.policykg.ingest;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policykg.text.Span;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A Jekyll post: YAML front matter, then a Markdown body that may embed HTML.
 * The front matter is composed, not constructed, so values stay as written
 * (a date keeps its time zone) and each keeps its position for evidence.
 */
public final class JekyllReader implements DocumentReader {
    private final MarkdownReader markdown = new MarkdownReader();

    @Override
    public ParsedDocument read(Source source) throws InputException {
        String t = source.text();
        int open = t.indexOf('\n', Format.frontMatterStart(t));
        int close = t.indexOf("\n---", open);
        if (open < 0 || close < 0) {
            throw new InputException(source.location(), "front matter opened with --- but never closed");
        }
        int yamlStart = open + 1;
        int yamlEnd = close + 1;
        Map<String, ParsedDocument.FrontMatterField> fields = frontMatter(source, yamlStart, yamlEnd);
        int bodyStart = t.indexOf('\n', close + 1);
        bodyStart = bodyStart < 0 ? t.length() : bodyStart + 1;
        return new ParsedDocument(source, Format.JEKYLL, fields, markdown.readBody(source, bodyStart, t.length()));
    }

    private Map<String, ParsedDocument.FrontMatterField> frontMatter(Source src, int start, int end)
            throws InputException {
        String yaml = src.text().substring(start, end);
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (RuntimeException e) {
            throw new InputException(src.location(), "front matter is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        Map<String, ParsedDocument.FrontMatterField> out = new LinkedHashMap<>();
        if (!(root instanceof MappingNode map)) {
            return out;
        }
        // SnakeYAML marks count code points; the front matter starts at code point base.
        int base = src.codePoint(start);
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            Node v = tuple.getValueNode();
            if (v instanceof ScalarNode s) {
                out.put(key.getValue(), new ParsedDocument.FrontMatterField(s.getValue(), valueSpan(src, base, s)));
            } else if (v instanceof SequenceNode seq) {
                StringBuilder joined = new StringBuilder();
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s) {
                        joined.append(joined.length() == 0 ? "" : ",").append(s.getValue());
                    }
                }
                out.put(key.getValue(), new ParsedDocument.FrontMatterField(joined.toString(),
                        new Span(base + v.getStartMark().getIndex(), base + v.getEndMark().getIndex())));
            }
        }
        return out;
    }

    /** The span of the value text itself, without the quotes around a quoted scalar. */
    private static Span valueSpan(Source src, int base, ScalarNode s) {
        int from = base + s.getStartMark().getIndex();
        int to = base + s.getEndMark().getIndex();
        String raw = src.quote(new Span(from, to));
        if (raw.length() >= 2 && (raw.startsWith("\"") || raw.startsWith("'"))) {
            from++;
            to--;
        }
        return new Span(from, to);
    }
}
