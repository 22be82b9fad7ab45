package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Queries meant to hurt: each one is refused, or ended with 503, and the server answers a
 * small query at once afterwards. Left alone, each of these would run for hours; the time
 * bound (twice the server's timeout) checks that the query was stopped, not how promptly,
 * so a loaded machine does not fail it. The times are printed; the README reports them.
 */
@Tag("integration") // starts a server
class HostileQueryTest {
    private static final TestServer S = TestServer.get();
    private static final String PRE = "PREFIX pol: <https://w3id.org/policykg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', value = {
        "cross product§SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }§",
        "cross product, streamed§SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c§",
        "unbounded property path§SELECT (COUNT(*) AS ?n) WHERE { ?s (!rdf:type|^!rdf:type)* ?o }§",
        "regex join§SELECT (COUNT(*) AS ?n) WHERE { ?a rdfs:label ?x . ?b rdfs:label ?y FILTER(REGEX(?x, CONCAT('.*', ?y, '.*'))) }§",
        "order by over everything§SELECT ?s ?o ?o2 WHERE { ?s ?p ?o . ?s2 ?p2 ?o2 } ORDER BY DESC(STR(?o)) ?o2§",
        "client asks for a longer timeout§SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }§&timeout=600",
        "client asks for a longer timeout in ms form§SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }§&timeout=600,600",
        "an update through the query endpoint§INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }§",
        "a SERVICE call§SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }§",
        "a SERVICE call in a subquery§SELECT * WHERE { { SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/x> { ?s ?p ?o } } } }§",
        "a SERVICE call inside FILTER EXISTS§SELECT * WHERE { ?s a pol:Policy FILTER EXISTS { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } } }§",
    })
    void isRefusedOrEndedInTime(String what, String sparql, String extra) {
        String url = S.url("/kg/sparql?query=" + java.net.URLEncoder.encode(PRE + sparql, StandardCharsets.UTF_8)
                + (extra == null ? "" : extra));
        long t0 = System.nanoTime();
        HttpResponse<String> r = S.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET().build());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        int status = r.statusCode();
        System.out.printf("hostile query: %s -> %d in %d ms%n", what, status, millis);
        assertTrue(status == 503 || (status >= 400 && status < 500), what + ": status " + status + " after " + millis + " ms");
        assertTrue(millis <= TestServer.TIMEOUT_MILLIS * 2, what + ": took " + millis + " ms, not stopped by the timeout");

        long t1 = System.nanoTime();
        HttpResponse<String> ok = S.get("/kg/sparql?query=ASK%7B%7D", "application/sparql-results+json");
        assertEquals(200, ok.statusCode(), "the server still answers after: " + what);
        assertTrue((System.nanoTime() - t1) / 1_000_000 < 2000, "and answers at once, not queued behind it");
    }
}
