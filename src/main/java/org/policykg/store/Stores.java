package org.policykg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
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

    /** What happened when a store was opened. */
    public record Opened(Store store, boolean built, Summary summary) {
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
            return new Opened(Store.open(data.resolve(name), hash), false, null);
        }
        removeLeftovers(data); // a build that died half-way (one server per data folder)
        Path building = Files.createTempDirectory(data, ".building-" + hash.substring(0, 16) + "-");
        Summary summary;
        try {
            summary = build(building, files, err, progress);
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
        return new Opened(Store.open(data.resolve(name), hash), true, summary);
    }

    private static Summary build(Path dir, List<Path> files, PrintStream err, boolean progress) throws IOException {
        Pipeline pipeline = Pipeline.builder().errors(ErrorPolicy.report(err))
                .progress(progress ? Progress.to(err, false) : Progress.none()).build();
        List<Quad> quads = new ArrayList<>();
        Summary s = pipeline.run(files, (g, sub, p, o) -> quads.add(Quad.create(g, sub, p, o)));
        write(dir, quads, files);
        return s;
    }

    /**
     * Writes a store into an empty folder {@code dir}: dumps, copies of the source files,
     * the TDB2 database and its text index. Public so that a graph from elsewhere (or a
     * test's crafted graph) can be served the same way.
     */
    public static void write(Path dir, List<Quad> quads, List<Path> sourceFiles) throws IOException {
        Path dumps = Files.createDirectories(dir.resolve(Store.DUMPS));
        DatasetWriter.write(quads, dumps.resolve("policykg.trig"));
        DatasetWriter.write(quads, dumps.resolve("policykg.nq"));
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        quads.forEach(mem::add);
        try (OutputStream out = Files.newOutputStream(dumps.resolve("policykg.jsonld"))) {
            RDFDataMgr.write(out, mem, RDFFormat.JSONLD11);
        }

        Path sources = Files.createDirectories(dir.resolve(Store.SOURCES));
        for (Path f : sourceFiles) {
            if (Files.isRegularFile(f)) {
                Files.copy(f, sources.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }

        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve(Store.TDB).toString());
        DatasetGraph ds = TextIndexes.wrap(tdb, Files.createDirectories(dir.resolve(Store.TEXT)));
        try {
            Txn.executeWrite(ds, () -> quads.forEach(ds::add));
        } finally {
            ((org.apache.jena.query.text.DatasetGraphText) ds).getTextIndex().close();
            TDBInternal.expel(tdb, true);
        }
        Files.writeString(dir.resolve(COMPLETE), "written\n");
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
