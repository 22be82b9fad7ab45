package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.query.SavedQueries;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;
import org.policykg.store.GraphStats;
import org.policykg.store.Store;
import org.policykg.store.Stores;

/**
 * The home page's figures, read from what the store kept as it was built ({@link GraphStats}),
 * are what a SPARQL count over the whole store gives: on the seeds, and on a crafted store
 * where a policy's facts and an entity's mentions are spread over several graphs.
 */
@Tag("integration") // stores on disk, the shared seeds server
class HomeFiguresTest {
    @TempDir
    Path tmp;

    private static final List<String> HOME_CLASSES = List.of("Policy", "Report", "Target", "Measure", "Agency", "Company",
            "Region", "Document", "Evidence");

    @Test
    void theSeedsFiguresAreTheCountsOverTheStore() throws Exception {
        Store store = TestServer.get().store;
        GraphStats.Totals kept = store.stats(BrowseIndex.NO_YEAR).orElseThrow();
        assertTrue(kept.entities().getOrDefault(POL.NS + "Policy", 0L) > 5, "the seeds hold policies: " + kept.entities());
        assertFalse(kept.policies().isEmpty(), "and policies by region");
        assertEquals(counted(store, kept.entities().keySet()), kept);

        Site site = new Site(store, SavedQueries.load(Path.of("queries")), Server.Config.DEFAULT_BASE, 60_000, 100_000,
                new QueryBound(2));
        assertEquals(kept, HomeServlet.figures(site), "the page reads what the store kept");
        GraphStats.Totals bySparql = HomeServlet.bySparql(site);
        assertEquals(filtered(kept), bySparql, "the page's own count, as it makes it without kept figures (a remote store)");

        String home = TestServer.get().get("/", null).body();
        assertTrue(home.contains(String.format("%,d", kept.entities().get(POL.NS + "Evidence"))), "the page shows them");
    }

    @Test
    void factsSpreadOverGraphsAreMergedAsTheUnionGraphMergesThem() throws Exception {
        Node ref = Iris.REFERENCE_GRAPH;
        Node a = NodeFactory.createURI(Iris.GRAPH + "document/a");
        Node b = NodeFactory.createURI(Iris.GRAPH + "document/b");
        Node p1 = Iris.policy("p1");
        Node p2 = Iris.policy("p2");
        Node p3 = Iris.policy("p3");
        Node agency = NodeFactory.createURI(Iris.RESOURCE + "agency/x");
        Node r1 = Iris.region("310000");
        Node r2 = Iris.region("440000");
        Node r3 = Iris.region("110000");
        Node issued = Vocab.dcIssued;
        List<Quad> quads = new ArrayList<>(List.of(
                // b before a, and a coming back after b: graphs need not arrive whole or in order
                Quad.create(b, p1, POL.jurisdiction, r1),
                Quad.create(b, p1, POL.startYear, NodeFactory.createLiteralDT("2019", XSDDatatype.XSDgYear)),
                Quad.create(b, p2, Vocab.type, POL.Policy),
                Quad.create(b, p2, POL.jurisdiction, r1),
                Quad.create(b, p2, issued, NodeFactory.createLiteralString("not a date")), // YEAR fails: its start year
                Quad.create(b, p2, POL.startYear, NodeFactory.createLiteralString("2018")),
                Quad.create(b, p3, Vocab.type, POL.Policy), // no jurisdiction: not in the table
                Quad.create(b, agency, Vocab.type, POL.Agency),
                Quad.create(a, p1, Vocab.type, POL.Policy),
                Quad.create(a, p1, POL.jurisdiction, r2),
                Quad.create(a, p1, issued, NodeFactory.createLiteralDT("2021-05-01", XSDDatatype.XSDdate)),
                Quad.create(a, p1, issued, NodeFactory.createLiteralDT("2022-01-01", XSDDatatype.XSDdate)),
                Quad.create(b, agency, POL.mentionedIn, Iris.document("b")),
                Quad.create(a, agency, Vocab.type, POL.Agency), // one agency named by two documents
                Quad.create(a, r1, POL.mentionedIn, Iris.document("a")), // a region typed only in the reference graph
                Quad.create(ref, r1, Vocab.type, POL.Region),
                Quad.create(ref, r2, Vocab.type, POL.Region), // only an object in the documents: not counted
                Quad.create(ref, r3, Vocab.type, POL.Region)));
        Path dir = tmp.resolve("store");
        Stores.write(dir, quads, List.of());
        try (Store s = Stores.openWritten(dir)) {
            GraphStats.Totals kept = s.stats(BrowseIndex.NO_YEAR).orElseThrow();
            assertEquals(Map.of(POL.NS + "Policy", 3L, POL.NS + "Agency", 1L, POL.NS + "Region", 1L), kept.entities());
            String least = r1.getURI().compareTo(r2.getURI()) < 0 ? r1.getURI() : r2.getURI();
            Map<String, Map<String, Integer>> policies = new TreeMap<>();
            policies.computeIfAbsent(least, k -> new TreeMap<>()).merge("2021", 1, Integer::sum); // p1: the least date's year
            policies.computeIfAbsent(r1.getURI(), k -> new TreeMap<>()).merge("2018", 1, Integer::sum); // p2
            assertEquals(policies, kept.policies());
            assertEquals(counted(s, kept.entities().keySet()), kept, "and SPARQL over the store says the same");
        }
    }

