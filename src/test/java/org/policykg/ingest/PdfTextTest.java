package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.FormFiles;

/** A PDF's text layer page by page: one pass of PDFBox's stripper, text drawn twice read once. */
class PdfTextTest {
    private static final String TITLE = "青岚市数据局关于印发公共数据开发利用行动方案的通知";
    private static final String BODY = "到2027年，开放数据集达到1500个……其中的的确确有重复的字。";

    @TempDir
    Path dir;

    @Test
    void aHeadingDrawnTwiceIsReadOnce() throws Exception {
        assumeTrue(FormFiles.canWritePdf() || System.getenv("POLICYKG_REQUIRE_TOOLS") != null, "fonts-noto-cjk missing");
        Path pdf = dir.resolve("bold.pdf");
        FormFiles.pdf(pdf, List.of(List.of(TITLE, BODY, "— 1 —"), List.of("一、主要目标", BODY, "— 2 —")), null,
                Set.of(TITLE, "一、主要目标"));
        assertEquals(List.of(TITLE + "\n" + BODY + "\n— 1 —\n", "一、主要目标\n" + BODY + "\n— 2 —\n"), PdfText.pages(pdf));
        // Without the check the layer has the heading twice over: the case is real, not vacuous.
        assertTrue(strippedByPdfBox(pdf, false).get(0).contains("青青岚岚"), strippedByPdfBox(pdf, false).get(0));
    }

    @Test
    void pagesAreThoseOfPdfBoxsOwnStripperPageByPage() throws Exception {
        assumeTrue(FormFiles.canWritePdf() || System.getenv("POLICYKG_REQUIRE_TOOLS") != null, "fonts-noto-cjk missing");
        Path plain = dir.resolve("plain.pdf");
        Path bold = dir.resolve("bold.pdf");
        List<List<String>> pages = List.of(List.of(TITLE, BODY, BODY, "— 1 —"), List.of("二、重点任务", "……………………", "— 2 —"),
                List.of("的的的的的的", "1 1 1 1", "— 3 —"));
        FormFiles.pdf(plain, pages, null);
        FormFiles.pdf(bold, pages, null, Set.of(TITLE, "二、重点任务", "的的的的的的"));
        for (Path p : List.of(plain, bold)) {
            assertEquals(strippedByPdfBox(p, true), PdfText.pages(p), p.toString());
        }
    }

    @Test
    void aPageWithoutContentsIsAnEmptyPage() throws Exception {
        Path pdf = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                if (i == 1) {
                    continue; // a blank page between two printed ones
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(helvetica, 12);
                    cs.newLineAtOffset(60, 780);
                    cs.showText("Page " + (i + 1));
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertFalse(doc.getPage(1).getCOSObject().containsKey(COSName.CONTENTS));
        }
        assertEquals(List.of("Page 1\n", "", "Page 3\n"), PdfText.pages(pdf));
        assertEquals(strippedByPdfBox(pdf, true), PdfText.pages(pdf));
    }

