package org.policykg.store;

import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * How a fresh store's quads go into TDB2: added in one write transaction, or through one of
 * Jena's bulk loaders (those {@code tdb2.tdbloader --loader=phased|parallel} runs). The text
 * index is written beside either, entity by entity as the quads pass. The bulk loaders are
 * not crash-safe on a live database, which does not matter for a fresh build: it is written
 * in a folder of its own that only becomes the store once complete. Updates always use a
 * transaction ({@link Update}).
 */
public enum Loader {
    TRANSACTION, PHASED, PARALLEL;

    /**
     * What a fresh build uses: the fastest in {@code bench-store}'s comparison on this project's
     * graphs (README, "Store build and incremental updates").
     */
    static final Loader DEFAULT = PARALLEL;

    private static final MonitorOutput SILENT = (fmt, args) -> {
    };

    /** A stream loading into {@code tdb} (and {@code index}, when not null) from its start to its finish. */
    Loading into(DatasetGraph tdb, TextIndex index) {
        return this == TRANSACTION ? new InTransaction(tdb, index) : new Bulk(tdb, index, this);
    }

    /** A loading stream; closing it before its finish abandons what it loaded. */
    abstract static class Loading extends StreamRDFBase implements AutoCloseable {
        final TextIndex index;
        boolean finished;

        Loading(TextIndex index) {
            this.index = index;
        }

        void indexed(Quad q) {
            if (index != null) {
                TextIndexes.add(index, q);
            }
        }

        @Override
        public abstract void close();
    }

    private static final class InTransaction extends Loading {
        private final DatasetGraph tdb;

        InTransaction(DatasetGraph tdb, TextIndex index) {
            super(index);
            this.tdb = tdb;
        }

        @Override
        public void start() {
            tdb.begin(TxnType.WRITE);
        }

        @Override
        public void quad(Quad q) {
            tdb.add(q);
            indexed(q);
        }

        @Override
        public void finish() {
            if (index != null) {
                index.prepareCommit();
            }
            tdb.commit();
            tdb.end();
            if (index != null) {
                index.commit();
            }
            finished = true;
        }

        @Override
        public void close() {
            if (!finished && tdb.isInTransaction()) {
                tdb.abort();
                tdb.end();
            }
        }
    }

    private static final class Bulk extends Loading {
        private final DataLoader loader;
        private final TextIndexing text;
        private StreamRDF stream;

        Bulk(DatasetGraph tdb, TextIndex index, Loader kind) {
            super(index);
            this.loader = kind == PARALLEL ? LoaderFactory.parallelLoader(tdb, SILENT) : LoaderFactory.phasedLoader(tdb, SILENT);
            this.text = index == null ? null : new TextIndexing(index);
        }

        @Override
        public void start() {
            loader.startBulk();
            stream = loader.stream();
            stream.start();
        }

        @Override
        public void quad(Quad q) {
            stream.quad(q);
            if (text != null) {
                text.add(q);
            }
        }

        @Override
        public void finish() {
            stream.finish();
            if (text != null) {
                text.finish();
            }
            loader.finishBulk();
            if (index != null) {
                index.commit();
            }
            finished = true;
        }

        @Override
        public void close() {
            if (text != null) {
                text.close();
            }
            if (!finished && stream != null) {
                loader.finishException(new IllegalStateException("the build stopped before its end"));
            }
        }
    }
}
