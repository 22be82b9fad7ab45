package org.policykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policykg.store.IncrementalStoreTest.quiet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update killed with {@code kill -9} at each of its steps (and once at no particular one)
 * leaves a store whose every graph holds either its old or its new content, and the next open
 * finishes the update: the same quads, text index, manifest, kept figures and search results as a fresh build.
 */
@Tag("integration") // child JVMs, stores on disk
class UpdateCrashTest {
    @TempDir
    Path tmp;

    /** The child: runs the update of DATA from DOCS, stopping (to be killed) at step PHASE. */
    public static void main(String[] args) throws Exception {
        String stopAt = args[2];
        Update.phases = p -> {
            System.out.println("phase " + p);
            System.out.flush();
            if (p.equals(stopAt)) {
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Stores.open(Path.of(args[0]), List.of(Path.of(args[1])), System.err, false).store().close();
        System.out.println("done");
    }

    @Test
    void aKilledUpdateLeavesOldOrNewAndTheNextOpenFinishesIt() throws Exception {
        Path docs0 = IncrementalStoreTest.corpus(tmp.resolve("docs0"));
        Path base = tmp.resolve("base");
        Map<String, List<String>> before;
        try (Store s = Stores.open(base, List.of(docs0), quiet(), false).store()) {
            before = graphs(s.database());
        }
        Path docs = tmp.resolve("docs");
        copy(docs0, docs);
        IncrementalStoreTest.change(docs);
        Map<String, List<String>> after;
        List<String> freshQuads;
        int freshIndex;
        Map<String, Set<String>> freshSearch = new TreeMap<>();
        Manifest freshManifest;
        String freshStats;
        try (Store f = Stores.open(tmp.resolve("fresh"), List.of(docs), quiet(), false).store()) {
            after = graphs(f.database());
            freshQuads = IncrementalStoreTest.quads(f.database());
            freshIndex = IncrementalStoreTest.luceneDocs(f.dir());
            for (String w : WORDS) {
                freshSearch.put(w, IncrementalStoreTest.search(f, w));
            }
            freshManifest = Manifest.read(f.dir().resolve(Stores.MANIFEST));
            freshStats = Files.readString(f.dir().resolve(GraphStats.FILE));
        }

        // "extracted" is killed with no pause: wherever the child happens to be a moment later.
        for (String phase : List.of("journal", "applied", "committed", "stats", "manifest", "extracted-race")) {
            Path data = tmp.resolve("data-" + phase);
            copy(base, data);
            List<String> seen = killAt(data, docs, phase);
            assertTrue(seen.contains("phase " + phase.replace("-race", "")), phase + ": the child got there: " + seen);

            Path dir;
            try (Stream<Path> s = Files.list(data)) {
                dir = s.filter(p -> p.getFileName().toString().startsWith("store-")).findFirst().orElseThrow();
            }
            DatasetGraph db = DatabaseMgr.connectDatasetGraph(dir.resolve(Store.TDB).toString());
            try {
                Map<String, List<String>> now = graphs(db);
                Set<String> names = new TreeSet<>(before.keySet());
                names.addAll(after.keySet());
                names.addAll(now.keySet());
                for (String g : names) {
                    List<String> q = now.getOrDefault(g, List.of());
                    assertTrue(q.equals(before.getOrDefault(g, List.of())) || q.equals(after.getOrDefault(g, List.of())),
                            phase + ": " + g + " holds neither its old nor its new content");
                }
            } finally {
                TDBInternal.expel(db, true);
            }

            Stores.Opened o = Stores.open(data, List.of(docs), quiet(), false);
            try (Store s = o.store()) {
                boolean journal = !phase.startsWith("extracted");
                if (journal) {
                    assertTrue(o.built(), phase);
                    assertTrue(o.updated().contains("redone after an interrupted update"), phase + ": " + o.updated());
                }
                assertFalse(Files.exists(s.dir().resolve(Update.JOURNAL)), phase);
                assertEquals(freshQuads, IncrementalStoreTest.quads(s.database()), phase);
                assertEquals(freshManifest, Manifest.read(s.dir().resolve(Stores.MANIFEST)), phase);
                assertEquals(freshStats, Files.readString(s.dir().resolve(GraphStats.FILE)), phase + ": the kept figures");
                for (String w : WORDS) {
                    assertEquals(freshSearch.get(w), IncrementalStoreTest.search(s, w), phase + ": " + w);
                }
            }
            assertEquals(freshIndex, IncrementalStoreTest.luceneDocs(dir), phase + ": text index entities");
            Stores.Opened again = Stores.open(data, List.of(docs), quiet(), false);
            again.store().close();
            assertFalse(again.built(), phase + ": the finished update is not done a third time");
        }
    }

    private static final List<String> WORDS = List.of("量子计算", "数据商", IncrementalStoreTest.REMOVED, "算力券");

    /** Runs the child until it reports {@code phase}, then kills it; the lines it printed. */
    private static List<String> killAt(Path data, Path docs, String phase) throws IOException, InterruptedException {
        boolean race = phase.endsWith("-race");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), UpdateCrashTest.class.getName(),
                data.toString(), docs.toString(), race ? "none" : phase)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> seen = new ArrayList<>();
        String wanted = "phase " + phase.replace("-race", "");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                seen.add(line);
                if (line.equals(wanted)) {
                    if (race) {
                        Thread.sleep(50);
                    }
                    break;
                }
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of files
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        }
        return seen;
    }

    /** Each graph's quads, sorted. */
    private static Map<String, List<String>> graphs(DatasetGraph db) {
        Map<String, List<String>> out = new TreeMap<>();
        Txn.executeRead(db, () -> db.find().forEachRemaining(q -> out.computeIfAbsent(q.getGraph().getURI(), k -> new ArrayList<>())
                .add(q.getSubject() + " " + q.getPredicate() + " " + q.getObject())));
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
