package org.policykg.bench;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Peak heap of extraction against corpus size. The seeds are copied to N documents (each
 * copy a file of its own name, so each is its own named graph), and the extract command
 * writes them to N-Quads in a fresh JVM with a fixed maximum heap, watched by
 * {@link HeapProbe}. When output streams, the peak stays flat as N grows.
 */
public final class HeapBenchmark {
    /** How the child JVMs are run. */
    public record Setup(List<Path> classPath, String maxHeap, int threads) {
        public Setup {
            classPath = List.copyOf(classPath);
        }
    }

    /**
     * One corpus size measured. {@code peakUsed} is the heap at its highest (just before a
     * collection); {@code peakAfterGc} the most that was still live after one. Byte counts.
     */
    public record Result(int documents, long corpusBytes, long outputBytes, int exitCode, boolean outOfMemory,
                         long millis, long peakUsed, long peakAfterGc, int collections, long maxHeap, String gc,
                         double load) {
        public double documentsPerSecond() {
            return documents * 1000.0 / Math.max(1, millis);
        }

        public boolean ok() {
            return exitCode == 0 && !outOfMemory;
        }
    }

    private HeapBenchmark() {
    }

    /** Copies the seeds round by round into {@code target} until it holds {@code documents} files. */
    public static long buildCorpus(Path seeds, Path target, int documents) throws IOException {
        List<Path> files = ExtractionBenchmark.seedFiles(seeds);
        Files.createDirectories(target);
        long bytes = 0;
        for (int i = 0; i < documents; i++) {
            Path f = files.get(i % files.size());
            Path to = target.resolve(String.format("%05d-%s", i / files.size(), f.getFileName()));
            Files.copy(f, to);
            bytes += Files.size(to);
        }
        return bytes;
    }

    /** Extracts {@code corpus} to {@code output} (N-Quads) in a child JVM and reads its probe's report. */
    public static Result measure(Setup setup, Path corpus, int documents, long corpusBytes, Path output)
            throws IOException, InterruptedException {
        Path report = Files.createTempFile("policykg-heap", ".properties");
        Path err = Files.createTempFile("policykg-heap", ".err");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = String.join(File.pathSeparator, setup.classPath().stream().map(Path::toString).toList());
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + setup.maxHeap(), "-cp", cp,
                    HeapProbe.class.getName(), report.toString(), "org.policykg.cli.Main",
                    "extract", corpus.toString(), "-o", output.toString(), "-q", "--threads", Integer.toString(setup.threads())));
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            int exit = p.waitFor();
            boolean oom = Files.readString(err, StandardCharsets.UTF_8).contains("OutOfMemoryError");
            Properties r = new Properties();
            r.load(new StringReader(Files.exists(report) ? Files.readString(report) : ""));
            long outputBytes = Files.exists(output) ? Files.size(output) : 0;
            // The machine's load as the run ends: other work on the cores slows documents/s, not the heap.
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return new Result(documents, corpusBytes, outputBytes, exit, oom, number(r, "millis"), number(r, "peakUsed"),
                    number(r, "peakAfterGc"), (int) number(r, "collections"), number(r, "maxHeap"), r.getProperty("gc", "?"),
                    load);
        } finally {
            Files.deleteIfExists(report);
            Files.deleteIfExists(err);
        }
    }

    private static long number(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? -1 : Long.parseLong(v.strip());
    }

    public static String header() {
        return String.format("%9s %9s %11s %16s %19s %5s %9s %12s %5s", "documents", "corpus MB", "output MB",
                "peak heap MB", "peak after GC MB", "GCs", "seconds", "documents/s", "load");
    }

    public static String describe(Result r) {
        if (!r.ok()) {
            return String.format("%,9d %9.1f  failed: exit %d%s", r.documents(), mb(r.corpusBytes()), r.exitCode(),
                    r.outOfMemory() ? ", out of memory" : "");
        }
        return String.format("%,9d %9.1f %,11.0f %16.1f %19.1f %,5d %9.1f %,12.0f %5.1f", r.documents(),
                mb(r.corpusBytes()), mb(r.outputBytes()), mb(r.peakUsed()), mb(r.peakAfterGc()), r.collections(),
                r.millis() / 1000.0, r.documentsPerSecond(), r.load());
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }
}
