package org.policykg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.policykg.SeedsFixture;
import org.policykg.query.SavedQueries;
import org.policykg.store.Store;
import org.policykg.store.Stores;

/**
 * One server over the seeds for all server tests in a JVM (building the store takes
 * seconds): the shared extraction written as a store in a fresh folder, port 0, a 4 s
 * query timeout so hostile queries end fast.
 */
final class TestServer {
    static final long TIMEOUT_MILLIS = 4_000;
    static final int MAX_ROWS = 5_000;
    private static TestServer instance;

    final Path data;
    final Store store;
    final Server server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer() throws IOException {
        data = Files.createTempDirectory("policykg-test-data");
        Path dir = data.resolve("store");
        Stores.write(dir, SeedsFixture.quads(), SeedsFixture.files());
        store = Stores.openWritten(dir);
        server = Server.start(store, SavedQueries.load(Path.of("queries")),
                new Server.Config("127.0.0.1", 0, Server.Config.DEFAULT_BASE, TIMEOUT_MILLIS, MAX_ROWS, null,
                        data.resolve("tmp")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
    }

    static synchronized TestServer get() {
        if (instance == null) {
            try {
                instance = new TestServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    String url(String path) {
        return server.address() + (path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A path segment percent-encoded, as links on the pages are. */
    static String enc(String s) {
        return Html.pathSegment(s, true);
    }
}
