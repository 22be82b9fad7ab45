package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.FormFiles;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;
import org.policykg.pipeline.Summary;

/** Forms told from their content, and every unreadable file one error line while the rest goes on. */
class FormsReadingTest {
    private static final String TEXT = "到2027年，全市建成5G基站3000个。对新建项目给予最高100万元补助。";

    @TempDir
    Path dir;

    private record Run(Summary summary, TreeSet<String> graphs, String errors) {
    }

    private static Run run(List<Path> inputs, Columns columns) {
        TreeSet<String> graphs = new TreeSet<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Summary s = Pipeline.builder().reference(false).threads(2).columns(columns)
                .errors(ErrorPolicy.report(new PrintStream(err, true, StandardCharsets.UTF_8))).build()
                .run(inputs, new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        graphs.add(q.getGraph().getURI().replaceAll(".*/document/", ""));
                    }
                });
        return new Run(s, graphs, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void formsAreToldFromContentNotName() throws Exception {
        Files.writeString(dir.resolve("table.txt"), "标题,正文\n南昌市数据条例," + TEXT + "\n");
        Files.writeString(dir.resolve("lines.txt"), "{\"title\":\"甲\",\"content\":\"" + TEXT + "\"}\n{\"content\":\"" + TEXT + "\"}\n");
        FormFiles.docx(dir.resolve("word.bin"), List.of("南昌市数字经济促进办法", TEXT));
        if (FormFiles.canWritePdf()) {
            FormFiles.pdf(dir.resolve("print.txt"), List.of(List.of("南昌市数字经济促进办法", TEXT, "— 1 —")), null);
        }
        SourceReader r = new SourceReader();
        assertEquals(SourceReader.Kind.CSV, r.kind(dir.resolve("table.txt")));
        assertEquals(SourceReader.Kind.JSON_LINES, r.kind(dir.resolve("lines.txt")));
        assertEquals(Format.DOCX, r.read(dir.resolve("word.bin")).origin().format());
        if (FormFiles.canWritePdf()) {
            Source pdf = r.read(dir.resolve("print.txt"));
            assertEquals(Format.PDF, pdf.origin().format());
            assertTrue(pdf.text().contains("— 1 —"), "the page number stays in the page's text");
            ParsedDocument d = DocumentReader.parse(pdf);
            assertTrue(d.blocks().stream().noneMatch(b -> b.text().text().contains("— 1 —")), "and is not read");
        }
        Run run = run(List.of(dir), Columns.GUESS);
        assertEquals("", run.errors());
        assertTrue(run.graphs().containsAll(List.of("table.txt-row-2", "lines.txt-row-1", "lines.txt-row-2", "word.bin")),
                run.graphs().toString());
    }

    @Test
    void eachUnreadableFileIsOneLineAndTheRestGoesOn() throws Exception {
        Files.writeString(dir.resolve("good.csv"), "标题,正文\n南昌市数据条例," + TEXT + "\n");
        Files.writeString(dir.resolve("no-text.csv"), "标题,日期\n南昌市数据条例,2025-01-01\n");
        Files.writeString(dir.resolve("empty-row.csv"), "标题,正文\n甲,\n乙," + TEXT + "\n");
        Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nnot really a PDF\n");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dir.resolve("archive.docx")))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("x".getBytes(StandardCharsets.UTF_8));
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream o = Files.newOutputStream(dir.resolve("locked.docx"))) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "EncryptedPackage");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[100]), "EncryptionInfo");
            fs.writeFilesystem(o);
        }
        if (FormFiles.canWritePdf()) {
            FormFiles.pdf(dir.resolve("locked.pdf"), List.of(List.of(TEXT)), "secret");
        }
        Run run = run(List.of(dir), Columns.GUESS);
        String e = run.errors();
        List<String> lines = e.lines().toList();
        assertTrue(e.contains("no-text.csv: table without a text column (name it with --text-column; the columns are 标题, 日期)"), e);
        assertTrue(e.contains("empty-row.csv row 2: no text in column 正文"), e);
        assertTrue(e.contains("broken.pdf: unreadable PDF"), e);
        assertTrue(e.contains("archive.docx: a ZIP archive that is neither a Word (.docx), an OFD nor an Excel (.xlsx) file"), e);
        assertTrue(e.contains("locked.docx: encrypted Office file: it needs a password to open"), e);
        int expected = 5;
        if (FormFiles.canWritePdf()) {
            assertTrue(e.contains("locked.pdf: encrypted PDF: it needs a password to open"), e);
            expected++;
        }
        assertEquals(expected, lines.size(), e);
        assertTrue(lines.stream().allMatch(l -> l.startsWith("error: ")), e);
        assertEquals(expected, run.summary().failed());
        assertTrue(run.graphs().containsAll(List.of("good.csv-row-2", "empty-row.csv-row-3")), run.graphs().toString());
    }

    @Test
    void namedColumns() throws Exception {
        Files.writeString(dir.resolve("feed.csv"), "headline,story,note\n南昌市数据条例," + TEXT + ",x\n");
        assertTrue(run(List.of(dir.resolve("feed.csv")), Columns.GUESS).errors().contains("table without a text column"));
        Run run = run(List.of(dir.resolve("feed.csv")), new Columns("story", "headline"));
        assertEquals("", run.errors());
        assertEquals(List.of("feed.csv-row-2"), List.copyOf(run.graphs()));
        assertTrue(run(List.of(dir.resolve("feed.csv")), new Columns("正文", null)).errors()
                .contains("no column named 正文 (--text-column; the columns are headline, story, note)"));
    }

    @Test
    void aTableStreamsRowsInOrderWithCellOffsets() throws Exception {
        StringBuilder csv = new StringBuilder("标题,链接,正文\n");
        for (int i = 0; i < 50; i++) {
            csv.append("\"南昌市第").append(i).append("号政策\",https://example.org/").append(i).append(",\"").append(TEXT).append("\"\n");
        }
        Files.writeString(dir.resolve("many.csv"), csv);
        SourceReader r = new SourceReader();
        try (RowSources rows = r.table(dir.resolve("many.csv"), SourceReader.Kind.CSV, Columns.GUESS)) {
            int n = 0;
            for (Source s = rows.next(); s != null; s = rows.next()) {
                n++;
                assertEquals("many.csv#row-" + (n + 1), s.name());
                assertEquals("many.csv", s.file());
                int at = s.text().indexOf("5G");
                Origin.Location loc = s.locate(new org.policykg.text.Span(at, at + 2));
                assertEquals("正文", loc.column());
                assertEquals(n + 1, loc.row());
                assertEquals(TEXT.indexOf("5G"), loc.start());
                assertEquals("5G", Originals.cell(dir.resolve("many.csv"), loc.row(), loc.column())
                        .substring(loc.start(), loc.end()));
            }
            assertEquals(50, n);
        }
    }

    @Test
    void xlsxRowsComeOneAtATime() throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("标题", "正文"));
        for (int i = 0; i < 300; i++) {
            rows.add(List.of("第" + i + "号", TEXT));
        }
        FormFiles.xlsx(dir.resolve("sheet.xlsx"), rows);
        SourceReader r = new SourceReader();
        assertEquals(SourceReader.Kind.XLSX, r.kind(dir.resolve("sheet.xlsx")));
        int n = 0;
        try (RowSources s = r.table(dir.resolve("sheet.xlsx"), SourceReader.Kind.XLSX, Columns.GUESS)) {
            while (s.next() != null) {
                n++;
            }
        }
        assertEquals(300, n);
    }
}
