package org.policykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * One sheet of an XLSX workbook (the first unless told), its first row the header, read with POI's event API (SAX):
 * the sheet is never built as a tree. The parser pushes rows; a thread of its own hands them over
 * through a short queue, so a sheet of any length takes the memory of a few rows (and of the
 * workbook's shared strings, which the format keeps in one part).
 */
final class XlsxTable implements Table {
    private static final int QUEUE = 16;

    private sealed interface Item permits RowItem, End, Failure {
    }

    private record RowItem(int number, Map<Integer, String> cells) implements Item {
    }

    private record End() implements Item {
    }

    private record Failure(Exception e) implements Item {
    }

    private final String location;
    private final OPCPackage pkg;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread parser;
    private final List<String> header = new ArrayList<>();
    private boolean ended;

    /** The sheet's index in the workbook, from 0. */
    private final int sheet;
    private boolean empty;

    XlsxTable(Path file) throws InputException {
        this(file, 0);
    }

    /** Sheet {@code sheet} (from 0, in the workbook's order); a sheet without rows has an empty header. */
    XlsxTable(Path file, int sheet) throws InputException {
        this.location = file.toString();
        this.sheet = sheet;
        try {
            this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new InputException(location, "unreadable Excel file: " + e.getMessage(), e);
        }
        this.parser = new Thread(this::parse, "policykg-xlsx");
        parser.setDaemon(true);
        parser.start();
        Item first = take();
        if (!(first instanceof RowItem h)) {
            ended = true;
            if (first instanceof Failure f) {
                throw new InputException(location, "unreadable Excel file: " + f.e().getMessage(), f.e());
            }
            empty = true; // the caller says whether a sheet without rows is an error
            return;
        }
        int last = h.cells().isEmpty() ? -1 : ((TreeMap<Integer, String>) h.cells()).lastKey();
        for (int i = 0; i <= last; i++) {
            header.add(h.cells().getOrDefault(i, "").strip());
        }
    }

    private void parse() {
        try {
            XSSFReader r = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) r.getSheetsData();
            for (int skip = 0; skip < this.sheet && sheets.hasNext(); skip++) {
                sheets.next().close();
            }
            if (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    SAXParserFactory f = SAXParserFactory.newInstance();
                    f.setNamespaceAware(true);
                    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    XMLReader xml = f.newSAXParser().getXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(r.getStylesTable(), strings, new Rows(),
                            new DataFormatter(), false));
                    xml.parse(new InputSource(sheet));
                }
            }
            put(new End());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            try {
                put(new Failure(e));
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Item i) throws InterruptedException {
        queue.put(i);
    }

    /** Collects one row's cells by column index and queues it at the row's end. */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private TreeMap<Integer, String> cells;

        @Override
        public void startRow(int rowNum) {
            cells = new TreeMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                put(new RowItem(rowNum + 1, cells));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("closed");
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (ref != null && value != null) {
                cells.put((int) new CellReference(ref).getCol(), value);
            }
        }
    }

    private Item take() throws InputException {
        try {
            Item i = queue.poll(10, TimeUnit.MINUTES);
            if (i == null) {
                throw new InputException(location, "Excel sheet not read within 10 minutes");
            }
            return i;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(location, "interrupted", e);
        }
    }

    @Override
    public boolean isEmpty() {
        return empty;
    }

    /** The names of a workbook's sheets, in its order. */
    static List<String> sheetNames(Path file) throws InputException {
        OPCPackage p;
        try {
            p = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new InputException(file.toString(), "unreadable Excel file: " + e.getMessage(), e);
        }
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) new XSSFReader(p).getSheetsData();
            List<String> names = new ArrayList<>();
            while (it.hasNext()) {
                it.next().close();
                names.add(it.getSheetName());
            }
            return names;
        } catch (Exception e) {
            throw new InputException(file.toString(), "unreadable Excel file: " + e.getMessage(), e);
        } finally {
            p.revert();
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() throws InputException {
        if (ended) {
            return null;
        }
        Item i = take();
        if (i instanceof RowItem r) {
            Map<String, String> cells = new LinkedHashMap<>();
            r.cells().forEach((col, v) -> {
                if (col < header.size() && !header.get(col).isEmpty()) {
                    cells.putIfAbsent(header.get(col), v);
                }
            });
            return new Row(r.number(), cells);
        }
        ended = true;
        if (i instanceof Failure f) {
            throw new InputException(location, "unreadable Excel sheet: " + f.e().getMessage(), f.e());
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        parser.interrupt();
        pkg.revert();
    }
}
