package org.policykg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

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
            PageTexts strip = new PageTexts();
            // Position order: a drafting tool's PDF may draw a page's header after its body.
            strip.setSortByPosition(true);
            strip.setLineSeparator("\n");
            strip.setPageEnd("\n");
            return strip.pages(doc);
        } catch (InvalidPasswordException e) {
            throw new InputException(loc, "encrypted PDF: it needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            throw new InputException(loc, "unreadable PDF: " + e.getMessage(), e);
        }
    }

    /**
     * PDFBox's text stripper run once over the document, each page's text cut where its end was
     * written (a call per page walked the page tree and reset the engine again for every page),
     * and with PDFBox's check for text drawn twice replaced by {@link DrawnTwice}, the same rule
     * without a sorted map's views and iterators for every glyph.
     */
    private static final class PageTexts extends PDFTextStripper {
        private final StringWriter out = new StringWriter();
        /** Where each page's text ends in {@link #out}, by page number (1-based); a page without contents writes nothing. */
        private final Map<Integer, Integer> ends = new HashMap<>();
        private final DrawnTwice drawn = new DrawnTwice();
        /** Mirrors the stripper's own ActualText state, under which PDFBox does not look for text drawn twice. */
        private final Deque<Boolean> marked = new ArrayDeque<>();
        private boolean actualText;

        PageTexts() throws IOException {
            setSuppressDuplicateOverlappingText(false);
        }

        List<String> pages(PDDocument doc) throws IOException {
            writeText(doc, out);
            String all = out.toString();
            List<String> pages = new ArrayList<>(doc.getNumberOfPages());
            int from = 0;
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                Integer end = ends.get(i);
                if (end == null) {
                    pages.add("");
                    continue;
                }
                pages.add(all.substring(from, end).replace("\r\n", "\n").replace('\r', '\n'));
                from = end;
            }
            return pages;
        }

        @Override
        protected void startPage(PDPage page) {
            drawn.nextPage();
        }

        @Override
        protected void endPage(PDPage page) {
            ends.put(getCurrentPageNo(), out.getBuffer().length());
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            actualText = PDMarkedContent.create(tag, properties).getActualText() != null;
            marked.push(actualText);
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            Boolean wasActual = marked.poll();
            if (wasActual != null && wasActual) {
                actualText = false;
            }
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!actualText && drawn.again(text.getUnicode(), text.getX(), text.getY(), text.getWidth())) {
                return;
            }
            super.processTextPosition(text);
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
