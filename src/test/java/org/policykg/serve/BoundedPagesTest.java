package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policykg.SeedsFixture;
import org.policykg.query.SavedQueries;
import org.policykg.store.Store;
import org.policykg.store.Stores;

/**
 * Site pages run under the endpoint's wall-clock bound, not Jena's own timeout (issue 11,
 * finding 1, on the pages): a saved query that sorts inside Jena's timeout lock ran on a
 * saved-query page until the sort ended. And an endpoint answer is written whole inside the
 * bound, so it arrives with its length, never cut and never after the bound.
 */
@Tag("integration") // starts a server
class BoundedPagesTest {
    private static final long TIMEOUT_MILLIS = 4_000;
    private static Path data;
    private static Store store;
    private static Server server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("policykg-bounded-pages");
        Path queries = Files.createDirectories(data.resolve("queries"));
        // A saved query as a site owner might write by mistake: a sort of a cross product that
        // OFFSET makes Jena run while it holds its timeout lock.
        Files.writeString(queries.resolve("everything-sorted.rq"), """
                # title: 全部排序 | Everything sorted
                # question-zh: 所有三元组两两组合后排序
                # question-en: Every pair of triples, sorted
                SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f OFFSET 1
                """, StandardCharsets.UTF_8);
        // Spill files a killed server left behind (finding 1: a sort spilled to /tmp until the server stopped).
        Files.createDirectories(data.resolve("tmp"));
        Files.writeString(data.resolve("tmp").resolve("DataBag-stale.tmp"), "rows of a killed server");
        Path dir = data.resolve("store");
        Stores.write(dir, SeedsFixture.quads(), SeedsFixture.files());
        store = Stores.openWritten(dir);
        server = Server.start(store, SavedQueries.load(queries), new Server.Config("127.0.0.1", 0,
                Server.Config.DEFAULT_BASE, TIMEOUT_MILLIS, 10_000, null, data.resolve("tmp")));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        // A stopped query's worker ends at its next look at the signal; close the store after it.
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (server.runningQueries() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        server.close();
        store.close();
    }

    private static HttpResponse<byte[]> send(HttpRequest r) throws Exception {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void spillFilesOfAKilledServerAreClearedAtStart() {
        assertTrue(Files.notExists(data.resolve("tmp").resolve("DataBag-stale.tmp")));
    }

    @Test
    void aSavedQueryPageIsStoppedByTheBound() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(server.address() + "queries/everything-sorted"))
                .timeout(Duration.ofSeconds(120)).GET().build());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("saved-query page, sort of a cross product: " + r.statusCode() + " after " + ms + " ms");
        assertEquals(503, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("stopped"));
        // Twice the timeout: this checks that the page was stopped, not how promptly (a loaded CI machine).
        assertTrue(ms < 2 * TIMEOUT_MILLIS, ms + " ms");
    }

    @Test
    void aLargeAnswerIsWrittenWholeInsideTheBound() throws Exception {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(server.address() + "kg/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * { ?s ?p ?o } LIMIT 1000")).build());
        assertEquals(200, r.statusCode());
        // Written into a buffer on the worker: sent with its length, not streamed after the bound.
        assertEquals(Long.toString(r.body().length), r.headers().firstValue("Content-Length").orElse("none"));
        org.apache.jena.atlas.json.JSON.parseAny(new String(r.body(), StandardCharsets.UTF_8));
    }
}
