package org.policykg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalizerTest {
    private static MappedText norm(Normalizer n, String s) {
        return n.normalize(MappedText.identity(s, 0));
    }

    @Test
    void foldsFullWidthAsciiAndKeepsOffsets() {
        MappedText t = norm(Normalizer.simplified(), "（２０２３—２０２６年），达到９５％");
        assertEquals("(2023—2026年),达到95%", t.text());
        int pct = t.text().indexOf('%');
        assertEquals(new Span(17, 18), t.source(pct, pct + 1), "offsets point into the original, full-width text");
    }

    @Test
    void readsPdfRadicalsAsTheirIdeographsAndSkipsControlBytes() {
        // ⼈⼯智能 as a PDF print leaves it: Kangxi radicals U+2F08 U+2F2F, then a stray control byte.
        String src = "推进\u2F08\u2F2F智能\u0002发展";
        MappedText t = norm(Normalizer.simplified(), src);
        assertEquals("推进人工智能发展", t.text());
        assertEquals(2, t.sourceStart(2), "the ideograph keeps the radical's offset");
        assertEquals(7, t.sourceStart(6), "text after a skipped control byte keeps its own offset");
        assertEquals("推进人工智能发展", norm(Normalizer.traditional(), src).text());
        // The radicals supplement (人⺠政府, 第1⻚) has no NFKC mapping: its equivalents are reference data.
        assertEquals("人民政府第1页", norm(Normalizer.simplified(), "人\u2EA0政府第1\u2EDA").text());
    }

    @Test
    void dropsSpacesNextToCjkSoBrokenNumbersReadWhole() {
        assertEquals("每个给予50万元奖励", norm(Normalizer.simplified(), "每个给予 50\n\n万元奖励").text());
        assertEquals("2023—2025年", norm(Normalizer.simplified(), "2023—2025 年").text());
        assertEquals("Global Disruption Index", norm(Normalizer.simplified(), "Global  Disruption\nIndex").text());
    }

    @Test
    void convertsTraditionalDocumentsOnly() {
        String trad = "上海市人民政府關於印發《上海市進一步推進新型基礎設施建設行動方案》的通知，滬府〔2023〕51號";
        assertTrue(Normalizer.isTraditional(trad));
        MappedText t = norm(Normalizer.forDocument(trad), trad);
        assertTrue(t.text().contains("关于印发《上海市进一步推进新型基础设施建设行动方案》"), t.text());
        assertTrue(t.text().endsWith("沪府〔2023〕51号"), t.text());
        assertEquals(trad.length(), t.length(), "one char for one char here");
        assertEquals(new Span(4, 5), t.source(4, 5));

        // A simplified text is left alone: OpenCC would turn the brand 昇腾 into 升腾.
        String simp = "公司基于鲲鹏处理器和昇腾处理器，发布多款人工智能产品，推动算力建设。";
        assertFalse(Normalizer.isTraditional(simp));
        assertEquals(simp.replace('，', ','), norm(Normalizer.forDocument(simp), simp).text());
    }

    @Test
    void dropsPinyinGlossesAMirrorSiteWritesAfterPolyphonicCharacters() {
        String src = "按照有關規(guī)定，對各縣(區(qū))企業(yè)給予補助";
        MappedText t = norm(Normalizer.traditional(), src);
        assertEquals("按照有关规定,对各县(区)企业给予补助", t.text());
        int ye = t.text().indexOf("业");
        assertEquals(src.indexOf("業"), t.sourceStart(ye), "offsets still point into the glossed original");
        // Brackets that hold no tone-marked syllable, or do not follow a character, stay.
        assertEquals("方案(a)和(试行)及PUE(yè)", norm(Normalizer.simplified(), "方案(a)和(试行)及PUE(yè)").text());
    }

    @Test
    void readsEscapesWrittenOutAsCharactersOnlyWhenTheyRecur() {
        MappedText in = MappedText.identity("一、总则\\n二、目标<br/>三、措施&nbsp;(一)", 0);
        MappedText out = Normalizer.unescaped(in);
        assertEquals("一、总则\u2028二、目标\u2028三、措施 (一)", out.text());
        assertEquals(4, out.sourceStart(4));
        assertEquals(6, out.sourceEnd(4)); // the break stands for the two chars \n
        assertEquals(10, out.sourceStart(9));
        assertEquals(15, out.sourceEnd(9)); // <br/>
        MappedText lone = MappedText.identity("换行符写作\\n,制表符写作\\t。", 0);
        assertEquals(lone.text(), Normalizer.unescaped(lone).text());
    }
}
