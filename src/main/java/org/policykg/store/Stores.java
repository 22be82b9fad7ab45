package org.policykg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDF2;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
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
 * Finds or builds the store for a set of inputs in a data folder:
 * <pre>
 * DATA/CURRENT            name of the live store folder
 * DATA/store-HASH/        tdb2/, text/, sources/, dumps/, COMPLETE
 * DATA/.building-HASH-N/  a build in progress, renamed to store-HASH when complete
 * </pre>
 */
public final class Stores {
    private static final String CURRENT = "CURRENT";
    private static final String COMPLETE = "COMPLETE";

    private Stores() {
    }

    /**
     * What happened when a store was opened: when it was built, the run's summary and
     * what was counted on the way into it (both null when an existing store was opened).
     */
    public record Opened(Store store, boolean built, Summary summary, CountingStream.Counts counted) {
        /** The summary line of the build. */
        public String line() {
            return summary.line(counted);
        }
    }

    /**
     * The store for {@code inputs}: the current one when its hash matches, else a new
     * one built, switched to, and the old ones removed. Input errors are reported on
     * {@code err} and leave the rest of the inputs in the store.
     */
    public static Opened open(Path data, List<Path> inputs, PrintStream err, boolean progress) throws IOException {
        Files.createDirectories(data);
        List<Path> files = Inputs.collect(inputs, ErrorPolicy.report(err));
        String hash = InputHash.of(files);
        String name = "store-" + hash.substring(0, 16);
        Path current = data.resolve(CURRENT);
        if (Files.isRegularFile(current) && Files.readString(current).strip().equals(name)
                && Files.exists(data.resolve(name).resolve(COMPLETE))) {
            return new Opened(Store.open(data.resolve(name), hash), false, null, null);
        }
        removeLeftovers(data); // a build that died half-way (one server per data folder)
        Path building = Files.createTempDirectory(data, ".building-" + hash.substring(0, 16) + "-");
        Built built;
        try {
            built = build(building, files, err, progress);
            Path target = data.resolve(name);
            deleteTree(target); // an incomplete leftover of the same inputs
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            Path tmp = Files.createTempFile(data, ".current", ".tmp");
            Files.writeString(tmp, name + "\n");
            Files.move(tmp, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteTree(building);
        }
        removeOthers(data, name);
        return new Opened(Store.open(data.resolve(name), hash), true, built.summary(), built.counted());
    }

    private record Built(Summary summary, CountingStream.Counts counted) {
    }

    private static Built build(Path dir, List<Path> files, PrintStream err, boolean progress) throws IOException {
        Pipeline pipeline = Pipeline.builder().errors(ErrorPolicy.report(err))
                .progress(progress ? Progress.to(err, false) : Progress.none()).build();
        return write(dir, files, out -> {
            CountingStream counting = new CountingStream(out);
            Summary s = pipeline.run(files, counting);
            return new Built(s, counting.counts());
        });
    }

    /**
     * Writes a store into an empty folder {@code dir} from the quads {@code producer}
     * streams (calling start and finish, as {@link Pipeline#run} does): the TriG and
     * N-Quads dumps and the TDB2 database with its text index are written in one pass
     * as the quads come; then the JSON-LD dump and copies of the source files. Returns
     * what the producer returns. Public so that a graph from elsewhere (or a test's
     * crafted graph) can be served the same way.
     */
    public static <T> T write(Path dir, List<Path> sourceFiles, Function<StreamRDF, T> producer) throws IOException {
        Path dumps = Files.createDirectories(dir.resolve(Store.DUMPS));
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve(Store.TDB).toString());
        T result;
        try {
            DatasetGraph ds = TextIndexes.wrap(tdb, Files.createDirectories(dir.resolve(Store.TEXT)));
            try (DatasetWriter.FileStream trig = DatasetWriter.open(dumps.resolve("policykg.trig"));
                 DatasetWriter.FileStream nq = DatasetWriter.open(dumps.resolve("policykg.nq"))) {
                result = producer.apply(new StreamRDF2(new StreamRDF2(trig, nq), new Loading(ds)));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                if (ds.isInTransaction()) {
                    ds.abort();
                    ds.end();
                }
                ((org.apache.jena.query.text.DatasetGraphText) ds).getTextIndex().close();
            }
            jsonld(tdb, dumps.resolve("policykg.jsonld"));
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

    /** Writes a list of quads as a store, in the list's order. */
    public static void write(Path dir, List<Quad> quads, List<Path> sourceFiles) throws IOException {
        write(dir, sourceFiles, out -> {
            out.start();
            quads.forEach(out::quad);
            out.finish();
            return null;
        });
    }

    /** Adds what streams in to a dataset in one write transaction, begun at start and committed at finish. */
    private static final class Loading extends StreamRDFBase {
        private final DatasetGraph ds;

        Loading(DatasetGraph ds) {
            this.ds = ds;
        }

        @Override
        public void start() {
            ds.begin(TxnType.WRITE);
        }

        @Override
        public void quad(Quad q) {
            ds.add(q);
        }

        @Override
        public void finish() {
            ds.commit();
            ds.end();
        }
    }

    /**
     * The JSON-LD dump. Jena's JSON-LD writer needs the whole dataset, and its output
     * follows the dataset's iteration order: an in-memory dataset iterates by hash, the
     * same whatever order quads arrive in, so it is loaded from the database. This is
     * the one step of a build whose memory grows with the graph.
     */
    private static void jsonld(DatasetGraph tdb, Path file) throws IOException {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(mem::add));
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, mem, RDFFormat.JSONLD11);
        }
    }

    /** Opens a folder written by {@link #write}. */
    public static Store openWritten(Path dir) throws IOException {
        if (!Files.exists(dir.resolve(COMPLETE))) {
            throw new IOException(dir + ": not a complete store");
        }
        return Store.open(dir, dir.getFileName().toString());
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
