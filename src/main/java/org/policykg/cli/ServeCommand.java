package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.query.SavedQueries;
import org.policykg.serve.Server;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.policykg.store.RemoteDataset;
import org.policykg.store.Store;
import org.policykg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", description = {
    "Build the store from the documents if they changed, then serve it: SPARQL at /kg/sparql,",
    "linked-data pages, search, saved queries and the SPARQL editor."})
final class ServeCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Documents to serve (default: seeds).")
    List<Path> inputs = List.of(Path.of("seeds"));

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--base", paramLabel = "IRI", description = "IRI prefix the site's paths stand for (default: ${DEFAULT-VALUE}).")
    String base = Server.Config.DEFAULT_BASE;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest a query may run (default: ${DEFAULT-VALUE}).")
    double timeout = 10;

    @Option(names = "--max-rows", paramLabel = "N", description = "Most rows a query returns (default: ${DEFAULT-VALUE}).")
    int maxRows = 10_000;

    @Option(names = "--public-url", paramLabel = "URL", description = {
        "Address clients reach the server at, written into /void.ttl (default: http://HOST:PORT/)."})
    String publicUrl;

    @Option(names = "--sparql", paramLabel = "URL", description = {
        "Serve the graph at this SPARQL endpoint (Virtuoso, Fuseki, ...) instead of building a store:",
        "pages, search (by substring, no full-text index) and saved queries run there; PATHs are not read."})
    String sparql;

    @Option(names = "--sources", paramLabel = "DIR", description = {
        "With --sparql: the folder of the documents published, for the pages that show a quote in",
        "its document (without it those pages answer 404; the quotes still show everywhere)."})
    Path sources;

    @Option(names = {"-q", "--quiet"}, description = "No build progress on stderr.")
    boolean quiet;

    ServeCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (timeout <= 0 || maxRows <= 0 || store.threads < 1 || !base.matches("https?://.+/")
                || publicUrl != null && !publicUrl.matches("https?://[^\\s\"<>]+/")) {
            io.err().println("error: --timeout, --max-rows and --threads must be positive, --base and --public-url http(s) IRIs ending in /");
            return ExitCodes.USAGE;
        }
        long t0 = System.nanoTime();
        SavedQueries queries = store.savedQueries();
        Store opened;
        if (sparql != null) {
            if (!sparql.matches("https?://[^\\s\"<>]+") || sources != null && !Files.isDirectory(sources)) {
                io.err().println("error: --sparql must be an http(s) URL and --sources a folder");
                return ExitCodes.USAGE;
            }
            try {
                opened = Store.remote(RemoteDataset.connect(sparql, Math.round(timeout * 1000)), sources);
            } catch (QueryExceptionHTTP e) {
                io.err().println("error: " + sparql + ": " + Remote.reason(e));
                return ExitCodes.IO;
            }
        } else {
            Stores.Opened built = Stores.open(store.data, inputs, io.err(), !quiet, store.threads);
            if (built.built()) {
                io.err().println("store " + (built.updated() == null ? "built" : "updated") + ": " + built.line() + " -> "
                        + built.store().dir());
            }
            opened = built.store();
        }
        Server server = Server.start(opened, queries,
                new Server.Config(host, port, base, Math.round(timeout * 1000), maxRows, publicUrl,
                        store.data.resolve("tmp")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            opened.close();
        }));
        io.err().printf("ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        io.out().println("PolicyKG is serving at " + server.address());
        io.out().flush();
        server.join();
        return ExitCodes.OK;
    }
}
