package org.policykg.ingest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policykg.text.MappedText;
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
        int start = Format.frontMatterStart(t);
        boolean comment = t.startsWith(Format.COMMENT_YAML, start);
        int open = t.indexOf('\n', start);
        int close = open < 0 ? -1 : t.indexOf(comment ? Format.COMMENT_YAML_CLOSE : "\n---", open);
        if (open < 0 || close < 0) {
            throw new InputException(source.location(), "front matter opened with " + (comment ? Format.COMMENT_YAML : "---")
                    + " but never closed");
        }
        int yamlStart = open + 1;
        int yamlEnd = close + 1;
        List<Block> catalogue = new ArrayList<>();
        Map<String, ParsedDocument.FrontMatterField> fields = frontMatter(source, yamlStart, yamlEnd, catalogue);
        int bodyStart = t.indexOf('\n', close + 1);
        bodyStart = bodyStart < 0 ? t.length() : bodyStart + 1;
        List<Block> body = new ArrayList<>(catalogue);
        body.addAll(markdown.readBody(source, bodyStart, t.length()));
        return new ParsedDocument(source, Format.JEKYLL, fields, body);
    }

    /**
     * A front matter keyed in Chinese is a policy catalogue's entry (文号, 发布单位, 发布日期, 官方链接):
     * its keys are read as a JSON record's are ({@link JsonFields}). The address and the date stand as
     * the front matter's url and date; the number, the issuer and the date in force, which the front
     * matter has no place for, are shown as field lines (文号：X) over the body, as a portal's field table
     * is, each char where the file writes it. A title key is not used: a catalogue's name field may
     * carry its site's name (…的意见__国务院公报_中国政府网), and the text's own title line is read.
     */
    private static void catalogue(Source src, int base, ScalarNode key, ScalarNode value,
                                  Map<String, ParsedDocument.FrontMatterField> out, List<Block> lines) {
        String k = key.getValue();
        if (k.chars().noneMatch(c -> c >= 0x3400) || value.getValue().isBlank()) {
            return;
        }
        JsonFields.Role role = JsonFields.standard().role(k).orElse(null);
        if (role == null) {
            return;
        }
        Span v = valueSpan(src, base, value);
        if (role == JsonFields.Role.URL || role == JsonFields.Role.DATE) {
            out.putIfAbsent(role == JsonFields.Role.URL ? "url" : "date", new ParsedDocument.FrontMatterField(value.getValue(), v));
        } else if (role == JsonFields.Role.NUMBER || role == JsonFields.Role.PUBLISHER || role == JsonFields.Role.INFORCE) {
            if (!src.quote(v).equals(value.getValue())) {
                return; // an escaped or folded scalar: its chars are not where the file writes them
            }
            MappedText line = MappedText.builder()
                    .append(MappedText.identity(k, base + key.getStartMark().getIndex()))
                    .appendSynthetic('：')
                    .append(MappedText.identity(value.getValue(), v.start()))
                    .build();
            lines.add(new Block(Block.Kind.PARAGRAPH, 0, line, List.of(), List.of(), false));
        }
    }

    private Map<String, ParsedDocument.FrontMatterField> frontMatter(Source src, int start, int end, List<Block> catalogue)
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
                catalogue(src, base, key, s, out, catalogue);
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
