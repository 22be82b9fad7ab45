package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RTF, as portals serve it named .doc: GBK \'hh bytes, \\uN escapes, tables, and no text from the tables around it. */
class RtfReadingTest {
    @TempDir
    Path dir;

    @Test
    void anRtfNamedDocIsReadWithItsGbkBytesAndItsTableRows() throws Exception {
        List<String> lines = List.of("遵义市促进低空经济发展的若干措施", "|发文机关|遵义市人民政府|", "|成文日期|2025年6月3日|",
                "一、对新开通的低空航线，每条给予50万元补助。", "二、本措施自印发之日起施行{附件}。");
        Path doc = dir.resolve("cuoshi.doc");
        Files.writeString(doc, LegacyFiles.rtf(lines), StandardCharsets.US_ASCII);
        Source s = new SourceReader().read(doc);
        assertEquals(Format.RTF, s.origin().format());
        assertEquals(String.join("\n", lines), s.text(),
                "fonts, colours, styles, document info and the picture are not text; \\u65292? is one comma");
        assertEquals(s.text(), Originals.text(doc));
        ParsedDocument d = DocumentReader.parse(s);
        assertEquals(5, d.blocks().size());
        assertEquals("application/rtf", d.format().mediaType());
    }

    @Test
    void aFontsCharsetDecidesItsBytesAndFieldInstructionsAreLeftOut() throws Exception {
        // A Big5 font in a GBK document: 臺 in Big5 bytes, 数 in GBK; 辣 as a negative \\u (above U+7FFF).
        byte[] tai = "臺".getBytes("Big5");
        byte[] shu = "数".getBytes("GBK");
        String rtf = "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}{\\f1\\fnil\\fcharset136 MingLiU;}}"
                + "\\pard\\f1" + hex(tai) + "\\f0" + hex(shu) + " {\\field{\\*\\fldinst HYPERLINK \"http://example.org\"}{\\fldrslt "
                + hex(shu) + "}}\\u" + (short) '辣' + "?\\line x\\tab y\\par}";
        String text = RtfText.text("f.rtf", rtf.getBytes(StandardCharsets.US_ASCII));
        assertEquals("臺数 数辣\nx\ty", text);
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append("\\'").append(String.format("%02x", x & 0xFF));
        }
        return s.toString();
    }

    @Test
    void unbalancedBracesAreAClearError() {
        InputException open = assertThrows(InputException.class,
                () -> RtfText.text("a.doc", "{\\rtf1\\ansi{\\b text\\par}".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("a.doc: RTF with unbalanced braces: 1 group is not closed at the end of the file (cut short?)",
                open.describe());
        InputException extra = assertThrows(InputException.class,
                () -> RtfText.text("b.doc", "{\\rtf1 text}}".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("b.doc: RTF with unbalanced braces: the '}' at byte 12 closes no group", extra.describe());
    }

    @Test
    void rtfIsToldByItsFirstBytesNotByItsName() throws Exception {
        assertTrue(RtfText.isRtf("\r\n{\\rtf1\\ansi".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(!RtfText.isRtf("{\"rtf\": 1}".getBytes(StandardCharsets.US_ASCII)));
        Path txt = dir.resolve("notice.txt");
        Files.writeString(txt, LegacyFiles.rtf(List.of("第一条 为规范管理，制定本办法。")), StandardCharsets.US_ASCII);
        assertEquals(SourceReader.Kind.DOCUMENT, new SourceReader().kind(txt), "not JSON Lines though its lines open with {");
        assertEquals("第一条 为规范管理，制定本办法。", new SourceReader().read(txt).text());
    }
}
