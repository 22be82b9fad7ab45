package org.policykg.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Properties that hold for any input: spans are faithful, sorted and disjoint; every text
 * found parses back; nothing throws; the scan stays linear on hostile input.
 */
class QuantityPropertiesTest {

    private static final QuantityParser PARSER = new QuantityParser();

    /** Tokens policy text is made of, and the ones most likely to confuse a scanner. */
    private static final String[] TOKENS = {
        "0", "1", "2", "5", "9", "10", "0.5", "2.6", "1,000", "100", "2025", "0851", "4.0", "一", "两", "三", "十",
        "百", "千", "万", "亿", "万亿", "零", "〇", "余", "多", "几", "数", "第", "每", "双", "上", "前",
        "元", "万元", "亿元", "%", "个", "家", "人", "人才", "名", "条", "座", "成", "分", "年", "月", "日", "号",
        "P", "E", "G", "M", "T", "K", "PON", "EFLOPS", "Gbps", "kW", "千瓦", "兆", "兆瓦", "瓦时", "吨", "毫秒", "分钟",
        "/人", "/", "-", "—", "~", "至", "到", "、", "和", ",", "。", ".", ":", "+", "@", "(含)", "(", ")", "“", "”",
        "以上", "以下", "左右", "超过", "超", "最高", "不超过", "达到", "约", "近", "不低于", "的",
        "算力", "带宽", "网络", "指数", "提高至", "产值", "规模", "元宇宙", "级", " ", "\n", "\r\n", "\n\n", "a", "IPv",
    };

    @Test
    void randomTextNeverBreaksTheInvariants() {
        Random random = new Random(20231022);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder b = new StringBuilder();
            int tokens = 1 + random.nextInt(14);
            for (int t = 0; t < tokens; t++) {
                b.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            String text = b.toString();
            List<Quantity> found = PARSER.findAll(text);
            Invariants.check(text, found);
            for (Quantity q : found) {
                assertParsesBack(q, text);
            }
        }
    }

    @Test
    void realTextNeverBreaksTheInvariants() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String[] row : QuantityTableTest.rows()) {
            texts.add(QuantityTableTest.unescape(row[0]));
        }
        texts.addAll(seedDocuments());
        int quantities = 0;
        for (String text : texts) {
            List<Quantity> found = PARSER.findAll(text);
            Invariants.check(text, found);
            for (Quantity q : found) {
                assertParsesBack(q, text);
            }
            quantities += found.size();
        }
        assertTrue(quantities > 100, "the corpus has quantities");
    }

    @Test
    void parseTakesOnlyAWholeQuantity() {
        assertEquals(Optional.empty(), PARSER.parse(""));
        assertEquals(Optional.empty(), PARSER.parse("给予最高1000万元"), "leading words");
        assertEquals(Optional.empty(), PARSER.parse("100万元奖励"), "trailing words");
        assertEquals(Optional.empty(), PARSER.parse("3个和5个"), "two quantities");
        assertEquals(Optional.empty(), PARSER.parse("2025年"));
        assertEquals(Optional.empty(), PARSER.parse("5G"));
        assertEquals(Optional.empty(), PARSER.parse("50G PON"));
        assertEquals(Unit.FLOPS, PARSER.parse("100P").orElseThrow().unit(), "no compute context needed");
        assertEquals(Unit.BIT_PER_SECOND, PARSER.parse("400G以上").orElseThrow().unit(), "no network context needed");
        assertEquals(Unit.CNY, PARSER.parse("4000亿").orElseThrow().unit());
        assertEquals(Unit.INDEX, PARSER.parse("92").orElseThrow().unit());
    }

    @Test
    void scanIsLinearOnHostileInput() {
        String[] hostile = {
            "1".repeat(200_000),                       // one endless number
            "一".repeat(200_000),                      // an endless Chinese numeral
            "1、".repeat(100_000) + "个",              // a list that closes only at the very end
            "算力100P".repeat(30_000),                 // context lookups without sentence ends
            "带宽1G".repeat(40_000),
            "最高".repeat(50_000) + "1元",
            "的".repeat(100_000) + "50%",
            "1-".repeat(100_000),
            "1.".repeat(100_000),
        };
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String text : hostile) {
                Invariants.check(text, PARSER.findAll(text));
            }
        });
    }

    /** Speed is measured by the bench command; here a long text must only keep the invariants. */
    @Test
    void longTextsKeepTheInvariants() throws IOException {
        StringBuilder corpus = new StringBuilder();
        List<String> docs = new ArrayList<>(seedDocuments());
        for (String[] row : QuantityTableTest.rows()) {
            docs.add(QuantityTableTest.unescape(row[0]) + "。");
        }
        while (corpus.length() < 1_000_000) {
            docs.forEach(corpus::append);
        }
        String text = corpus.toString();
        List<Quantity> found = PARSER.findAll(text);
        Invariants.check(text, found);
        assertTrue(found.size() > 1000, "a megabyte of policy text holds many quantities");
    }

    /**
     * Every text found is itself a quantity expression, except a list item that borrows its
     * unit from the item closing the list (146.6万 in 146.6万、19.9万个).
     */
    private static void assertParsesBack(Quantity q, String context) {
        if (PARSER.parse(q.text()).isPresent()) {
            return;
        }
        boolean listItem = q.end() < context.length() && "、和及与或以".indexOf(context.charAt(q.end())) >= 0;
        assertTrue(listItem, () -> "'" + q.text() + "' found in '" + context + "' does not parse");
    }

    /** The repository's seed documents, if present: real, unseen, un-normalised text. */
    private static List<String> seedDocuments() throws IOException {
        Path seeds = Path.of("seeds");
        if (!Files.isDirectory(seeds)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(seeds)) {
            List<String> docs = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return docs;
        }
    }
}
