package org.policykg.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.policykg.rdf.Iris;
import org.policykg.serve.Html;

/**
 * The capacity plan, measured: for each corpus size, a corpus made by {@link ScaleCorpus},
 * extracted to gzipped N-Quads by the extract command in a fresh JVM (time, peak RSS, live heap
 * after GC; with the reference graph, as serve stores it), the quads counted by kind ({@link QuadKinds}), a store built from them as serve
 * builds one ({@link ScaleChild} store, a fresh JVM), that store served (a fresh JVM: time to
 * its address and to the first 200 on /, page latency with concurrent clients), and one
 * incremental update of a few documents where the store package offers one.
 */
public final class ScaleBenchmark {
    /** How the runs are made. {@code storeMax}: larger corpora are extracted only (disk and time). */
    public record Setup(List<Path> classPath, Path templates, long seed, Path work, int threads, String extractXmx,
                        String storeXmx, String serveXmx, Path queries, int clients, double seconds, int storeMax,
                        int pageSample, int changed, IncrementalUpdate incremental, boolean keep) {
        public Setup {
            classPath = List.copyOf(classPath);
        }
    }

    /**
     * An incremental update of changed documents in a built store: the store package's own,
     * once it has one (the bench command passes it in). Empty when there is none to measure.
     */
    public interface IncrementalUpdate {
        /** Milliseconds to bring the store in {@code storeDir} up to date with the changed files. */
        OptionalLong update(Path storeDir, Path corpus, List<Path> changed) throws IOException;

        IncrementalUpdate NONE = (storeDir, corpus, changed) -> OptionalLong.empty();
    }

    /** A child JVM's run: exit code, what its probe saw, and its output. */
    record ChildRun(int exit, long wallMillis, Properties probe, String stdout, String stderr) {
        long number(String key) {
            String v = probe.getProperty(key);
            return v == null ? -1 : Long.parseLong(v.strip());
        }

        boolean outOfMemory() {
            return stderr.contains("OutOfMemoryError");
        }
    }

    /** The extract command's run over a corpus. Bytes for memory. */
    public record Extraction(int exit, boolean outOfMemory, int documents, int failed, long characters, long quads,
                             long millis, long cpuMillis, long peakRss, long peakUsed, long peakAfterGc, int collections,
                             double load) {
        public boolean ok() {
            return exit == 0 && !outOfMemory;
        }

        public double documentsPerSecond() {
            return documents * 1000.0 / Math.max(1, millis);
        }

        public double charactersPerSecond() {
            return characters * 1000.0 / Math.max(1, millis);
        }

        /** Per second of CPU time (all the JVM's threads): what a core does, whatever else the machine runs. */
        public double charactersPerCpuSecond() {
            return characters * 1000.0 / Math.max(1, cpuMillis);
        }
    }

    /** A store built from the N-Quads: time, memory and the folder's parts in bytes. */
    public record StoreBuild(int exit, boolean outOfMemory, long millis, long cpuMillis, long peakRss, long peakAfterGc, long tdb,
                             long text, long dumps, long sources, double load) {
        public boolean ok() {
            return exit == 0 && !outOfMemory;
        }

        public long total() {
            return tdb + text + dumps + sources;
        }
    }

    /** The built store served: milliseconds to its address and to the first 200 on /, page latency, peak RSS. */
    public record Serving(long toAddress, long toFirstPage, ServeBenchmark.Latency latency, long peakRss) {
    }

    /** One corpus size. */
    public record SizeResult(int documents, long corpusBytes, Extraction extraction, long nquadsGzBytes,
                             QuadKinds.Counts kinds, Optional<StoreBuild> store, Optional<Serving> serving,
                             String incremental) {
    }

    private ScaleBenchmark() {
    }

