package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seeds saved as GBK, and in traditional characters as Big5 (code page 950), are each told
 * right; the frequent-character shares of the right and the wrong reading are printed (README,
 * "Documents in the forms they are published": Big5 or GBK without a declared charset).
 */
class CharsetSeedsTest {
    @Test
    void everySeedIsToldRightInGbkAndInBig5() throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(seeds.size() >= 5, seeds.toString());
        Charsets.Candidate gb = Charsets.candidates().get(0);
        Charsets.Candidate big5 = Charsets.candidates().get(1);
        for (Path p : seeds) {
            String text = Files.readString(p);
            byte[] gbk = text.getBytes(Charset.forName("GB18030"));
            String traditional = ZhConverterUtil.toTraditional(text);
            byte[] b5 = traditional.getBytes(Charset.forName("x-windows-950"));
            String b5Text = new String(b5, Charset.forName("x-windows-950")); // what Big5 can hold of it
            Decoder.Decoded g = Decoder.decode(p.toString(), gbk);
            Decoder.Decoded b = Decoder.decode(p.toString(), b5);
            assertEquals(text, g.text(), p + " as GBK");
            assertEquals("GB18030", g.encoding(), p + " as GBK");
            assertEquals(b5Text, b.text(), p + " as Big5");
            assertTrue(b.encoding().startsWith("Big5") || b.encoding().equals("x-windows-950"), p + ": " + b.encoding());
            double right = Charsets.frequentShare(b.text(), big5);
            double wrong = Charsets.frequentShare(Charsets.decode(b5, gb.charset()), gb);
            System.out.printf("%s: GBK read as GBK %.3f; Big5 read as Big5 %.3f, as GBK %.3f%n", p.getFileName(),
                    Charsets.frequentShare(g.text(), gb), right, wrong);
            assertTrue(right - wrong > 0.3, p + ": " + right + " vs " + wrong);
        }
    }
}
