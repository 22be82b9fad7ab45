package org.policykg.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A table of documents read a row at a time (CSV, TSV, JSON Lines, a JSON array of records, an
 * XLSX or XLS sheet): the header, then each row's cells, so a table of any length takes the memory of
 * one row.
 */
public interface Table extends Closeable {
    /** The column names as the header writes them (for JSON records, the keys in first-seen order). */
    List<String> header();

    /** Whether the table has no rows at all (a workbook's unused Sheet2): passed over, not an error, in a workbook. */
    default boolean isEmpty() {
        return false;
    }

    /** The next row, or null after the last; a row that cannot be read throws, and the rows after it still come. */
    Row next() throws InputException;

    @Override
    void close() throws IOException;

    /**
     * One row.
     *
     * @param number the record's 1-based number in the file, the header counted (CSV, XLSX: the
     *               spreadsheet's row; JSON Lines: the line; JSON array: the element)
     * @param cells  values by column name, in the header's order; a missing cell is absent
     */
    record Row(int number, java.util.Map<String, String> cells) {
        public Row {
            Objects.requireNonNull(cells);
        }
    }
}
