package org.policykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word (.docx) file: its body's paragraphs and tables in order, a paragraph a line,
 * a table row a line of cells between bars (|发文机关|…|成文日期|…|, as a field table is written in
 * Markdown), a cell's own line breaks and bars turned into spaces. This extracted text is the
 * original a Word evidence's offsets count in.
 */
public final class DocxText {
    private DocxText() {
    }

    public static String text(Path file) throws InputException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    lines.add(p.getText());
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow r : t.getRows()) {
                        StringBuilder b = new StringBuilder("|");
                        for (XWPFTableCell c : r.getTableCells()) {
                            b.append(c.getText().replaceAll("[\\r\\n|]+", " ").strip()).append('|');
                        }
                        lines.add(b.toString());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(file.toString(), "unreadable Word file: " + e.getMessage(), e);
        }
        return String.join("\n", lines).replace("\r\n", "\n").replace('\r', '\n');
    }

    static Source source(Path file, String sha256) throws InputException {
        String text = text(file);
        if (text.isBlank()) {
            throw new InputException(file.toString(), "Word file without text");
        }
        String name = file.getFileName().toString();
        return new Source(name, name, file.toString(), text, sha256, "DOCX text", new Origin(Format.DOCX, List.of()));
    }
}
