package org.policykg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;
import org.policykg.pipeline.Summary;
import org.policykg.rdf.CountingStream;
import org.policykg.rdf.DatasetWriter;

/**
 * End-to-end extraction throughput: a corpus made by copying the seeds until it
 * reaches a size, extracted and written as N-Quads, several times after a warm-up.
 */
public final class ExtractionBenchmark {
    /**
     * One measured run. Writing is no longer a phase of its own to time: each document is
     * written as it is done, while the pool goes on extracting.
     */
    public record Run(long millis, long characters, int documents, long quads) {
        public double charsPerSecond() {
            return characters * 1000.0 / Math.max(1, millis);
        }
    }

    /** The corpus and the runs, with the median. */
    public record Result(Path corpus, long bytes, int documents, int threads, List<Run> runs) {
        public Run median() {
            List<Run> sorted = new ArrayList<>(runs);
            sorted.sort(Comparator.comparingLong(Run::millis));
            return sorted.get(sorted.size() / 2);
        }
    }

    private ExtractionBenchmark() {
    }

    /** The documents of a seeds folder to copy (its README is not one), sorted; at least one. */
    static List<Path> seedFiles(Path seeds) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no documents in " + seeds);
        }
        return files;
    }

    /** Copies every file of {@code seeds} into {@code target} (renamed copy by copy) until {@code minBytes}. */
    public static long buildCorpus(Path seeds, Path target, long minBytes) throws IOException {
        List<Path> files = seedFiles(seeds);
        Files.createDirectories(target);
        long bytes = 0;
        for (int copy = 0; bytes < minBytes; copy++) {
            for (Path f : files) {
                Path to = target.resolve(String.format("%04d-%s", copy, f.getFileName()));
                Files.copy(f, to);
                bytes += Files.size(to);
            }
        }
        return bytes;
    }

    public static Result run(Path corpus, int threads, int warmups, int runs) throws IOException {
        long bytes;
        int documents;
        try (Stream<Path> s = Files.list(corpus)) {
            List<Path> files = s.toList();
            documents = files.size();
            long b = 0;
            for (Path f : files) {
                b += Files.size(f);
            }
            bytes = b;
        }
        Pipeline pipeline = Pipeline.builder().errors(ErrorPolicy.strict()).threads(threads).reference(false).build();
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            CountingStream counted = new CountingStream(
                    DatasetWriter.stream(OutputStream.nullOutputStream(), DatasetWriter.Syntax.NQUADS));
            long t0 = System.nanoTime();
            Summary s = pipeline.run(List.of(corpus), counted);
            long t1 = System.nanoTime();
            if (i >= warmups) {
                out.add(new Run((t1 - t0) / 1_000_000, s.characters(), s.documents(), counted.counts().quads()));
            }
        }
        return new Result(corpus, bytes, documents, threads, out);
    }

    /** Removes a corpus folder. */
    public static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static long[] millis(List<Run> runs) {
        return runs.stream().mapToLong(Run::millis).sorted().toArray();
    }

    public static String describe(Result r) {
        Run m = r.median();
        return String.format("threads=%d: %,.0f characters/s (median of %d runs, %s ms),"
                        + " %,d documents, %,d characters, %,d quads",
                r.threads(), m.charsPerSecond(), r.runs().size(), Arrays.toString(millis(r.runs())),
                m.documents(), m.characters(), m.quads());
    }
}
