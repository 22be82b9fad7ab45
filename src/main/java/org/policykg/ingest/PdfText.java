package org.policykg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, page by page, as PDFBox extracts it (lines in reading order, each
 * ending with a line break). This is the original that a PDF evidence's page and offsets count in:
 * the same file always gives the same pages.
 */
public final class PdfText {
    static {
        // Before any PDF is opened: fonts a PDF does not embed are not looked up on the system (see TextFonts).
        FontMappers.set(new TextFonts());
    }

    private PdfText() {
    }

    public static List<String> pages(Path file) throws InputException {
        String loc = file.toString();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper strip = new PDFTextStripper();
            // Position order: a drafting tool's PDF may draw a page's header after its body.
            strip.setSortByPosition(true);
            strip.setLineSeparator("\n");
            strip.setPageEnd("\n");
            List<String> pages = new ArrayList<>(doc.getNumberOfPages());
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                strip.setStartPage(i);
                strip.setEndPage(i);
                pages.add(strip.getText(doc).replace("\r\n", "\n").replace('\r', '\n'));
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new InputException(loc, "encrypted PDF: it needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            throw new InputException(loc, "unreadable PDF: " + e.getMessage(), e);
        }
    }

    /** A PDF as one source: the pages' texts one after another, each page a part of the origin. */
    static Source source(Path file, String sha256) throws InputException {
        return paged(file, sha256, pages(file), Format.PDF, "PDF text layer",
                "PDF without a text layer (a scan? text is not recognised from images)");
    }

    /** A paged file (PDF, OFD) as one source; {@code noText} is the reason when its pages hold no text. */
    static Source paged(Path file, String sha256, List<String> pages, Format format, String encoding, String noText)
            throws InputException {
        StringBuilder text = new StringBuilder();
        List<Origin.Part> parts = new ArrayList<>();
        int cp = 0;
        for (int i = 0; i < pages.size(); i++) {
            String p = pages.get(i);
            int n = p.codePointCount(0, p.length());
            parts.add(new Origin.Part(cp, cp + n, Origin.Role.PAGE, i + 1, 0, null, null));
            text.append(p);
            cp += n;
        }
        if (text.toString().isBlank()) {
            throw new InputException(file.toString(), noText);
        }
        String name = file.getFileName().toString();
        return new Source(name, name, file.toString(), text.toString(), sha256, encoding, new Origin(format, parts));
    }
}
