package org.policykg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongDocumentBenchmarkTest {
    @Test
    void leavesOutTheDocumentsListedUntouchedBesideTheFolder(@TempDir Path dir) throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), "甲市关于推进数字经济发展的意见。", StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("b.txt"), "乙市人工智能产业行动方案。", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("untouched.txt"), "b.txt\n", StandardCharsets.UTF_8);
        List<String> got = LongDocumentBenchmark.texts(List.of(texts));
        assertEquals(1, got.size());
        assertTrue(got.get(0).contains("甲市"), got.get(0));
    }

    @Test
    void aConcatenationIsCutAtALineEndWithinTheLength() {
        String s = LongDocumentBenchmark.concatenation(List.of("第一段。\n第二段。", "第三段。"), 15);
        assertEquals("第一段。\n第二段。\n\n", s);
        assertTrue(s.length() <= 15);
    }

    @Test
    void wrappingCutsEveryLineAtTheWidthAndKeepsBlankLines() {
        assertEquals("一二三\n四五\n\n六\n", LongDocumentBenchmark.wrapped("一二三四五\n\n六", 3));
    }
}
