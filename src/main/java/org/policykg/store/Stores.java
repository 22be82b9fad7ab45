package org.policykg.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDF2;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.TDB2;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Inputs;
import org.policykg.pipeline.Pipeline;
import org.policykg.pipeline.Progress;
import org.policykg.pipeline.Summary;
import org.policykg.rdf.CountingStream;
import org.policykg.rdf.DatasetWriter;

/**
 * Finds, updates or builds the store for a set of inputs in a data folder:
 * <pre>
 * DATA/CURRENT            name of the live store folder
 * DATA/store-CODE/        tdb2/, text/, sources/, dumps/, COMPLETE, MANIFEST, STATS (and JOURNAL during an update)
 * DATA/.building-CODE-N/  a fresh build in progress, renamed to store-CODE when complete
 * </pre>
 * A store folder is named by the hash of the code that extracts (another jar builds a new
 * store aside and switches to it); within it, the MANIFEST lists each input file's content
 * hash and graphs, and a change of inputs is an {@link Update} in place.
 */
public final class Stores {
    private static final String CURRENT = "CURRENT";
    private static final String COMPLETE = "COMPLETE";
    static final String MANIFEST = "MANIFEST";

    private Stores() {
    }

    /**
     * What happened when a store was opened: whether it was built or updated, the run's summary
     * and what was counted on the way into it (both null when an existing store was opened as
     * it was), and for an update what it changed (null otherwise).
     */
    public record Opened(Store store, boolean built, Summary summary, CountingStream.Counts counted, String updated) {
        /** The summary line of the build or update. */
        public String line() {
            return updated == null ? summary.line(counted) : updated + "; " + summary.line(counted);
        }
    }

    /**
     * The store for {@code inputs}: the current one when the code is the same, brought up to
     * date in place when inputs changed (see {@link Update}); else a new one built, switched to,
     * and the old ones removed. Input errors are reported on {@code err} and leave the rest of
     * the inputs in the store.
     */
    public static Opened open(Path data, List<Path> inputs, PrintStream err, boolean progress) throws IOException {
        return open(data, inputs, err, progress, 1);
    }

