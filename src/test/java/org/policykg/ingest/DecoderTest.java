package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecoderTest {
    private static final String TEXT = "到2025年，全省数字经济规模达到2500亿元（人民币）。";

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        assertEquals(TEXT, Decoder.decode("a.txt", plain).text());
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        Decoder.Decoded d = Decoder.decode("b.txt", bom);
        assertEquals(TEXT, d.text(), "the BOM is not part of the text offsets count in");
        assertEquals("UTF-8 (BOM)", d.encoding());
    }

    @Test
    void readsGb18030AndGbk() throws Exception {
        for (String cs : new String[] {"GB18030", "GBK"}) {
            Decoder.Decoded d = Decoder.decode("gb.txt", TEXT.getBytes(Charset.forName(cs)));
            assertEquals(TEXT, d.text(), cs);
            assertEquals("GB18030", d.encoding());
        }
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        assertEquals(TEXT, Decoder.decode("u16.txt", all).text());
    }

    @Test
    void acceptsTextWithAFewStrayControlBytes() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append("第").append(i).append("条 支持数据产业发展。");
            if (i % 10 == 0) {
                sb.append('\u0003'); // what a broken PDF font leaves between glyph runs
            }
        }
        String text = sb.toString();
        assertEquals(text, Decoder.decode("pdf.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).text());
    }

    @Test
    void refusesEmptyBinaryAndUndecodableInputWithAReason() {
        InputException empty = assertThrows(InputException.class, () -> Decoder.decode("e.txt", new byte[0]));
        assertEquals("empty file", empty.reason());
        assertEquals("e.txt: empty file", empty.describe());

        InputException binary = assertThrows(InputException.class,
                () -> Decoder.decode("b.bin", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}));
        assertTrue(binary.reason().startsWith("binary content"), binary.reason());

        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (noise[i] | 0x80); // high bytes only: neither NUL nor ASCII control
        }
        InputException bad = assertThrows(InputException.class, () -> Decoder.decode("n.txt", noise));
        assertTrue(bad.reason().startsWith("undecodable bytes"), bad.reason());
    }

    @Test
    void namesTheByteWhereUtf8BreaksWhenNothingElseFits() {
        byte[] b = ("正常文本" + "x").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[b.length + 2];
        System.arraycopy(b, 0, broken, 0, b.length);
        broken[b.length] = (byte) 0xFF;
        broken[b.length + 1] = (byte) 0xFF;
        InputException e = assertThrows(InputException.class, () -> Decoder.decode("x.txt", broken));
        assertTrue(e.reason().contains("invalid UTF-8 at byte " + b.length), e.reason());
    }

    /** Issue 11, finding 9: UTF-16 without a BOM was refused as "binary content (NUL byte…)". */
    @Test
    void readsUtf16WithoutAByteOrderMark() throws Exception {
        String text = "第一条 为推进算力基础设施建设，制定本办法。\n一、2025年建成10个智算中心，一年一评。\n";
        Decoder.Decoded le = Decoder.decode("le.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertEquals(text, le.text());
        assertEquals("UTF-16LE (no BOM)", le.encoding());
        Decoder.Decoded be = Decoder.decode("be.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        assertEquals(text, be.text());
        assertEquals("UTF-16BE (no BOM)", be.encoding());
        byte[] mixed = {'P', 'K', 3, 4, 0, 0, 1, 2, 0, 'a', 'b', 0};
        assertTrue(assertThrows(InputException.class, () -> Decoder.decode("m.bin", mixed)).reason().startsWith("binary"));
    }
}
