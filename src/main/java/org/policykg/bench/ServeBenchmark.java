package org.policykg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.policykg.query.SavedQueries;
import org.policykg.query.QueryRunner;
import org.policykg.rdf.Iris;
import org.policykg.serve.Html;
import org.policykg.serve.Server;
import org.policykg.store.Store;

/**
 * The server as a user meets it: how long {@code serve} takes to be ready on a built
 * store (a fresh JVM each time), and how fast resource pages come back with several
 * clients at once (every resource page of the seeds, in a shuffled order, for a fixed time).
 */
public final class ServeBenchmark {
    private ServeBenchmark() {
    }

    /** Latency figures in milliseconds. */
    public record Latency(int clients, long requests, double seconds, double p50, double p90, double p99, double max,
                          int pages, long errors) {
    }

    /** Milliseconds from starting {@code java -jar JAR serve} to its "serving at" line, once per run. */
    public static List<Long> timeToReady(Path jar, Path data, Path seeds, int runs) throws IOException, InterruptedException {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--data", data.toString(), "--port", "0",
                    "-q", seeds.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.contains("serving at")) {
                        out.add((System.nanoTime() - t0) / 1_000_000);
                        break;
                    }
                }
            } finally {
                p.destroy();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }
        return out;
    }

    /** Every resource page of the store, as local paths. */
    static List<String> pages(Store store) {
        String q = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), \""
                + Iris.RESOURCE + "\")) } ORDER BY ?s";
        List<String> out = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(q).build()) {
                qe.select().forEachRemaining((Binding b) -> out.add("/" + Html.pathSegment(
                        QueryRunner.copy(b).get("s").getURI().substring(Iris.BASE.length()), true)));
            }
        });
        return out;
    }

    /** Page latency on a server started here over {@code store}, every resource page of it. */
    public static Latency pageLatency(Store store, Path queries, int clients, double seconds, PrintStream log)
            throws IOException, InterruptedException {
        try (Server server = Server.start(store, SavedQueries.load(queries),
                new Server.Config("127.0.0.1", 0, Server.Config.DEFAULT_BASE, 10_000, 10_000))) {
            return latency(server.address(), pages(store), clients, seconds, log);
        }
    }

    /**
     * Fetches every page once (the warm-up), then has {@code clients} fetch them in their own
     * shuffled orders for {@code seconds}: a server anywhere, given by its address ending in /.
     */
    public static Latency latency(String address, List<String> pages, int clients, double seconds, PrintStream log)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String base = address.substring(0, address.length() - 1);
        long errors = 0;
        for (String p : pages) { // warm-up: every page once
            errors += get(http, base + p) == 200 ? 0 : 1;
        }
        log.printf("%d resource pages, warmed up%n", pages.size());
        long[][] samples = new long[clients][];
        long[] errorsPer = new long[clients];
        CountDownLatch done = new CountDownLatch(clients);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                List<String> order = new ArrayList<>(pages);
                Collections.shuffle(order, new Random(client));
                long[] lat = new long[1 << 16];
                int n = 0;
                try {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        long s = System.nanoTime();
                        int status = get(http, base + order.get(i % order.size()));
                        long d = System.nanoTime() - s;
                        if (status != 200) {
                            errorsPer[client]++;
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = d;
                    }
                } finally {
                    samples[client] = Arrays.copyOf(lat, n);
                    done.countDown();
                }
            }, "bench-client-" + c);
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long[] all = Arrays.stream(samples).flatMapToLong(Arrays::stream).sorted().toArray();
        for (long e : errorsPer) {
            errors += e;
        }
        return new Latency(clients, all.length, elapsed, ms(all, 0.50), ms(all, 0.90), ms(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, pages.size(), errors);
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static int get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public static String describe(Latency l) {
        return String.format("pages: %d clients, %,d requests in %.1f s (%,.0f/s) over %,d resource pages: "
                        + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors",
                l.clients(), l.requests(), l.seconds(), l.requests() / l.seconds(), l.pages(), l.p50(), l.p90(), l.p99(),
                l.max(), l.errors());
    }
}
