package org.policykg.ingest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.text.MappedText;
import org.policykg.text.Normalizer;

/**
 * A JSON record, as a law database exports a text (法規名稱, 最新異動日期, 法規內容: [{條號, 條文內容}]),
 * or an array of them. The jakarta.json streaming parser reads the structure and says where each
 * token ends; each string is then decoded again from the file so that every char keeps its own
 * span ({@code \r\n}, {@code \"} and {@code \u4e2d} stand for the escape as written).
 *
 * <p>The record is shown as the text it holds, in blocks the segmenter knows: the title as a
 * level-1 heading, dates, address and history as field lines (法規網址：https://…), each on one
 * line, each article as a paragraph (第 1 條 本辦法依…), a line break inside its text starting a
 * new line. Which key is
 * which is data ({@link JsonFields}); keys not listed are not shown. The address and the date also
 * go to the front matter; the title does not, since front-matter values are not normalised and a
 * traditional title would stay traditional.
 */
public final class JsonReader implements DocumentReader {
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    /** The label of the field line a category path's authority is shown under. */
    private static final String AUTHORITY = "主管機關";
    /** The rank a law database gives a statute (法規性質/LawLevel), as against 命令, an administrative rule. */
    private static final String LAW = "法律";
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

    private final JsonFields fields;

    public JsonReader() {
        this(JsonFields.standard());
    }

    JsonReader(JsonFields fields) {
        this.fields = fields;
    }

    // ---------------------------------------------------------------- the tree, with source-mapped strings

    private sealed interface Value permits Obj, Arr, Scalar {
    }

    private record Member(Scalar key, Value value) {
    }

    private record Obj(List<Member> members) implements Value {
    }

    private record Arr(List<Value> items) implements Value {
    }

    /** A string (decoded) or a number, true, false or null (as written). */
    private record Scalar(MappedText text, boolean string) implements Value {
        /** Blank, or a JSON null: a record's field without a value (time: null). */
        boolean isBlank() {
            return text.text().isBlank() || !string && text.text().strip().equals("null");
        }
    }

    @Override
    public ParsedDocument read(Source source) throws InputException {
        Value root = parse(source);
        Render r = new Render(source);
        r.value(root);
        List<Block> blocks = r.out.blocks();
        if (blocks.isEmpty()) {
            throw new InputException(source.location(),
                    "JSON without a field this reader shows (a title, a text or articles; see json-fields.tsv)");
        }
        return new ParsedDocument(source, Format.JSON, r.front, blocks);
    }

