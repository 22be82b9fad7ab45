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
import java.util.OptionalLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One small size of the capacity plan end to end, in child JVMs: what is reported is what
 * was made (the extraction's quads are the quads counted by kind, the store holds them, the
 * pages answer), and the incremental-update hook is called with the changed documents.
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
        List<Path> changedSeen = new ArrayList<>();
        ScaleBenchmark.IncrementalUpdate hook = (store, corpus, changed) -> {
            assertTrue(Files.isDirectory(store.resolve("tdb2")), "the built store is handed over");
            changedSeen.addAll(changed);
            return OptionalLong.of(1234);
        };
        ScaleBenchmark.Setup setup = new ScaleBenchmark.Setup(classPath, sources, 1, Files.createDirectories(dir.resolve("work")),
                2, "256m", "1g", "1g", Path.of("queries").toAbsolutePath(), 2, 1.0, 10, 50, 3, hook, false);
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
        ScaleBenchmark.Serving v = r.serving().orElseThrow();
        assertTrue(v.toFirstPage() >= v.toAddress() && v.toAddress() > 0, v.toString());
        assertEquals(0, v.latency().errors(), "every sampled page answers 200");
        assertEquals(50, v.latency().pages(), "the sample is cut to its size");
        assertTrue(v.latency().requests() > 0);
        assertEquals(3, changedSeen.size(), "three documents changed");
        assertEquals("3 documents changed: 1.2 s", r.incremental());
        assertTrue(Files.notExists(dir.resolve("work").resolve("scale-4")), "removed afterwards");

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ScaleBenchmark.report(List.of(r), new PrintStream(table, true, StandardCharsets.UTF_8));
        String t = table.toString(StandardCharsets.UTF_8);
        assertTrue(t.contains(String.format("| quads | %,d |", r.extraction().quads())), t);
        assertTrue(t.contains("| evidence nodes (quote, offsets, document, supports, type) |"), t);
    }
}
