package org.policykg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;
import org.policykg.pipeline.Progress;
import org.policykg.pipeline.Summary;
import org.policykg.publish.GraphStream;
import org.policykg.publish.PublishException;
import org.policykg.publish.Publisher;
import org.policykg.publish.Retry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", description = {
    "Extract the documents (or read a .trig/.nq dump) and PUT each document's named graph to a",
    "SPARQL 1.1 Graph Store Protocol endpoint: only graphs whose content changed since the last",
    "publish, graphs of documents that are gone deleted, retried on 5xx and connection errors."})
final class PublishCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Documents, or one .trig/.nq(.gz) dump (default: seeds).")
    List<Path> inputs = List.of(Path.of("seeds"));

    @Option(names = "--to", required = true, paramLabel = "URL", description = {
        "Graph Store Protocol address: http://HOST:8890/sparql-graph-crud-auth (Virtuoso),",
        "http://HOST:3030/DATASET/data (Fuseki)."})
    String to;

    @Option(names = "--user", paramLabel = "USER", description = "User name, when the endpoint asks (Basic or Digest).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Password (or the environment variable POLICYKG_PUBLISH_PASSWORD).")
    String password;

    @Option(names = "--attempts", paramLabel = "N", description = "Tries per request on 5xx or connection errors (default: ${DEFAULT-VALUE}).")
    int attempts = 5;

    @Option(names = "--backoff", paramLabel = "SECONDS", description = "First pause before a retry, doubled each time (default: ${DEFAULT-VALUE}).")
    double backoff = 0.5;

    @Option(names = "--threads", paramLabel = "N", description = "Documents extracted in parallel (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    PublishCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (!to.matches("https?://[^\\s\"<>]+") || attempts < 1 || backoff < 0 || threads < 1) {
            io.err().println("error: --to must be an http(s) URL, --attempts and --threads at least 1, --backoff not negative");
            return ExitCodes.USAGE;
        }
        String pw = password != null ? password : System.getenv("POLICYKG_PUBLISH_PASSWORD");
        Publisher publisher = new Publisher(to, user, pw, new Retry(attempts, Duration.ofMillis(Math.round(backoff * 1000))));
        long t0 = System.nanoTime();
        try {
            publisher.start();
            GraphStream stream = new GraphStream((g, content) -> {
                if (publisher.graph(g, content) && !quiet) {
                    io.err().println("sent " + g.getURI());
                }
            });
            boolean complete;
            if (inputs.size() == 1 && isDump(inputs.get(0))) {
                Path dump = inputs.get(0);
                if (!Files.isReadable(dump)) {
                    io.err().println("error: " + dump + ": cannot read");
                    return ExitCodes.IO;
                }
                try {
                    RDFDataMgr.parse(stream, dump.toString());
                } catch (RiotException | IllegalArgumentException e) {
                    io.err().println("error: " + dump + ": " + e.getMessage());
                    return ExitCodes.INPUT_FAILED;
                }
                complete = true;
            } else {
                Pipeline pipeline = Pipeline.builder().threads(threads).errors(ErrorPolicy.report(io.err()))
                        .progress(quiet ? Progress.none() : Progress.to(io.err(), io.terminal())).build();
                Summary s = pipeline.run(inputs, stream);
                complete = s.failed() == 0;
                if (!complete) {
                    io.err().println("note: " + s.failed() + " document(s) failed; no graph is deleted at the endpoint in this run");
                }
            }
            Publisher.Report r = publisher.finish(complete);
            io.err().printf("published to %s: %s in %.1f s%n", to, r.line(), (System.nanoTime() - t0) / 1e9);
            return complete ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        } catch (PublishException e) {
            io.err().println("error: " + e.getMessage());
            io.err().println("note: what was sent stays; run publish again to resume");
            return ExitCodes.IO;
        }
    }

    private static boolean isDump(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        return Files.isRegularFile(p) && (n.endsWith(".nq") || n.endsWith(".trig"));
    }
}