    private Value parse(Source src) throws InputException {
        String raw = src.text();
        // JSON wrapped in JavaScript (var x = …; callback(…)) is read where its value stands.
        JsData.Payload js = JsData.payload(raw);
        int from = js == null ? 0 : js.start();
        String what = js == null ? "not valid JSON" : "JavaScript data (" + js.wrapper() + ") whose value is not valid JSON";
        int lineBefore = (int) raw.substring(0, from).chars().filter(c -> c == '\n').count();
        Deque<Object> open = new ArrayDeque<>(); // Obj or Arr under construction, and a pending key
        Deque<Scalar> keys = new ArrayDeque<>();
        Value root = null;
        int prevEnd = from;
        try (JsonParser p = PARSERS.createParser(new StringReader(js == null ? raw : raw.substring(from, js.end())))) {
            while (p.hasNext()) {
                JsonParser.Event e = p.next();
                int end = from + (int) p.getLocation().getStreamOffset();
                Value done = null;
                switch (e) {
                    case START_OBJECT -> open.push(new Obj(new ArrayList<>()));
                    case START_ARRAY -> open.push(new Arr(new ArrayList<>()));
                    case END_OBJECT, END_ARRAY -> done = (Value) open.pop();
                    case KEY_NAME -> keys.push(string(src, prevEnd, end, p.getString()));
                    case VALUE_STRING -> done = string(src, prevEnd, end, p.getString());
                    default -> {
                        int start = tokenStart(raw, prevEnd);
                        done = new Scalar(src.mapped(start, end), false);
                    }
                }
                prevEnd = end;
                if (done == null) {
                    continue;
                }
                if (open.isEmpty()) {
                    root = done;
                } else if (open.peek() instanceof Obj o) {
                    o.members().add(new Member(keys.pop(), done));
                } else {
                    ((Arr) open.peek()).items().add(done);
                }
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            // The parser counts in the JSON value: on its first line, columns start where the value does.
            long column = at.getColumnNumber() + (at.getLineNumber() == 1 ? from - raw.lastIndexOf('\n', from - 1) - 1 : 0);
            throw new InputException(src.location(), what + " at line " + (lineBefore + at.getLineNumber()) + ", column "
                    + column + ": " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new InputException(src.location(), what + ": " + e.getMessage(), e);
        }
        if (root == null) {
            throw new InputException(src.location(), "empty JSON");
        }
        return root;
    }

    /** Where the token after {@code from} begins: past the separators and white space before it. */
    private static int tokenStart(String raw, int from) {
        int i = from;
        while (i < raw.length() && (Character.isWhitespace(raw.charAt(i)) || raw.charAt(i) == ','
                || raw.charAt(i) == ':')) {
            i++;
        }
        return i;
    }

    /**
     * The string token ending (past its closing quote) at UTF-16 index {@code end}, decoded with each
     * char's span: an escape's char spans the escape. The parser's own reading must come out again.
     */
    private static Scalar string(Source src, int prevEnd, int end, String parsed) throws InputException {
        String raw = src.text();
        int start = tokenStart(raw, prevEnd);
        if (start >= end || raw.charAt(start) != '"' || raw.charAt(end - 1) != '"') {
            throw new InputException(src.location(), "JSON string at offset " + start + " not where the parser put it");
        }
        MappedText.Builder b = MappedText.builder();
        int j = start + 1;
        int stop = end - 1;
        while (j < stop) {
            char c = raw.charAt(j);
            if (c == '\\' && j + 1 < stop) {
                char esc = raw.charAt(j + 1);
                int len = esc == 'u' ? 6 : 2;
                char out = switch (esc) {
                    case 'u' -> (char) Integer.parseInt(raw.substring(j + 2, Math.min(j + 6, stop)), 16);
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> esc;
                };
                b.append(out, src.codePoint(j), src.codePoint(Math.min(j + len, stop)));
                j += len;
            } else if (Character.isHighSurrogate(c) && j + 1 < stop && Character.isLowSurrogate(raw.charAt(j + 1))) {
                int cp = src.codePoint(j);
                b.append(c, cp, cp + 1).append(raw.charAt(j + 1), cp, cp + 1);
                j += 2;
            } else {
                int cp = src.codePoint(j);
                b.append(c, cp, cp + 1);
                j++;
            }
        }
        MappedText t = b.build();
        if (!t.text().equals(parsed)) {
            throw new InputException(src.location(), "JSON string at offset " + start + " decodes differently: "
                    + "could not map it onto the file");
        }
        return new Scalar(t, true);
    }

    // ---------------------------------------------------------------- rendering

    private final class Render {
        final Source src;
        final BlockCollector out = new BlockCollector();
        final Map<String, ParsedDocument.FrontMatterField> front = new LinkedHashMap<>();

        Render(Source src) {
            this.src = src;
        }

        Optional<JsonFields.Role> role(Member m) {
            return fields.role(m.key().text().text());
        }

        boolean has(Obj o, JsonFields.Role... roles) {
            for (Member m : o.members()) {
                Optional<JsonFields.Role> r = role(m);
                if (r.isPresent() && List.of(roles).contains(r.get())) {
                    return true;
                }
            }
            return false;
        }

        /** A record: it has a title or a text of its own, or an array of articles. */
        boolean isRecord(Obj o) {
            for (Member m : o.members()) {
                Optional<JsonFields.Role> r = role(m);
                if (m.value() instanceof Scalar s && s.string() && !s.isBlank() && r.isPresent()
                        && (r.get() == JsonFields.Role.TITLE || r.get() == JsonFields.Role.TEXT)) {
                    return true;
                }
                if (m.value() instanceof Arr a && isArticles(a)) {
                    return true;
                }
            }
            return false;
        }

        /** Objects with an article number, a text or a chapter, none with a title of its own. */
        boolean isArticles(Arr a) {
            boolean any = false;
            for (Value v : a.items()) {
                if (v instanceof Obj o) {
                    if (has(o, JsonFields.Role.TITLE)) {
                        return false;
                    }
                    any |= has(o, JsonFields.Role.ARTICLE, JsonFields.Role.TEXT, JsonFields.Role.CHAPTER);
                }
            }
            return any;
        }

        /** A record is shown; anything else is looked into for records and articles. */
        void value(Value v) {
            if (v instanceof Obj o) {
                if (isRecord(o)) {
                    record(o);
                } else {
                    for (Member m : o.members()) {
                        if (!(m.value() instanceof Scalar)) {
                            value(m.value());
                        }
                    }
                }
            } else if (v instanceof Arr a) {
                if (isArticles(a)) {
                    articles(a);
                } else {
                    a.items().forEach(this::value);
                }
            }
        }

        void record(Obj o) {
            for (Member m : o.members()) {
                if (role(m).orElse(null) == JsonFields.Role.TITLE && m.value() instanceof Scalar s && !s.isBlank()) {
                    MappedText t = s.text().strip();
                    lines(Block.Kind.HEADING, 1, null, t.subSequence(RecordColumns.end(t.text()), t.length()));
                    break;
                }
            }
            // The fields first, then the body, as a database's page prints them (an English-keyed export may
            // put LawArticles before LawURL and LawHistories): the metadata rules read a document's head.
            for (Member m : o.members()) {
                JsonFields.Role r = role(m).orElse(null);
                if (r != null && m.value() instanceof Scalar s && !s.isBlank()) {
                    if (r.isField()) {
                        MappedText.Builder line = label(m.key(), r);
                        line.appendSynthetic('：').append(unwrapped(s.text()));
                        out.start(Block.Kind.PARAGRAPH, 0, false);
                        out.text().append(line.build());
                        out.finish();
                        frontMatter(r, s);
                    } else if (r == JsonFields.Role.CATEGORY && !isLaw(o)) {
                        authority(s.text());
                    } else if (r == JsonFields.Role.SITE) {
                        frontMatter(r, s);
                    }
                }
            }
            // A catalogue record without the text (a policy radar's summary and benefits): its digest stands
            // for the body; where the record holds the text, the digest would only repeat it.
            boolean text = o.members().stream().anyMatch(m -> m.value() instanceof Arr a && isArticles(a)
                    || role(m).orElse(null) == JsonFields.Role.TEXT && m.value() instanceof Scalar s && !s.isBlank());
            for (Member m : o.members()) {
                JsonFields.Role r = role(m).orElse(null);
                if (!text && r == JsonFields.Role.DIGEST && m.value() instanceof Scalar s && !s.isBlank()) {
                    lines(Block.Kind.PARAGRAPH, 0, null, s.text());
                    continue;
                }
                if (!text && r == JsonFields.Role.OFFERS && m.value() instanceof Scalar s && !s.isBlank()) {
                    out.start(Block.Kind.HEADING, 2, false);
                    out.text().append(label(m.key(), r).build());
                    out.finish();
                    offers(s.text());
                    continue;
                }
                if (m.value() instanceof Arr a && isArticles(a)) {
                    articles(a);
                } else if (r == JsonFields.Role.TEXT && m.value() instanceof Scalar s && !s.isBlank()) {
                    // A crawler's stored body may be HTML: its tags are left out, its paragraphs kept.
                    lines(Block.Kind.PARAGRAPH, 0, null, Markup.isHtml(s.text().text()) ? Markup.text(s.text()) : s.text());
                }
            }
        }

        /**
         * A catalogue's offers, run together with ； (生态社区最高500万元；大学生OPC项目最高50万元；…): each
         * offer a paragraph of its own, as a catalogue's page lists them, so that each is read as one offer.
         */
        void offers(MappedText value) {
            String s = value.text();
            int from = 0;
            for (int i = 0; i <= s.length(); i++) {
                if (i == s.length() || s.charAt(i) == '；' || s.charAt(i) == ';') {
                    int end = Math.min(s.length(), i + 1); // the ； stays with its offer
                    MappedText part = value.subSequence(from, end);
                    if (!part.text().replaceAll("[；;\\s]", "").isEmpty()) {
                        lines(Block.Kind.PARAGRAPH, 0, null, part);
                    }
                    from = end;
                }
            }
        }

        /**
         * A field line's label: the key as written when it is Chinese (法規網址, 發文字號), else the label
         * a portal prints for the role (publishedAt → 发布日期, documentNumber → 发文字号), synthetic,
         * so the rules that read field tables read an English-keyed API record's fields too.
         */
        MappedText.Builder label(Scalar key, JsonFields.Role r) {
            MappedText k = key.text().strip();
            if (k.text().chars().anyMatch(c -> Normalizer.isCjk((char) c))) {
                return MappedText.builder().append(k);
            }
            MappedText.Builder b = MappedText.builder();
            for (char c : r.label().toCharArray()) {
                b.appendSynthetic(c);
            }
            return b;
        }

        /** Each article a paragraph, its number before its text; a chapter entry a line of its own. */
        void articles(Arr a) {
            for (Value v : a.items()) {
                if (!(v instanceof Obj o)) {
                    continue;
                }
                Scalar number = null;
                Scalar text = null;
                Scalar chapter = null;
                for (Member m : o.members()) {
                    JsonFields.Role r = role(m).orElse(null);
                    if (!(m.value() instanceof Scalar s) || s.isBlank() || r == null) {
                        continue;
                    }
                    if (r == JsonFields.Role.ARTICLE && number == null) {
                        number = s;
                    } else if (r == JsonFields.Role.TEXT && text == null) {
                        text = s;
                    } else if (r == JsonFields.Role.CHAPTER && chapter == null) {
                        chapter = s;
                    }
                }
                if (chapter != null) {
                    lines(Block.Kind.PARAGRAPH, 0, null, chapter.text());
                }
                if (text != null) {
                    MappedText prefix = null;
                    if (number != null) {
                        prefix = MappedText.builder().append(number.text().strip()).appendSynthetic(' ').build();
                    }
                    lines(Block.Kind.PARAGRAPH, 0, prefix, text.text());
                } else if (number != null) {
                    lines(Block.Kind.PARAGRAPH, 0, null, number.text());
                }
            }
        }

        /**
         * A value's lines as blocks, {@code prefix} before the first; a single line break continues
         * (a soft break), a blank line starts a new paragraph, as in a plain text.
         */
        void lines(Block.Kind kind, int level, MappedText prefix, MappedText value) {
            String s = value.text();
            boolean first = true;
            boolean soft = false;
            int i = 0;
            while (i <= s.length()) {
                int end = i;
                while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                    end++;
                }
                MappedText line = value.subSequence(i, end);
                if (line.text().isBlank()) {
                    soft = false;
                } else {
                    out.start(kind, level, !first && soft);
                    if (first && prefix != null) {
                        out.text().append(prefix);
                    }
                    out.text().append(line.strip());
                    first = false;
                    soft = true;
                }
                if (end >= s.length()) {
                    break;
                }
                i = end + (s.charAt(end) == '\r' && end + 1 < s.length() && s.charAt(end + 1) == '\n' ? 2 : 1);
            }
            out.finish();
        }

        /**
         * A field's value on one line: a database wraps a long value at a fixed width, even inside
         * a number (第 1112000\r\n  175 號令), so a line break and the indentation after it are left
         * out, and a space stands for them only between two letters.
         */
        MappedText unwrapped(MappedText value) {
            String s = value.text();
            MappedText.Builder b = MappedText.builder();
            int i = 0;
            while (i < s.length()) {
                int end = i;
                while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                    end++;
                }
                MappedText line = value.subSequence(i, end).strip();
                if (!line.isEmpty()) {
                    if (b.length() > 0 && Character.isLetter(b.charAt(b.length() - 1)) && Character.isLetter(line.charAt(0))
                            && !Normalizer.isCjk(b.charAt(b.length() - 1)) && !Normalizer.isCjk(line.charAt(0))) {
                        b.appendSynthetic(' ');
                    }
                    b.append(line);
                }
                i = end + 1;
            }
            return b.build();
        }

        /** Does the record rank its text a law (法規性質: 法律), which the legislature made, not the ministry that administers it? */
        boolean isLaw(Obj o) {
            for (Member m : o.members()) {
                if (role(m).orElse(null) == JsonFields.Role.LEVEL && m.value() instanceof Scalar s
                        && LAW.equals(s.text().text().strip())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The competent authority (主管機關) a law database's category path names: in 行政＞數位發展部＞數位產業目
         * an administrative regulation's second level is the ministry that administers it. Shown as a
         * field line 主管機關：數位發展部, the label synthetic, the value the path's own chars.
         */
        void authority(MappedText path) {
            String[] levels = path.text().strip().split("\\s*[＞>]\\s*", -1);
            if (levels.length < 3 || !levels[0].equals("行政") || levels[1].isBlank()) {
                return;
            }
            int at = path.text().indexOf(levels[1], path.text().indexOf(levels[0]) + levels[0].length());
            MappedText.Builder line = MappedText.builder();
            for (char c : AUTHORITY.toCharArray()) {
                line.appendSynthetic(c);
            }
            line.appendSynthetic('：').append(path.subSequence(at, at + levels[1].length()));
            out.start(Block.Kind.PARAGRAPH, 0, false);
            out.text().append(line.build());
            out.finish();
        }

        /**
         * The address, the date and a crawler's site as the front matter states them; a compact date 20231103 in
         * ISO form.
         */
        void frontMatter(JsonFields.Role r, Scalar s) {
            MappedText t = s.text().strip();
            String v = t.text();
            if (r == JsonFields.Role.URL && !front.containsKey("url") && URL.matcher(v).matches()) {
                front.put("url", new ParsedDocument.FrontMatterField(v, t.source()));
            } else if (r == JsonFields.Role.SITE && URL.matcher(v).matches()) {
                front.putIfAbsent("url", new ParsedDocument.FrontMatterField(v, t.source()));
            } else if (r == JsonFields.Role.SITE && !front.containsKey("site")) {
                front.put("site", new ParsedDocument.FrontMatterField(v, t.source()));
            } else if (r == JsonFields.Role.DATE && !front.containsKey("date")) {
                Matcher m = COMPACT_DATE.matcher(v);
                String iso = m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : v;
                front.put("date", new ParsedDocument.FrontMatterField(iso, t.source()));
            }
        }
    }
}
