package org.policykg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.ingest.SourceReader;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;
import org.policykg.pipeline.Progress;
import org.policykg.pipeline.Summary;
import org.policykg.rdf.CountingStream;
import org.policykg.rdf.DatasetWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", description = "Extract the graph of files or folders to TriG (.trig) or N-Quads (.nq), gzipped for .gz.")
final class ExtractCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of documents.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Output file; .trig for TriG, .nq or .nquads for N-Quads; .gz after either compresses it as it is written.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Documents extracted in parallel (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes = SourceReader.DEFAULT_MAX_BYTES;

    @Option(names = "--text-column", paramLabel = "NAME",
            description = "In a table of documents (CSV, TSV, XLSX, JSON Lines), the column holding each row's text "
                    + "(default: one named 正文, content, full_text, text …).")
    String textColumn;

    @Option(names = "--title-column", paramLabel = "NAME",
            description = "In a table of documents, the column holding each row's title (default: one named 标题, title …).")
    String titleColumn;

    @Option(names = "--no-reference", description = "Leave out the reference graph (ontology, concepts, gazetteer).")
    boolean noReference;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    ExtractCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        try {
            DatasetWriter.Syntax.forFile(output);
        } catch (IllegalArgumentException e) {
            io.err().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        // Checked before any work: a folder or a missing parent was otherwise found after the whole extraction.
        if (java.nio.file.Files.isDirectory(output)) {
            io.err().println("error: " + output + ": is a folder; give a file name");
            return ExitCodes.USAGE;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent == null || !java.nio.file.Files.isDirectory(parent)) {
            io.err().println("error: " + output + ": cannot write: the folder does not exist");
            return ExitCodes.IO;
        }
        if (!java.nio.file.Files.isWritable(parent)) {
            io.err().println("error: " + output + ": cannot write: the folder is not writable");
            return ExitCodes.IO;
        }
        Pipeline pipeline = Pipeline.builder()
                .reader(new SourceReader(maxBytes))
                .errors(ErrorPolicy.report(io.err()))
                .progress(quiet ? Progress.none() : Progress.to(io.err(), io.terminal()))
                .threads(threads)
                .reference(!noReference)
                .columns(new org.policykg.ingest.Columns(textColumn, titleColumn))
                .build();
        // Each document goes to the file as soon as it and those before it are done.
        Summary s;
        CountingStream counted;
        try (DatasetWriter.FileStream file = DatasetWriter.open(output)) {
            counted = new CountingStream(file);
            s = pipeline.run(paths, counted);
        } catch (IOException | UncheckedIOException e) {
            String reason = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            io.err().println("error: " + output + ": cannot write: " + reason);
            return ExitCodes.IO;
        }
        io.err().println(s.line(counted.counts()) + " -> " + output);
        return s.failed() > 0 ? ExitCodes.INPUT_FAILED : ExitCodes.OK;
    }
}
