package org.policykg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet of a legacy Excel workbook (.xls, BIFF8 in an OLE2 container), read with POI's HSSF as
 * {@link XlsxTable} reads an XLSX sheet: its first row the header, cells as Excel shows them (a
 * formula's saved result, not the formula). The format holds at most 65,536 rows a sheet, so the
 * workbook is read whole; the rows are handed out one at a time like any table's.
 */
final class XlsTable implements Table {
    private final String location;
    private final HSSFWorkbook book;
    private final Iterator<org.apache.poi.ss.usermodel.Row> rows;
    private final List<String> header = new ArrayList<>();
    private final DataFormatter format = new DataFormatter();
    private final boolean empty;

    /** Sheet {@code sheet} (from 0, in the workbook's order); a sheet without rows has an empty header. */
    XlsTable(Path file, int sheet) throws InputException {
        this.location = file.toString();
        this.book = open(file);
        format.setUseCachedValuesForFormulaCells(true);
        if (sheet >= book.getNumberOfSheets()) {
            close(book);
            throw new InputException(location, "no sheet " + (sheet + 1) + " (the workbook has " + book.getNumberOfSheets() + ")");
        }
        Sheet s = book.getSheetAt(sheet);
        this.rows = s.rowIterator();
        Map<Integer, String> first = Map.of();
        while (first.isEmpty() && rows.hasNext()) {
            first = cells(rows.next()); // the header is the first row with a cell
        }
        this.empty = first.isEmpty();
        int last = first.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (int i = 0; i <= last; i++) {
            header.add(first.getOrDefault(i, "").strip());
        }
    }

    private static HSSFWorkbook open(Path file) throws InputException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return new HSSFWorkbook(fs.getRoot(), false);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new InputException(file.toString(), "encrypted Excel workbook (.xls): it needs a password to open", e);
        } catch (OldExcelFormatException e) {
            throw new InputException(file.toString(), "Excel 5.0/95 workbook (BIFF5): not read; save it as .xlsx", e);
        } catch (IOException | RuntimeException e) {
            throw new InputException(file.toString(), "unreadable legacy Excel (.xls) file (broken or truncated): "
                    + e.getMessage(), e);
        }
    }

    /** The names of a workbook's sheets, in its order. */
    static List<String> sheetNames(Path file) throws InputException {
        HSSFWorkbook b = open(file);
        try {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < b.getNumberOfSheets(); i++) {
                names.add(b.getSheetName(i));
            }
            return names;
        } finally {
            close(b);
        }
    }

    /** A row's shown cells by column index; blank cells are absent. */
    private Map<Integer, String> cells(org.apache.poi.ss.usermodel.Row r) {
        Map<Integer, String> out = new java.util.TreeMap<>();
        for (Cell c : r) {
            String v = format.formatCellValue(c);
            if (!v.isEmpty()) {
                out.put(c.getColumnIndex(), v);
            }
        }
        return out;
    }

    @Override
    public boolean isEmpty() {
        return empty;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() {
        if (empty || !rows.hasNext()) {
            return null;
        }
        org.apache.poi.ss.usermodel.Row r = rows.next();
        Map<Integer, String> shown = cells(r);
        // A row kept only for its height or format (common in .xls) is not a record.
        while (shown.isEmpty() && rows.hasNext()) {
            r = rows.next();
            shown = cells(r);
        }
        if (shown.isEmpty()) {
            return null;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        shown.forEach((col, v) -> {
            if (col < header.size() && !header.get(col).isEmpty()) {
                cells.putIfAbsent(header.get(col), v);
            }
        });
        return new Row(r.getRowNum() + 1, cells);
    }

    @Override
    public void close() throws IOException {
        book.close();
    }

    private static void close(HSSFWorkbook b) {
        try {
            b.close();
        } catch (IOException e) {
            // read-only: nothing to save
        }
    }

    @Override
    public String toString() {
        return location;
    }
}
