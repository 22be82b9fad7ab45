package org.policykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * One sheet of a legacy Excel workbook (.xls, BIFF8 in an OLE2 container), read as {@link XlsxTable}
 * reads an XLSX sheet: its first row the header, cells as Excel shows them (a formula's saved
 * result, not the formula), rows handed out one at a time. The workbook stream is read record by
 * record (POI's {@link RecordFactoryInputStream}, what HSSF's event API runs on), so only one row's
 * cells are held, besides what the format keeps before the sheets: the shared strings table (every
 * distinct string of the workbook) and the number formats.
 */
final class XlsTable implements Table {
    private final String location;
    private final POIFSFileSystem fs;
    private final RecordFactoryInputStream records;
    private final List<String> header = new ArrayList<>();
    private final DataFormatter format = new DataFormatter();
    /** Number formats by cell style, as the workbook declares them before its sheets. */
    private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(null);
    private final boolean empty;
    private SSTRecord strings;
    private boolean date1904;
    /** Nesting of BOF…EOF: 1 in the sheet, 2 in a chart drawn on it; 0 after the sheet's end. */
    private int depth;
    /** A record read ahead: the first cell of the next row. */
    private Record ahead;

    /** A row's shown cells by column index, blank cells absent. */
    private record Shown(int row, TreeMap<Integer, String> cells) {
    }

    /** Sheet {@code sheet} (from 0, in the workbook's order); a sheet without rows has an empty header. */
    XlsTable(Path file, int sheet) throws InputException {
        this.location = file.toString();
        this.fs = open(file);
        boolean ok = false;
        try {
            this.records = records(fs, location);
            List<BoundSheetRecord> sheets = globals();
            if (sheet >= sheets.size()) {
                throw new InputException(location, "no sheet " + (sheet + 1) + " (the workbook has " + sheets.size() + ")");
            }
            seek(sheets, sheet);
            Shown first = nextShown();
            this.empty = first == null; // the header is the first row with a cell
            int last = first == null ? -1 : first.cells().lastKey();
            for (int i = 0; i <= last; i++) {
                header.add(first.cells().getOrDefault(i, "").strip());
            }
            ok = true;
        } catch (RuntimeException e) {
            throw unreadable(location, e);
        } finally {
            if (!ok) {
                closeQuietly(fs);
            }
        }
    }

    private static POIFSFileSystem open(Path file) throws InputException {
        try {
            return new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw unreadable(file.toString(), e);
        }
    }

    /** The workbook stream's records; an encrypted workbook or a BIFF5 one is refused with its reason. */
    private static RecordFactoryInputStream records(POIFSFileSystem fs, String location) throws InputException {
        try {
            InputStream in = fs.createDocumentInputStream(HSSFWorkbook.getWorkbookDirEntryName(fs.getRoot()));
            return new RecordFactoryInputStream(in, false);
        } catch (IOException | RuntimeException e) {
            throw unreadable(location, e);
        }
    }

    private static InputException unreadable(String location, Exception e) {
        if (e instanceof org.apache.poi.EncryptedDocumentException) {
            return new InputException(location, "encrypted Excel workbook (.xls): it needs a password to open", e);
        }
        if (e instanceof OldExcelFormatException) {
            return new InputException(location, "Excel 5.0/95 workbook (BIFF5): not read; save it as .xlsx", e);
        }
        return new InputException(location, "unreadable legacy Excel (.xls) file (broken or truncated): " + e.getMessage(), e);
    }

    /** Reads the workbook globals (up to their EOF): the sheets, the shared strings, the number formats. */
    private List<BoundSheetRecord> globals() throws InputException {
        List<BoundSheetRecord> sheets = new ArrayList<>();
        int level = 0;
        for (Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
            if (r instanceof BOFRecord) {
                level++;
            } else if (r instanceof EOFRecord && --level == 0) {
                return sheets;
            } else if (r instanceof BoundSheetRecord b) {
                sheets.add(b);
            } else if (r instanceof SSTRecord s) {
                strings = s;
            } else if (r instanceof DateWindow1904Record d) {
                date1904 = d.getWindowing() == 1;
            } else if (r instanceof FormatRecord || r instanceof ExtendedFormatRecord) {
                formats.processRecordInternally(r);
            }
        }
        throw new InputException(location, "unreadable legacy Excel (.xls) file (broken or truncated): the workbook's globals do not end");
    }

