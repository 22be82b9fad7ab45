package org.policykg.ingest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Telling a table of documents from a document, and opening one as text, without reading it whole. */
final class Tables {
    private Tables() {
    }

    /** The text of a file's first bytes, cut at the last line break; null when they are not text. */
    static String headText(byte[] head) {
        Decoder.Decoded d = decodedHead(head);
        return d == null ? null : d.text();
    }

    /** A file's first bytes cut at the last line break (a full 8 KB head ends mid-line) and decoded; null when not text. */
    private static Decoder.Decoded decodedHead(byte[] head) {
        int cut = head.length;
        for (int i = head.length - 1; i >= 0 && head.length == 8192; i--) {
            if (head[i] == '\n') {
                cut = i + 1;
                break;
            }
        }
        try {
            return Decoder.decode("head", Arrays.copyOf(head, cut));
        } catch (InputException e) {
            return null;
        }
    }

    /** Two lines, each a JSON object on its own. */
    static boolean isJsonLines(String lead) {
        String[] lines = lead.split("\n", 3);
        if (lines.length < 2) {
            return false;
        }
        for (int i = 0; i < 2; i++) {
            String l = lines[i].strip();
            if (!l.startsWith("{") || !l.endsWith("}")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The delimiter of a header line that names a text column (正文, content, full_text …) among at
     * least two: a CSV or TSV without its extension. 0 when the first line is no such header.
     */
    static char headerDelimiter(String text) {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        if (first.length() > 1000) {
            return 0;
        }
        for (char d : new char[] {'\t', ','}) {
            String[] cols = first.split(d == '\t' ? "\t" : ",", -1);
            if (cols.length < 2) {
                continue;
            }
            for (String c : cols) {
                String name = c.strip().replaceAll("^\"|\"$", "");
                if (JsonFields.standard().role(name).filter(r -> r == JsonFields.Role.TEXT).isPresent()) {
                    return d;
                }
            }
        }
        return 0;
    }

    /**
     * An array of flat records (strings and numbers only) of which one has a text: one document per
     * record. A law database's record holds its articles in an array of its own and stays one document.
     */
    static boolean isArrayOfRecords(Path path, long maxBytes) {
        try {
            if (Files.size(path) > maxBytes) {
                return false;
            }
            return isRecords(array(path));
        } catch (IOException | InputException | RuntimeException e) {
            return false;
        }
    }

    /** Flat records (strings and numbers only), of which one has a text. */
    static boolean isRecords(JsonArray a) {
        boolean text = false;
        for (JsonValue v : a) {
            if (!(v instanceof JsonObject o)) {
                return false;
            }
            for (var e : o.entrySet()) {
                if (e.getValue() instanceof JsonObject || e.getValue() instanceof JsonArray) {
                    return false;
                }
                text |= e.getValue() instanceof JsonString
                        && JsonFields.standard().role(e.getKey()).filter(r -> r == JsonFields.Role.TEXT).isPresent();
            }
        }
        return text;
    }

    static JsonArray array(Path path) throws InputException {
        try (jakarta.json.JsonReader r = Json.createReader(reader(path))) {
            return r.readArray();
        } catch (JsonException | IllegalStateException e) {
            throw new InputException(path.toString(), "not a JSON array of records: " + e.getMessage(), e);
        }
    }

    /**
     * The file as text, its encoding told from its first bytes as {@link Decoder} tells it (a BOM,
     * else UTF-8 if it is valid, else the legacy charset it reads in), the BOM skipped; a malformed byte later is an error.
     */
    static Reader reader(Path path) throws InputException {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            in.mark(8192);
            byte[] head = in.readNBytes(8192);
            in.reset();
            Charset cs;
            int skip = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                cs = StandardCharsets.UTF_8;
                skip = 3;
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                cs = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                cs = StandardCharsets.UTF_16BE;
                skip = 2;
            } else {
                String text = headText(head);
                String enc = text == null ? "UTF-8" : headEncoding(head).split(" ")[0];
                cs = Charset.isSupported(enc) ? Charset.forName(enc) : StandardCharsets.UTF_8;
            }
            in.skipNBytes(skip);
            return new InputStreamReader(in, cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw new InputException(path.toString(), "unreadable: " + e.getMessage(), e);
        }
    }

    private static String headEncoding(byte[] head) {
        Decoder.Decoded d = decodedHead(head);
        return d == null ? "UTF-8" : d.encoding();
    }

    static Reader reader(String text) {
        return new StringReader(text);
    }
}
