package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.FormFiles;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;

/** A table cell that holds HTML or Markdown, and a workbook's every sheet. */
class TableMarkupAndSheetsTest {
    private static final String TEXT = "到2027年，全市建成5G基站3000个。对新建项目给予最高100万元补助。";

    @TempDir
    Path dir;

    private static List<Source> rows(Path file) throws Exception {
        List<Source> out = new ArrayList<>();
        SourceReader r = new SourceReader();
        try (RowSources rs = r.table(file, r.kind(file), Columns.GUESS)) {
            for (Source s = rs.next(); s != null; s = rs.next()) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void anHtmlCellIsReadAsItsParagraphsWithOffsetsInTheCell() throws Exception {
        Path csv = dir.resolve("t.csv");
        String cell = "<p>第一段&nbsp;文字。</p><p>第二段<b>加粗</b>。<br>换行后。</p>";
        Files.writeString(csv, "标题,正文\n甲,\"" + cell.replace("\"", "\"\"") + "\"\n");
        Source s = rows(csv).get(0);
        ParsedDocument d = DocumentReader.parse(s);
        List<String> texts = d.blocks().stream().map(b -> b.text().text()).toList();
        assertEquals(List.of("甲", "第一段\u00a0文字。", "第二段加粗。", "换行后。"), texts);
        ReadersTest.assertOffsetsExact(d);
        // Offsets count in the cell: the block's first char is the cell's fourth.
        var b = d.blocks().get(1).text();
        Origin.Location at = s.locate(b.source(0, 1));
        assertEquals(3, at.start());
        assertEquals("正文", at.column());
    }

    @Test
    void aMarkdownCellLosesItsMarksAndKeepsItsParagraphs() throws Exception {
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, "标题,正文\n甲,\"## 第一章 总则\n\n**第一条** 为规范管理，制定本办法。\n\n见[附件](http://x.y/z)。\"\n");
        ParsedDocument d = DocumentReader.parse(rows(csv).get(0));
        List<String> texts = d.blocks().stream().map(b -> b.text().text()).toList();
        assertEquals(List.of("甲", "第一章 总则", "第一条 为规范管理，制定本办法。", "见附件。"), texts);
        assertEquals(Block.Kind.HEADING, d.blocks().get(1).kind());
        ReadersTest.assertOffsetsExact(d);
    }

    @Test
    void aPlainCellIsNotMarkup() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "标题,正文\n甲,\"一、如 a<b 且 b>c 时\n不是标签。\"\n");
        ParsedDocument d = DocumentReader.parse(rows(csv).get(0));
        assertEquals(List.of("甲", "一、如 a<b 且 b>c 时", "不是标签。"), d.blocks().stream().map(b -> b.text().text()).toList());
    }

    @Test
    void everySheetGivesItsRowsAndABadSheetIsOneErrorLine() throws Exception {
        LinkedHashMap<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("省级", List.of(List.of("标题", "正文"), List.of("甲", TEXT)));
        sheets.put("Sheet2", List.of());
        sheets.put("说明", List.of(List.of("字段", "含义"), List.of("标题", "文件标题")));
        sheets.put("市级", List.of(List.of("title", "content"), List.of("乙", TEXT), List.of("丙", TEXT)));
        Path book = dir.resolve("book.xlsx");
        FormFiles.xlsx(book, sheets);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TreeSet<String> graphs = new TreeSet<>();
        var summary = Pipeline.builder().reference(false).threads(1)
                .errors(ErrorPolicy.report(new PrintStream(err, true, StandardCharsets.UTF_8))).build()
                .run(List.of(book), new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        graphs.add(q.getGraph().getURI().replaceAll(".*/document/", ""));
                    }
                });
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains(book + " sheet 3 (说明): table without a text column"), e);
        assertEquals(1, summary.failed());
        assertEquals(new TreeSet<>(List.of("book.xlsx-row-2", "book.xlsx-sheet-4-row-2", "book.xlsx-sheet-4-row-3")), graphs);
        assertEquals(TEXT, Originals.cell(book, 4, 3, "content"));
        assertEquals("甲", Originals.cell(book, 1, 2, "标题"));
        assertNull(Originals.cell(book, 4, 9, "content"));
    }

    @Test
    void aWorkbookOfEmptySheetsIsAnError() throws Exception {
        LinkedHashMap<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Sheet1", List.of());
        sheets.put("Sheet2", List.of());
        Path book = dir.resolve("empty.xlsx");
        FormFiles.xlsx(book, sheets);
        InputException x = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> rows(book));
        assertEquals(book + ": empty workbook (no sheet has a header row)", x.describe());
    }
}
