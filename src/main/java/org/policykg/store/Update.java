package org.policykg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.policykg.pipeline.Pipeline;
import org.policykg.pipeline.Summary;
import org.policykg.rdf.CountingStream;
import org.policykg.rdf.DatasetWriter;

/**
 * Brings an open store up to date with its inputs in place: the graphs of files whose content
 * hash changed are replaced, those of new files added, those of gone files removed, in the
 * database and the text index; the rest is not touched.
 *
 * <p>Crash safety. TDB2 commits a write transaction atomically, but the Lucene index commits
 * on its own, just after it (as jena-text does it), and the manifest is a file beside them:
 * no single commit covers all three. So an update first writes a JOURNAL naming every file it
 * changes and every graph it will clear (the old graphs and the new), then changes the data in
 * one TDB2 write transaction with the index's changes, commits, replaces the changed graphs'
 * records in STATS ({@link GraphStats}), writes the new MANIFEST and
 * only then deletes the journal. Every step is a replacement (clear the graph in TDB2 and in
 * Lucene, add the new quads), so doing it twice is doing it once: an open that finds a journal
 * redoes the journal's files whatever state the crash left them in (the old data, the new data
 * with the old index, or the new everything with the old manifest), and nothing else is needed.
 */
final class Update {
    static final String JOURNAL = "JOURNAL";
    private static final String STAGED = "update.nq";
    /** The hash of a file that could not be read: never current, so it is tried (and reported) again. */
    static final String UNREADABLE = "unreadable";

    /** Names the steps as they are done: a test's child JVM uses it to be killed at each one. */
    static volatile Consumer<String> phases = p -> {
    };

    /**
     * What an update did: files added, changed and removed (by the manifest), files of a crashed
     * update redone, and the extraction's summary.
     */
    record Result(int added, int changed, int removed, int redone, Summary summary, CountingStream.Counts counted) {
        String line() {
            return added + " added, " + changed + " changed, " + removed + " removed"
                    + (redone > 0 ? ", " + redone + " redone after an interrupted update" : "");
        }
    }

    private Update() {
    }

    /**
     * Whether {@code store}'s manifest (and journal, if a crash left one) differs from the
     * inputs' hashes: a cheap check before anything is opened for writing.
     */
    static boolean needed(Path dir, Manifest manifest, Map<String, String> hashes) {
        return Files.exists(dir.resolve(JOURNAL)) || !current(manifest, hashes);
    }

