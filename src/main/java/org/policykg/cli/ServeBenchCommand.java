package org.policykg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.bench.ExtractionBenchmark;
import org.policykg.bench.ServeBenchmark;
import org.policykg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-serve", description = {
    "Measure the server: time to ready on a built store (fresh JVMs, needs the jar),",
    "and resource-page latency with concurrent clients."})
final class ServeBenchCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Documents to serve (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--queries", paramLabel = "DIR", description = "Saved queries (default: ${DEFAULT-VALUE}).")
    Path queries = Path.of("queries");

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 4;

    @Option(names = "--seconds", paramLabel = "N", description = "How long clients run (default: ${DEFAULT-VALUE}).")
    double seconds = 20;

    @Option(names = "--ready-runs", paramLabel = "N", description = "Server starts to time (default: ${DEFAULT-VALUE}).")
    int readyRuns = 3;

    ServeBenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("policykg-bench-serve");
        try {
            io.out().printf("java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
            long t0 = System.nanoTime();
            Stores.Opened opened = Stores.open(data, List.of(seeds), io.err(), false);
            io.out().printf("store built in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, opened.line());
            ServeBenchmark.Latency l;
            try (var store = opened.store()) {
                l = ServeBenchmark.pageLatency(store, queries, clients, seconds, io.err());
            }
            io.out().println(ServeBenchmark.describe(l));
            Path jar = Path.of(ServeBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(jar)) {
                List<Long> ready = ServeBenchmark.timeToReady(jar, data, seeds, readyRuns);
                long[] sorted = ready.stream().mapToLong(Long::longValue).sorted().toArray();
                io.out().printf("time to ready (built store, fresh JVM): median %d ms of %s ms%n",
                        sorted.length == 0 ? -1 : sorted[sorted.length / 2], ready);
            } else {
                io.out().println("time to ready: run from the jar to measure it");
            }
            return ExitCodes.OK;
        } finally {
            ExtractionBenchmark.delete(data);
        }
    }
}
