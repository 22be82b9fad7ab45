package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykg.query.SavedQueries;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;
import org.policykg.store.Store;
import org.policykg.store.Stores;

/**
 * A graph full of hostile literals and IRIs, served under another base IRI: no page
 * may carry any of it live (no script of its own, no event handler, no javascript:
 * link, JSON data that stays data).
 */
@Tag("integration") // builds a store and starts a server
class HostileHtmlTest {
    private static final String BASE = "http://example.test/kg/";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String[] HOSTILE = {
        SCRIPT,
        "\"><img src=x onerror=alert(2)>",
        "</script><script>alert(3)</script>",
        "' onmouseover='alert(4)",
        "<!--<script>alert(5)//-->",
        "\u2028alert(6)\u2029",
    };
    private static Path dir;
    private static Store store;
    private static Server server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("policykg-hostile");
        Node g = iri("https://w3id.org/policykg/graph/document/evil.txt");
        Node policy = iri(BASE + "resource/policy/evil");
        Node region = iri(BASE + "resource/region/evil");
        Node doc = iri(BASE + "resource/document/evil.txt");
        Node ev = iri(BASE + "resource/evidence/evil.txt/0-10");
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, policy, Vocab.type, POL.Policy));
        quads.add(Quad.create(g, region, Vocab.type, POL.Region));
        quads.add(Quad.create(g, policy, POL.jurisdiction, region));
        quads.add(Quad.create(g, policy, POL.evidence, ev));
        for (String h : HOSTILE) {
            quads.add(Quad.create(g, policy, Vocab.label, NodeFactory.createLiteralLang(h, "zh-Hans")));
            quads.add(Quad.create(g, policy, POL.title, NodeFactory.createLiteralString("算力 " + h)));
            quads.add(Quad.create(g, policy, POL.alias, NodeFactory.createLiteralLang(h, "en")));
            quads.add(Quad.create(g, region, Vocab.label, NodeFactory.createLiteralLang(h, "zh-Hans")));
        }
        quads.add(Quad.create(g, policy, Vocab.dcSource, iri("javascript:alert(7)")));
        quads.add(Quad.create(g, policy, Vocab.dcSource, iri("https://evil.example/'onmouseover='alert(8)")));
        quads.add(Quad.create(g, policy, Vocab.sameAs, iri("data:text/html,<script>alert(9)</script>")));
        quads.add(Quad.create(g, policy, Vocab.sameAs, iri("//evil.example/x")));
        quads.add(Quad.create(g, ev, Vocab.type, POL.Evidence));
        quads.add(Quad.create(g, ev, POL.quote, NodeFactory.createLiteralString("算力 " + HOSTILE[2])));
        quads.add(Quad.create(g, ev, POL.start, NodeFactory.createLiteralDT("0", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        quads.add(Quad.create(g, ev, POL.end, NodeFactory.createLiteralDT("10", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        quads.add(Quad.create(g, ev, POL.document, doc));
        quads.add(Quad.create(g, doc, POL.sourceFile, NodeFactory.createLiteralString("../../etc/passwd\"><script>alert(10)</script>")));
        Path storeDir = dir.resolve("store");
        Stores.write(storeDir, quads, List.of());
        store = Stores.openWritten(storeDir);
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("evil.rq"), """
                # title: 恶意 | Hostile
                # question-zh: 标签
                # question-en: labels
                # chart: bar category=label value=n
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?s ?label (1 AS ?n) WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label
                """);
        server = Server.start(store, SavedQueries.load(queries), new Server.Config("127.0.0.1", 0, BASE, 5000, 1000));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.address() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/resource/policy/evil", "/resource/region/evil", "/search?q=%E7%AE%97%E5%8A%9B",
        "/queries/evil", "/queries", "/editor", "/search?q=%3Cscript%3Ealert(11)%3C%2Fscript%3E", "/browse",
        "/browse/policies", "/browse/regions", "/browse/agencies", "/compare", "/ontology",
        "/search?q=%22%3Cscript%3E%22"})
    void nothingHostileIsLive(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        String html = r.body();
        assertFalse(html.contains("<script>alert"), "a hostile script tag is in the HTML of " + path);
        assertFalse(html.contains("<img src=x"), "a hostile element is in the HTML of " + path);
        Document d = Jsoup.parse(html);
        for (Element s : d.select("script")) {
            boolean ours = s.hasAttr("src") ? s.attr("src").startsWith("/assets/")
                    : s.attr("type").equals("application/json") && s.id().equals("page-data");
            assertTrue(ours, "a script that is not ours on " + path + ": " + s.outerHtml());
            if (!s.hasAttr("src")) {
                assertNotNull(JSON.parseAny(s.data()), "page data is JSON");
                assertFalse(s.data().contains("</"), "no closing tag inside the JSON");
            }
        }
        for (Element e : d.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "an event handler on " + path + ": " + e.outerHtml());
                if (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("action")) {
                    String v = a.getValue();
                    assertTrue(v.equals("#") || v.startsWith("data:,") || (v.startsWith("/") && !v.startsWith("//"))
                            || v.startsWith("http://") || v.startsWith("https://"), "an unsafe link on " + path + ": " + v);
                    assertFalse(v.contains("'") || v.contains("\""), "a quote inside a link on " + path + ": " + v);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theHostileTextIsShownAsText() throws Exception {
        Document d = Jsoup.parse(get("/resource/policy/evil").body());
        assertTrue(d.select("h1").text().contains("alert("), "the label is displayed, escaped");
        assertTrue(d.text().contains("javascript:alert(7)"), "a javascript: IRI is shown as text");
        assertTrue(d.select("a[href^=javascript]").isEmpty());
        // A file name from the graph never becomes a path: the source view does not know it.
        int status = get("/source/..%2F..%2Fetc%2Fpasswd").statusCode();
        assertTrue(status == 404 || status == 400, "refused: " + status);
        assertEquals(404, get("/source/passwd").statusCode());
    }
}
