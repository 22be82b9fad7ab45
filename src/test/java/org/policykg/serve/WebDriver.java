package org.policykg.serve;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Just enough of the W3C WebDriver protocol to drive Debian's headless Chromium
 * through chromedriver: open a page, run a script, take a screenshot, read the
 * browser's console log. (No Selenium: a few HTTP calls are all the tests need.)
 */
final class WebDriver implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Process driver;
    private final String base;
    private final String session;
    private final Path profile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    WebDriver() throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        base = "http://127.0.0.1:" + port;
        for (int i = 0; ; i++) {
            try {
                if (call("GET", "/status", null).getObj("value").get("ready").getAsBoolean().value()) {
                    break;
                }
            } catch (IOException e) {
                if (i > 100) {
                    throw e;
                }
            }
            Thread.sleep(100);
        }
        profile = Files.createTempDirectory("policykg-chromium");
        JsonObject options = new JsonObject();
        options.put("binary", CHROMIUM.toString());
        JsonArray args = new JsonArray();
        for (String a : new String[] {"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile}) {
            args.add(a);
        }
        options.put("args", args);
        JsonObject logging = new JsonObject();
        logging.put("browser", "ALL");
        JsonObject always = new JsonObject();
        always.put("browserName", "chrome");
        always.put("goog:chromeOptions", options);
        always.put("goog:loggingPrefs", logging);
        JsonObject caps = new JsonObject();
        caps.put("alwaysMatch", always);
        JsonObject req = new JsonObject();
        req.put("capabilities", caps);
        session = call("POST", "/session", req).getObj("value").get("sessionId").getAsString().value();
    }

    void open(String url) throws IOException {
        JsonObject o = new JsonObject();
        o.put("url", url);
        call("POST", "/session/" + session + "/url", o);
    }

    /** Runs a script in the page and returns its value. */
    JsonValue script(String js) throws IOException {
        JsonObject o = new JsonObject();
        o.put("script", js);
        o.put("args", new JsonArray());
        return call("POST", "/session/" + session + "/execute/sync", o).get("value");
    }

    /** Waits until the script returns true (up to {@code millis}). */
    boolean waitFor(String js, long millis) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            JsonValue v = script("return !!(" + js + ");");
            if (v.isBoolean() && v.getAsBoolean().value()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    void screenshot(Path file) throws IOException {
        String b64 = call("GET", "/session/" + session + "/screenshot", null).get("value").getAsString().value();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(b64));
    }

    /** Console entries at SEVERE level since the last call: script errors, CSP violations, failed loads. */
    List<String> severeLog() throws IOException {
        JsonObject o = new JsonObject();
        o.put("type", "browser");
        List<String> out = new ArrayList<>();
        for (JsonValue e : call("POST", "/session/" + session + "/se/log", o).get("value").getAsArray()) {
            JsonObject entry = e.getAsObject();
            if ("SEVERE".equals(entry.get("level").getAsString().value())) {
                out.add(entry.get("message").getAsString().value());
            }
        }
        return out;
    }

    private JsonObject call(String method, String path, JsonObject body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        b.header("Content-Type", "application/json; charset=utf-8");
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonObject o = JSON.parse(r.body());
            if (r.statusCode() >= 400) {
                throw new IOException("webdriver " + method + " " + path + ": " + r.statusCode() + " " + r.body());
            }
            return o;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        try {
            call("DELETE", "/session/" + session, null);
        } catch (IOException e) {
            // the driver is going away anyway
        }
        driver.destroy();
        try (var s = Files.walk(profile)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temp folder left behind is harmless
        }
    }
}
