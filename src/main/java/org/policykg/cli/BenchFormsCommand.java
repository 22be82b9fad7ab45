package org.policykg.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.bench.ExtractionBenchmark;
import org.policykg.bench.FormFiles;
import org.policykg.bench.FormsBenchmark;
import org.policykg.bench.HeapBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-forms", description = "Measure extract on a PDF of many pages and a CSV of many rows (characters/s, peak heap), in fresh JVMs.")
final class BenchFormsCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Texts to build the inputs from (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--pages", paramLabel = "N", description = "Pages of the PDF (default: ${DEFAULT-VALUE}).")
    int pages = 100;

    @Option(names = "--rows", paramLabel = "N", description = "Rows of the CSV (default: ${DEFAULT-VALUE}).")
    int rows = 10_000;

    @Option(names = "--xmx", paramLabel = "SIZE", description = "Maximum heap of each extract JVM (default: ${DEFAULT-VALUE}).")
    String xmx = "256m";

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    BenchFormsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!FormFiles.canWritePdf()) {
            io.err().println("error: " + FormFiles.NOTO + " is missing: install fonts-noto-cjk (.ci/install-test-tools)");
            return ExitCodes.IO;
        }
        List<Path> classPath = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(p));
        }
        HeapBenchmark.Setup setup = new HeapBenchmark.Setup(classPath, xmx, threads);
        io.out().printf("java %s, %d cores; each input extracted to N-Quads in a fresh JVM, -Xmx%s, --threads %d%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), xmx, threads);
        Path dir = Files.createTempDirectory("policykg-bench-forms");
        boolean ok = true;
        try {
            // A JVM's start and the context's load (gazetteer, dictionaries) are paid once a run: measured on one small file.
            Path one = dir.resolve("one.csv");
            long oneChars = FormsBenchmark.csv(seeds, one, 1);
            HeapBenchmark.Result base = HeapBenchmark.measure(setup, one, 1, Files.size(one), dir.resolve("one.nq"));
            io.out().printf("start-up (one row of %,d characters): %.1f s%n", oneChars, base.millis() / 1000.0);
            io.out().printf("%-22s %12s %10s %9s %16s %19s %16s %22s%n", "input", "characters", "file MB", "seconds",
                    "peak heap MB", "peak after GC MB", "characters/s", "characters/s (no start)");
            Path pdf = dir.resolve("bench.pdf");
            long pdfChars = FormsBenchmark.pdf(seeds, pdf, pages);
            ok &= report("PDF, " + pages + " pages", pdfChars, pdf, setup, dir, base);
            Files.delete(pdf);
            Path csv = dir.resolve("bench.csv");
            long csvChars = FormsBenchmark.csv(seeds, csv, rows);
            ok &= report("CSV, " + rows + " rows", csvChars, csv, setup, dir, base);
        } finally {
            ExtractionBenchmark.delete(dir);
        }
        return ok ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    private boolean report(String what, long chars, Path file, HeapBenchmark.Setup setup, Path dir, HeapBenchmark.Result base)
            throws IOException, InterruptedException {
        HeapBenchmark.Result r = HeapBenchmark.measure(setup, file, 1, Files.size(file), dir.resolve("out.nq"));
        Files.deleteIfExists(dir.resolve("out.nq"));
        if (!r.ok()) {
            io.out().printf("%-22s failed: exit %d%s%n", what, r.exitCode(), r.outOfMemory() ? ", out of memory" : "");
            return false;
        }
        double s = r.millis() / 1000.0;
        double net = Math.max(1, r.millis() - base.millis()) / 1000.0;
        io.out().printf("%-22s %,12d %10.1f %9.1f %16.1f %19.1f %,16.0f %,22.0f%n", what, chars, Files.size(file) / 1048576.0, s,
                r.peakUsed() / 1048576.0, r.peakAfterGc() / 1048576.0, chars / s, chars / net);
        io.out().flush();
        return true;
    }
}
