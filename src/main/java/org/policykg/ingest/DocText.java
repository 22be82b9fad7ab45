package org.policykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The text of a legacy Word file (.doc, Word 97–2003) or a WPS Office file (.wps, the same OLE2
 * Word binary), through POI's HWPF: the main text's paragraphs and tables in order, written as
 * {@link DocxText} writes a .docx (a paragraph a line, a table row |cell|cell|), so the two read
 * alike. Field codes' instructions (HYPERLINK "…", PAGE) are left out, their results kept. This
 * extracted text is the original a .doc evidence's offsets count in.
 */
public final class DocText {
    private DocText() {
    }

    public static String text(Path file) throws InputException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); HWPFDocument doc = new HWPFDocument(in)) {
            Range body = doc.getRange();
            int n = body.numParagraphs();
            for (int i = 0; i < n; i++) {
                Paragraph p = body.getParagraph(i);
                if (p.isInTable()) {
                    Table t = body.getTable(p);
                    for (int r = 0; r < t.numRows(); r++) {
                        TableRow row = t.getRow(r);
                        StringBuilder b = new StringBuilder("|");
                        for (int c = 0; c < row.numCells(); c++) {
                            TableCell cell = row.getCell(c);
                            b.append(clean(cell.text()).replaceAll("[\\n|]+", " ").strip()).append('|');
                        }
                        lines.add(b.toString());
                    }
                    i += t.numParagraphs() - 1;
                } else {
                    lines.add(clean(p.text()).replace("\n", " ").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(file.toString(), "unreadable legacy Word (.doc/.wps) file: " + e.getMessage(), e);
        }
        return String.join("\n", lines);
    }

    /** A range's text without Word's control marks and field instructions. */
    private static String clean(String s) {
        return Range.stripFields(s)
                .replace('\r', '\n').replace('\u000b', '\n') // paragraph end, manual line break
                .replace("\u0007", "") // cell and row end
                .replace("\u000c", "") // page break
                .replaceAll("[\\u0001-\\u0006\\u0008\\u000e-\\u001f]", ""); // objects, footnote marks
    }

    static Source source(Path file, String sha256) throws InputException {
        String text = text(file);
        if (text.isBlank()) {
            throw new InputException(file.toString(), "legacy Word file without text");
        }
        String name = file.getFileName().toString();
        return new Source(name, name, file.toString(), text, sha256, "DOC text", new Origin(Format.DOC, List.of()));
    }
}
