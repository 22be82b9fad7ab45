package org.policykg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a word list or table kept as a TSV resource: the header (the first line that is not a
 * comment) and comment and blank lines are skipped; a row with too few or too many fields is an
 * error naming the resource and the line.
 */
public final class Tsv {
    /** One row, with its line number in the resource for error messages. */
    public record Row(int line, String[] fields) {
    }

    /** The header's fields (empty when the resource has no rows) and the rows under it. */
    public record Table(List<String> header, List<Row> rows) {
    }

    private Tsv() {
    }

    public static List<Row> rows(String resource, int minFields, int maxFields) {
        return table(resource, minFields, maxFields).rows();
    }

    /** The header and the rows of {@code resource}, each row checked as {@link #rows} does. */
    public static Table table(String resource, int minFields, int maxFields) {
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            List<String> head = List.of();
            boolean header = true;
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    head = List.of(line.split("\t", -1));
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < minFields || f.length > maxFields) {
                    throw new IllegalStateException(resource + " line " + n + ": expected "
                            + (minFields == maxFields ? "" + minFields : minFields + " to " + maxFields) + " fields, got " + f.length);
                }
                rows.add(new Row(n, f));
            }
            return new Table(head, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
