package org.policykg.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV or TSV, with a header row, read by Apache Commons CSV a record at a time. */
final class CsvTable implements Table {
    private final String location;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header = new ArrayList<>();
    private boolean broken;

    CsvTable(String location, Reader in, char delimiter) throws InputException {
        this.location = location;
        try {
            this.parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get().parse(in);
            this.records = parser.iterator();
            if (!records.hasNext()) {
                throw new InputException(location, "empty table (no header row)");
            }
            CSVRecord h = records.next();
            for (String name : h) {
                header.add(name.strip());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InputException(location, "unreadable table: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() throws InputException {
        CSVRecord r;
        try {
            if (broken || !records.hasNext()) {
                return null;
            }
            r = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            // A broken quote ends what can be read: the parser cannot find the next record's start.
            broken = true;
            throw new InputException(location, "unreadable table after record " + parser.getRecordNumber()
                    + ": " + e.getMessage(), e);
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < r.size() && i < header.size(); i++) {
            cells.putIfAbsent(header.get(i), r.get(i));
        }
        return new Row((int) r.getRecordNumber(), cells);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
