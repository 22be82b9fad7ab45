package org.policykg.ingest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records as a table: JSON Lines (a record a line, read a line at a time) or a JSON array of flat
 * records. A string or number value is a cell; nested values are not shown.
 */
final class JsonTable implements Table {
    private final String location;
    private final BufferedReader lines;
    private final List<JsonValue> array;
    private final Set<String> header = new LinkedHashSet<>();
    private int number;
    private Row first;

    /** JSON Lines. */
    JsonTable(String location, BufferedReader lines) throws InputException {
        this.location = location;
        this.lines = lines;
        this.array = null;
        this.first = next();
    }

    /** A JSON array, already parsed. */
    JsonTable(String location, JsonArray array) throws InputException {
        this.location = location;
        this.lines = null;
        this.array = array;
        this.first = next();
    }

    @Override
    public List<String> header() {
        return new ArrayList<>(header);
    }

    @Override
    public Row next() throws InputException {
        if (first != null) {
            Row r = first;
            first = null;
            return r;
        }
        if (array != null) {
            if (number >= array.size()) {
                return null;
            }
            JsonValue v = array.get(number++);
            if (!(v instanceof JsonObject o)) {
                throw new InputException(location + " row " + number, "array element " + number + " is not a record");
            }
            return row(o);
        }
        String line;
        try {
            do {
                line = lines.readLine();
                number++;
            } while (line != null && line.isBlank());
        } catch (IOException e) {
            throw new InputException(location, "unreadable: " + e.getMessage(), e);
        }
        if (line == null) {
            return null;
        }
        try (jakarta.json.JsonReader r = Json.createReader(new StringReader(line))) {
            JsonValue v = r.readValue();
            if (!(v instanceof JsonObject o)) {
                throw new InputException(location + " row " + number, "line " + number + " is not a JSON record");
            }
            return row(o);
        } catch (JsonException e) {
            throw new InputException(location + " row " + number, "line " + number + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private Row row(JsonObject o) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            String value = e.getValue() instanceof JsonString s ? s.getString()
                    : e.getValue() instanceof JsonNumber n ? n.toString() : null;
            if (value != null) {
                header.add(e.getKey());
                cells.put(e.getKey(), value);
            }
        }
        return new Row(number, cells);
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
    }
}
