package org.policykg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale corpus: varied where it should be, untouched elsewhere, the same for the same seed. */
class ScaleCorpusTest {
    @TempDir
    Path dir;

    private static final String PLAN = "# 上海市数据要素行动方案（2024—2026年）\n"
            + "到2026年，建成算力中心12个，培育企业300家，规模达到1500亿元。\n"
            + "浦东新区、徐汇区牵头；上海数据交易所配合。联系电话：021-12345678。\n";

    private ScaleCorpus corpus(long seed) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Files.writeString(sources.resolve("a_plan.md"), PLAN);
        Files.write(sources.resolve("b_gbk.txt"), "广东省2023年工作报告：新增5G基站20个。".getBytes(Charset.forName("GB18030")));
        Files.writeString(sources.resolve("README.md"), "not a document");
        return ScaleCorpus.from(sources, seed);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws Exception {
        ScaleCorpus a = corpus(7);
        ScaleCorpus b = corpus(7);
        ScaleCorpus c = corpus(8);
        assertEquals(2, a.templates(), "the README is not a template");
        for (int n = 0; n < 6; n++) {
            assertArrayEquals(a.document(n), b.document(n), "document " + n);
        }
        assertFalse(java.util.Arrays.equals(a.document(0), c.document(0)), "another seed, another document");
        ScaleCorpus.Written w1 = a.write(dir.resolve("one"), 5);
        ScaleCorpus.Written w2 = b.write(dir.resolve("two"), 5);
        assertEquals(w1, w2);
        assertEquals(5, w1.files());
        for (String name : names(dir.resolve("one"))) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(name)),
                    Files.readAllBytes(dir.resolve("two").resolve(name)));
        }
        assertEquals(List.of("0000000-a_plan.md", "0000001-b_gbk.txt", "0000002-a_plan.md", "0000003-b_gbk.txt",
                "0000004-a_plan.md"), names(dir.resolve("one")), "templates in turn, numbered in the written order");
    }

    @Test
    void regionsYearsAndAmountsChangeAndTheRestStays() throws Exception {
        ScaleCorpus a = corpus(1);
        String first = new String(a.document(0), StandardCharsets.UTF_8);
        String again = new String(a.document(2), StandardCharsets.UTF_8);
        assertNotEquals(first, again, "two copies of one template differ");
        for (String doc : List.of(first, again)) {
            assertFalse(doc.contains("上海市") && doc.contains("徐汇区") && doc.contains("2026年，"), doc);
            assertTrue(doc.startsWith("# ") && doc.contains("数据要素行动方案（") && doc.contains("联系电话：021-12345678"),
                    "the words and codes around the slots are kept: " + doc);
            // years move together: the period keeps its length
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("（(\\d{4})—(\\d{4})年）").matcher(doc);
            assertTrue(m.find(), doc);
            assertEquals(2, Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)));
            assertFalse(doc.contains("1500亿元"), "amounts scaled: " + doc);
        }
        // one name is replaced the same way throughout a document
        String gbk = new String(a.document(1), Charset.forName("GB18030"));
        assertTrue(gbk.endsWith("工作报告：新增5G基站" + gbk.replaceAll(".*基站(\\d+)个。", "$1") + "个。"), gbk);
        assertFalse(gbk.startsWith("广东省2023年"), "a GB18030 template is varied and written back in GB18030: " + gbk);
    }

    @Test
    void aCorpusGrowsByRewritingSomeDocumentsAndAddingNewOnes() throws Exception {
        ScaleCorpus a = corpus(3);
        Path one = dir.resolve("one");
        a.write(one, 6);
        java.util.Map<String, byte[]> before = new java.util.TreeMap<>();
        for (String name : names(one)) {
            before.put(name, Files.readAllBytes(one.resolve(name)));
        }
        ScaleCorpus.Grown g = a.grow(one, 6, 2);
        assertEquals(List.of(one.resolve("0000000-a_plan.md"), one.resolve("0000003-b_gbk.txt")), g.changed(),
                "changed documents spread over the corpus");
        assertEquals(List.of(one.resolve("0000006-a_plan.md"), one.resolve("0000007-b_gbk.txt")), g.added(),
                "new documents after the last");
        assertEquals(8, names(one).size(), "nothing removed");
        for (String name : before.keySet()) {
            boolean changed = g.changed().contains(one.resolve(name));
            assertEquals(!changed, java.util.Arrays.equals(before.get(name), Files.readAllBytes(one.resolve(name))), name);
        }
        assertArrayEquals(a.document(6), Files.readAllBytes(one.resolve("0000006-a_plan.md")), "an added one is the next document");
        assertArrayEquals(a.changed(3), Files.readAllBytes(one.resolve("0000003-b_gbk.txt")), "a changed one is its rewrite");
        assertArrayEquals(a.document(3, 1), a.changed(3), "the first rewrite, when it differs");
        assertArrayEquals(a.document(3, 0), a.document(3), "variation 0 is the document itself");
        String rewritten = new String(a.document(3, 1), Charset.forName("GB18030"));
        assertTrue(rewritten.contains("工作报告：新增5G基站"), "a rewrite keeps the template: " + rewritten);
    }

    @Test
    void aChangedDocumentAlwaysDiffersEvenWithNothingToVary() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("plain"));
        String text = "这是一段说明文字，没有可以改写的内容。\n";
        Files.writeString(sources.resolve("plain.txt"), text);
        ScaleCorpus c = ScaleCorpus.from(sources, 5);
        assertArrayEquals(c.document(0), c.document(0, 1), "nothing to vary: a rewrite is the same bytes");
        byte[] changed = c.changed(0);
        assertFalse(java.util.Arrays.equals(c.document(0), changed), "yet a changed document differs");
        assertArrayEquals(changed, c.changed(0), "the same way every time");
        assertEquals(text + "\n", new String(changed, StandardCharsets.UTF_8), "the text kept, a line break added");

        Path json = Files.createDirectories(dir.resolve("json"));
        String record = "{\"title\": \"说明\", \"body\": \"没有可以改写的内容。\"}";
        Files.writeString(json.resolve("record.json"), record);
        ScaleCorpus j = ScaleCorpus.from(json, 5);
        String changedRecord = new String(j.changed(0), StandardCharsets.UTF_8);
        assertFalse(changedRecord.equals(record));
        assertEquals(record, changedRecord.strip(), "a JSON record stays one: only whitespace after it");

        Path folder = dir.resolve("plain-corpus");
        c.write(folder, 3);
        byte[] before = Files.readAllBytes(folder.resolve(c.name(0)));
        ScaleCorpus.Grown g = c.grow(folder, 3, 1);
        assertEquals(List.of(folder.resolve(c.name(0))), g.changed());
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve(c.name(0)))), "grow changed its bytes");
    }

    @Test
    void slotsAreFoundLongestNameFirst() {
        List<ScaleCorpus.Slot> slots = ScaleCorpus.slots("上海市浦东新区2025年投入12亿元",
                java.util.Map.of("上海市", "province", "浦东新区", "county", "上海", "province-short"));
        assertEquals(List.of("上海市", "浦东新区", "2025", "12"), slots.stream().map(ScaleCorpus.Slot::text).toList());
        assertEquals(List.of(ScaleCorpus.Kind.REGION, ScaleCorpus.Kind.REGION, ScaleCorpus.Kind.YEAR,
                ScaleCorpus.Kind.AMOUNT), slots.stream().map(ScaleCorpus.Slot::kind).toList());
    }

    @Test
    void aFolderWithoutDocumentsIsAnErrorNamingIt() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> ScaleCorpus.from(empty, 1));
        assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
