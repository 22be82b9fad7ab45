package org.policykg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedsFixture;
import org.policykg.cli.Io;
import org.policykg.cli.Main;
import org.policykg.query.QueryRunner;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;
import org.policykg.rdf.DatasetWriter;
import org.policykg.rdf.Iris;
import org.policykg.serve.Server;
import org.policykg.store.RemoteDataset;
import org.policykg.store.Store;

/**
 * {@code publish} to a remote Graph Store Protocol endpoint and {@code serve --sparql} over it:
 * every saved query gives the same rows over the remote endpoint as over the embedded store
 * (a TDB2 dataset whose default graph is the union), and the pages answer. Against a second
 * Fuseki (in this JVM) and against Virtuoso Open Source (its own process; skipped when
 * virtuoso-t is absent unless POLICYKG_REQUIRE_TOOLS is set).
 *
 * <p>Rows are compared term by term, with two equivalences that are not differences of
 * content: numbers by value (TDB2 writes the decimal 20 as "20.0", Virtuoso as "20") and
 * language tags without case (RDF 1.1: zh-Hans and zh-hans are one tag; Virtuoso lowercases).
 */
@Tag("integration") // servers, a Virtuoso process
class RemoteEndpointTest {
    private static DatasetGraph embedded;
    private static SavedQueries saved;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void load() throws Exception {
        embedded = DatabaseMgr.createDatasetGraph();
        embedded.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(embedded, () -> SeedsFixture.quads().forEach(embedded::add));
        saved = SavedQueries.load(Path.of("queries"));
    }

