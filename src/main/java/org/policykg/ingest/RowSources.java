package org.policykg.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of a table, one per row, made as the rows are read. A row's document is named
 * {@code FILE#row-N}; its text is its shown cells one after another, a blank line between them,
 * each cell a part of the source's {@link Origin} (row, column), so an evidence says the row and
 * column and its offsets count within the cell.
 */
public final class RowSources implements Closeable {
    private final String file;
    private final String location;
    private final Table table;
    private final List<Columns.Shown> shown;

    RowSources(String file, String location, Table table, Columns columns) throws InputException {
        this.file = file;
        this.location = location;
        this.table = table;
        try {
            this.shown = columns.resolve(location, table.header());
        } catch (InputException e) {
            closeQuietly();
            throw e;
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

    /** The next row's document, null after the last; a row that cannot be a document throws, naming it. */
    public Source next() throws InputException {
        Table.Row row = table.next();
        if (row == null) {
            return null;
        }
        String name = file + "#row-" + row.number();
        String loc = location + " row " + row.number();
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
            parts.add(new Origin.Part(cp, cp + n, s.role(), 0, row.number(), s.column(), label(s)));
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
        return switch (s.field()) {
            case URL -> "链接";
            case DATE -> "发布日期";
            case NUMBER -> "发文字号";
            case PUBLISHER -> "发文机关";
            case INFORCE -> "施行日期";
            case HISTORY -> "沿革";
            default -> s.column();
        };
    }

    @Override
    public void close() throws IOException {
        table.close();
    }

    private void closeQuietly() {
        try {
            table.close();
        } catch (IOException e) {
            // nothing was read
        }
    }
}
