package org.policykg.ingest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        Fences f = fences(t);
        if (f == null) {
            int start = Format.frontMatterStart(t);
            throw new InputException(source.location(), "front matter opened with "
                    + (t.startsWith(Format.COMMENT_YAML, start) ? Format.COMMENT_YAML : "---") + " but never closed");
        }
        List<Block> catalogue = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, ParsedDocument.FrontMatterField> fields = frontMatter(source, f.yamlStart(), f.yamlEnd(), catalogue, warnings);
        int bodyStart = t.indexOf('\n', f.close() + 1);
        bodyStart = bodyStart < 0 ? t.length() : bodyStart + 1;
        List<Block> body = new ArrayList<>(catalogue);
        body.addAll(markdown.readBody(source, bodyStart, t.length()));
        return new ParsedDocument(source, Format.JEKYLL, fields, body, warnings);
    }

    /** Where the YAML between a front matter's fences starts and ends, and where its closing fence stands. */
    private record Fences(int yamlStart, int yamlEnd, int close) {
    }

    /** The front matter's fences, or null when it is opened but never closed. */
    private static Fences fences(String t) {
        int start = Format.frontMatterStart(t);
        boolean comment = t.startsWith(Format.COMMENT_YAML, start);
        int open = t.indexOf('\n', start);
        int close = open < 0 ? -1 : t.indexOf(comment ? Format.COMMENT_YAML_CLOSE : "\n---", open);
        return open < 0 || close < 0 ? null : new Fences(open + 1, close + 1, close);
    }

    /**
     * A front matter keyed in Chinese is a policy catalogue's entry (文号, 发布单位, 发布日期, 官方链接):
     * its keys are read as a JSON record's are ({@link JsonFields}). The address and the date stand as
     * the front matter's url and date; the number, the issuer and the date in force, which the front
     * matter has no place for, are shown as field lines (文号：X) over the body, as a portal's field table
     * is, each char where the file writes it. A title key is not used: a catalogue's name field may
     * carry its site's name (…的意见__国务院公报_中国政府网), and the text's own title line is read.
     */
    private static void catalogue(Source src, String k, int keyStart, String value, Span v,
                                  Map<String, ParsedDocument.FrontMatterField> out, List<Block> lines) {
        if (k.chars().noneMatch(c -> c >= 0x3400) || value.isBlank()) {
            return;
        }
        JsonFields.Role role = JsonFields.standard().role(k).orElse(null);
        if (role == null) {
            return;
        }
        if (role == JsonFields.Role.URL || role == JsonFields.Role.DATE) {
            out.putIfAbsent(role == JsonFields.Role.URL ? "url" : "date", new ParsedDocument.FrontMatterField(value, v));
        } else if (role == JsonFields.Role.NUMBER || role == JsonFields.Role.PUBLISHER || role == JsonFields.Role.INFORCE) {
            if (!src.quote(v).equals(value)) {
                return; // an escaped or folded scalar: its chars are not where the file writes them
            }
            MappedText line = MappedText.builder()
                    .append(MappedText.identity(k, keyStart))
                    .appendSynthetic('：')
                    .append(MappedText.identity(value, v.start()))
                    .build();
            lines.add(new Block(Block.Kind.PARAGRAPH, 0, line, List.of(), List.of(), false));
        }
    }

    /**
     * The front matter's fields, composed as YAML. Hand-written front matter often is not YAML (a colon in an
     * unquoted value, a dash list under a scalar), and the document under it is still a document: its
     * {@code key: value} lines are then read one by one, and {@code warnings} says why, for the run's report.
     */
    private Map<String, ParsedDocument.FrontMatterField> frontMatter(Source src, int start, int end, List<Block> catalogue,
                                                                    List<String> warnings) throws InputException {
        String yaml = src.text().substring(start, end);
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (RuntimeException e) {
            warnings.add("front matter is not valid YAML (" + e.getMessage().lines().findFirst().orElse("").strip()
                    + "); its key: value lines were read one by one");
            return lineByLine(src, start, end, catalogue);
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
                Span span = valueSpan(src, base, s);
                out.put(key.getValue(), new ParsedDocument.FrontMatterField(s.getValue(), span));
                catalogue(src, key.getValue(), base + key.getStartMark().getIndex(), s.getValue(), span, out, catalogue);
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

    /** A top-level {@code key: value} line of a front matter; indented, list and comment lines are not. */
    private static final Pattern FIELD_LINE = Pattern.compile("^([^\\s#:'\"\\-][^:\\n]*?)[ \\t]*:[ \\t]+(\\S[^\\n]*?)[ \\t]*\\r?$",
            Pattern.MULTILINE);

    /**
     * A front matter that is not YAML, read as what it is written to be: one field a top-level
     * {@code key: value} line, the value as written (quotes around it left out), first key kept.
     */
    private static Map<String, ParsedDocument.FrontMatterField> lineByLine(Source src, int start, int end, List<Block> catalogue) {
        Map<String, ParsedDocument.FrontMatterField> out = new LinkedHashMap<>();
        Matcher m = FIELD_LINE.matcher(src.text()).region(start, end);
        while (m.find()) {
            String key = m.group(1);
            int from = m.start(2);
            int to = m.end(2);
            char q = src.text().charAt(from);
            if (to - from >= 2 && (q == '"' || q == '\'') && src.text().charAt(to - 1) == q) {
                from++;
                to--;
            }
            if (out.containsKey(key) || from == to) {
                continue;
            }
            String value = src.text().substring(from, to);
            Span span = new Span(src.codePoint(from), src.codePoint(to));
            out.put(key, new ParsedDocument.FrontMatterField(value, span));
            catalogue(src, key, src.codePoint(m.start(1)), value, span, out, catalogue);
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
