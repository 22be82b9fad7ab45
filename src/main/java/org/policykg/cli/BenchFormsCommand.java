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

@Command(name = "bench-forms", description = "Measure extract on each form (a PDF and a Word file of many pages, a CSV, XLS and XLSX of many rows) against the same characters as plain text (characters/s, peak heap), in fresh JVMs, rounds alternating.")
final class BenchFormsCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Texts to build the inputs from (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--pages", paramLabel = "N", description = "Pages of the PDF; the Word file holds the same lines (default: ${DEFAULT-VALUE}).")
    int pages = 100;

    @Option(names = "--rows", paramLabel = "N", description = "Rows of each table (default: ${DEFAULT-VALUE}).")
    int rows = 10_000;

    @Option(names = "--forms", paramLabel = "FORM", split = ",", description = "Forms to measure, of pdf, docx, csv, xls, xlsx (default: ${DEFAULT-VALUE}).")
    List<String> forms = FormsBenchmark.FORMS;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds, each form and its plain text once a round, the order reversed every other round (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--no-text", description = "Measure only the forms, not the same characters as plain text (for heap alone).")
    boolean noText;

    @Option(names = "--warm", description = "Measure in this JVM, warmed (--warmup), on one thread (CPU seconds, the JIT compiler's share shown apart), not in fresh JVMs: what a form costs beyond its text without the JVM's start.")
    boolean warm;

    @Option(names = "--warmup", paramLabel = "N", description = "With --warm: runs of each input before the rounds; the JIT compiler settles only after some tens of runs (default: ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Option(names = "--xmx", paramLabel = "SIZE", description = "Maximum heap of each extract JVM (default: ${DEFAULT-VALUE}).")
    String xmx = "256m";

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    BenchFormsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (forms.contains("pdf") && !FormFiles.canWritePdf()) {
            io.err().println("error: " + FormFiles.NOTO + " is missing: install fonts-noto-cjk (.ci/install-test-tools)");
            return ExitCodes.IO;
        }
        for (String f : forms) {
            if (!FormsBenchmark.FORMS.contains(f)) {
                io.err().println("error: no form " + f + " (forms: " + String.join(", ", FormsBenchmark.FORMS) + ")");
                return ExitCodes.USAGE;
            }
        }
        List<Path> classPath = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(p));
        }
        if (warm) {
            return warm();
        }
        HeapBenchmark.Setup setup = new HeapBenchmark.Setup(classPath, xmx, threads);
        io.out().printf("java %s, %d cores; each input extracted to N-Quads in a fresh JVM, -Xmx%s, --threads %d, %d rounds%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), xmx, threads, rounds);
        Path dir = Files.createTempDirectory("policykg-bench-forms");
        boolean ok = true;
        try {
            List<FormsBenchmark.Input> inputs = FormsBenchmark.write(seeds, dir, forms, pages, rows);
            List<FormsBenchmark.Measured> measured = FormsBenchmark.measure(setup, inputs, rounds, !noText, dir, line -> {
                io.out().println(line);
                io.out().flush();
            });
            io.out().printf("%nmedians of %d rounds; the plain text is the same characters (a PDF's text layer, a table's text cells as a file a row);"
                    + " form / text is the median of each round's ratio%n", rounds);
            io.out().printf("%-18s %12s %9s %13s %13s %13s %12s %14s %16s %5s%n", "form", "characters", "seconds",
                    "characters/s", "text seconds", "text chars/s", "form / text", "peak heap MB", "live after GC MB", "load");
            for (FormsBenchmark.Measured m : measured) {
                ok &= m.ok();
                double s = m.formSeconds();
                double t = noText ? Double.NaN : m.textSeconds();
                long chars = m.input().characters();
                io.out().printf("%-18s %,12d %9.1f %,13.0f %13.1f %,13.0f %12.2f %14.1f %16.1f %5.1f%s%n", m.input().name(), chars, s,
                        chars / s, t, chars / t, m.ratio(), m.peakHeap() / 1048576.0,
                        m.peakAfterGc() / 1048576.0, m.load(), m.ok() ? "" : "  (a run failed)");
            }
        } finally {
            ExtractionBenchmark.delete(dir);
        }
        return ok ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    private int warm() throws IOException {
        io.out().printf("java %s, %d cores; each input extracted in this JVM on one thread, warmed %d times, %d rounds%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), warmup, rounds);
        Path dir = Files.createTempDirectory("policykg-bench-forms");
        try {
            List<FormsBenchmark.Input> inputs = FormsBenchmark.write(seeds, dir, forms, pages, rows);
            var result = FormsBenchmark.warm(inputs, warmup, rounds, io.out());
            io.out().printf("%nmedians of %d rounds (process CPU, the collector's threads included)%n", rounds);
            FormsBenchmark.reportWarm(inputs, result, io.out());
        } finally {
            ExtractionBenchmark.delete(dir);
        }
        return ExitCodes.OK;
    }
}