    @Test
    void fusekiGivesTheSameResultsAndPublishingSendsOnlyWhatChanged() throws Exception {
        DatasetGraph target = DatabaseMgr.createDatasetGraph();
        target.getContext().set(TDB2.symUnionDefaultGraph, true);
        DataService service = DataService.newBuilder(target)
                .addEndpoint(Operation.Query, "sparql").addEndpoint(Operation.GSP_RW, "data").build();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", service).build().start();
        try {
            String base = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/";
            Path dump = SeedsFixture.file(DatasetWriter.Syntax.NQUADS);
            String[] first = run("publish", "--to", base + "data", "-q", dump.toString());
            assertEquals("0", first[0], first[2]);
            assertTrue(first[2].contains("6 graphs") && first[2].contains("6 sent, 0 unchanged, 0 deleted"), first[2]);

            String[] again = run("publish", "--to", base + "data", "-q", dump.toString());
            assertTrue(again[2].contains("0 sent, 6 unchanged, 0 deleted"), "nothing changed, nothing sent: " + again[2]);

            assertEquals(List.of(), differences(base + "sparql"), "saved queries over Fuseki");
            pagesAnswer(RemoteDataset.connect(base + "sparql", 60_000));

            // One document gone and another changed: one PUT, one DELETE.
            List<String> lines = Files.readAllLines(dump);
            String gone = Iris.graph("000_1946f55c0c7bf20a.txt").getURI();
            String changed = Iris.graph("001_407594d02d198a52.txt").getURI();
            List<String> edited = new ArrayList<>();
            boolean dropped = false;
            for (String l : lines) {
                if (l.endsWith("<" + gone + "> .")) {
                    continue;
                }
                if (!dropped && l.endsWith("<" + changed + "> .")) {
                    dropped = true; // one triple fewer
                    continue;
                }
                edited.add(l);
            }
            Path less = tmp.resolve("less.nq");
            Files.write(less, edited);
            String[] third = run("publish", "--to", base + "data", "-q", less.toString());
            assertTrue(third[2].contains("5 graphs") && third[2].contains("1 sent, 4 unchanged, 1 deleted"), third[2]);
            assertTrue(Txn.calculateRead(target, () -> !target.containsGraph(org.apache.jena.graph.NodeFactory.createURI(gone))),
                    "the gone document's graph was deleted");

            // An interrupted publish: two graphs sent, then the process died before finishing.
            Publisher cut = new Publisher(base + "data", null, null, new Retry(1, java.time.Duration.ZERO));
            cut.start();
            GraphStream stream = new GraphStream((g, content) -> cut.graph(g, content));
            List<org.apache.jena.sparql.core.Quad> all = SeedsFixture.quads();
            Node firstGraph = all.get(0).getGraph();
            all.stream().filter(q -> q.getGraph().equals(firstGraph)).forEach(stream::quad);
            stream.finish(); // sent: the deleted document's graph, back again; no finish(): the run was cut
            String[] resumed = run("publish", "--to", base + "data", "-q", dump.toString());
            assertTrue(resumed[2].contains("1 sent, 5 unchanged, 0 deleted"),
                    "the next run sends only what the cut one had not: " + resumed[2]);
            assertEquals(List.of(), differences(base + "sparql"), "saved queries after the resumed publish");
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void virtuosoGivesTheSameResults() throws Exception {
        boolean required = System.getenv("POLICYKG_REQUIRE_TOOLS") != null;
        if (!VirtuosoProcess.available()) {
            assertTrue(!required, "POLICYKG_REQUIRE_TOOLS is set but virtuoso-t is not installed");
            Assumptions.abort("virtuoso-t is not installed");
        }
        Path dir = Files.createDirectories(tmp.resolve("virtuoso"));
        try (VirtuosoProcess v = VirtuosoProcess.start(dir)) {
            Path dump = SeedsFixture.file(DatasetWriter.Syntax.NQUADS);
            String[] refused = run("publish", "--to", v.graphStore(), "--user", "dba", "--password", "wrong", "-q", dump.toString());
            assertEquals("3", refused[0], refused[2]);
            assertTrue(refused[2].contains("refused the credentials"), refused[2]);

            String[] first = run("publish", "--to", v.graphStore(), "--user", "dba", "--password", "dba", "-q", dump.toString());
            assertEquals("0", first[0], first[2]);
            assertTrue(first[2].contains("6 sent, 0 unchanged"), first[2]);
            String[] again = run("publish", "--to", v.graphStore(), "--user", "dba", "--password", "dba", "-q", dump.toString());
            assertTrue(again[2].contains("0 sent, 6 unchanged"), again[2]);

            // Every saved query gives the embedded store's rows: the queries avoid what Virtuoso
            // 7.2 gets wrong (README "Virtuoso's SPARQL") and RemoteDataset enforces DISTINCT.
            assertEquals(List.of(), differences(v.sparql()), "saved queries over Virtuoso");
            pagesAnswer(RemoteDataset.connect(v.sparql(), 60_000));
        }
    }

    /** The saved queries whose rows over the endpoint differ from the embedded store's, each with its first difference. */
    private static List<String> differences(String endpoint) {
        RemoteDataset remote = RemoteDataset.connect(endpoint, 60_000);
        QueryRunner runner = new QueryRunner(60_000);
        List<String> out = new ArrayList<>();
        for (SavedQuery q : saved.all()) {
            List<String> expected = rows(Txn.calculateRead(embedded, () -> runner.select(embedded, q, Map.of())));
            List<String> actual;
            try {
                actual = rows(Txn.calculateRead(remote, () -> runner.select(remote, q, Map.of())));
            } catch (RuntimeException e) {
                out.add(q.name() + ": " + e);
                continue;
            }
            if (!expected.equals(actual)) {
                int i = 0;
                while (i < Math.min(expected.size(), actual.size()) && expected.get(i).equals(actual.get(i))) {
                    i++;
                }
                out.add(q.name() + ": " + expected.size() + " rows, " + actual.size() + " remote; row " + i + ": "
                        + (i < expected.size() ? expected.get(i) : "-") + " | " + (i < actual.size() ? actual.get(i) : "-"));
            }
        }
        return out;
    }

    private static List<String> rows(RowSetRewindable rs) {
        List<String> out = new ArrayList<>();
        List<Var> vars = rs.getResultVars();
        while (rs.hasNext()) {
            Binding b = rs.next();
            StringBuilder row = new StringBuilder();
            for (Var v : vars) {
                row.append(term(b.get(v))).append('\t');
            }
            out.add(row.toString());
        }
        return out;
    }

    private static String term(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral() && n.getLiteralDatatype() instanceof XSDDatatype dt && n.getLiteralValue() instanceof Number) {
            return new BigDecimal(n.getLiteralLexicalForm().strip()).stripTrailingZeros().toPlainString() + "^^" + dt.getURI();
        }
        if (n.isLiteral() && !n.getLiteralLanguage().isEmpty()) {
            return NodeFmtLib.strNT(org.apache.jena.graph.NodeFactory.createLiteralString(n.getLiteralLexicalForm()))
                    + "@" + n.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
        }
        return NodeFmtLib.strNT(n);
    }

    /** serve --sparql over the endpoint: the home page, a policy, a search, a saved query and a source quote answer. */
    private static void pagesAnswer(RemoteDataset remote) throws Exception {
        Server server = Server.start(Store.remote(remote, SeedsFixture.SEEDS), saved,
                new Server.Config("127.0.0.1", 0, Iris.BASE, 30_000, 10_000));
        try {
            HttpClient http = HttpClient.newHttpClient();
            Map<String, String> pages = Map.of(
                    "/", "政策",
                    "/resource/policy/" + enc("上海市进一步推进新型基础设施建设行动方案-2023-2026年"), "新型基础设施",
                    "/search?q=" + enc("算力券"), "算力券",
                    "/queries/targets-due-by-year", "2024",
                    "/source/002_ef29dd712f219e88.txt", "数字经济");
            for (var e : pages.entrySet()) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.address() + e.getKey().substring(1))).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, r.statusCode(), e.getKey() + ": " + r.body());
                assertTrue(r.body().contains(e.getValue()), e.getKey() + " shows " + e.getValue());
            }
            HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(server.address() + "search?q=" + enc("算力券"))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertTrue(!search.body().contains("<strong id=\"total\">0</strong>"), "the search finds something");
        } finally {
            server.close();
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Runs the command line: exit code, stdout, stderr. */
    private static String[] run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new Io(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), false));
        return new String[] {String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    }
}