    /** Measures one corpus size; its folder under the work folder is removed afterwards unless kept. */
    public static SizeResult measure(Setup setup, ScaleCorpus corpus, int documents, PrintStream log)
            throws IOException, InterruptedException {
        Path dir = setup.work().resolve("scale-" + documents);
        if (Files.exists(dir)) {
            ExtractionBenchmark.delete(dir);
        }
        Files.createDirectories(dir);
        try {
            Path texts = dir.resolve("corpus");
            log.printf("%,d documents: writing the corpus%n", documents);
            ScaleCorpus.Written w = corpus.write(texts, documents);
            Path nq = dir.resolve("kg.nq.gz");
            log.printf("%,d documents: extracting (%,.1f MB of files)%n", documents, w.bytes() / 1048576.0);
            Extraction e = extract(setup, texts, nq);
            if (!e.ok()) {
                return new SizeResult(documents, w.bytes(), e, 0, null, Optional.empty(), Optional.empty(), "n/a");
            }
            long gz = Files.size(nq);
            log.printf("%,d documents: counting quads by kind%n", documents);
            QuadKinds.Counts kinds = QuadKinds.count(nq);
            if (documents > setup.storeMax()) {
                return new SizeResult(documents, w.bytes(), e, gz, kinds, Optional.empty(), Optional.empty(), "not run");
            }
            log.printf("%,d documents: building the store%n", documents);
            Path store = dir.resolve("store");
            StoreBuild s = store(setup, store, nq, texts);
            if (!s.ok()) {
                return new SizeResult(documents, w.bytes(), e, gz, kinds, Optional.of(s), Optional.empty(), "n/a");
            }
            Files.deleteIfExists(nq); // the store holds its own dumps now; room on the disk for the next size
            log.printf("%,d documents: serving%n", documents);
            Optional<Serving> served;
            try {
                served = Optional.of(serve(setup, store, documents, corpus, log));
            } catch (IOException ex) {
                // The figures of the build are kept; why serving failed is said here.
                log.printf("%,d documents: serving failed: %s%n", documents, ex.getMessage());
                served = Optional.empty();
            }
            String incremental = incremental(setup, store, texts, corpus, documents);
            return new SizeResult(documents, w.bytes(), e, gz, kinds, Optional.of(s), served, incremental);
        } finally {
            if (!setup.keep()) {
                ExtractionBenchmark.delete(dir);
            }
        }
    }

    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) documents \\((\\d+) failed\\), ([\\d,]+) characters, ([\\d,]+) quads");

    static Extraction extract(Setup setup, Path corpus, Path output) throws IOException, InterruptedException {
        ChildRun r = child(setup, setup.extractXmx(), "org.policykg.cli.Main", List.of("extract", corpus.toString(),
                "-o", output.toString(), "-q", "--threads", Integer.toString(setup.threads())));
        Matcher m = SUMMARY.matcher(r.stderr());
        boolean found = m.find();
        return new Extraction(found ? r.exit() : (r.exit() == 0 ? -1 : r.exit()), r.outOfMemory(),
                found ? Integer.parseInt(m.group(1)) : 0, found ? Integer.parseInt(m.group(2)) : 0,
                found ? number(m.group(3)) : 0, found ? number(m.group(4)) : 0, r.number("millis"), r.number("cpuMillis"),
                r.number("peakRss"),
                r.number("peakUsed"), r.number("peakAfterGc"), (int) r.number("collections"), load());
    }

    static StoreBuild store(Setup setup, Path store, Path nquads, Path sources) throws IOException, InterruptedException {
        ChildRun r = child(setup, setup.storeXmx(), ScaleChild.class.getName(),
                List.of("store", store.toString(), nquads.toString(), sources.toString()));
        return new StoreBuild(r.exit(), r.outOfMemory(), r.number("millis"), r.number("cpuMillis"), r.number("peakRss"),
                r.number("peakAfterGc"),
                size(store.resolve("tdb2")), size(store.resolve("text")), size(store.resolve("dumps")),
                size(store.resolve("sources")), load());
    }

    /** Starts the server on the store in a fresh JVM, times it to ready, measures pages, stops it. */
    static Serving serve(Setup setup, Path store, int documents, ScaleCorpus corpus, PrintStream log)
            throws IOException, InterruptedException {
        List<String> cmd = javaCommand(setup, setup.serveXmx(), ScaleChild.class.getName(),
                List.of("serve", store.toString(), setup.queries().toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String address = null;
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("serving at ")) {
                    address = line.substring("serving at ".length()).strip();
                    break;
                }
            }
            if (address == null) {
                throw new IOException("the server did not start (exit " + p.waitFor() + ")");
            }
            long toAddress = (System.nanoTime() - t0) / 1_000_000;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            // The home page counts the whole graph; on a large store it may be stopped at the
            // query bound (503) and is asked again: -1 when it never answered 200 in 5 minutes.
            long toFirstPage = -1;
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (p.isAlive() && System.nanoTime() < giveUp) {
                int st = status(http, address, Duration.ofMinutes(2));
                if (st == 200) {
                    toFirstPage = (System.nanoTime() - t0) / 1_000_000;
                    break;
                }
                log.printf("home page: %d%n", st);
                Thread.sleep(50);
            }
            List<String> pages = samplePages(http, address, corpus, documents, setup.pageSample());
            ServeBenchmark.Latency l = ServeBenchmark.latency(address, pages, setup.clients(), setup.seconds(), log);
            return new Serving(toAddress, toFirstPage, l, peakRss(p.pid()));
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /**
     * Resource pages of the store, as paths: every resource in the graphs of documents spread
     * evenly over the corpus (evidence, policies, targets, agencies ... as they come), shuffled
     * with a fixed seed and cut to {@code sample}, so a corpus of any size is sampled alike.
     */
    static List<String> samplePages(HttpClient http, String address, ScaleCorpus corpus, int documents, int sample)
            throws IOException, InterruptedException {
        List<String> pages = new ArrayList<>();
        int graphs = Math.min(documents, 40);
        for (int i = 0; i < graphs; i++) {
            String graph = Iris.graph(corpus.name((int) ((long) i * documents / graphs))).getURI();
            String q = "SELECT DISTINCT ?s WHERE { GRAPH <" + graph + "> { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), \""
                    + Iris.RESOURCE + "\")) }";
            HttpRequest req = HttpRequest.newBuilder(URI.create(address + "kg/sparql?query="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").timeout(Duration.ofMinutes(2)).GET().build();
            HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (res.statusCode() != 200) {
                continue; // a loaded server may stop the query (503) or fail it: the other graphs still give pages
            }
            String body = res.body().startsWith("\uFEFF") ? res.body().substring(1) : res.body();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(body))) {
                pages.add("/" + Html.pathSegment(r.get(0).substring(Iris.BASE.length()), true));
            }
        }
        if (pages.isEmpty()) {
            throw new IOException("no resource pages could be sampled: the endpoint answered no query");
        }
        Collections.shuffle(pages, new Random(12));
        return List.copyOf(pages.subList(0, Math.min(sample, pages.size())));
    }

    /**
     * Rewrites {@code changed} documents of the corpus (each as another document of the same
     * template, so it changes) and has the incremental update take them in, timed.
     */
    static String incremental(Setup setup, Path store, Path texts, ScaleCorpus corpus, int documents) throws IOException {
        List<Path> changed = new ArrayList<>();
        int k = Math.min(setup.changed(), documents);
        for (int i = 0; i < k; i++) {
            int n = (int) ((long) i * documents / k);
            Path f = texts.resolve(corpus.name(n));
            // Another document of the same template: same shape, other regions, years and amounts.
            Files.write(f, corpus.document(n + corpus.templates() * documents));
            changed.add(f);
        }
        OptionalLong ms = setup.incremental().update(store, texts, changed);
        return ms.isPresent() ? String.format("%,d documents changed: %.1f s", k, ms.getAsLong() / 1000.0)
                : "n/a (no incremental update in the store package yet)";
    }

    private static int status(HttpClient http, String address, Duration timeout) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(address)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<String> javaCommand(Setup setup, String xmx, String main, List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = String.join(File.pathSeparator, setup.classPath().stream().map(Path::toString).toList());
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-cp", cp, main));
        cmd.addAll(args);
        return cmd;
    }

    /** Runs a main class to its end in a fresh JVM under {@link HeapProbe}. */
    private static ChildRun child(Setup setup, String xmx, String main, List<String> args)
            throws IOException, InterruptedException {
        Path report = Files.createTempFile(setup.work(), "probe", ".properties");
        Path out = Files.createTempFile(setup.work(), "child", ".out");
        Path err = Files.createTempFile(setup.work(), "child", ".err");
        try {
            List<String> probed = new ArrayList<>(List.of(report.toString(), main));
            probed.addAll(args);
            List<String> cmd = javaCommand(setup, xmx, HeapProbe.class.getName(), probed);
            long t0 = System.nanoTime();
            int exit = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
            long wall = (System.nanoTime() - t0) / 1_000_000;
            Properties probe = new Properties();
            probe.load(new StringReader(Files.readString(report)));
            return new ChildRun(exit, wall, probe, Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(report);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A running process's peak resident set (VmHWM) in bytes; -1 when it cannot be read. */
    static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or gone
        }
        return -1;
    }

    /** Bytes of the files under a folder. */
    static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            long n = 0;
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                n += Files.size(p);
            }
            return n;
        }
    }

    private static long number(String withCommas) {
        return Long.parseLong(withCommas.replace(",", ""));
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The results as a table, one column per size, then the quads by kind of the largest. */
    public static void report(List<SizeResult> results, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("documents", results, r -> String.format("%,d", r.documents())));
        rows.add(row("corpus files, MB", results, r -> mb(r.corpusBytes())));
        rows.add(row("characters (extracted text)", results, r -> String.format("%,d", r.extraction().characters())));
        rows.add(row("extraction, s (CPU s)", results, r -> secs(r.extraction().millis()) + " (" + secs(r.extraction().cpuMillis()) + ")"));
        rows.add(row("documents/s", results, r -> String.format("%,.1f", r.extraction().documentsPerSecond())));
        rows.add(row("characters/s (per CPU s)", results, r -> String.format("%,.0f (%,.0f)", r.extraction().charactersPerSecond(),
                r.extraction().charactersPerCpuSecond())));
        rows.add(row("extract peak RSS, MB", results, r -> mb(r.extraction().peakRss())));
        rows.add(row("extract peak heap / live after GC, MB", results,
                r -> mb(r.extraction().peakUsed()) + " / " + mb(r.extraction().peakAfterGc())));
        rows.add(row("failed documents", results, r -> extracted(r) ? Integer.toString(r.extraction().failed()) : failed(r)));
        rows.add(row("quads", results, r -> extracted(r) ? String.format("%,d", r.extraction().quads()) : "-"));
        rows.add(row("quads per document (reference graph left out)", results, r -> extracted(r)
                ? String.format("%,.0f", r.kinds().documentQuads() / (double) Math.max(1, r.extraction().documents())) : "-"));
        rows.add(row("N-Quads / gzip, MB", results, r -> extracted(r) ? mb(r.kinds().bytes()) + " / " + mb(r.nquadsGzBytes()) : "-"));
        rows.add(row("load (1 min) after extraction", results, r -> String.format("%.1f", r.extraction().load())));
        rows.add(row("store build, s (CPU s)", results, r -> r.store().map(s -> s.ok() ? secs(s.millis()) + " (" + secs(s.cpuMillis())
                + ")" : storeFailed(s)).orElse("not run")));
        rows.add(row("store build peak RSS / live heap, MB", results,
                r -> r.store().map(s -> mb(s.peakRss()) + " / " + mb(s.peakAfterGc())).orElse("-")));
        rows.add(row("store size, MB (TDB2 + text + dumps + sources)", results, r -> r.store().map(s -> mb(s.total())
                + " (" + mb(s.tdb()) + " + " + mb(s.text()) + " + " + mb(s.dumps()) + " + " + mb(s.sources()) + ")").orElse("-")));
        rows.add(row("load (1 min) after store build", results, r -> r.store().map(s -> String.format("%.1f", s.load())).orElse("-")));
        rows.add(row("time to address / first 200 on /, s", results,
                r -> r.serving().map(v -> secs(v.toAddress()) + " / "
                        + (v.toFirstPage() < 0 ? "no 200 in 5 min" : secs(v.toFirstPage()))).orElse("-")));
        rows.add(row("pages p50 / p99, ms (clients, requests/s)", results, r -> r.serving().map(v -> String.format(
                "%.1f / %.1f (%d, %,.0f/s)", v.latency().p50(), v.latency().p99(), v.latency().clients(),
                v.latency().requests() / v.latency().seconds())).orElse("-")));
        rows.add(row("page errors / pages sampled", results,
                r -> r.serving().map(v -> v.latency().errors() + " / " + v.latency().pages()).orElse("-")));
        rows.add(row("server peak RSS, MB", results, r -> r.serving().map(v -> mb(v.peakRss())).orElse("-")));
        rows.add(row("incremental update", results, SizeResult::incremental));
        table(rows, out);

        SizeResult last = null;
        for (SizeResult r : results) {
            if (extracted(r)) {
                last = r;
            }
        }
        if (last == null) {
            return;
        }
        QuadKinds.Counts k = last.kinds();
        double docs = Math.max(1, last.extraction().documents());
        out.printf("%nquads by kind, %,d documents:%n", last.documents());
        List<String[]> kinds = new ArrayList<>();
        kinds.add(new String[] {"kind", "quads", "per document", "share of quads", "share of N-Quads bytes"});
        for (QuadKinds.Kind kind : QuadKinds.Kind.values()) {
            QuadKinds.Tally t = k.byKind().getOrDefault(kind, new QuadKinds.Tally(0, 0));
            kinds.add(new String[] {kind.description, String.format("%,d", t.quads()), String.format("%,.1f", t.quads() / docs),
                    pct(t.quads(), k.quads()), pct(t.bytes(), k.bytes())});
        }
        for (var e : k.evidenceByProperty().entrySet()) {
            QuadKinds.Tally t = e.getValue();
            kinds.add(new String[] {"  of which evidence " + e.getKey(), String.format("%,d", t.quads()),
                    String.format("%,.1f", t.quads() / docs), pct(t.quads(), k.quads()), pct(t.bytes(), k.bytes())});
        }
        table(kinds, out);
    }

    private static boolean extracted(SizeResult r) {
        return r.extraction().ok() && r.kinds() != null;
    }

    private static String failed(SizeResult r) {
        return "failed: exit " + r.extraction().exit() + (r.extraction().outOfMemory() ? ", out of memory" : "");
    }

    private static String storeFailed(StoreBuild s) {
        return "failed: exit " + s.exit() + (s.outOfMemory() ? ", out of memory" : "");
    }

    private static String[] row(String name, List<SizeResult> results, java.util.function.Function<SizeResult, String> cell) {
        String[] r = new String[results.size() + 1];
        r[0] = name;
        for (int i = 0; i < results.size(); i++) {
            r[i + 1] = cell.apply(results.get(i));
        }
        return r;
    }

    /** A Markdown table, so the README takes it as it is. */
    static void table(List<String[]> rows, PrintStream out) {
        for (int i = 0; i < rows.size(); i++) {
            out.println("| " + String.join(" | ", rows.get(i)) + " |");
            if (i == 0) {
                out.println("|" + "---|".repeat(rows.get(0).length));
            }
        }
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "?" : String.format("%,.1f", bytes / 1048576.0);
    }

    private static String secs(long millis) {
        return String.format("%,.1f", millis / 1000.0);
    }

    private static String pct(long part, long whole) {
        return String.format("%.1f %%", 100.0 * part / Math.max(1, whole));
    }
}
