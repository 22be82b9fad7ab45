package org.policykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper for reading text: every font a PDF names without embedding it gets one
 * stand-in (the Liberation Sans PDFBox ships), instead of a system font found by name. Text
 * extraction takes a glyph's width from the PDF's own W/DW or Widths, its height from the font
 * descriptor and its Unicode from ToUnicode or the CMap, so the outlines of the real font are never
 * drawn; PDFBox's default mapper would scan the system's fonts (and write ~/.pdfbox.cache) on the
 * first PDF and then parse the matching font — for a PDF naming Noto Sans CJK, a 20 MB collection,
 * which was about half of a 100-page PDF's text extraction in a fresh JVM. It also makes the text
 * independent of the fonts a machine has installed.
 */
final class TextFonts implements FontMapper {
    private static final String STAND_IN = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] BYTES = load();

    TextFonts() {
    }

    private static byte[] load() {
        try (InputStream in = FontMapper.class.getResourceAsStream(STAND_IN)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's " + STAND_IN + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One parse per thread, kept for every font of every PDF the thread reads: a TrueTypeFont reads
     * its tables lazily from its stream, which threads must not share, and a parse (a copy of the
     * 400 KB file and its tables) was a few per cent of a 100-page PDF's text extraction, more of a
     * short one's. PDFBox closes only the fonts it embeds itself, never a mapped one, and reads the
     * stand-in's tables the same way whichever PDF asks first. Held softly, so that a server's many
     * request threads do not each keep one when memory is short (a PDF being read holds its own).
     */
    private static final ThreadLocal<SoftReference<TrueTypeFont>> PARSED = new ThreadLocal<>();

    private static TrueTypeFont standIn() {
        SoftReference<TrueTypeFont> kept = PARSED.get();
        TrueTypeFont font = kept == null ? null : kept.get();
        if (font == null) {
            try {
                font = new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PARSED.set(new SoftReference<>(font));
        }
        return font;
    }

    // Not marked a fallback: PDFBox would log a warning for each font of each PDF.
    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(standIn(), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(standIn(), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, standIn(), false);
    }
}
