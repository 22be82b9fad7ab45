package org.policykg.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one file into a {@link Source}, or a table of documents into a source per row. The form is
 * told from the content, the name only breaking a tie: a PDF and an Office file by their first
 * bytes (a ZIP holding word/document.xml or xl/workbook.xml; an OLE2 container is an encrypted
 * Office file or a legacy .doc/.xls, refused with the reason), JSON Lines and a JSON array of flat
 * records by their shape, a CSV or TSV by its extension or by a header naming a text column.
 */
public final class SourceReader {
    /** Policy texts are tens of KB; a file far beyond this is not one document. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private final long maxBytes;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** What a file holds: one document, or a table of them. */
    public enum Kind { DOCUMENT, CSV, TSV, JSON_LINES, JSON_ARRAY, XLSX }

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** How far a file is looked into to tell its form. */
    private static final int HEAD = 8192;
    /** PDF and Word files carry fonts and images: their text is a small part of their bytes. */
    private static final int BINARY_FACTOR = 8;

    /** The form of a file, from its first bytes (and, for CSV/TSV, its name); DOCUMENT when it cannot be read. */
    public Kind kind(Path path) {
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD);
        } catch (IOException | RuntimeException e) {
            return Kind.DOCUMENT; // read() says why
        }
        if (startsWith(head, ZIP)) {
            return zipHolds(path, "xl/workbook.xml") ? Kind.XLSX : Kind.DOCUMENT;
        }
        if (startsWith(head, PDF) || startsWith(head, OLE2)) {
            return Kind.DOCUMENT;
        }
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String text = Tables.headText(head);
        if (text == null) {
            return Kind.DOCUMENT;
        }
        String lead = text.stripLeading();
        if (lead.startsWith("[") && Tables.isArrayOfRecords(path, maxBytes)) {
            return Kind.JSON_ARRAY;
        }
        if (Tables.isJsonLines(lead) || (lead.startsWith("{") && (name.endsWith(".jsonl") || name.endsWith(".ndjson")))) {
            return Kind.JSON_LINES;
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return Kind.TSV;
        }
        if (name.endsWith(".csv")) {
            return Kind.CSV;
        }
        if (lead.startsWith("{") || lead.startsWith("[") || lead.startsWith("<")) {
            return Kind.DOCUMENT;
        }
        return switch (Tables.headerDelimiter(text)) {
            case ',' -> Kind.CSV;
            case '\t' -> Kind.TSV;
            default -> Kind.DOCUMENT;
        };
    }

    /** A table's documents, a row at a time. */
    public RowSources table(Path path, Kind kind, Columns columns) throws InputException {
        String loc = path.toString();
        String file = path.getFileName().toString();
        if (!Files.isReadable(path)) {
            throw new InputException(loc, Files.exists(path) ? "unreadable: permission denied" : "no such file");
        }
        return new RowSources(file, loc, openTable(path, kind), columns);
    }

    /** A table's rows as written, every column. */
    Table openTable(Path path, Kind kind) throws InputException {
        String loc = path.toString();
        return switch (kind) {
            case XLSX -> new XlsxTable(path);
            case CSV -> new CsvTable(loc, Tables.reader(path), ',');
            case TSV -> new CsvTable(loc, Tables.reader(path), '\t');
            case JSON_LINES -> new JsonTable(loc, new java.io.BufferedReader(Tables.reader(path)));
            case JSON_ARRAY -> new JsonTable(loc, Tables.array(path));
            case DOCUMENT -> throw new IllegalArgumentException("not a table: " + path);
        };
    }

    public Source read(Path path) throws InputException {
        String loc = path.toString();
        if (!Files.exists(path)) {
            throw new InputException(loc, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    ? "unreadable: broken symbolic link" : "no such file");
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(loc, "not a regular file");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            byte[] head;
            try (java.io.InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(OLE2.length);
            }
            boolean pdf = startsWith(head, PDF);
            boolean zip = startsWith(head, ZIP);
            if (startsWith(head, OLE2)) {
                throw new InputException(loc, ole2(path));
            }
            if ((pdf || zip) && size <= maxBytes * BINARY_FACTOR) {
                if (pdf) {
                    return PdfText.source(path, Decoder.sha256(Files.readAllBytes(path)));
                }
                if (zipHolds(path, "word/document.xml")) {
                    return DocxText.source(path, Decoder.sha256(Files.readAllBytes(path)));
                }
                throw new InputException(loc, zipHolds(path, "xl/workbook.xml")
                        ? "an Excel workbook is a table of documents (read with extract or serve)"
                        : "a ZIP archive that is neither a Word (.docx) nor an Excel (.xlsx) file");
            }
            if (size > maxBytes * ((pdf || zip) ? BINARY_FACTOR : 1)) {
                throw new InputException(loc, "file too large (" + size + " bytes; the limit is " + maxBytes
                        + " bytes, see --max-bytes)");
            }
            bytes = Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw new InputException(loc, "unreadable: permission denied", e);
        } catch (NoSuchFileException e) {
            throw new InputException(loc, "no such file", e);
        } catch (IOException e) {
            throw new InputException(loc, "unreadable: " + e.getMessage(), e);
        }
        Decoder.Decoded d = Decoder.decode(loc, bytes);
        if (d.text().isBlank()) {
            throw new InputException(loc, "empty file (whitespace only)");
        }
        return new Source(path.getFileName().toString(), loc, d.text(), Decoder.sha256(bytes), d.encoding());
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean zipHolds(Path path, String entry) {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(path.toFile())) {
            return z.getEntry(entry) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Why an OLE2 container is not read: Office keeps an encrypted .docx/.xlsx in one, and legacy .doc/.xls/.wps are one. */
    private static String ole2(Path path) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(path.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                return "encrypted Office file: it needs a password to open";
            }
            if (fs.getRoot().hasEntry("WordDocument")) {
                return "legacy Word (.doc/.wps) file: not read; save it as .docx";
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return "legacy Excel (.xls) file: not read; save it as .xlsx";
            }
        } catch (IOException | RuntimeException e) {
            return "unreadable Office container: " + e.getMessage();
        }
        return "an OLE2 container (an old Office format) that is not read";
    }
}
