package org.policykg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.text.MappedText;

class SentencesTest {
    private static final String TEXT = "一、总体要求。到2025年，建成“数字政府”！《关于推进数据要素。市场化的意见》明确：加快建设；"
            + "支持企业上云？”他说。没有结尾的句子";

    /** The sentence containing {@code at} as the rule reads: the first of {@link Sentences#of} holding it, else the whole text. */
    private static Range byScan(String text, int at) {
        for (Range r : Sentences.of(text)) {
            if (r.contains(at)) {
                return r;
            }
        }
        return new Range(0, text.length());
    }

    @Test
    void theSentenceOfEveryIndexIsTheOneASplitFinds() {
        Paragraph p = new Paragraph(0, Paragraph.Role.BODY, 0, MappedText.identity(TEXT, 0), List.of(), List.of());
        assertEquals(6, p.sentences().size());
        for (int at = -1; at <= TEXT.length() + 1; at++) {
            assertEquals(byScan(TEXT, at), p.sentenceAt(at), "at " + at);
            assertEquals(byScan(TEXT, at), Sentences.at(TEXT, at), "at " + at);
        }
        assertSame(p.sentences(), p.sentences(), "split once");
    }

    @Test
    void anEmptyParagraphHasNoSentenceAndAnswersItsWholeText() {
        Paragraph p = new Paragraph(0, Paragraph.Role.BODY, 0, MappedText.identity("", 0), List.of(), List.of());
        assertEquals(List.of(), p.sentences());
        assertEquals(new Range(0, 0), p.sentenceAt(0));
    }
}
