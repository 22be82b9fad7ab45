package org.policykg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.policykg.analysis.Context;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;
import org.policykg.pipeline.Summary;
import org.policykg.rdf.DatasetWriter;

/**
 * Does extraction scale? In one warm JVM, over one corpus: the single-document rate (each
 * document run alone on one thread, its time summed), and the corpus rate on one thread and
 * on {@code threads}. The three are taken in turn, round after round, the order reversed each
 * round, so that other work on the machine falls on all of them alike.
 */
public final class Throughput {
    /**
     * One measurement: characters and documents in so many nanoseconds of wall time and of the
     * process's CPU time (every thread, collector and compiler included), and the load as it ended.
     */
    public record Run(String what, long characters, int documents, long nanos, long cpuNanos, double load,
                      Map<String, Double> cpuSeconds) {
        public double charactersPerSecond() {
            return characters * 1e9 / Math.max(1, nanos);
        }

        /** What a core does: on a machine others share, wall time counts their work too, CPU time does not. */
        public double charactersPerCpuSecond() {
            return characters * 1e9 / Math.max(1, cpuNanos);
        }
    }

    /** Every run, in the order taken. */
    public record Result(int threads, List<Run> runs) {
        public double median(String what) {
            return median(what, Run::charactersPerSecond);
        }

        public double median(String what, java.util.function.ToDoubleFunction<Run> rate) {
            double[] v = runs.stream().filter(r -> r.what().equals(what)).mapToDouble(rate).sorted().toArray();
            if (v.length == 0) {
                return Double.NaN;
            }
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }

    static final String SINGLE = "single documents, 1 thread";
    static final String ONE = "corpus, 1 thread";

    static String many(int threads) {
        return "corpus, " + threads + " threads";
    }

    private Throughput() {
    }

    public static Result measure(Path corpus, int threads, int rounds, PrintStream log) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Context context = Context.standard();
        // Failures are shown; warnings (a template's stray control characters) would repeat every run.
        ErrorPolicy errors = new ErrorPolicy() {
            @Override
            public void failed(org.policykg.ingest.InputException e) {
                log.println("error: " + e.getMessage());
            }

            @Override
            public void warned(String file, String reason) {
            }
        };
        Pipeline one = Pipeline.builder().context(context).errors(errors).threads(1).reference(false).build();
        Pipeline n = Pipeline.builder().context(context).errors(errors).threads(threads).reference(false).build();
        warmUp(n, corpus, log);
        List<Run> runs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            List<Runnable> order = new ArrayList<>();
            order.add(() -> runs.add(singles(one, files)));
            order.add(() -> runs.add(corpusRun(one, corpus, ONE)));
            order.add(() -> runs.add(corpusRun(n, corpus, many(threads))));
            if (r % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (Runnable step : order) {
                step.run();
                Run last = runs.get(runs.size() - 1);
                log.printf("round %d: %s: %,.0f characters/s, %,.0f per CPU second (load %.1f)%n", r + 1, last.what(),
                        last.charactersPerSecond(), last.charactersPerCpuSecond(), last.load());
            }
        }
        return new Result(threads, runs);
    }

    /**
     * Runs the corpus until the JIT compilers settle: this code base's regular expressions,
     * dictionaries and Jena keep the compilers busy for a minute or more (about 0.4 of a core
     * over the first eight rounds, measured), and a compiler sharing two cores with the
     * extraction would make any comparison of 1 and 2 threads a comparison of warm-ups. Steady
     * means under 5 % of a core in one whole run; without /proc, three runs.
     */
    static final double STEADY_JIT_CORES = 0.05;
    static final int MAX_WARM_UP_RUNS = 60;

    private static void warmUp(Pipeline p, Path corpus, PrintStream log) {
        for (int i = 1; i <= MAX_WARM_UP_RUNS; i++) {
            Run r = corpusRun(p, corpus, "warm-up");
            Double jit = r.cpuSeconds().get(ThreadCpu.JIT);
            if (jit == null) {
                if (i >= 3) {
                    log.println("warm-up: 3 runs (no per-thread CPU here)");
                    return;
                }
                continue;
            }
            double cores = jit * 1e9 / r.nanos();
            log.printf("warm-up %d: JIT compilers %.2f cores%n", i, cores);
            if (cores < STEADY_JIT_CORES) {
                return;
            }
        }
        log.printf("warm-up: the compilers had not settled after %d runs%n", MAX_WARM_UP_RUNS);
    }