    private static boolean current(Manifest m, Map<String, String> hashes) {
        if (!m.files().keySet().equals(hashes.keySet())) {
            return false;
        }
        for (var e : m.files().entrySet()) {
            if (!e.getValue().hash().equals(hashes.get(e.getKey())) || e.getValue().hash().equals(UNREADABLE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Updates {@code store} from {@code files} (by name, with their content hashes in
     * {@code hashes}) and returns what was done; the store's MANIFEST is the new one after.
     */
    static Result apply(Store store, Manifest old, Map<String, Path> files, Map<String, String> hashes, Pipeline pipeline)
            throws IOException {
        Path dir = store.dir();
        Path journalFile = dir.resolve(JOURNAL);
        Manifest journal = Files.exists(journalFile) ? Manifest.read(journalFile) : null;

        Set<String> added = new TreeSet<>();
        Set<String> changed = new TreeSet<>();
        Set<String> removed = new TreeSet<>();
        for (String n : files.keySet()) {
            Manifest.Entry e = old.files().get(n);
            if (e == null) {
                added.add(n);
            } else if (!e.hash().equals(hashes.get(n)) || e.hash().equals(UNREADABLE)) {
                changed.add(n);
            }
        }
        for (String n : old.files().keySet()) {
            if (!files.containsKey(n)) {
                removed.add(n);
            }
        }
        Set<String> redo = journal == null ? Set.of() : journal.files().keySet();
        Set<String> extract = new TreeSet<>(added);
        extract.addAll(changed);
        for (String n : redo) {
            if (files.containsKey(n)) {
                extract.add(n);
            }
        }

        // 1. Extract what is new or changed, staged in a file: the journal must name the new graphs
        //    before the data changes, and a large update is not held in memory.
        Path staged = dir.resolve(STAGED);
        List<Path> toExtract = extract.stream().map(files::get).toList();
        Summary summary;
        GraphsByFile graphs;
        CountingStream counting;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(staged), 1 << 16)) {
            StreamRDF w = DatasetWriter.stream(out, DatasetWriter.Syntax.NQUADS);
            counting = new CountingStream(w);
            graphs = new GraphsByFile(counting, toExtract);
            summary = pipeline.run(toExtract, graphs);
        }
        phases.accept("extracted");

        // 2. The journal: every affected file, with every graph that may hold any of its data.
        Map<String, Manifest.Entry> affected = new TreeMap<>();
        Set<String> all = new TreeSet<>(extract);
        all.addAll(removed);
        all.addAll(redo);
        for (String n : all) {
            Set<String> clear = new LinkedHashSet<>();
            for (Manifest m : journal == null ? List.of(old) : List.of(old, journal)) {
                Manifest.Entry e = m.files().get(n);
                if (e != null) {
                    clear.addAll(e.graphs());
                }
            }
            clear.addAll(graphs.of(n));
            affected.put(n, new Manifest.Entry(files.containsKey(n) ? hashes.get(n) : Manifest.GONE, new ArrayList<>(clear)));
        }
        new Manifest(old.code(), affected).write(journalFile);
        Dumps.invalidate(store.dumps());
        phases.accept("journal");

        // 3. Sources first (a crash leaves the journal to redo them); then the data in one transaction.
        Files.createDirectories(store.sources());
        for (Path f : toExtract) {
            Files.copy(f, store.sources().resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> cleared = affected.values().stream().flatMap(e -> e.graphs().stream()).distinct().toList();
        GraphStats replaced = replace(store, cleared, staged);
        // The home page's counts: the cleared graphs' records replaced by the new ones (a store
        // without a STATS file, which serve then counts by SPARQL, is left without one).
        Path statsFile = dir.resolve(GraphStats.FILE);
        if (Files.exists(statsFile)) {
            GraphStats.read(statsFile).replace(cleared, replaced).write(statsFile);
            phases.accept("stats");
        }
        for (String n : all) {
            if (!files.containsKey(n)) {
                Files.deleteIfExists(store.sources().resolve(n));
            }
        }

        // 4. The new manifest, then the journal goes: the update is done.
        Map<String, Manifest.Entry> now = new TreeMap<>(old.files());
        now.keySet().removeIf(n -> !files.containsKey(n));
        for (String n : extract) {
            now.put(n, new Manifest.Entry(hashes.get(n), graphs.of(n)));
        }
        new Manifest(old.code(), now).write(dir.resolve(Stores.MANIFEST));
        phases.accept("manifest");
        Files.delete(journalFile);
        Files.deleteIfExists(staged);
        return new Result(added.size(), changed.size(), removed.size(), redo.size(), summary, counting.counts());
    }

    /**
     * Clears {@code graphs} and adds the staged quads, in the database and the text index, in
     * one write transaction. The index is a component of the TDB2 transaction (jena-text
     * registers it when it wraps a TDB2 database): the database's commit prepares it, commits
     * itself, then commits the index. An external component has no recovery of its own, so a
     * crash between those last two leaves the journal to redo it.
     */
    private static GraphStats replace(Store store, List<String> graphs, Path staged) {
        DatasetGraph db = store.database();
        TextIndex index = ((DatasetGraphText) store.dataset()).getTextIndex();
        db.begin(TxnType.WRITE);
        boolean committed = false;
        GraphStats.Collector stats;
        try {
            stats = new GraphStats.Collector(GraphStats.referenceTypes(db));
            for (String g : graphs) {
                db.deleteAny(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY);
                TextIndexes.removeGraph(index, g);
            }
            RDFParser.source(staged).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void start() {
                    stats.start();
                }

                @Override
                public void quad(Quad q) {
                    db.add(q);
                    TextIndexes.add(index, q);
                    stats.quad(q);
                }

                @Override
                public void finish() {
                    stats.finish();
                }
            });
            phases.accept("applied");
            db.commit();
            committed = true;
            phases.accept("committed");
        } finally {
            if (!committed) {
                db.abort(); // rolls the index back too
            }
            db.end();
        }
        return stats.stats();
    }
}
