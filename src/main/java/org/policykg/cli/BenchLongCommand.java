package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.bench.ExtractionBenchmark;
import org.policykg.bench.FormFiles;
import org.policykg.bench.LongDocumentBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-long", description = "Measure extract on one long document of growing length (is it linear?), in one warm JVM on one thread.")
final class BenchLongCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Texts of the PDF (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--texts", paramLabel = "DIR", split = ",",
            description = "Folders whose texts are concatenated; documents in an untouched.txt beside a folder are left out (default: ${DEFAULT-VALUE}).")
    List<Path> texts = List.of(Path.of("eval/real/texts"), Path.of("eval/real2/texts"), Path.of("seeds"));

    @Option(names = "--pages", paramLabel = "N", description = "Pages of the PDF, whose text is the 1x length (default: ${DEFAULT-VALUE}).")
    int pages = 100;

    @Option(names = "--scales", paramLabel = "N", split = ",", description = "Lengths, in times the PDF's (default: ${DEFAULT-VALUE}).")
    List<Integer> scales = List.of(1, 2, 4, 8, 16);

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds after the warm-up (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--write", paramLabel = "DIR", description = "Only write the inputs into DIR (to profile or compare outputs), and measure nothing.")
    Path write;

    BenchLongCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (!FormFiles.canWritePdf()) {
            io.err().println("error: " + FormFiles.NOTO + " is missing: install fonts-noto-cjk (.ci/install-test-tools)");
            return ExitCodes.IO;
        }
        List<String> corpus = LongDocumentBenchmark.texts(texts);
        if (write != null) {
            for (LongDocumentBenchmark.Input in : LongDocumentBenchmark.write(write, seeds, corpus, pages, scales)) {
                io.out().println(in.file() + "\t" + in.name());
            }
            return ExitCodes.OK;
        }
        Path dir = Files.createTempDirectory("policykg-bench-long");
        try {
            List<LongDocumentBenchmark.Input> inputs = LongDocumentBenchmark.write(dir, seeds, corpus, pages, scales);
            io.out().printf("java %s, %d cores; %d texts; one thread, %d rounds%n", Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), corpus.size(), rounds);
            LongDocumentBenchmark.Result r = LongDocumentBenchmark.measure(inputs, rounds, io.err());
            LongDocumentBenchmark.report(r, io.out());
        } finally {
            ExtractionBenchmark.delete(dir);
        }
        return ExitCodes.OK;
    }
}
