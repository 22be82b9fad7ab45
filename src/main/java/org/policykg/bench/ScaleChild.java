package org.policykg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policykg.query.SavedQueries;
import org.policykg.serve.Server;
import org.policykg.store.Stores;

/**
 * The steps of {@link ScaleBenchmark} that run in a JVM of their own, under {@link HeapProbe}
 * (build) so their memory is measured alone, or watched from outside (serve). Both open the
 * store as serve does ({@link Stores#open}: built when there is none, updated in place when
 * the folder changed, opened as it is otherwise) and print how long that took:
 * <pre>
 * build DATA CORPUS THREADS            open (build) the store of a folder, then close it
 * serve DATA CORPUS QUERIES THREADS    open it, serve it on a free port, print its address
 * </pre>
 */
public final class ScaleChild {
    /** The line that says how the store was opened: milliseconds, then built / updated / as it was. */
    static final String OPENED = "opened in ";

    private ScaleChild() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "build" -> open(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3])).store().close();
            case "serve" -> serve(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("usage: build DATA CORPUS THREADS | serve DATA CORPUS QUERIES THREADS");
        }
    }

    /** {@link Stores#open} as serve calls it, timed; input errors go to stderr as serve reports them. */
    static Stores.Opened open(Path data, Path corpus, int threads) throws IOException {
        long t0 = System.nanoTime();
        Stores.Opened o = Stores.open(data, List.of(corpus), System.err, false, threads);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String how = !o.built() ? "as it was" : o.updated() == null ? "built: " + o.line() : "updated: " + o.line();
        System.out.println(OPENED + ms + " ms, " + how);
        System.out.flush();
        return o;
    }

    /** Serves the store of a folder until killed; the address is printed once it listens. */
    static void serve(Path data, Path corpus, Path queries, int threads) throws IOException {
        Stores.Opened o = open(data, corpus, threads);
        Server server = Server.start(o.store(), Files.isDirectory(queries) ? SavedQueries.load(queries) : SavedQueries.bundled(),
                new Server.Config("127.0.0.1", 0, Server.Config.DEFAULT_BASE, 10_000, 10_000, null, data.resolve("tmp")));
        System.out.println("serving at " + server.address());
        System.out.flush();
        server.join();
    }
}
