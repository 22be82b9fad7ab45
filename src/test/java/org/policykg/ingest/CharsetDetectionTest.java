package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Big5 and GBK texts without a BOM or a declared charset: the charset is told from the bytes. */
class CharsetDetectionTest {
    /** Invented texts, one simplified and one traditional, of the length of a short notice. */
    private static final String SIMPLIFIED = "关于支持智能制造企业上云用数的若干措施\n一、对首次上云的中小企业，按费用的百分之五十给予补贴，"
            + "每家最高二十万元。\n二、鼓励企业建设数字化车间，市财政给予一次性奖励。\n";
    private static final String TRADITIONAL = "新竹縣推動數位轉型補助要點\n一、本縣為協助中小企業導入雲端服務，提升經營效率，特訂定本要點。\n"
            + "二、補助對象以依法登記之公司或商業為限，每家最高補助新臺幣五十萬元。\n";

    @TempDir
    Path dir;

    @Test
    void big5IsToldFromGbkByItsFrequentCharacters() throws Exception {
        for (String cs : new String[] {"Big5", "x-windows-950", "Big5-HKSCS"}) {
            byte[] b = TRADITIONAL.getBytes(Charset.forName(cs));
            // The bytes are valid GB18030 too, as gibberish: that reading must lose.
            Charset.forName("GB18030").newDecoder().decode(java.nio.ByteBuffer.wrap(b));
            Decoder.Decoded d = Decoder.decode("tw.txt", b);
            assertEquals(TRADITIONAL, d.text(), cs);
            assertEquals("Big5-HKSCS", d.encoding(), cs);
        }
        for (String cs : new String[] {"GBK", "GB18030", "GB2312"}) {
            Decoder.Decoded d = Decoder.decode("cn.txt", SIMPLIFIED.getBytes(Charset.forName(cs)));
            assertEquals(SIMPLIFIED, d.text(), cs);
            assertEquals("GB18030", d.encoding(), cs);
        }
    }

    @Test
    void aWindowsBig5AdditionFallsBackToCodePage950() throws Exception {
        String text = TRADITIONAL + "補助上限為€五千。\n"; // the euro sign is cp950's, not Big5's
        Decoder.Decoded d = Decoder.decode("eur.txt", text.getBytes("x-windows-950"));
        assertEquals(text, d.text());
        assertEquals("x-windows-950", d.encoding());
    }

    @Test
    void theFrequentShareSeparatesTheRightReadingFromTheWrong() throws Exception {
        byte[] big5 = TRADITIONAL.getBytes("Big5");
        Charsets.Candidate gb = Charsets.candidates().get(0);
        Charsets.Candidate b5 = Charsets.candidates().get(1);
        double right = Charsets.frequentShare(Charsets.decode(big5, b5.charset()), b5);
        double wrong = Charsets.frequentShare(Charsets.decode(big5, gb.charset()), gb);
        assertTrue(right > 0.95, "Big5 as Big5: " + right);
        assertTrue(wrong < 0.75, "Big5 as GBK: " + wrong);
    }

    @Test
    void aPageThatDeclaresItsCharsetIsReadInIt() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head><body><p>"
                + TRADITIONAL + "</p></body></html>";
        Decoder.Decoded d = Decoder.decode("p.html", page.getBytes("Big5"));
        assertEquals(page, d.text());
        assertEquals("Big5-HKSCS", d.encoding());
    }

    @Test
    void aPageOrATableWithoutADeclarationIsReadInTheCharsetOfItsBytes() throws Exception {
        Path page = dir.resolve("gbk.html");
        String html = "<!DOCTYPE html><html><head><title>通知</title></head><body><div class=\"content\"><p>"
                + SIMPLIFIED.replace("\n", "</p><p>") + "</p></div></body></html>";
        Files.write(page, html.getBytes("GBK"));
        Source s = new SourceReader().read(page);
        assertEquals(html, s.text());
        assertEquals(html, Originals.text(page), "the source view reads the same decoded text");
        Path csv = dir.resolve("tw.csv");
        Files.write(csv, ("標題,內容\n補助要點,\"" + TRADITIONAL + "\"\n").getBytes("Big5"));
        try (Table t = new SourceReader().openTable(csv, SourceReader.Kind.CSV)) {
            assertEquals(TRADITIONAL, t.next().cells().get("內容"));
        }
    }

    @Test
    void bytesThatAreNoneOfTheseAreRefusedNamingTheFile() throws Exception {
        Path f = dir.resolve("latin.txt");
        // Latin-1 accents: invalid UTF-8, and not Chinese in any candidate.
        Files.write(f, "Réglement général: è à ç ù é ô î, façade déjà vu.".repeat(5).getBytes("ISO-8859-1"));
        InputException e = assertThrows(InputException.class, () -> new SourceReader().read(f));
        assertTrue(e.describe().startsWith(f + ": undecodable bytes: invalid UTF-8 at byte 1"), e.describe());
        assertTrue(e.describe().contains("GB18030 or Big5-HKSCS or x-windows-950"), e.describe());
    }
}
