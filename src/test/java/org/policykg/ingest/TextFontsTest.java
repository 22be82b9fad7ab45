package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.FormFiles;

/** Fonts a PDF names without embedding them are not looked up among the system's fonts. */
class TextFontsTest {
    @TempDir
    Path dir;

    @Test
    void anInstalledFontIsNotLookedUpByName() throws Exception {
        TextFonts fonts = new TextFonts();
        // PDFBox's own mapper answers DejaVu Sans with the installed file; this one never reads the system's fonts.
        assertEquals("LiberationSans", fonts.getTrueTypeFont("DejaVuSans", null).getFont().getName());
        assertEquals("LiberationSans", fonts.getCIDFont("NotoSansCJKsc-Regular", null, null).getTrueTypeFont().getName());
        assertEquals("LiberationSans", fonts.getFontBoxFont("FangSong_GB2312", null).getFont().getName());
    }

    @Test
    void aPdfOfANonEmbeddedFontReadsItsTextThroughTheStandIn() throws Exception {
        assumeTrue(FormFiles.canWritePdf() || System.getenv("POLICYKG_REQUIRE_TOOLS") != null, "fonts-noto-cjk missing");
        Path pdf = dir.resolve("p.pdf");
        // The test PDFs name Noto Sans CJK without embedding it.
        FormFiles.pdf(pdf, List.of(List.of("到2027年，全市建成5G基站3000个。", "— 1 —")), null);
        assertEquals(List.of("到2027年，全市建成5G基站3000个。\n— 1 —\n"), PdfText.pages(pdf));
        assertInstanceOf(TextFonts.class, FontMappers.instance());
    }
}
