package org.policykg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.policykg.query.SavedQueries;
import org.policykg.serve.Server;
import org.policykg.store.Store;
import org.policykg.store.Stores;

/**
 * The steps of {@link ScaleBenchmark} that run in a JVM of their own, under {@link HeapProbe}
 * so their memory is measured alone:
 * <pre>
 * store DIR NQUADS[.gz] SOURCES   build a store folder from extracted N-Quads, as serve does
 * serve DIR QUERIES               serve a built store folder on a free port, print its address
 * </pre>
 */
public final class ScaleChild {
    private ScaleChild() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "store" -> store(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            case "serve" -> serve(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("usage: store DIR NQUADS SOURCES | serve DIR QUERIES");
        }
    }

    /** The store of {@link Stores#write}, its quads parsed from the file as they stream in. */
    static void store(Path dir, Path nquads, Path sources) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(sources)) {
            files = s.sorted().toList();
        }
        long t0 = System.nanoTime();
        Stores.write(dir, files, out -> {
            try (InputStream raw = Files.newInputStream(nquads);
                 InputStream in = nquads.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        System.out.println("store written in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    /** Serves a store folder until killed; the address is printed once it listens. */
    static void serve(Path dir, Path queries) throws IOException {
        Store store = Stores.openWritten(dir);
        Server server = Server.start(store, Files.isDirectory(queries) ? SavedQueries.load(queries) : SavedQueries.bundled(),
                new Server.Config("127.0.0.1", 0, Server.Config.DEFAULT_BASE, 10_000, 10_000, null, dir.resolve("tmp")));
        System.out.println("serving at " + server.address());
        System.out.flush();
        server.join();
    }
}
