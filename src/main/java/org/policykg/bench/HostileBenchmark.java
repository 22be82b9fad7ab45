package org.policykg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;

/**
 * Hostile requests against a running server (issue 11): each one alone and N at once, with
 * a normal query sent every 200 ms meanwhile. Reports per request the statuses, the longest
 * time over the server's timeout, the server's RSS before and after, whether the normal
 * query kept answering within a second, and any 200 whose body does not parse.
 */
public final class HostileBenchmark {
    /** A hostile request from {@code hostile-queries.tsv}. */
    public record Request(String name, String kind, String arg, String text) {
        public Request {
            Objects.requireNonNull(name);
            Objects.requireNonNull(kind);
        }
    }

    /** What one request did with {@code copies} sent at once. */
    public record Row(String name, int copies, List<Integer> statuses, double maxSeconds, double maxWholeSeconds,
                      long rssBeforeKb, long rssAfterKb,
                      int probes, int probesSlow, double probeMaxMs, int badBodies) {
        boolean probesOk() {
            return probes > 0 && probesSlow == 0;
        }
    }

    private static final String PREFIXES = "PREFIX pol: <https://w3id.org/policykg/ontology#> "
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    /** The normal query: what a page of the site asks. */
    static final String NORMAL = PREFIXES + "SELECT (COUNT(?p) AS ?n) { ?p a pol:Policy }";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String origin;
    private final long pid;

    /** @param origin http://host:port of the server; @param pid its process id for RSS, or -1 */
    public HostileBenchmark(String origin, long pid) {
        this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        this.pid = pid;
    }

    public static List<Request> load() throws IOException {
        List<Request> out = new ArrayList<>();
        try (InputStream in = HostileBenchmark.class.getResourceAsStream("/org/policykg/bench/hostile-queries.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String[] kind = f[1].split(" ", 2);
                out.add(new Request(f[0], kind[0], kind.length > 1 ? kind[1] : "", f.length > 2 ? f[2] : ""));
            }
        }
        return out;
    }

    /** Sends {@code copies} of the request at once and probes with the normal query meanwhile. */
    public Row run(Request q, int copies) throws Exception {
        long rssBefore = rssKb(pid);
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        AtomicBoolean done = new AtomicBoolean();
        List<Double> probeMs = new ArrayList<>();
        int[] slow = {0};
        Thread probe = new Thread(() -> {
            while (!done.get()) {
                long t0 = System.nanoTime();
                int status;
                try {
                    status = send(HttpRequest.newBuilder(URI.create(origin + "/kg/sparql"))
                            .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(NORMAL)).build()).statusCode();
                } catch (RuntimeException e) {
                    status = -1;
                }
                double ms = (System.nanoTime() - t0) / 1e6;
                synchronized (probeMs) {
                    probeMs.add(ms);
                    if (status != 200 || ms > 1000) {
                        slow[0]++;
                    }
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "hostile-probe");
        try {
            List<Future<Answer>> all = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                all.add(pool.submit(() -> once(q)));
            }
            probe.start();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : all) {
                answers.add(f.get());
            }
            List<Integer> statuses = new ArrayList<>();
            double max = 0;
            double maxWhole = 0;
            int bad = 0;
            // Bodies are checked after every copy has been received, so that parsing one (on the same
            // cores as the server) is not counted in another's time.
            for (Answer a : answers) {
                statuses.add(a.status());
                max = Math.max(max, a.statusNanos() / 1e9);
                maxWhole = Math.max(maxWhole, a.wholeNanos() / 1e9);
                bad += invalid(q, a) ? 1 : 0;
            }
            long wait = System.nanoTime() + 35_000_000_000L;
            while (System.nanoTime() < wait) { // at least one probe, even for a request refused at once
                synchronized (probeMs) {
                    if (!probeMs.isEmpty()) {
                        break;
                    }
                }
                Thread.sleep(20);
            }
            done.set(true);
            probe.join(35_000);
            synchronized (probeMs) {
                return new Row(q.name(), copies, statuses, max, maxWhole, rssBefore, rssKb(pid), probeMs.size(), slow[0],
                        probeMs.stream().mapToDouble(Double::doubleValue).max().orElse(0), bad);
            }
        } finally {
            done.set(true);
            pool.shutdownNow();
        }
    }

    /** One response: status, nanoseconds to the status line and to the body's last byte, the body. */
    private record Answer(int status, long statusNanos, long wholeNanos, String contentType, byte[] body) {
    }

