package org.policykg.ingest;

import jakarta.json.JsonArray;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one file into a {@link Source}, or a table of documents into a source per row. The form is
 * told from the content, the name only breaking a tie: a PDF and an Office file by their first
 * bytes (a ZIP holding word/document.xml, OFD.xml or xl/workbook.xml; an OLE2 container holding a
 * WordDocument stream is a legacy .doc or a WPS .wps, read; one holding a Workbook stream is a
 * legacy .xls table; an encrypted Office file is refused with the reason), an RTF file by its
 * opening <code>{\rtf</code> whatever its name (portals serve them as .doc), JSON Lines and a JSON
 * array of flat records by their shape, a JavaScript data file by its wrapper ({@link JsData}), a CSV or TSV by its extension or by a header naming a text column.
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
    public enum Kind { DOCUMENT, CSV, TSV, JSON_LINES, JSON_ARRAY, XLSX, XLS, JS }

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
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (startsWith(head, OLE2)) {
            return ole2Workbook(path, name) ? Kind.XLS : Kind.DOCUMENT;
        }
        if (startsWith(head, PDF) || RtfText.isRtf(head)) {
            return Kind.DOCUMENT;
        }
        String text = Tables.headText(head);
        if (text == null) {
            return Kind.DOCUMENT;
        }
        String lead = text.stripLeading();
        if (JsData.opens(lead)) {
            try {
                return JsData.records(path, maxBytes) != null ? Kind.JS : Kind.DOCUMENT;
            } catch (InputException e) {
                return Kind.DOCUMENT; // read() says why
            }
        }
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
        if (kind == Kind.XLSX || kind == Kind.XLS) {
            List<String> names = kind == Kind.XLSX ? XlsxTable.sheetNames(path) : XlsTable.sheetNames(path);
            List<RowSources.Part> sheets = new java.util.ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                int k = i;
                sheets.add(new RowSources.Part(k + 1, names.get(k), () -> openTable(path, kind, k + 1)));
            }
            if (sheets.isEmpty()) {
                throw new InputException(loc, "Excel workbook without sheets");
            }
            return new RowSources(file, loc, sheets, columns);
        }
        return new RowSources(file, loc, List.of(new RowSources.Part(0, null, () -> openTable(path, kind))), columns);
    }

    /** A table's rows as written, every column (a workbook's first sheet). */
    Table openTable(Path path, Kind kind) throws InputException {
        return openTable(path, kind, 1);
    }

    /** A table's rows as written, every column; {@code sheet} (from 1) names a workbook's sheet. */
    Table openTable(Path path, Kind kind, int sheet) throws InputException {
        String loc = path.toString();
        return switch (kind) {
            case XLSX -> new XlsxTable(path, sheet - 1);
            case XLS -> new XlsTable(path, sheet - 1);
            case CSV -> new CsvTable(loc, Tables.reader(path), ',');
            case TSV -> new CsvTable(loc, Tables.reader(path), '\t');
            case JSON_LINES -> new JsonTable(loc, new java.io.BufferedReader(Tables.reader(path)));
            case JSON_ARRAY -> new JsonTable(loc, Tables.array(path));
            case JS -> {
                JsonArray records = JsData.records(path, maxBytes);
                if (records == null) {
                    throw new InputException(loc, "JavaScript data that holds no list of records");
                }
                yield new JsonTable(loc, records);
            }
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
                head = in.readNBytes(64);
            }
            boolean pdf = startsWith(head, PDF);
            boolean zip = startsWith(head, ZIP);
            boolean ole2 = startsWith(head, OLE2);
            // RTF carries its pictures as hex: its text is a small part of its bytes, as in a .doc.
            if (RtfText.isRtf(head) && size <= maxBytes * BINARY_FACTOR) {
                byte[] all = Files.readAllBytes(path);
                return RtfText.source(path, all, Decoder.sha256(all));
            }
            if (ole2 && size <= maxBytes * BINARY_FACTOR) {
                String why = ole2(path);
                if (why != null) {
                    throw new InputException(loc, why);
                }
                return DocText.source(path, Decoder.sha256(Files.readAllBytes(path)));
            }
            if ((pdf || zip) && size <= maxBytes * BINARY_FACTOR) {
                if (pdf) {
                    return PdfText.source(path, Decoder.sha256(Files.readAllBytes(path)));
                }
                String entries = zipEntries(path);
                if (entries == null) {
                    throw new InputException(loc, zipNamesEntry(path, "OFD.xml")
                            ? "unreadable OFD file (a broken or truncated ZIP archive)"
                            : "unreadable ZIP archive (broken or truncated)");
                }
                if (entries.contains("\nword/document.xml\n")) {
                    return DocxText.source(path, Decoder.sha256(Files.readAllBytes(path)));
                }
                if (entries.contains("\nOFD.xml\n")) {
                    return OfdText.source(path, Decoder.sha256(Files.readAllBytes(path)));
                }
                throw new InputException(loc, entries.contains("\nxl/workbook.xml\n")
                        ? "an Excel workbook is a table of documents (read with extract or serve)"
                        : "a ZIP archive that is neither a Word (.docx), an OFD nor an Excel (.xlsx) file");
            }
            if (size > maxBytes * ((pdf || zip || ole2 || RtfText.isRtf(head)) ? BINARY_FACTOR : 1)) {
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
        Decoder.Decoded d;
        try {
            d = Decoder.decode(loc, bytes);
        } catch (InputException e) {
            String form = binaryForm(path);
            throw form == null ? e : new InputException(loc, "not " + form + ": " + e.getMessage(), e);
        }
        if (d.text().isBlank()) {
            throw new InputException(loc, "empty file (whitespace only)");
        }
        return new Source(path.getFileName().toString(), loc, d.text(), Decoder.sha256(bytes), d.encoding());
    }

    /** The form a binary file's name promises, for a file whose bytes are not that form; null for other names. */
    private static String binaryForm(Path path) {
        String n = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String ext = n.substring(n.lastIndexOf('.') + 1);
        return switch (ext) {
            case "doc", "wps" -> "a legacy Word (.doc/.wps) file, whose bytes open with an OLE2 header";
            case "docx", "xlsx", "ofd" -> "a ." + ext + " file, which is a ZIP archive";
            case "pdf" -> "a PDF, whose bytes open with %PDF-";
            default -> null;
        };
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

    /** The names of a ZIP's entries, each between line breaks; null when the archive cannot be opened. */
    private static String zipEntries(Path path) {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(path.toFile())) {
            StringBuilder b = new StringBuilder("\n");
            z.stream().forEach(e -> b.append(e.getName()).append('\n'));
            return b.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether a ZIP that cannot be opened whole (a truncated download) names an entry in its local headers. */
    private static boolean zipNamesEntry(Path path, String name) {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(path))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            // what was read before the break is all there is
        }
        return false;
    }

    /**
     * Why an OLE2 container is not read, or null for a Word binary (.doc, and .wps, which WPS Office
     * writes in the same format): Office keeps an encrypted .docx/.xlsx in one, and legacy .xls is one.
     */
    private static String ole2(Path path) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(path.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                return "encrypted Office file: it needs a password to open";
            }
            if (fs.getRoot().hasEntry("WordDocument")) {
                return null;
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return "a legacy Excel workbook (.xls) is a table of documents (read with extract or serve)";
            }
        } catch (IOException | RuntimeException e) {
            return "unreadable Office container (a broken or truncated OLE2 file): " + e.getMessage();
        }
        return "an OLE2 container that is neither a Word document (.doc/.wps) nor an Excel workbook (.xls): not read";
    }

    /**
     * Whether an OLE2 container is a legacy Excel workbook (a Workbook stream, BIFF8, or Excel 95's
     * Book), or one named .xls that cannot be opened: the workbook reader then says why.
     */
    private static boolean ole2Workbook(Path path, String name) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(path.toFile(), true)) {
            return !fs.getRoot().hasEntry("EncryptedPackage")
                    && (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book"));
        } catch (IOException | RuntimeException e) {
            return name.endsWith(".xls");
        }
    }
}