    @Test
    void theBenchAndTestPdfsNameOneFontObjectOnEveryPage() throws Exception {
        assumeTrue(FormFiles.canWritePdf() || System.getenv("POLICYKG_REQUIRE_TOOLS") != null, "fonts-noto-cjk missing");
        Path pdf = dir.resolve("shared.pdf");
        FormFiles.pdf(pdf, List.of(List.of(TITLE), List.of(BODY), List.of("— 3 —")), null);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Object> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                fonts.add(page.getResources().getFont(COSName.getPDFName("F1")));
            }
            // One indirect object, so PDFBox reads the font and its ToUnicode map once, as for a drafting tool's PDF.
            assertSame(fonts.get(0), fonts.get(1));
            assertSame(fonts.get(0), fonts.get(2));
        }
    }

    @Test
    void theRuleIsPdfBoxs() {
        DrawnTwice d = new DrawnTwice();
        assertFalse(d.again("青", 100f, 700f, 12f));
        assertTrue(d.again("青", 100.3f, 700f, 12f), "0.3 pt over: drawn twice");
        assertFalse(d.again("岚", 100.3f, 700f, 12f), "another text at the same place is kept");
        // The earlier glyph is looked for from the new one's x less a third of its width (inclusive) to x plus a third (exclusive).
        assertTrue(d.again("青", 104.0f, 700f, 12f), "a third of the width to the right: the earlier glyph is at the range's start");
        assertFalse(d.again("青", 96.0f, 700f, 12f), "a third of the width to the left: the earlier glyph is at the range's end");
        assertFalse(d.again("青", 112f, 700f, 12f), "the next character's place is another glyph");
        assertFalse(d.again("青", 100f, 716f, 12f), "the next line is another glyph");
        d.nextPage();
        assertFalse(d.again("青", 100f, 700f, 12f), "a new page remembers nothing");
        assertFalse(d.again("AB", 50f, 700f, 12f));
        assertTrue(d.again("AB", 51.9f, 700f, 12f), "a glyph of two characters (a ligature) is looked for within a third of one character's width (2 pt)");
        assertFalse(d.again("AB", 54f, 700f, 12f), "two characters of it are a glyph's width apart: 4 pt is beyond 2");
    }

    @Test
    void aPageDrawnBottomUpIsSearchedThroughAndOneDrawnTopDownByItsLines() {
        DrawnTwice d = new DrawnTwice();
        for (float y : new float[] {100f, 200f, 300f, 400f}) {
            assertFalse(d.again("的", 100f, y, 12f));
        }
        assertTrue(d.again("的", 100.3f, 200.2f, 12f), "an earlier line's glyph, found among the points in y order");
        assertFalse(d.again("的", 100.3f, 250f, 12f), "between two lines");
        assertFalse(d.again("的", 100f, 50f, 12f), "a running head drawn after the body, above it");
        assertTrue(d.again("的", 100.3f, 300.1f, 12f), "found by a search through all the points");
        assertTrue(d.again("的", 99.8f, 50f, 12f));
        assertFalse(d.again("的", 100f, 500f, 12f));
        d.nextPage();
        assertFalse(d.again("的", 100.3f, 300.1f, 12f), "the next page starts again in y order, with no points");
        assertTrue(d.again("的", 100f, 300f, 12f));
    }

    @Test
    void theSameGlyphsAreLeftOutAsByPdfBoxsSortedMaps() {
        java.util.Random r = new java.util.Random(20261204);
        for (int round = 0; round < 200; round++) {
            DrawnTwice d = new DrawnTwice();
            java.util.Map<String, java.util.TreeMap<Float, java.util.TreeSet<Float>>> pdfBox = new java.util.HashMap<>();
            for (int g = 0; g < 300; g++) {
                if (r.nextInt(100) == 0) {
                    d.nextPage();
                    pdfBox.clear();
                }
                String text = List.of("的", "，", "数", "AB", "").get(r.nextInt(5));
                // Lines mostly top to bottom, at times one above (a running head drawn last), glyphs on a grid with jitter.
                float y = 100f + 16f * (r.nextInt(10) < 8 ? g / 12 : r.nextInt(40)) + (r.nextInt(4) == 0 ? r.nextFloat() * 6f - 3f : 0f);
                float x = 60f + 12f * r.nextInt(8) + (r.nextInt(3) == 0 ? r.nextFloat() * 8f - 4f : 0f);
                float width = r.nextInt(20) == 0 ? 0f : 6f + r.nextInt(3) * 3f;
                assertEquals(leftOutByPdfBox(pdfBox, text, x, y, width), d.again(text, x, y, width),
                        "round " + round + ", glyph " + g + ": " + text + " at " + x + ", " + y + " width " + width);
            }
        }
    }

    /** PDFTextStripper.processTextPosition's check in PDFBox 3.0, written out. */
    private static boolean leftOutByPdfBox(java.util.Map<String, java.util.TreeMap<Float, java.util.TreeSet<Float>>> drawn,
                                           String text, float x, float y, float width) {
        java.util.TreeMap<Float, java.util.TreeSet<Float>> same = drawn.computeIfAbsent(text, k -> new java.util.TreeMap<>());
        float tolerance = width / text.length() / 3.0f;
        for (java.util.TreeSet<Float> ys : same.subMap(x - tolerance, x + tolerance).values()) {
            if (!ys.subSet(y - tolerance, y + tolerance).isEmpty()) {
                return true;
            }
        }
        same.computeIfAbsent(x, k -> new java.util.TreeSet<>()).add(y);
        return false;
    }

    /** PDFBox's stripper as PdfText set it up before, one call per page, its own check for text drawn twice on or off. */
    private static List<String> strippedByPdfBox(Path pdf, boolean suppress) throws Exception {
        PdfText.pages(pdf); // the same font mapper
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setLineSeparator("\n");
            s.setPageEnd("\n");
            s.setSuppressDuplicateOverlappingText(suppress);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(doc));
            }
            return pages;
        }
    }
}