    /** {@link #open(Path, List, PrintStream, boolean)} extracting on {@code threads} threads. */
    public static Opened open(Path data, List<Path> inputs, PrintStream err, boolean progress, int threads) throws IOException {
        Files.createDirectories(data);
        List<Path> files = Inputs.collect(inputs, ErrorPolicy.report(err));
        Map<String, Path> byName = new TreeMap<>();
        Map<String, String> hashes = new HashMap<>();
        for (Path f : files) {
            byName.put(f.getFileName().toString(), f);
            hashes.put(f.getFileName().toString(), hashOrUnreadable(f));
        }
        String code = InputHash.codeHash();
        String hash = InputHash.of(code, files, hashes);
        String name = "store-" + InputHash.of(code).substring(0, 16);
        Path current = data.resolve(CURRENT);
        Path dir = data.resolve(name);
        if (Files.isRegularFile(current) && Files.readString(current).strip().equals(name)
                && Files.exists(dir.resolve(COMPLETE)) && Files.exists(dir.resolve(MANIFEST))) {
            Manifest m = Manifest.read(dir.resolve(MANIFEST));
            if (m.code().equals(code)) {
                Store s = Store.open(dir, hash);
                if (!Update.needed(dir, m, hashes)) {
                    return new Opened(s, false, null, null, null);
                }
                try {
                    // The reference graph depends on the code alone: an update leaves it as it is.
                    Update.Result r = Update.apply(s, m, byName, hashes, pipeline(err, progress).threads(threads).reference(false).build());
                    return new Opened(s, true, r.summary(), r.counted(), r.line());
                } catch (IOException | RuntimeException e) {
                    s.close();
                    throw e;
                }
            }
        }
        removeLeftovers(data); // a build that died half-way (one server per data folder)
        Path building = Files.createTempDirectory(data, ".building-" + name.substring("store-".length()) + "-");
        Built built;
        try {
            built = build(building, files, pipeline(err, progress).threads(threads).build());
            new Manifest(code, built.manifest(byName.keySet(), hashes)).write(building.resolve(MANIFEST));
            deleteTree(dir); // an incomplete leftover, or a store of this code that CURRENT no longer names
            Files.move(building, dir, StandardCopyOption.ATOMIC_MOVE);
            Path tmp = Files.createTempFile(data, ".current", ".tmp");
            Files.writeString(tmp, name + "\n");
            Files.move(tmp, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteTree(building);
        }
        removeOthers(data, name);
        return new Opened(Store.open(dir, hash), true, built.summary(), built.counted(), null);
    }

    /** A file's content hash; one that cannot be read gets a mark that never matches, so it is tried (and reported) again. */
    private static String hashOrUnreadable(Path f) {
        try {
            return InputHash.fileHash(f);
        } catch (IOException | RuntimeException e) {
            return Update.UNREADABLE;
        }
    }

    private static Pipeline.Builder pipeline(PrintStream err, boolean progress) {
        return Pipeline.builder().errors(ErrorPolicy.report(err))
                .progress(progress ? Progress.to(err, false) : Progress.none());
    }

    private record Built(Summary summary, CountingStream.Counts counted, GraphsByFile graphs) {
        Map<String, Manifest.Entry> manifest(java.util.Collection<String> names, Map<String, String> hashes) {
            Map<String, Manifest.Entry> m = new TreeMap<>();
            for (String n : names) {
                m.put(n, new Manifest.Entry(hashes.get(n), graphs.of(n)));
            }
            return m;
        }
    }

    private static Built build(Path dir, List<Path> files, Pipeline pipeline) throws IOException {
        return write(dir, files, out -> {
            CountingStream counting = new CountingStream(out);
            GraphsByFile graphs = new GraphsByFile(counting, files);
            Summary s = pipeline.run(files, graphs);
            return new Built(s, counting.counts(), graphs);
        });
    }

    /**
     * Writes a store into an empty folder {@code dir} from the quads {@code producer}
     * streams (calling start and finish, as {@link Pipeline#run} does): the TriG and
     * N-Quads dumps and the TDB2 database with its text index are written in one pass
     * as the quads come (the JSON-LD dump is written on first request), then copies of
     * the source files. Returns
     * what the producer returns. Public so that a graph from elsewhere (or a test's
     * crafted graph) can be served the same way.
     */
    public static <T> T write(Path dir, List<Path> sourceFiles, Function<StreamRDF, T> producer) throws IOException {
        Path dumps = Files.createDirectories(dir.resolve(Store.DUMPS));
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve(Store.TDB).toString());
        T result;
        try {
            TextIndex index = TextIndexes.open(Files.createDirectories(dir.resolve(Store.TEXT)));
            Loader.Loading loading = Loader.DEFAULT.into(tdb, index);
            GraphStats.Collector stats = new GraphStats.Collector(Map.of());
            try (DatasetWriter.FileStream trig = DatasetWriter.open(dumps.resolve("policykg.trig"));
                 DatasetWriter.FileStream nq = DatasetWriter.open(dumps.resolve("policykg.nq"))) {
                result = producer.apply(new StreamRDF2(new StreamRDF2(trig, nq), new StreamRDF2(loading, stats)));
                stats.stats().write(dir.resolve(GraphStats.FILE));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                loading.close();
                index.close();
            }
        } finally {
            TDBInternal.expel(tdb, true);
        }

        Path sources = Files.createDirectories(dir.resolve(Store.SOURCES));
        for (Path f : sourceFiles) {
            if (Files.isRegularFile(f)) {
                Files.copy(f, sources.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(dir.resolve(COMPLETE), "written\n");
        return result;
    }

    /**
     * Loads an N-Quads (or TriG) file into a fresh TDB2 database in {@code dir} (tdb2/, and text/
     * when {@code text}) with {@code loader}, and returns the number of quads: the store build
     * without extraction, dumps or sources, as the store benchmark compares it with Jena's own
     * loader ({@code text} false and a bulk loader is what {@code tdb2.tdbloader} does).
     */
    public static long load(Path dir, Path quads, Loader loader, boolean text) throws IOException {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve(Store.TDB).toString());
        try {
            TextIndex index = text ? TextIndexes.open(Files.createDirectories(dir.resolve(Store.TEXT))) : null;
            try (Loader.Loading loading = loader.into(tdb, index)) {
                CountingStream counting = new CountingStream(loading);
                RDFParser.source(quads).parse(counting); // calls start and finish
                return counting.counts().quads();
            } finally {
                if (index != null) {
                    index.close();
                }
            }
        } finally {
            TDBInternal.expel(tdb, true);
        }
    }

    /** Writes a list of quads as a store, in the list's order. */
    public static void write(Path dir, List<Quad> quads, List<Path> sourceFiles) throws IOException {
        write(dir, sourceFiles, out -> {
            out.start();
            quads.forEach(out::quad);
            out.finish();
            return null;
        });
    }

    /** Opens a folder written by {@link #write}. */
    public static Store openWritten(Path dir) throws IOException {
        if (!Files.exists(dir.resolve(COMPLETE))) {
            throw new IOException(dir + ": not a complete store");
        }
        return Store.open(dir, dir.getFileName().toString());
    }

    /**
     * The named graphs a store folder holds by its MANIFEST, in the manifest's order (files by
     * name, each file's graphs as written): what to sample without a query over the store.
     */
    public static List<String> graphs(Path storeDir) throws IOException {
        Manifest m = Manifest.read(storeDir.resolve(MANIFEST));
        return m.graphs(List.copyOf(m.files().keySet()));
    }

    /** Queries see the union of the named graphs as the default graph. */
    static void unionDefaultGraph(DatasetGraph ds) {
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (ds instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w) {
            w.getBase().getContext().set(TDB2.symUnionDefaultGraph, true);
        }
    }

    private static void removeLeftovers(Path data) throws IOException {
        try (Stream<Path> s = Files.list(data)) {
            for (Path p : s.toList()) {
                if (p.getFileName().toString().startsWith(".building-")) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void removeOthers(Path data, String keep) throws IOException {
        try (Stream<Path> s = Files.list(data)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("store-") && !n.equals(keep)) {
                    deleteTree(p);
                }
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }

}
