package org.policykg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The original an evidence's offsets count in, read again from the file: the decoded text of a
 * text file, the extracted text of a Word file (.docx, .doc, .wps), a PDF's or an OFD file's page's extracted text (with the pages after
 * it, for a span that runs on), a table's cell. What the source view shows and the tests check
 * quotes against.
 */
public final class Originals {
    private Originals() {
    }

    /** A PDF's or an OFD file's pages' texts, from page {@code page} (1-based) on: the first is the page's own text. */
    public static List<String> pagesFrom(Path file, int page) throws InputException {
        boolean pdf = isPdf(file);
        List<String> pages = pdf ? PdfText.pages(file) : OfdText.pages(file);
        if (page < 1 || page > pages.size()) {
            throw new InputException(file.toString(), "no page " + page + " (the " + (pdf ? "PDF" : "OFD file")
                    + " has " + pages.size() + ")");
        }
        return pages.subList(page - 1, pages.size());
    }

    /** The cell of a table at record {@code row} (as pol:row counts) and {@code column}, or null if the row has none. */
    public static String cell(Path file, int row, String column) throws InputException {
        return cell(file, 1, row, column);
    }

    /** The cell of a workbook's sheet {@code sheet} (from 1, as pol:sheet counts; 1 for a table that is not a workbook). */
    public static String cell(Path file, int sheet, int row, String column) throws InputException {
        SourceReader reader = new SourceReader();
        SourceReader.Kind kind = reader.kind(file);
        if (kind == SourceReader.Kind.DOCUMENT) {
            throw new InputException(file.toString(), "not a table of documents");
        }
        if (sheet != 1 && kind != SourceReader.Kind.XLSX && kind != SourceReader.Kind.XLS) {
            throw new InputException(file.toString(), "no sheet " + sheet + ": not a workbook");
        }
        try (Table t = reader.openTable(file, kind, sheet)) {
            for (Table.Row r = nextReadable(t); r != null; r = nextReadable(t)) {
                if (r.number() == row) {
                    return r.cells().get(column);
                }
                if (r.number() > row) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "unreadable: " + e.getMessage(), e);
        }
        return null;
    }

    private static Table.Row nextReadable(Table t) throws InputException {
        while (true) {
            try {
                return t.next();
            } catch (InputException e) {
                if (!e.file().matches(".* row \\d+")) {
                    throw e; // the table itself broke, not one record
                }
            }
        }
    }

    /** The whole text of a file that is one document (a Word file's extracted text, a text file decoded). */
    public static String text(Path file) throws InputException {
        Source s = new SourceReader().read(file);
        if (s.origin() != null && (s.origin().format() == Format.PDF || s.origin().format() == Format.OFD)) {
            throw new InputException(file.toString(), "a paged file's offsets count in a page: give the page");
        }
        return s.text();
    }

    /**
     * The charset a text file was decoded from when it is not UTF-8 (GB18030, Big5-HKSCS, UTF-16 …),
     * for the source view to say; null for UTF-8 and for forms whose text is extracted (PDF, Word, RTF).
     */
    public static String legacyCharset(Path file) throws InputException {
        Source s = new SourceReader().read(file);
        return s.origin() != null || s.encoding().startsWith("UTF-8") ? null : s.encoding();
    }

    /** Whether a file is paged (a PDF, or an OFD file): its evidence names a page. */
    public static boolean isPaged(Path file) {
        if (isPdf(file)) {
            return true;
        }
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
            return z.getEntry("OFD.xml") != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether a file's bytes are a PDF. */
    public static boolean isPdf(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(5);
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
        } catch (IOException e) {
            return false;
        }
    }
}
