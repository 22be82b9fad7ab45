package org.policykg.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.bench.ExtractionBenchmark;
import org.policykg.bench.ScaleBenchmark;
import org.policykg.bench.ScaleCorpus;
import org.policykg.bench.Throughput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-scale", description = {
    "The capacity plan: corpora of real-like documents at several sizes, each extracted, counted,",
    "stored and served in fresh JVMs; and extraction throughput, single documents against the corpus",
    "on 1 and N threads. Prints Markdown tables."})
final class BenchScaleCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Documents the corpus is made from (default: ${DEFAULT-VALUE}, the shared real corpus).")
    Path sources = Path.of("eval/real/texts");

    @Option(names = "--sizes", paramLabel = "N", split = ",",
            description = "Corpus sizes in documents (default: ${DEFAULT-VALUE}; 100000 takes hours and tens of GB).")
    int[] sizes = {1_000, 10_000};

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the corpus's variations (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--xmx", paramLabel = "SIZE", description = "Heap of the extract JVM (default: ${DEFAULT-VALUE}).")
    String xmx = "256m";

    @Option(names = "--store-xmx", paramLabel = "SIZE", description = "Heap of the store-building JVM (default: ${DEFAULT-VALUE}).")
    String storeXmx = "6g";

    @Option(names = "--serve-xmx", paramLabel = "SIZE", description = "Heap of the server JVM (default: ${DEFAULT-VALUE}).")
    String serveXmx = "2g";

    @Option(names = "--store-max", paramLabel = "N",
            description = "Largest size that is also stored and served; larger ones are extracted only (default: ${DEFAULT-VALUE}).")
    int storeMax = 10_000;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent page clients (default: ${DEFAULT-VALUE}).")
    int clients = 4;

    @Option(names = "--seconds", paramLabel = "N", description = "How long page clients run (default: ${DEFAULT-VALUE}).")
    double seconds = 20;

    @Option(names = "--pages", paramLabel = "N", description = "Resource pages sampled for the clients (default: ${DEFAULT-VALUE}).")
    int pages = 2_000;

    @Option(names = "--changed", paramLabel = "N", description = "Documents changed, and as many added, for the incremental update (default: ${DEFAULT-VALUE}).")
    int changed = 10;

    @Option(names = "--fresh-max", paramLabel = "N",
            description = "Largest size also built afresh after the update, to compare it with the updated store (default: ${DEFAULT-VALUE}).")
    int freshMax = 10_000;

    @Option(names = "--throughput-documents", paramLabel = "N",
            description = "Corpus size of the throughput comparison; 0 skips it (default: ${DEFAULT-VALUE}).")
    int throughputDocuments = 370;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds of the throughput comparison (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--work", paramLabel = "DIR", description = "Where corpora and stores are made (default: a temporary folder).")
    Path work;

    @Option(names = "--keep", description = "Keep each size's corpus, N-Quads and store.")
    boolean keep;

    BenchScaleCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(sources)) {
            io.err().println("error: " + sources + ": not a folder of documents");
            return ExitCodes.USAGE;
        }
        Path dir = work == null ? Files.createTempDirectory("policykg-bench-scale") : Files.createDirectories(work);
        List<Path> classPath = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(p).toAbsolutePath());
        }
        ScaleCorpus corpus = ScaleCorpus.from(sources, seed);
        ScaleBenchmark.Setup setup = new ScaleBenchmark.Setup(classPath, sources, seed, dir, threads, xmx, storeXmx, serveXmx,
                Path.of("queries").toAbsolutePath(), clients, seconds, storeMax, pages, changed, freshMax, keep);
        io.out().printf("java %s, %d cores, %d templates from %s, seed %d; extract -Xmx%s --threads %d, store -Xmx%s,"
                        + " serve -Xmx%s; load average %.1f at the start%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), corpus.templates(), sources, seed, xmx, threads, storeXmx,
                serveXmx, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try {
            boolean ok = true;
            if (throughputDocuments > 0) {
                Path t = dir.resolve("throughput");
                try {
                    corpus.write(t, throughputDocuments);
                    Throughput.report(Throughput.measure(t, threads, rounds, io.err()), io.out());
                } finally {
                    ExtractionBenchmark.delete(t);
                }
            }
            List<ScaleBenchmark.SizeResult> results = new ArrayList<>();
            for (int n : sizes) {
                if (n <= 0) {
                    continue; // --sizes 0: the throughput comparison alone
                }
                ScaleBenchmark.SizeResult r = ScaleBenchmark.measure(setup, corpus, n, io.err());
                results.add(r);
                ok &= r.extraction().ok() && r.store().map(ScaleBenchmark.StoreBuild::ok).orElse(true);
            }
            if (!results.isEmpty()) {
                io.out().println();
                ScaleBenchmark.report(results, io.out());
            }
            return ok ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        } finally {
            if (work == null && !keep) {
                ExtractionBenchmark.delete(dir);
            }
        }
    }
}