    private Answer once(Request q) {
        HttpRequest req = switch (q.kind()) {
            case "query" -> post("/kg/sparql", "application/sparql-query", PREFIXES + q.text());
            case "update" -> post(q.arg(), "application/sparql-update", q.text());
            case "values" -> post("/kg/sparql", "application/sparql-query", values(Integer.parseInt(q.arg())));
            default -> throw new IllegalArgumentException("unknown kind: " + q.kind());
        };
        long t0 = System.nanoTime();
        long[] status = {0};
        HttpResponse<byte[]> r;
        try {
            // Timed to the status line (when the server has decided the answer) and to the body's end.
            r = http.send(req, info -> {
                status[0] = System.nanoTime();
                return HttpResponse.BodySubscribers.ofByteArray();
            });
        } catch (IOException | RuntimeException e) {
            long t = System.nanoTime() - t0;
            return new Answer(-1, t, t, "", new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            long t = System.nanoTime() - t0;
            return new Answer(-1, t, t, "", new byte[0]);
        }
        long whole = System.nanoTime() - t0;
        return new Answer(r.statusCode(), status[0] - t0, whole, r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /** A 200 to a query whose body does not parse as what its Content-Type says. */
    private static boolean invalid(Request q, Answer a) {
        if (a.status() != 200 || !q.kind().equals("query")) {
            return false;
        }
        String body = new String(a.body(), StandardCharsets.UTF_8);
        try {
            if (a.contentType().contains("json")) {
                JSON.parseAny(body);
            } else {
                org.apache.jena.riot.RDFParser.fromString(body, org.apache.jena.riot.RDFLanguages.contentTypeToLang(
                        a.contentType().split(";")[0].strip())).toGraph();
            }
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private HttpRequest post(String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", type)
                .header("Accept", "application/sparql-results+json, application/n-triples;q=0.9")
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String values(int mb) {
        StringBuilder b = new StringBuilder(mb * 1_048_576 + 64).append("SELECT ?x { VALUES ?x {");
        for (int i = 0; b.length() < mb * 1_048_576; i++) {
            b.append(" \"v").append(i).append('"');
        }
        return b.append(" } }").toString();
    }

    private HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Resident set size of a process in KiB (Linux), or -1. */
    public static long rssKb(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Heap in use after a full collection, in KiB, by {@code jcmd}; -1 when it cannot be read. */
    public static long heapAfterGcKb(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            run("jcmd", Long.toString(pid), "GC.run");
            String info = run("jcmd", Long.toString(pid), "GC.heap_info");
            Matcher m = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** One table line. */
    public static String describe(Row r, double timeoutSeconds) {
        StringBuilder s = new StringBuilder();
        List<Integer> distinct = r.statuses().stream().distinct().sorted().toList();
        for (Integer st : distinct) {
            long n = r.statuses().stream().filter(st::equals).count();
            s.append(s.length() == 0 ? "" : ",").append(st).append(n > 1 ? "×" + n : "");
        }
        return String.format("%-40s %2d  %-10s %6.2f s %6.2f s %5.2f  %7s → %-7s  %s (%d probes, max %.0f ms)%s",
                r.name(), r.copies(), s, r.maxSeconds(), r.maxWholeSeconds(), r.maxWholeSeconds() / timeoutSeconds,
                mb(r.rssBeforeKb()), mb(r.rssAfterKb()),
                r.probesOk() ? "normal query answered" : r.probes() == 0 ? "no probe ran" : r.probesSlow() + " probes slow or failed",
                r.probes(), r.probeMaxMs(), r.badBodies() > 0 ? "  " + r.badBodies() + " × 200 WITH INVALID BODY" : "");
    }

    static String mb(long kb) {
        return kb < 0 ? "?" : (kb / 1024) + " MB";
    }

    /**
     * Before measuring: the normal query a few times, and one pass over every term of the store,
     * so the JIT and TDB2's node cache are warm and the heap figures compare like with like.
     */
    public void warmUp() {
        for (String q : List.of(NORMAL, NORMAL, NORMAL, PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?a) (COUNT(DISTINCT ?p) AS ?b) "
                + "(COUNT(DISTINCT STR(?o)) AS ?c) { GRAPH ?g { ?s ?p ?o } }", NORMAL, NORMAL)) {
            send(post("/kg/sparql", "application/sparql-query", q));
        }
    }

    /** Prints the table for every request at each concurrency, and a summary; returns the rows. */
    public List<Row> suite(List<Request> requests, int[] concurrency, double timeoutSeconds, PrintStream out) throws Exception {
        List<Row> rows = new ArrayList<>();
        out.printf("%-40s %2s  %-10s %8s %8s %5s  %s%n", "request", "n", "status", "status", "last byte", "÷t/o",
                "server RSS before → after, normal query");
        for (int n : concurrency) {
            for (Request q : requests) {
                Row r = run(q, n);
                rows.add(r);
                out.println(describe(r, timeoutSeconds));
                out.flush();
            }
        }
        return rows;
    }
}
