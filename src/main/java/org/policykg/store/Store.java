package org.policykg.store;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * An opened store: the dataset (TDB2 with its text index; the default graph is the
 * union of the named graphs), the source files evidence quotes point into, and the dumps.
 *
 * @param hash     the content hash it was built from
 * @param dataset  what queries run on: the database with its text index
 * @param database the TDB2 database itself
 */
public record Store(Path dir, String hash, DatasetGraph dataset, DatasetGraph database, Path sources, Path dumps)
        implements AutoCloseable {
    static final String TDB = "tdb2";
    static final String TEXT = "text";
    static final String SOURCES = "sources";
    static final String DUMPS = "dumps";

    /** The dump files, by format name, as written in {@link #dumps()}. */
    public static final String[][] DUMP_FILES = {
        {"trig", "policykg.trig", "application/trig"},
        {"nq", "policykg.nq", "application/n-quads"},
        {"jsonld", "policykg.jsonld", "application/ld+json"},
    };

    /** Opens a complete store folder. */
    static Store open(Path dir, String hash) throws java.io.IOException {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve(TDB).toString());
        DatasetGraph ds = TextIndexes.wrap(tdb, dir.resolve(TEXT));
        Stores.unionDefaultGraph(ds);
        return new Store(dir, hash, ds, tdb, dir.resolve(SOURCES), dir.resolve(DUMPS));
    }

    /**
     * The dump file named {@code file} (one of {@link #DUMP_FILES}), written first from the
     * database when an update has left it out of date: that may take as long as a build's dump.
     */
    public Path dump(String file) throws java.io.IOException {
        return Dumps.get(this, file);
    }

    /** Whether the dump file {@code file} can be sent at once (no update has left it to be written). */
    public boolean dumpReady(String file) {
        return Dumps.ready(this, file);
    }

    /**
     * A store that is a remote SPARQL endpoint: no folder, database or dumps (null), and the
     * source files, for the pages that show a quote in its document, from {@code sources}
     * when given (else null: those pages answer 404 and the quotes still show on every page).
     */
    public static Store remote(RemoteDataset dataset, Path sources) {
        return new Store(null, null, dataset, null, sources, null);
    }

    /** Whether this is a TDB2 store of ours (else a remote endpoint, see {@link #remote}). */
    public boolean local() {
        return database != null;
    }

    /**
     * The home page's figures kept with the store ({@link GraphStats}), merged from every
     * graph's record: empty for a remote endpoint or a store without them.
     */
    public java.util.Optional<GraphStats.Totals> stats(String unknownYear) throws java.io.IOException {
        if (dir == null || !java.nio.file.Files.exists(dir.resolve(GraphStats.FILE))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(GraphStats.read(dir.resolve(GraphStats.FILE)).totals(unknownYear));
    }

    /** The number of quads, read in a transaction. */
    public long size() {
        return Txn.calculateRead(dataset, () -> dataset.stream().count());
    }

    /** Closes the text index and releases the database, so the folder can be opened again (or deleted). */
    @Override
    public void close() {
        if (dataset instanceof org.apache.jena.query.text.DatasetGraphText t) {
            t.getTextIndex().close();
        }
        if (database != null) {
            TDBInternal.expel(database, true);
        }
    }
}
