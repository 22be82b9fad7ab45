package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policykg.bench.ExtractionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Measure end-to-end extraction throughput on the seeds copied to a given size.")
final class BenchCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Documents to copy (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--size-mb", paramLabel = "N", description = "Corpus size in MB (default: ${DEFAULT-VALUE}).")
    int sizeMb = 20;

    @Option(names = "--threads", paramLabel = "N", split = ",",
            description = "Thread counts to measure, e.g. 1,2 (default: ${DEFAULT-VALUE}).")
    int[] threads = {1, 2};

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs per setting (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--warmups", paramLabel = "N", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
    int warmups = 1;

    BenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Path corpus = Files.createTempDirectory("policykg-bench");
        try {
            long bytes = ExtractionBenchmark.buildCorpus(seeds, corpus, sizeMb * 1024L * 1024L);
            io.out().printf("corpus: %s copied to %,d bytes (%.1f MB) in %s%n", seeds, bytes, bytes / 1048576.0, corpus);
            io.out().printf("java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
            for (int t : threads) {
                ExtractionBenchmark.Result r = ExtractionBenchmark.run(corpus, t, warmups, runs);
                io.out().println(ExtractionBenchmark.describe(r));
            }
            return ExitCodes.OK;
        } finally {
            ExtractionBenchmark.delete(corpus);
        }
    }
}