    /** Only the classes the home page shows, as its SPARQL counts them. */
    private static GraphStats.Totals filtered(GraphStats.Totals t) {
        Map<String, Long> e = new TreeMap<>();
        for (String c : HOME_CLASSES) {
            if (t.entities().containsKey(POL.NS + c)) {
                e.put(POL.NS + c, t.entities().get(POL.NS + c));
            }
        }
        return new GraphStats.Totals(e, t.policies());
    }

    /**
     * The figures counted by SPARQL alone over the store: entities of each class that a document
     * graph says something about, and policies by their least jurisdiction and least year.
     */
    static GraphStats.Totals counted(Store store, Set<String> classes) {
        Set<String> all = new TreeSet<>(classes);
        HOME_CLASSES.forEach(c -> all.add(POL.NS + c));
        Map<String, Long> entities = new TreeMap<>();
        Map<String, Map<String, Integer>> policies = new TreeMap<>();
        Txn.executeRead(store.dataset(), () -> {
            for (String c : all) {
                String q = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + c + "> . FILTER EXISTS { GRAPH ?g { ?s ?p ?o } "
                        + "FILTER(STRSTARTS(STR(?g), \"" + Iris.GRAPH + "document/\")) } }";
                try (QueryExec qe = QueryExec.dataset(store.dataset()).query(q).build()) {
                    long n = Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
                    if (n > 0) {
                        entities.put(c, n);
                    }
                }
            }
            String q = "PREFIX pol: <" + POL.NS + "> PREFIX dcterms: <http://purl.org/dc/terms/>\n"
                    + "SELECT ?r ?year (COUNT(?p) AS ?n) WHERE { { SELECT ?p (MIN(STR(?r0)) AS ?r) (MIN(?y0) AS ?year) WHERE {\n"
                    + "  ?p a pol:Policy ; pol:jurisdiction ?r0 .\n"
                    + "  OPTIONAL { ?p dcterms:issued ?issued } OPTIONAL { ?p pol:startYear ?start }\n"
                    + "  BIND(COALESCE(IF(BOUND(?issued), STR(YEAR(?issued)), ?none), STR(?start), \"" + BrowseIndex.NO_YEAR
                    + "\") AS ?y0) } GROUP BY ?p } } GROUP BY ?r ?year";
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(q).build()) {
                qe.select().forEachRemaining(row -> policies.computeIfAbsent(row.get("r").getLiteralLexicalForm(),
                        k -> new TreeMap<>()).put(row.get("year").getLiteralLexicalForm(),
                        Integer.parseInt(row.get("n").getLiteralLexicalForm())));
            }
        });
        return new GraphStats.Totals(entities, policies);
    }
}
