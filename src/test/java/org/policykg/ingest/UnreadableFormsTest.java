package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;

/** A broken .xls, an RTF with unbalanced braces and a JS file whose value is not JSON: one error line each, the rest read. */
class UnreadableFormsTest {
    @TempDir
    Path dir;

    @Test
    void eachBrokenFileIsOneLineNamingItAndTheFolderGoesOn() throws Exception {
        Path good = dir.resolve("good.xls");
        LegacyFiles.xls(good, Map.of("s", List.of(List.of("标题", "正文"), List.of("凯里市数据条例", "到2027年，全市建成5G基站3000个。"))));
        byte[] xls = Files.readAllBytes(good);
        Files.write(dir.resolve("cut.xls"), Arrays.copyOf(xls, xls.length / 3));
        String rtf = LegacyFiles.rtf(List.of("都匀市算力发展措施", "一、到2027年，全市建成智算中心2个。"));
        Files.writeString(dir.resolve("good.doc"), rtf, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("open.doc"), rtf.substring(0, rtf.lastIndexOf('}')), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("good.js"), "var d = {\"标题\":\"兴义市数据开放办法\",\"正文\":\"到2026年，全市开放数据集100个。\"};");
        Files.writeString(dir.resolve("bad.js"), "var d = {标题: '兴义市数据开放办法', 正文: '到2026年，全市开放数据集100个。'};");
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
        assertTrue(e.contains("cut.xls: unreadable legacy Excel (.xls) file (broken or truncated)"), e);
        assertTrue(e.contains("open.doc: RTF with unbalanced braces: 1 group is not closed at the end of the file"), e);
        assertTrue(e.contains("bad.js: JavaScript data (var) whose value is not valid JSON at line 1, column"), e);
        assertEquals(3, e.lines().count(), e);
        assertEquals(3, summary.failed());
        assertEquals(List.of("good.doc", "good.js", "good.xls-row-2"), List.copyOf(graphs));
    }
}
