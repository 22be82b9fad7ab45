package org.policykg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDF2;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.policykg.rdf.DatasetWriter;
import org.policykg.rdf.Iris;
import org.policykg.rdf.QuadCollector;

/**
 * The dump files of a store. A build writes the TriG and N-Quads dumps as the quads stream
 * in; an update deletes them (re-dumping every document for a change of ten would cost as
 * much as the update saves) and they are written again from the database on first request,
 * in the order a build writes them — files by graph IRI, each file's graphs as they came,
 * each graph sorted, the reference graph last — so they are byte for byte those a fresh
 * build of the same inputs gives. The JSON-LD dump is always written on first request: it
 * needs the whole graph in memory, the one step of a build that would grow with the corpus.
 */
final class Dumps {
    static final String JSONLD = "policykg.jsonld";

    private Dumps() {
    }

    /** The dump {@code file} of {@code store}, written first if an update left it out of date. */
    static Path get(Store store, String file) throws IOException {
        Path f = store.dumps().resolve(file);
        if (Files.exists(f)) {
            return f;
        }
        synchronized (store.dumps().toAbsolutePath().toString().intern()) { // one writer per store folder
            if (!Files.exists(f)) {
                if (file.equals(JSONLD)) {
                    jsonld(store.database(), f);
                } else {
                    write(store);
                }
            }
        }
        return f;
    }

    /** Whether {@code file} is ready to send without being written first. */
    static boolean ready(Store store, String file) {
        return Files.exists(store.dumps().resolve(file));
    }

    /** Removes the dumps: the data is about to change. (The N-Quads and TriG are written together.) */
    static void invalidate(Path dumps) throws IOException {
        for (String[] d : Store.DUMP_FILES) {
            Files.deleteIfExists(dumps.resolve(d[1]));
        }
    }

    private static void write(Store store) throws IOException {
        Path manifestFile = store.dir().resolve(Stores.MANIFEST);
        if (!Files.exists(manifestFile)) {
            throw new IOException(store.dir() + ": dumps missing and no manifest to write them from");
        }
        Manifest m = Manifest.read(manifestFile);
        List<String> names = new ArrayList<>(m.files().keySet());
        names.sort(Comparator.comparing(n -> Iris.graph(n).getURI()));
        List<String> graphs = m.graphs(names);
        graphs.add(Iris.REFERENCE_GRAPH.getURI());
        DatasetGraph db = store.database();
        Path dumps = Files.createDirectories(store.dumps());
        try (DatasetWriter.FileStream trig = DatasetWriter.open(dumps.resolve("policykg.trig"));
             DatasetWriter.FileStream nq = DatasetWriter.open(dumps.resolve("policykg.nq"))) {
            StreamRDF out = new StreamRDF2(trig, nq);
            Txn.executeRead(db, () -> {
                out.start();
                for (String g : graphs) {
                    QuadCollector c = new QuadCollector();
                    Node gn = NodeFactory.createURI(g);
                    db.find(gn, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(c::quad);
                    c.sorted().forEach(out::quad);
                }
                out.finish();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The JSON-LD dump. Jena's JSON-LD writer needs the whole dataset, and its output
     * follows the dataset's iteration order: an in-memory dataset iterates by hash, the
     * same whatever order quads arrive in, so it is loaded from the database.
     */
    private static void jsonld(DatasetGraph tdb, Path file) throws IOException {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(mem::add));
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            RDFDataMgr.write(out, mem, RDFFormat.JSONLD11);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
