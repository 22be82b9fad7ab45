package org.policykg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One small size of the capacity plan end to end, in child JVMs: what is reported is what
 * was made (the extraction's quads are the quads counted by kind, the store holds them, the
 * pages answer), and the folder grown is served over the updated store, which equals a fresh build.
 */
@Tag("integration")
class ScaleBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void aSmallCorpusIsExtractedCountedStoredAndServed() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        for (String seed : List.of("000_1946f55c0c7bf20a.txt", "003_ac67732907bb12cf.txt")) {
            Files.copy(Path.of("seeds", seed), sources.resolve(seed));
        }
        List<Path> classPath = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(p).toAbsolutePath());
        }
        ScaleBenchmark.Setup setup = new ScaleBenchmark.Setup(classPath, sources, 1, Files.createDirectories(dir.resolve("work")),
                2, "256m", "1g", "1g", Path.of("queries").toAbsolutePath(), 2, 1.0, 10, 50, 3, 10, false);
        ScaleCorpus corpus = ScaleCorpus.from(sources, 1);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ScaleBenchmark.SizeResult r = ScaleBenchmark.measure(setup, corpus, 4, new PrintStream(log, true, StandardCharsets.UTF_8));

        assertTrue(r.extraction().ok(), log.toString(StandardCharsets.UTF_8));
        assertEquals(4, r.extraction().documents());
        assertEquals(0, r.extraction().failed());
        assertTrue(r.extraction().quads() > 1000, "quads: " + r.extraction().quads());
        assertEquals(r.extraction().quads(), r.kinds().quads(), "the file holds what the summary counted");
        assertTrue(r.extraction().peakRss() > r.extraction().peakAfterGc() && r.extraction().peakAfterGc() > 0);
        assertTrue(r.extraction().cpuMillis() > 0);
        assertTrue(r.nquadsGzBytes() > 0 && r.nquadsGzBytes() * 5 < r.kinds().bytes(), "gzipped");
        ScaleBenchmark.StoreBuild s = r.store().orElseThrow();
        assertTrue(s.ok() && s.tdb() > 0 && s.text() > 0 && s.dumps() > r.kinds().bytes(), s.toString());
        assertTrue(s.opened().startsWith("opened in ") && s.opened().contains("built: 4 documents"), s.opened());
        ScaleBenchmark.Serving v = r.serving().orElseThrow();
        assertTrue(v.start().toFirstPage() >= v.start().toAddress() && v.start().toAddress() > v.start().openMillis(),
                v.toString());
        assertEquals("as it was", v.start().opened(), "the built store is served as it is");
        ServeBenchmark.Latency l = v.latency().orElseThrow();
        assertEquals(0, l.errors(), "every sampled page answers 200");
        assertEquals(50, l.pages(), "the sample is cut to its size");
        assertTrue(l.requests() > 0);
        ServeBenchmark.Latency home = v.home().orElseThrow();
        assertEquals(0, home.errors(), "the home page answers 200");
        assertTrue(home.requests() > 0 && home.pages() == 1);
        assertTrue(v.toFirstBrowse() >= 0, "the facet page answered");
        assertEquals(0, v.browse().orElseThrow().errors(), "and answers 200 after");
        ScaleBenchmark.Incremental i = r.incremental().orElseThrow();
        assertEquals(3, i.changed());
        assertEquals(3, i.added());
        assertTrue(i.updated().opened().startsWith("updated: 3 added, 3 changed, 0 removed"), i.updated().opened());
        ScaleBenchmark.Start fresh = i.fresh().orElseThrow();
        assertTrue(fresh.opened().startsWith("built: 7 documents"), fresh.opened());
        assertTrue(i.updated().toFirstPage() > 0 && fresh.toFirstPage() > 0, i.toString());
        assertTrue(s.openMillis() > 0 && i.updated().openMillis() > 0 && fresh.openMillis() > 0, i.toString());
        ScaleBenchmark.Sameness same = i.sameness().orElseThrow();
        assertTrue(same.same(), same.toString());
        assertEquals(Optional.of(true), i.sameStats(), "the home page's kept figures too");
        assertTrue(same.graphs() >= 7 && same.quads() > r.extraction().quads(),
                "every document's graph, and the quads of the grown folder: " + same);
        assertTrue(Files.notExists(dir.resolve("work").resolve("scale-4")), "removed afterwards");

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ScaleBenchmark.report(List.of(r), new PrintStream(table, true, StandardCharsets.UTF_8));
        String t = table.toString(StandardCharsets.UTF_8);
        assertTrue(t.contains(String.format("| quads | %,d |", r.extraction().quads())), t);
        assertTrue(t.contains("| evidence nodes (quote, offsets, document, supports, type) |"), t);
    }
}
