package org.policykg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store updated in place holds exactly what a fresh build of the same inputs holds: the same
 * quads, the same text index, the same dumps byte for byte, and a manifest that says so.
 */
@Tag("integration") // builds TDB2 stores on disk
class IncrementalStoreTest {
    @TempDir
    Path tmp;

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Three seed documents and a table of two rows. */
    static Path corpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : List.of("000_1946f55c0c7bf20a.txt", "002_ef29dd712f219e88.txt", "004_898ec50a5e4cdced.txt")) {
            Files.copy(Path.of("seeds", f), dir.resolve(f));
        }
        Files.copy(Path.of("src/test/resources/forms/table-csv/input.csv"), dir.resolve("table.csv"));
        return dir;
    }

    /** Changes one document, adds one, removes one and changes a row of the table. */
    static void change(Path docs) throws IOException {
        Files.writeString(docs.resolve("002_ef29dd712f219e88.txt"), "\n上海市人民政府印发《上海市量子计算测试行动方案》。\n",
                StandardOpenOption.APPEND);
        Files.copy(Path.of("seeds/003_ac67732907bb12cf.txt"), docs.resolve("003_ac67732907bb12cf.txt"));
        Files.delete(docs.resolve("000_1946f55c0c7bf20a.txt"));
        String table = Files.readString(docs.resolve("table.csv"));
        Files.writeString(docs.resolve("table.csv"), table.replace("培育数据商50家以上", "培育数据商80家以上"));
    }

    /** A phrase of the document the change removes, and of no other. */
    static final String REMOVED = "周报";

    @Test
    void anUpdateInPlaceGivesWhatAFreshBuildGives() throws Exception {
        Path docs = corpus(tmp.resolve("docs"));
        Path data = tmp.resolve("data");
        Path dir;
        try (Store s = Stores.open(data, List.of(docs), quiet(), false).store()) {
            dir = s.dir();
            assertFalse(search(s, REMOVED).isEmpty(), "the document to be removed has that phrase");
        }
        Manifest before = Manifest.read(dir.resolve(Stores.MANIFEST));
        assertEquals(Set.of("000_1946f55c0c7bf20a.txt", "002_ef29dd712f219e88.txt", "004_898ec50a5e4cdced.txt", "table.csv"),
                before.files().keySet());
        assertEquals(2, before.files().get("table.csv").graphs().size(), "a table's rows are graphs of its file");

        change(docs);
        Stores.Opened updated = Stores.open(data, List.of(docs), quiet(), false);
        Stores.Opened fresh = Stores.open(tmp.resolve("fresh"), List.of(docs), quiet(), false);
        try (Store u = updated.store(); Store f = fresh.store()) {
            assertTrue(updated.built());
            assertEquals("1 added, 2 changed, 1 removed", updated.updated());
            assertEquals(dir, u.dir(), "updated in place");
            assertEquals(4, updated.summary().documents(), "only what changed is extracted (the table's two rows count two)");
            assertEquals(f.hash(), u.hash(), "the same identifier as a fresh build of the same inputs");
            assertFalse(Files.exists(dir.resolve(Update.JOURNAL)));

            assertEquals(quads(f.database()), quads(u.database()));
            assertEquals(Manifest.read(f.dir().resolve(Stores.MANIFEST)), Manifest.read(u.dir().resolve(Stores.MANIFEST)));
            assertEquals(Files.readString(f.dir().resolve(GraphStats.FILE)), Files.readString(u.dir().resolve(GraphStats.FILE)),
                    "the home page's figures kept graph by graph: the same records as a fresh build's");
            assertEquals(f.stats("unknown"), u.stats("unknown"));
            assertTrue(u.stats("unknown").orElseThrow().entities().get(org.policykg.rdf.POL.NS + "Policy") > 0);
            assertEquals(listing(f.sources()), listing(u.sources()));
            assertArrayEquals(Files.readAllBytes(f.sources().resolve("table.csv")), Files.readAllBytes(u.sources().resolve("table.csv")));

            assertEquals(luceneDocs(f.dir()), luceneDocs(u.dir()));
            for (String q : List.of("量子计算", "数据商", "算力券", REMOVED, "新基建", "上海")) {
                assertEquals(search(f, q), search(u, q), q);
            }
            assertTrue(search(u, "量子计算").size() > 0, "the changed document's new text is found");
            assertTrue(search(u, REMOVED).isEmpty(), "the removed document's text is not: " + search(u, REMOVED));

            for (String[] d : Store.DUMP_FILES) {
                assertFalse(u.dumpReady(d[1]), "an update leaves the dumps to be written on request");
            }
            for (String[] d : Store.DUMP_FILES) {
                assertArrayEquals(Files.readAllBytes(f.dump(d[1])), Files.readAllBytes(u.dump(d[1])), d[1]);
            }
        }
        Stores.Opened again = Stores.open(data, List.of(docs), quiet(), false);
        try (Store s = again.store()) {
            assertFalse(again.built(), "nothing changed since: opened as it is");
        }
    }

    @Test
    void anotherCodeVersionBuildsAfresh() throws Exception {
        Path docs = corpus(tmp.resolve("docs"));
        Path data = tmp.resolve("data");
        Path dir;
        try (Store s = Stores.open(data, List.of(docs), quiet(), false).store()) {
            dir = s.dir();
        }
        Manifest m = Manifest.read(dir.resolve(Stores.MANIFEST));
        new Manifest("an older jar", m.files()).write(dir.resolve(Stores.MANIFEST));
        Stores.Opened o = Stores.open(data, List.of(docs), quiet(), false);
        try (Store s = o.store()) {
            assertTrue(o.built());
            assertEquals(null, o.updated(), "a full build, not an update");
            assertEquals(4, o.summary().documents() - 1, "every document extracted again (a table counts its two rows)");
            assertEquals(m, Manifest.read(dir.resolve(Stores.MANIFEST)));
        }
    }

    static List<String> quads(DatasetGraph db) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(db, () -> db.find().forEachRemaining(q -> out.add(str(q))));
        out.sort(null);
        return out;
    }

    private static String str(Quad q) {
        return q.getGraph() + " " + q.getSubject() + " " + q.getPredicate() + " " + q.getObject();
    }

    static int luceneDocs(Path store) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(store.resolve(Store.TEXT)))) {
            return r.numDocs();
        }
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    static Set<String> search(Stores.Opened o, String word) {
        try (Store s = o.store()) {
            return search(s, word);
        }
    }

    /** The subjects and matched literals a text query finds, as the search page asks. */
    static Set<String> search(Store s, String word) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query (\""
                + word.replace("\"", "\\\"") + "\" 10000) }";
        Set<String> out = new TreeSet<>();
        Txn.executeRead(s.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(q, org.apache.jena.query.DatasetFactory.wrap(s.dataset()))) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(b -> out.add(b.get("s") + " " + b.get("lit")));
            }
        });
        return out;
    }
}
