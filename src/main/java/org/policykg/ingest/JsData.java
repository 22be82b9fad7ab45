package org.policykg.ingest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.text.Tsv;

/**
 * JSON wrapped in JavaScript, as crawls save the scripts portals load their lists from
 * ({@code var result = {...};}, {@code callback({...})}, {@code window.x = [...]}): the wrappers
 * are data ({@code js-wrappers.tsv}); this finds the JSON value inside one, so that the JSON
 * readers read it where it stands in the file. A value holding a list of flat records with a text
 * (at its top or under a key: {@code {"total":3,"data":{"list":[…]}}}) is a table of documents;
 * any other value is one document, read as a JSON record is.
 */
final class JsData {
    /** A wrapper: what opens it (matched at the file's start) and what closes it after the value. */
    record Wrapper(String name, Pattern opening, String closing) {
    }

    /** The JSON value of a wrapped file: UTF-16 indices {@code [start, end)} of the decoded text. */
    record Payload(String wrapper, int start, int end) {
    }

    private static final List<Wrapper> WRAPPERS = load("/org/policykg/ingest/js-wrappers.tsv");

    private JsData() {
    }

    /** Whether a file's first text opens with a wrapper and then a JSON object or array. */
    static boolean opens(String head) {
        for (Wrapper w : WRAPPERS) {
            Matcher m = w.opening().matcher(head);
            if (m.lookingAt() && m.end() < head.length() && (head.charAt(m.end()) == '{' || head.charAt(m.end()) == '[')) {
                return true;
            }
        }
        return false;
    }

    /** Where the JSON value of a wrapped text stands, or null when the text is not one of the wrappers. */
    static Payload payload(String text) {
        for (Wrapper w : WRAPPERS) {
            Matcher m = w.opening().matcher(text);
            if (!m.lookingAt()) {
                continue;
            }
            int s = m.end();
            if (s >= text.length() || (text.charAt(s) != '{' && text.charAt(s) != '[')) {
                continue;
            }
            int e = stripEnd(text, s, text.length());
            if (e > s && text.charAt(e - 1) == ';') {
                e = stripEnd(text, s, e - 1);
            }
            if (!w.closing().isEmpty()) {
                if (!text.startsWith(w.closing(), e - w.closing().length()) || e - w.closing().length() < s) {
                    continue;
                }
                e = stripEnd(text, s, e - w.closing().length());
            }
            if (e > s && (text.charAt(e - 1) == '}' || text.charAt(e - 1) == ']')) {
                return new Payload(w.name(), s, e);
            }
        }
        return null;
    }

    private static int stripEnd(String t, int from, int e) {
        while (e > from && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /**
     * The records of a wrapped file that is a table of documents, or null when its value is one
     * document; an error when the file is not a wrapped JSON value.
     */
    static JsonArray records(Path path, long maxBytes) throws InputException {
        String loc = path.toString();
        byte[] bytes;
        try {
            if (Files.size(path) > maxBytes) {
                throw new InputException(loc, "file too large (" + Files.size(path) + " bytes; the limit is " + maxBytes
                        + " bytes, see --max-bytes)");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(loc, "unreadable: " + e.getMessage(), e);
        }
        String text = Decoder.decode(loc, bytes).text();
        Payload p = payload(text);
        if (p == null) {
            throw new InputException(loc, "not JSON wrapped in JavaScript (var x = …; callback(…); see js-wrappers.tsv)");
        }
        JsonValue v;
        try (jakarta.json.JsonReader r = Json.createReader(new StringReader(text.substring(p.start(), p.end())))) {
            v = r.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new InputException(loc, "JavaScript data (" + p.wrapper() + ") whose value is not JSON: " + e.getMessage(), e);
        }
        return recordsIn(v);
    }

    /** The first list of flat records with a text: the value itself, or under its keys, depth first. */
    private static JsonArray recordsIn(JsonValue v) {
        if (v instanceof JsonArray a) {
            return Tables.isRecords(a) ? a : null;
        }
        if (v instanceof JsonObject o) {
            for (JsonValue m : o.values()) {
                if (m instanceof JsonArray || m instanceof JsonObject) {
                    JsonArray found = recordsIn(m);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static List<Wrapper> load(String name) {
        List<Wrapper> out = new ArrayList<>();
        for (Tsv.Row row : Tsv.rows(name, 4, 4)) {
            String[] cols = row.fields();
            out.add(new Wrapper(cols[0].strip(), Pattern.compile(cols[1]), cols[2].strip()));
        }
        return List.copyOf(out);
    }
}
