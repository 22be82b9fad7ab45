package org.policykg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.policykg.store.Loader;
import org.policykg.store.Store;
import org.policykg.store.Stores;

/**
 * The store's build and update, measured: the same quads loaded by our build (with its text
 * index) and by Jena's bulk loaders as {@code tdb2.tdbloader} runs them (no text index),
 * alternating, each several times; and a corpus built in full, then K of its documents
 * changed and the store updated in place, in process and as {@code serve} starting over it.
 */
public final class StoreBenchmark {
    private StoreBenchmark() {
    }

    /** One way of loading, its times (ms) and the size of what it wrote. */
    public record Timing(String name, List<Long> millis, long bytes) {
        public long median() {
            List<Long> s = new ArrayList<>(millis);
            s.sort(null);
            return s.get(s.size() / 2);
        }
    }

    /** A way of loading, by name. */
    private record Way(String name, Loader loader, boolean text) {
    }

    /** The ways compared: ours first. */
    private static final List<Way> WAYS = List.of(
            new Way("ours: parallel loader + text index (fresh builds)", Loader.PARALLEL, true),
            new Way("ours before: one transaction + text index", Loader.TRANSACTION, true),
            new Way("ours with the phased loader + text index", Loader.PHASED, true),
            new Way("tdb2.tdbloader --loader=phased (no text index)", Loader.PHASED, false),
            new Way("tdb2.tdbloader --loader=parallel (no text index)", Loader.PARALLEL, false));

    /**
     * Loads {@code quads} each way {@code runs} times into fresh folders under {@code work},
     * rotating the order every round so that no way always goes first (or last) under a load
     * that changes; each folder is deleted after it is measured.
     */
    public static List<Timing> loaders(Path quads, int runs, Path work, PrintStream log) throws IOException {
        List<List<Long>> times = new ArrayList<>();
        long[] bytes = new long[WAYS.size()];
        for (int i = 0; i < WAYS.size(); i++) {
            times.add(new ArrayList<>());
        }
        for (int round = 0; round < runs; round++) {
            for (int j = 0; j < WAYS.size(); j++) {
                int i = (j + round) % WAYS.size();
                Way w = WAYS.get(i);
                Path dir = Files.createDirectories(work.resolve("load-" + i));
                long t0 = System.nanoTime();
                long n = Stores.load(dir, quads, w.loader(), w.text());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                times.get(i).add(ms);
                bytes[i] = size(dir);
                log.printf("  round %d: %-50s %,d quads in %,d ms (%s)%n", round + 1, w.name(), n, ms, load());
                ExtractionBenchmark.delete(dir);
            }
        }
        List<Timing> out = new ArrayList<>();
        for (int i = 0; i < WAYS.size(); i++) {
            out.add(new Timing(WAYS.get(i).name(), times.get(i), bytes[i]));
        }
        return out;
    }

    /** A full build, the update after K documents changed, and reopening with nothing changed. */
    public record Incremental(int documents, long fullMillis, long storeBytes, long quads, int changed, long updateMillis,
                              String updated, long reopenMillis) {
    }

    /**
     * Copies {@code corpus} to {@code work}, builds its store as {@code serve} does (extracting on
     * {@code threads} threads), changes {@code k} documents (a sentence with a target appended to
     * text files spread over the corpus) and opens the store again, which updates it in place.
     */
    public static Incremental incremental(Path corpus, int k, int threads, Path work, PrintStream log) throws IOException {
        Path docs = work.resolve("docs");
        List<Path> files = copy(corpus, docs);
        Path data = work.resolve("data");
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        long quads;
        long bytes;
        try (Store s = Stores.open(data, List.of(docs), quiet, false, threads).store()) {
            quads = s.size();
            bytes = size(s.dir());
        }
        long full = (System.nanoTime() - t0) / 1_000_000;
        log.printf("  full build of %,d documents: %,d ms, %,d quads, %,d bytes (%s)%n", files.size(), full, quads, bytes, load());
        change(files, k, 0);
        t0 = System.nanoTime();
        Stores.Opened o = Stores.open(data, List.of(docs), quiet, false, threads);
        o.store().close();
        long update = (System.nanoTime() - t0) / 1_000_000;
        log.printf("  update after %d documents changed: %,d ms: %s (%s)%n", k, update, o.line(), load());
        t0 = System.nanoTime();
        Stores.open(data, List.of(docs), quiet, false, threads).store().close();
        long reopen = (System.nanoTime() - t0) / 1_000_000;
        return new Incremental(files.size(), full, bytes, quads, k, update, o.line(), reopen);
    }

    /**
     * Appends a sentence naming a target to {@code k} text documents spread evenly over
     * {@code files} (JSON records and tables are left alone: appending would break them);
     * {@code variant} makes each call's sentences differ.
     */
    public static List<Path> change(List<Path> files, int k, int variant) throws IOException {
        List<Path> text = files.stream().filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).toList();
        List<Path> changed = new ArrayList<>();
        for (int i = 0; i < k && i < text.size(); i++) {
            Path f = text.get((int) ((long) i * text.size() / k));
            Files.writeString(f, "\n\n到2027年，全市算力规模达到" + (100 + 10 * variant + i) + "EFLOPS。\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            changed.add(f);
        }
        return changed;
    }

    /**
     * Milliseconds from starting {@code java -jar JAR serve} over {@code docs} to its "serving at"
     * line (the store built or updated as needed first), then stops it; -1 if it never got there.
     */
    public static long serveReady(Path jar, Path data, Path docs, String xmx) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java, "-Xmx" + xmx, "-jar", jar.toString(), "serve", "--port", "0", "-q",
                "--data", data.toString(), docs.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long ready = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.contains("serving at")) {
                    ready = (System.nanoTime() - t0) / 1_000_000;
                    break;
                }
            }
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook closes the store
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        return ready;
    }

    /** The documents of {@code corpus} copied into {@code docs}, in name order. */
    private static List<Path> copy(Path corpus, Path docs) throws IOException {
        Files.createDirectories(docs);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                Path t = docs.resolve(f.getFileName().toString());
                Files.copy(f, t);
                out.add(t);
            }
        }
        return out;
    }

    /** Bytes of the files under {@code dir}. */
    public static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    /** The load average now, for the log. */
    public static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load " + f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "load unknown";
        }
    }
}
