package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.query.SavedQueries;
import org.policykg.serve.Server;
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

    @Option(names = {"-q", "--quiet"}, description = "No build progress on stderr.")
    boolean quiet;

    ServeCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (timeout <= 0 || maxRows <= 0 || !base.matches("https?://.+/")
                || publicUrl != null && !publicUrl.matches("https?://[^\\s\"<>]+/")) {
            io.err().println("error: --timeout and --max-rows must be positive, --base and --public-url http(s) IRIs ending in /");
            return ExitCodes.USAGE;
        }
        long t0 = System.nanoTime();
        SavedQueries queries = store.savedQueries();
        Stores.Opened opened = Stores.open(store.data, inputs, io.err(), !quiet);
        if (opened.built()) {
            io.err().println("store " + (opened.updated() == null ? "built" : "updated") + ": " + opened.line() + " -> "
                    + opened.store().dir());
        }
        Server server = Server.start(opened.store(), queries,
                new Server.Config(host, port, base, Math.round(timeout * 1000), maxRows, publicUrl,
                        store.data.resolve("tmp")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            opened.store().close();
        }));
        io.err().printf("ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        io.out().println("PolicyKG is serving at " + server.address());
        io.out().flush();
        server.join();
        return ExitCodes.OK;
    }
}
