package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

/** Every resource IRI answers at its own path, as HTML or RDF by Accept header or suffix. */
@Tag("integration") // starts a server
class LinkedDataTest {
    private static final TestServer S = TestServer.get();
    private static final String POLICY = "resource/policy/上海市进一步推进新型基础设施建设行动方案-2023-2026年";
    private static final Node POLICY_IRI = NodeFactory.createURI("https://w3id.org/policykg/" + POLICY);

    private static String path(String p) {
        return "/" + TestServer.enc(p);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "text/turtle, , TTL",
        "application/ld+json, , JSONLD",
        "application/n-triples, , NT",
        "'text/html;q=0.5, text/turtle', , TTL",
        ", .ttl, TTL",
        ", .jsonld, JSONLD",
        ", .nt, NT",
    })
    void rdfByAcceptOrSuffix(String accept, String suffix, String lang) {
        HttpResponse<String> r = S.get(path(POLICY) + (suffix == null ? "" : suffix), accept);
        assertEquals(200, r.statusCode());
        Lang l = switch (lang) {
            case "TTL" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.NTRIPLES;
        };
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(l.getContentType().getContentTypeStr()),
                r.headers().firstValue("Content-Type").orElse(""));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), l).parse(g);
        assertTrue(g.contains(POLICY_IRI, Vocab.type, POL.Policy), "the description says what it is");
        assertTrue(g.contains(POLICY_IRI, POL.hasTarget, Node.ANY), "and what it promises");
        assertTrue(g.contains(Node.ANY, POL.quote, Node.ANY), "with the evidence quotes");
    }

    @Test
    void browsersGetAPageWithLabelTypeTablesAndEvidence() {
        HttpResponse<String> r = S.get(path(POLICY), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        Document d = Jsoup.parse(r.body());
        assertEquals("上海市进一步推进新型基础设施建设行动方案(2023-2026年)", d.selectFirst("h1").text());
        assertFalse(d.select(".types a").isEmpty(), "the type is a link");
        assertTrue(d.select("h2").text().contains("目标") && d.select("h2").text().contains("措施"));
        assertTrue(d.select("table.data").size() >= 2, "targets and measures tables");
        Element ev = d.selectFirst("blockquote.evidence");
        String quote = ev.selectFirst(".quote").text();
        String href = ev.selectFirst("a").attr("href");
        assertTrue(href.startsWith("/source/") && href.contains("start=") && href.endsWith("#hl"), href);
        Document source = Jsoup.parse(S.get(href.substring(0, href.indexOf('#')), null).body());
        assertEquals(quote, source.selectFirst("mark#hl").text(), "the source view highlights the quoted span");
    }

    @Test
    void propertyRowsAreReadableAndLinksStayOnTheSite() {
        Document d = Jsoup.parse(S.get(path(POLICY), null).body());
        Element jurisdiction = d.select("table.props tr").stream()
                .filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").text().contains("jurisdiction"))
                .findFirst().orElseThrow();
        Element link = jurisdiction.selectFirst("td a");
        assertEquals("上海市", link.text(), "an IRI is shown by its label");
        assertEquals("/resource/region/310000", link.attr("href"));
        assertEquals(200, S.get("/resource/region/310000", null).statusCode());
    }

    @Test
    void aRegionShowsTheResourcesLinkingToIt() {
        Document d = Jsoup.parse(S.get("/resource/region/310000", null).body());
        assertTrue(d.select("h2").text().contains("Linked from"));
        assertTrue(d.select("a[href^=/resource/policy/]").size() >= 1, "the Shanghai policies link here");
    }

    @Test
    void conceptsAndGraphsAreServedToo() {
        assertEquals(200, S.get("/concept/unit-CNY", null).statusCode());
        HttpResponse<String> g = S.get("/graph/document/004_898ec50a5e4cdced.txt", "text/turtle");
        assertEquals(200, g.statusCode(), "a named graph's IRI answers with what is said about it");
    }

    @Test
    void unknownAndMalformedPaths() {
        assertEquals(404, S.get("/resource/policy/no-such-policy", null).statusCode());
        assertEquals(404, S.get("/resource/policy/no-such-policy", "text/turtle").statusCode());
        assertEquals(404, S.get("/no/such/page", null).statusCode());
        int bad = S.get("/resource/policy/%FF%FE%00", null).statusCode();
        assertTrue(bad == 400 || bad == 404, "bytes that are not UTF-8 are refused: " + bad);
    }

    @Test
    void searchFindsChineseWordsInTitlesAndQuotes() {
        Document d = Jsoup.parse(S.get("/search?q=" + java.net.URLEncoder.encode("算力券",
                java.nio.charset.StandardCharsets.UTF_8), null).body());
        assertTrue(d.select("ol.hits li").size() > 0, "hits");
        assertTrue(d.select("ol.hits a[href^=/resource/policy/]").size() > 0, "a policy among them");
        Document none = Jsoup.parse(S.get("/search?q=" + java.net.URLEncoder.encode("\"(unbalanced",
                java.nio.charset.StandardCharsets.UTF_8), null).body());
        assertTrue(none.text().contains("results"), "Lucene syntax in the words is escaped, not an error");
    }

    @Test
    void savedQueryPagesBindParametersAndRefuseBadValues() {
        HttpResponse<String> ok = S.get("/queries/targets-due-by-year?year=2027", null);
        assertEquals(200, ok.statusCode());
        Document d = Jsoup.parse(ok.body());
        assertEquals("2027", d.selectFirst("input[name=year]").attr("value"));
        HttpResponse<String> bad = S.get("/queries/targets-due-by-year?year=2025%3B%20DROP", null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("not a valid"), "the page says why");
        assertEquals(200, S.get("/queries/targets-due-by-year.rq", null).statusCode());
    }
}
