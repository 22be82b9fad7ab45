package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.query.SavedQueries;
import org.policykg.store.Stores;

/**
 * Issue 11, finding 9: the source page linked to its document by the raw file name, a 404
 * for names with spaces or full-width characters. The link must lead to the document.
 */
@Tag("integration") // builds a store and starts a server
class SourceLinkTest {
    @TempDir
    Path dir;

    @Test
    void theSourcePageLinksToItsDocumentWhateverTheFileName() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String[] names = {"河源 数据条例.txt", "黔东南（试行）办法.txt"};
        for (String n : names) {
            Files.writeString(in.resolve(n), "# 某州印发数字经济促进办法\n\n近日，某州人民政府印发《黔东南州数字经济促进办法》。\n",
                    StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Stores.Opened opened = Stores.open(dir.resolve("data"), List.of(in), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (Server server = Server.start(opened.store(), SavedQueries.load(Path.of("queries")), new Server.Config(
                "127.0.0.1", 0, Server.Config.DEFAULT_BASE, 10_000, 1_000, null, dir.resolve("data").resolve("tmp")))) {
            for (String n : names) {
                HttpResponse<String> source = http.send(HttpRequest.newBuilder(URI.create(server.address() + "source/"
                        + TestServer.enc(n))).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, source.statusCode(), n);
                Element link = Jsoup.parse(source.body()).select("a:contains(Document)").first();
                assertTrue(link != null, source.body());
                HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(server.address()).resolve(link.attr("href")))
                        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, doc.statusCode(), n + " → " + link.attr("href"));
            }
        } finally {
            opened.store().close();
        }
    }
}