    private static Run singles(Pipeline p, List<Path> files) {
        long chars = 0;
        long nanos = 0;
        int docs = 0;
        long cpu0 = cpuNanos();
        ThreadCpu.Snapshot split0 = ThreadCpu.now();
        for (Path f : files) {
            long t0 = System.nanoTime();
            Summary s = p.run(List.of(f), nullSink());
            nanos += System.nanoTime() - t0;
            chars += s.characters();
            docs += s.documents();
        }
        return new Run(SINGLE, chars, docs, nanos, cpuNanos() - cpu0, ScaleBenchmark.load(),
                split0.secondsUntil(ThreadCpu.now()));
    }

    private static Run corpusRun(Pipeline p, Path corpus, String what) {
        long cpu0 = cpuNanos();
        ThreadCpu.Snapshot split0 = ThreadCpu.now();
        long t0 = System.nanoTime();
        Summary s = p.run(List.of(corpus), nullSink());
        long nanos = System.nanoTime() - t0;
        return new Run(what, s.characters(), s.documents(), nanos, cpuNanos() - cpu0, ScaleBenchmark.load(),
                split0.secondsUntil(ThreadCpu.now()));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** N-Quads written to nowhere: the writer's work is counted, the disk's is not. */
    private static org.apache.jena.riot.system.StreamRDF nullSink() {
        return DatasetWriter.stream(OutputStream.nullOutputStream(), DatasetWriter.Syntax.NQUADS);
    }

    /**
     * Cores each kind of thread kept busy, medians over the rounds: "1 thread" runs its documents
     * on one pool thread while the calling thread writes, and the collector and compilers run
     * beside both, so the ratio of 2 threads to 1 is bounded by how many cores 1 already uses.
     */
    private static void cpuSplit(Result r, PrintStream out) {
        if (r.runs().isEmpty() || r.runs().get(0).cpuSeconds().isEmpty()) {
            return;
        }
        List<String> kinds = List.copyOf(r.runs().get(0).cpuSeconds().keySet());
        List<String[]> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("run (cores busy, median)"));
        head.addAll(kinds);
        head.add("all");
        rows.add(head.toArray(String[]::new));
        for (String what : List.of(SINGLE, ONE, many(r.threads()))) {
            List<String> row = new ArrayList<>(List.of(what));
            for (String k : kinds) {
                row.add(String.format("%.2f", r.median(what, x -> x.cpuSeconds().getOrDefault(k, 0.0) * 1e9 / x.nanos())));
            }
            row.add(String.format("%.2f", r.median(what, x -> (double) x.cpuNanos() / x.nanos())));
            rows.add(row.toArray(String[]::new));
        }
        ScaleBenchmark.table(rows, out);
    }

    public static void report(Result r, PrintStream out) {
        double single = r.median(SINGLE);
        double one = r.median(ONE);
        double many = r.median(many(r.threads()));
        out.printf("throughput, medians of %d rounds (characters/s): single documents %,.0f; corpus on 1 thread %,.0f"
                        + " (%.2f of single); on %d threads %,.0f (%.2f x 1 thread, %.2f of single per thread)%n",
                r.runs().size() / 3, single, one, one / single, r.threads(), many, many / one, many / r.threads() / single);
        double cSingle = r.median(SINGLE, Run::charactersPerCpuSecond);
        double cOne = r.median(ONE, Run::charactersPerCpuSecond);
        double cMany = r.median(many(r.threads()), Run::charactersPerCpuSecond);
        out.printf("per CPU second (characters/s of CPU time): single documents %,.0f; corpus on 1 thread %,.0f (%.2f of single);"
                + " on %d threads %,.0f (%.2f of single)%n", cSingle, cOne, cOne / cSingle, r.threads(), cMany, cMany / cSingle);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"round", "run", "characters/s", "per CPU second", "load"});
        for (int i = 0; i < r.runs().size(); i++) {
            Run x = r.runs().get(i);
            rows.add(new String[] {Integer.toString(i / 3 + 1), x.what(), String.format("%,.0f", x.charactersPerSecond()),
                    String.format("%,.0f", x.charactersPerCpuSecond()), String.format("%.1f", x.load())});
        }
        ScaleBenchmark.table(rows, out);
        cpuSplit(r, out);
        double[] loads = r.runs().stream().mapToDouble(Run::load).sorted().toArray();
        out.printf("load average (1 min) during the rounds: %.1f to %.1f%n", loads[0], loads[loads.length - 1]);
    }
}
