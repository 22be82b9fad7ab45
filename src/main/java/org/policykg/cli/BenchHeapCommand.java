package org.policykg.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.bench.ExtractionBenchmark;
import org.policykg.bench.HeapBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-heap", description = "Measure peak heap and documents/s of extract, in fresh JVMs, as the corpus grows.")
final class BenchHeapCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Documents to copy (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--sizes", paramLabel = "N", split = ",",
            description = "Corpus sizes in documents (default: ${DEFAULT-VALUE}).")
    int[] sizes = {1_000, 5_000, 20_000};

    @Option(names = "--xmx", paramLabel = "SIZE", description = "Maximum heap of each extract JVM (default: ${DEFAULT-VALUE}).")
    String xmx = "256m";

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--jar", paramLabel = "JAR",
            description = "Measure another build's extract command (its classes come first; the probe comes from this jar).")
    Path otherJar;

    BenchHeapCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> classPath = new ArrayList<>();
        if (otherJar != null) {
            classPath.add(otherJar.toAbsolutePath());
        }
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(p)); // this build: the probe, and the CLI unless --jar comes first
        }
        HeapBenchmark.Setup setup = new HeapBenchmark.Setup(classPath, xmx, threads);
        io.out().printf("java %s, %d cores; each size extracted to N-Quads by %s in a fresh JVM, -Xmx%s, --threads %d%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                otherJar == null ? "this build" : otherJar, xmx, threads);
        io.out().println(HeapBenchmark.header());
        boolean allOk = true;
        HeapBenchmark.Result last = null;
        for (int n : sizes) {
            Path dir = Files.createTempDirectory("policykg-bench-heap");
            try {
                long bytes = HeapBenchmark.buildCorpus(seeds, dir.resolve("corpus"), n);
                HeapBenchmark.Result r = HeapBenchmark.measure(setup, dir.resolve("corpus"), n, bytes, dir.resolve("out.nq"));
                io.out().println(HeapBenchmark.describe(r));
                io.out().flush();
                allOk &= r.ok();
                last = r;
            } finally {
                ExtractionBenchmark.delete(dir);
            }
        }
        if (last != null) {
            io.out().printf("child JVMs: heap at most %.0f MB, collectors %s; seconds from the CLI's main to its exit%n",
                    last.maxHeap() / 1048576.0, last.gc());
        }
        return allOk ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }
}
