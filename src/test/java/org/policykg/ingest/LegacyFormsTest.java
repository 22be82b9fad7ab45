package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.FormFiles;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;

/** Legacy Word (.doc), WPS (.wps) and OFD files: read by content, and a broken one is one clear error line. */
class LegacyFormsTest {
    private static final Path DOC = Path.of("src/test/resources/forms/doc-field-table/input.doc");
    private static final Path WPS = Path.of("src/test/resources/forms/wps-as-word/input.wps");

    @TempDir
    Path dir;

    @Test
    void aDocIsReadAsADocxIsATableRowALine() throws Exception {
        Source s = new SourceReader().read(DOC);
        assertEquals(Format.DOC, s.origin().format());
        List<String> lines = s.text().lines().toList();
        assertEquals("|索引号|11450300MB0987654Y/2025-00031|发文机关|桂林市人民政府|", lines.get(0));
        assertEquals("|发文字号|市政规〔2025〕5号|成文日期|2025年05月09日|", lines.get(1));
        assertEquals("桂林市人民政府关于印发桂林市加快人工智能产业发展若干政策的通知", lines.get(2));
        assertTrue(lines.contains("三、到2027年，全市人工智能核心产业规模突破100亿元。"), lines.toString());
        assertEquals(s.text(), Originals.text(DOC), "the original the offsets count in is read again the same");
    }

    @Test
    void aWpsFileIsToldByItsContentWhateverItsName() throws Exception {
        Path renamed = Files.copy(WPS, dir.resolve("notice.txt"));
        Source s = new SourceReader().read(renamed);
        assertEquals(Format.DOC, s.origin().format());
        assertTrue(s.text().startsWith("洛阳市工业和信息化局关于开展2025年度工业互联网标识应用示范评选的通知\n"), s.text());
        assertEquals(Format.DOC, DocumentReader.parse(s).format());
    }

    @Test
    void ofdPagesComeInOrderAndEachPageInPositionOrder() throws Exception {
        Path ofd = dir.resolve("plan.ofd");
        FormFiles.ofd(ofd, List.of(List.of("第一页标题", "第一页正文", "— 1 —"), List.of("第二页正文", "— 2 —")), true);
        List<String> pages = OfdText.pages(ofd);
        // The page number was drawn first; it is read where it stands, at the foot.
        assertEquals(List.of("第一页标题\n第一页正文\n— 1 —\n", "第二页正文\n— 2 —\n"), pages);
        Source s = new SourceReader().read(ofd);
        assertEquals(Format.OFD, s.origin().format());
        ParsedDocument d = DocumentReader.parse(s);
        assertEquals(List.of("第一页标题", "第一页正文", "第二页正文"), d.blocks().stream().map(b -> b.text().text()).toList(),
                "page numbers are left out as in a PDF");
        assertEquals(List.of("第二页正文\n— 2 —\n"), Originals.pagesFrom(ofd, 2));
    }

    @Test
    void brokenFilesAreOneErrorLineEachAndTheRestGoesOn() throws Exception {
        FormFiles.ofd(dir.resolve("good.ofd"), List.of(List.of("到2027年，全市建成5G基站3000个。")), false);
        byte[] ofd = Files.readAllBytes(dir.resolve("good.ofd"));
        Files.write(dir.resolve("cut.ofd"), Arrays.copyOf(ofd, ofd.length / 2));
        byte[] doc = Files.readAllBytes(DOC);
        Files.write(dir.resolve("cut.doc"), Arrays.copyOf(doc, 1024));
        byte[] junk = new byte[600];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 7);
        }
        Files.write(dir.resolve("fake.doc"), junk);
        Files.copy(WPS, dir.resolve("good.wps"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TreeSet<String> graphs = new TreeSet<>();
        var summary = Pipeline.builder().reference(false).threads(2)
                .errors(ErrorPolicy.report(new PrintStream(err, true, StandardCharsets.UTF_8))).build()
                .run(List.of(dir), new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        graphs.add(q.getGraph().getURI().replaceAll(".*/document/", ""));
                    }
                });
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("cut.ofd: unreadable OFD file (a broken or truncated ZIP archive)"), e);
        assertTrue(e.contains("cut.doc: unreadable"), e);
        assertTrue(e.contains("fake.doc: not a legacy Word (.doc/.wps) file, whose bytes open with an OLE2 header: binary content"), e);
        assertEquals(3, e.lines().count(), e);
        assertEquals(3, summary.failed());
        assertTrue(graphs.containsAll(List.of("good.ofd", "good.wps")), graphs.toString());
    }

    @Test
    void anOfdWithoutItsPageIsAnErrorNamingThePart() throws Exception {
        Path ofd = dir.resolve("a.ofd");
        FormFiles.ofd(ofd, List.of(List.of("正文")), false);
        Path broken = dir.resolve("b.ofd");
        try (var in = new java.util.zip.ZipFile(ofd.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            for (var en : java.util.Collections.list(in.entries())) {
                if (!en.getName().endsWith("Content.xml")) {
                    out.putNextEntry(new java.util.zip.ZipEntry(en.getName()));
                    in.getInputStream(en).transferTo(out);
                }
            }
        }
        InputException x = assertThrows(InputException.class, () -> new SourceReader().read(broken));
        assertEquals(broken + ": OFD file without its part Doc_0/Pages/Page_0/Content.xml", x.describe());
    }
}
