package org.policykg.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of a table, one per row, made as the rows are read. A row's document is named
 * {@code FILE#row-N}; its text is its shown cells one after another, a blank line between them,
 * each cell a part of the source's {@link Origin} (row, column), so an evidence says the row and
 * column and its offsets count within the cell. A workbook gives every sheet's rows in turn, each
 * sheet with its own header: the first sheet's rows are {@code FILE#row-N}, sheet K's
 * {@code FILE#sheet-K-row-N}; a sheet without rows is passed over, a sheet without a text column is
 * an error naming it and the next sheet goes on.
 */
public final class RowSources implements Closeable {
    /** Opens one table of a file: a CSV's only one, or a workbook's sheet. */
    interface Opener {
        Table open() throws InputException;
    }

    /**
     * A table of the file.
     *
     * @param number the sheet's number in a workbook (from 1), 0 for a file that is one table
     * @param name   the sheet's name, or null
     */
    record Part(int number, String name, Opener opener) {
    }

    private final String file;
    private final String location;
    private final List<Part> tables;
    private final Columns columns;
    private int at = -1;
    private int read;
    private Table table;
    private List<Columns.Shown> shown;

    RowSources(String file, String location, List<Part> tables, Columns columns) throws InputException {
        this.file = file;
        this.location = location;
        this.tables = List.copyOf(tables);
        this.columns = columns;
        if (this.tables.size() == 1) {
            open(0); // a file of one table says at once that it has no text column
        }
    }

    /** The table's file name. */
    public String file() {
        return file;
    }

    @Override
    public String toString() {
        return location;
    }

    /** Where table {@code k}'s messages point: the file, and the sheet after the first. */
    private String where(int k) {
        Part p = tables.get(k);
        return p.number() <= 1 ? location : location + " sheet " + p.number() + " (" + p.name() + ")";
    }

    /** Opens table {@code k}; leaves {@code table} null when it is an empty sheet of a workbook. */
    private void open(int k) throws InputException {
        at = k;
        Table t = tables.get(k).opener().open();
        if (t.isEmpty()) {
            closeQuietly(t);
            if (tables.size() == 1) {
                throw new InputException(location, "empty sheet (no header row)");
            }
            return;
        }
        try {
            shown = columns.resolve(where(k), t.header());
        } catch (InputException e) {
            closeQuietly(t);
            throw e;
        }
        table = t;
        read++;
    }

    /** The next row's document, null after the last; a row that cannot be a document throws, naming it. */
    public Source next() throws InputException {
        while (true) {
            if (table == null) {
                if (at + 1 >= tables.size()) {
                    if (read == 0 && at + 1 == tables.size() && tables.size() > 1) {
                        at++;
                        throw new InputException(location, "empty workbook (no sheet has a header row)");
                    }
                    return null;
                }
                open(at + 1);
                continue;
            }
            Table.Row row = table.next();
            if (row == null) {
                Table done = table;
                table = null;
                try {
                    done.close();
                } catch (IOException e) {
                    throw new InputException(where(at), "not closed: " + e.getMessage(), e);
                }
                continue;
            }
            return source(row);
        }
    }

    private Source source(Table.Row row) throws InputException {
        int sheet = tables.get(at).number();
        String name = file + (sheet > 1 ? "#sheet-" + sheet + "-row-" : "#row-") + row.number();
        String loc = where(at) + " row " + row.number();
        StringBuilder text = new StringBuilder();
        List<Origin.Part> parts = new ArrayList<>();
        int cp = 0;
        boolean hasText = false;
        for (Columns.Shown s : shown) {
            String v = row.cells().get(s.column());
            if (v == null || v.isBlank()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
                cp += 2;
            }
            int n = v.codePointCount(0, v.length());
            parts.add(new Origin.Part(cp, cp + n, s.role(), 0, row.number(), s.column(), label(s), sheet));
            text.append(v);
            cp += n;
            hasText |= s.role() == Origin.Role.TEXT;
        }
        if (!hasText) {
            throw new InputException(loc, "no text in column " + shown.get(shown.size() - 1).column());
        }
        String t = text.toString();
        return new Source(name, file, loc, t, Decoder.sha256(t.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "table cells", new Origin(Format.ROW, parts));
    }

    /** A field's label: the header when it is Chinese (成文日期), else the usual label of its kind. */
    private static String label(Columns.Shown s) {
        if (s.role() != Origin.Role.FIELD) {
            return null;
        }
        if (s.column().codePoints().anyMatch(c -> c >= 0x3400)) {
            return s.column().strip();
        }
        return s.field().label();
    }

    @Override
    public void close() throws IOException {
        if (table != null) {
            table.close();
            table = null;
        }
    }

    private static void closeQuietly(Table t) {
        try {
            t.close();
        } catch (IOException e) {
            // nothing was read
        }
    }
}