    /** Skips to the start of sheet {@code sheet}'s substream (substreams stand in the order of their offsets). */
    private void seek(List<BoundSheetRecord> sheets, int sheet) throws InputException {
        BoundSheetRecord[] byOffset = BoundSheetRecord.orderByBofPosition(sheets);
        int k = 0;
        while (byOffset[k] != sheets.get(sheet)) {
            k++;
        }
        int level = 0;
        int seen = 0;
        for (Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
            if (r instanceof BOFRecord) {
                if (level++ == 0 && seen++ == k) {
                    depth = 1;
                    return;
                }
            } else if (r instanceof EOFRecord) {
                level--;
            }
        }
        throw new InputException(location, "unreadable legacy Excel (.xls) file (broken or truncated): sheet "
                + (sheet + 1) + " is missing");
    }

    /** The next row of the sheet with a shown cell (a row kept only for its height or format is not a record); null at its end. */
    private Shown nextShown() {
        Shown row = null;
        while (depth > 0) {
            Record r = ahead != null ? ahead : records.nextRecord();
            ahead = null;
            if (r == null) {
                depth = 0;
                break;
            }
            if (r instanceof BOFRecord) {
                depth++;
                continue;
            }
            if (r instanceof EOFRecord) {
                depth--;
                continue;
            }
            if (depth > 1 || !(r instanceof CellValueRecordInterface c)) {
                continue; // a chart's records, or not a cell
            }
            String v = shown(r, c);
            if (v.isEmpty()) {
                continue;
            }
            if (row != null && c.getRow() != row.row()) {
                ahead = r;
                return row;
            }
            if (row == null) {
                row = new Shown(c.getRow(), new TreeMap<>());
            }
            row.cells().putIfAbsent((int) c.getColumn(), v);
        }
        return row;
    }

    /** A cell as Excel shows it (as POI's DataFormatter shows a usermodel cell); "" for a blank. */
    private String shown(Record r, CellValueRecordInterface c) {
        if (r instanceof LabelSSTRecord l) {
            return strings == null ? "" : strings.getString(l.getSSTIndex()).getString();
        }
        if (r instanceof LabelRecord l) {
            return l.getValue();
        }
        if (r instanceof NumberRecord n) {
            return number(c, n.getValue());
        }
        if (r instanceof BoolErrRecord b) {
            return b.isBoolean() ? (b.getBooleanValue() ? "TRUE" : "FALSE") : FormulaError.forInt(b.getErrorValue()).getString();
        }
        if (r instanceof FormulaRecord f) {
            CellType t = f.getCachedResultTypeEnum();
            return switch (t) {
                case NUMERIC -> number(c, f.getValue());
                case BOOLEAN -> f.getCachedBooleanValue() ? "TRUE" : "FALSE";
                case ERROR -> FormulaError.forInt(f.getCachedErrorValue()).getString();
                // A string result stands in the StringRecord that follows; an empty one has none.
                case STRING -> {
                    Record next = records.nextRecord();
                    if (next instanceof StringRecord s) {
                        yield s.getString();
                    }
                    ahead = next;
                    yield "";
                }
                default -> "";
            };
        }
        return "";
    }

    private String number(CellValueRecordInterface c, double v) {
        String f = formats.getFormatString(c);
        if (f == null || f.isBlank()) {
            return String.valueOf(v);
        }
        return format.formatRawCellContents(v, formats.getFormatIndex(c), f, date1904);
    }

    /** The names of a workbook's sheets, in its order. */
    static List<String> sheetNames(Path file) throws InputException {
        POIFSFileSystem fs = open(file);
        try {
            List<String> names = new ArrayList<>();
            RecordFactoryInputStream in = records(fs, file.toString());
            int level = 0;
            for (Record r = in.nextRecord(); r != null; r = in.nextRecord()) {
                if (r instanceof BOFRecord) {
                    level++;
                } else if (r instanceof EOFRecord && --level == 0) {
                    break;
                } else if (r instanceof BoundSheetRecord b) {
                    names.add(b.getSheetname());
                }
            }
            return names;
        } catch (RuntimeException e) {
            throw unreadable(file.toString(), e);
        } finally {
            closeQuietly(fs);
        }
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
    public Row next() throws InputException {
        if (empty) {
            return null;
        }
        Shown r;
        try {
            r = nextShown();
        } catch (RuntimeException e) {
            depth = 0; // the stream cannot be trusted after a broken record
            throw unreadable(location, e);
        }
        if (r == null) {
            return null;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        r.cells().forEach((col, v) -> {
            if (col < header.size() && !header.get(col).isEmpty()) {
                cells.putIfAbsent(header.get(col), v);
            }
        });
        return new Row(r.row() + 1, cells);
    }

    @Override
    public void close() throws IOException {
        fs.close();
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException e) {
            // read-only: nothing to save
        }
    }

    @Override
    public String toString() {
        return location;
    }
}
