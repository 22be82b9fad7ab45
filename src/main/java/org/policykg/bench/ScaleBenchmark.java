package org.policykg.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
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
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policykg.rdf.Iris;
import org.policykg.serve.Html;
import org.policykg.store.GraphStats;
import org.policykg.store.Stores;

/**
 * The capacity plan, measured: for each corpus size, a corpus made by {@link ScaleCorpus},
 * extracted to gzipped N-Quads by the extract command in a fresh JVM (time, peak RSS, live heap
 * after GC; with the reference graph, as serve stores it), the quads counted by kind ({@link QuadKinds});
 * then, up to {@code storeMax} documents, the store of the corpus built as serve builds it
 * ({@link ScaleChild} build, a fresh JVM: extraction, bulk loader, text index, dumps, manifest),
 * served (a fresh JVM: time to its address and to the first 200 on /, page latency with
 * concurrent clients), the corpus grown by {@link ScaleCorpus#grow} and served again over the
 * old store (the incremental update, in serve's start) and over no store (a full build of the
 * same folder), and the updated store compared with the fresh one graph by graph.
 */
public final class ScaleBenchmark {
    /**
     * How the runs are made. {@code storeMax}: larger corpora are extracted only (disk and time);
     * {@code freshMax}: larger ones are not built a second time to compare with the updated store.
     */
    public record Setup(List<Path> classPath, Path templates, long seed, Path work, int threads, String extractXmx,
                        String storeXmx, String serveXmx, Path queries, int clients, double seconds, int storeMax,
                        int pageSample, int changed, int freshMax, boolean keep) {
        public Setup {
            classPath = List.copyOf(classPath);
        }
    }

    private static final Pattern OPENED_MS = Pattern.compile("opened in (\\d+) ms, (.*)");

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
                             long text, long dumps, long sources, double load, String opened) {
        /** Milliseconds inside {@code Stores.open}, as the child printed them; -1 when it did not. */
        public long openMillis() {
            Matcher m = OPENED_MS.matcher(opened);
            return m.lookingAt() ? Long.parseLong(m.group(1)) : -1;
        }
        public boolean ok() {
            return exit == 0 && !outOfMemory;
        }

        public long total() {
            return tdb + text + dumps + sources;
        }
    }

    /**
     * A start of the server child over a folder: milliseconds in {@code Stores.open} and what it
     * did (built, updated or opened as it was), to the address and to the first 200 on / (-1 when
     * none came in 5 minutes), all from the JVM's launch but the first.
     */
    public record Start(long openMillis, String opened, long toAddress, long toFirstPage) {
    }

    /**
     * The built store served: its start, resource page latency (empty when no page could be
     * sampled), the home page's latency, milliseconds to the first 200 on {@link #BROWSE} (-1 when
     * none came in 5 minutes) and its latency after, peak RSS.
     */
    public record Serving(Start start, Optional<ServeBenchmark.Latency> latency, Optional<ServeBenchmark.Latency> home,
                          long toFirstBrowse, Optional<ServeBenchmark.Latency> browse, long peakRss) {
    }

    /**
     * Two stores compared by their quads per named graph (the reference graph included).
     * {@code differing}: graphs whose counts differ, or that one of them lacks.
     */
    public record Sameness(int graphs, int freshGraphs, long quads, long freshQuads, List<String> differing) {
        public Sameness {
            differing = List.copyOf(differing);
        }

        public boolean same() {
            return differing.isEmpty() && graphs == freshGraphs && quads == freshQuads;
        }
    }

    /**
     * The corpus grown ({@code changed} documents rewritten, {@code added} new) and served over
     * the store of the old folder, which serve's start updates in place, and over no store, which
     * it builds in full; the two stores compared afterwards.
     */
    public record Incremental(int changed, int added, Start updated, Optional<Start> fresh, Optional<Sameness> sameness,
                              Optional<Boolean> sameStats) {
    }

    /** One corpus size. */
    public record SizeResult(int documents, long corpusBytes, Extraction extraction, long nquadsGzBytes,
                             QuadKinds.Counts kinds, Optional<StoreBuild> store, Optional<Serving> serving,
                             Optional<Incremental> incremental) {
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
                return new SizeResult(documents, w.bytes(), e, 0, null, Optional.empty(), Optional.empty(), Optional.empty());
            }
            long gz = Files.size(nq);
            log.printf("%,d documents: counting quads by kind%n", documents);
            QuadKinds.Counts kinds = QuadKinds.count(nq);
            if (documents > setup.storeMax()) {
                return new SizeResult(documents, w.bytes(), e, gz, kinds, Optional.empty(), Optional.empty(), Optional.empty());
            }
            Files.deleteIfExists(nq); // the store is built from the corpus, as serve builds it; room on the disk
            log.printf("%,d documents: building the store as serve does (%.1f load)%n", documents, load());
            Path data = dir.resolve("data");
            StoreBuild s = build(setup, data, texts);
            if (!s.ok()) {
                log.printf("%,d documents: the build failed: %s%n", documents, s.opened());
                return new SizeResult(documents, w.bytes(), e, gz, kinds, Optional.of(s), Optional.empty(), Optional.empty());
            }
            log.printf("%,d documents: serving (%.1f load)%n", documents, load());
            Optional<Serving> served;
            try {
                served = Optional.of(serve(setup, data, texts, documents, log));
            } catch (IOException ex) {
                // The figures of the build are kept; why serving failed is said here.
                log.printf("%,d documents: serving failed: %s%n", documents, ex.getMessage());
                served = Optional.empty();
            }
            Optional<Incremental> incremental;
            try {
                incremental = Optional.of(incremental(setup, data, dir.resolve("fresh"), texts, corpus, documents, log));
            } catch (IOException ex) {
                log.printf("%,d documents: the incremental update failed: %s%n", documents, ex.getMessage());
                incremental = Optional.empty();
            }
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

    /** Builds the store of {@code corpus} in the data folder {@code data} as serve does, in a fresh JVM under the probe. */
    static StoreBuild build(Setup setup, Path data, Path corpus) throws IOException, InterruptedException {
        ChildRun r = child(setup, setup.storeXmx(), ScaleChild.class.getName(),
                List.of("build", data.toString(), corpus.toString(), Integer.toString(setup.threads())));
        String opened = r.stdout().lines().filter(l -> l.startsWith(ScaleChild.OPENED)).findFirst()
                .orElse("exit " + r.exit() + ": " + lastLine(r.stderr()));
        Path store = r.exit() == 0 ? storeDir(data) : data;
        return new StoreBuild(r.exit(), r.outOfMemory(), r.number("millis"), r.number("cpuMillis"), r.number("peakRss"),
                r.number("peakAfterGc"), size(store.resolve("tdb2")), size(store.resolve("text")),
                size(store.resolve("dumps")), size(store.resolve("sources")), load(), opened);
    }

    /** The live store folder of a data folder, as its CURRENT file names it. */
    static Path storeDir(Path data) throws IOException {
        return data.resolve(Files.readString(data.resolve("CURRENT")).strip());
    }

    /** A server child running, timed to its first 200 on /; closing it stops it. */
    record Running(Process process, String address, Start start) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    /** Starts the server child over a corpus and its data folder and waits for the first 200 on /. */
    static Running launch(Setup setup, Path data, Path corpus) throws IOException, InterruptedException {
        List<String> cmd = javaCommand(setup, setup.serveXmx(), ScaleChild.class.getName(), List.of("serve", data.toString(),
                corpus.toString(), setup.queries().toString(), Integer.toString(setup.threads())));
        Path err = Files.createTempFile(setup.work(), "serve", ".err");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        boolean started = false;
        try {
            String address = null;
            long openMillis = -1;
            String opened = "";
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(ScaleChild.OPENED)) {
                    Matcher m = OPENED_MS.matcher(line);
                    if (m.matches()) {
                        openMillis = Long.parseLong(m.group(1));
                        opened = m.group(2);
                    }
                } else if (line.startsWith("serving at ")) {
                    address = line.substring("serving at ".length()).strip();
                    break;
                }
            }
            if (address == null) {
                throw new IOException("the server did not start (exit " + p.waitFor() + "): " + lastLine(Files.readString(err)));
            }
            long toAddress = (System.nanoTime() - t0) / 1_000_000;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            // The home page counts the whole graph; on a large store it may be stopped at the
            // query bound (503) and is asked again: -1 when it never answered 200 in 5 minutes.
            long toFirstPage = -1;
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (p.isAlive() && System.nanoTime() < giveUp) {
                if (status(http, address, Duration.ofMinutes(2)) == 200) {
                    toFirstPage = (System.nanoTime() - t0) / 1_000_000;
                    break;
                }
                Thread.sleep(50);
            }
            started = true;
            return new Running(p, address, new Start(openMillis, opened, toAddress, toFirstPage));
        } finally {
            if (!started) {
                new Running(p, null, null).close();
            }
            Files.deleteIfExists(err);
        }
    }

    /**
     * Starts the server on the store, times it to ready, measures pages, stops it: resource pages
     * sampled from the store before it starts ({@link #samplePages}), then the home page alone and
     * /browse/policies alone (its first 200 timed first: the list's index is built at that request),
     * each with the same clients; resource pages for the setup's seconds, the other two for half.
     */
    static Serving serve(Setup setup, Path data, Path corpus, int documents, PrintStream log)
            throws IOException, InterruptedException {
        List<String> pages = samplePages(storeDir(data), setup.pageSample());
        log.printf("%,d documents: %,d resource pages sampled from the store's graphs%n", documents, pages.size());
        try (Running r = launch(setup, data, corpus)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Optional<ServeBenchmark.Latency> l = pages.isEmpty() ? Optional.empty()
                    : Optional.of(ServeBenchmark.latency(r.address(), pages, setup.clients(), setup.seconds(), log));
            Optional<ServeBenchmark.Latency> home = Optional.of(
                    ServeBenchmark.latency(r.address(), List.of("/"), setup.clients(), setup.seconds() / 2, log));
            long t0 = System.nanoTime();
            long toBrowse = -1;
            long giveUp = t0 + TimeUnit.MINUTES.toNanos(5);
            while (r.process().isAlive() && System.nanoTime() < giveUp) {
                if (status(http, r.address() + BROWSE.substring(1), Duration.ofMinutes(2)) == 200) {
                    toBrowse = (System.nanoTime() - t0) / 1_000_000;
                    break;
                }
                Thread.sleep(50);
            }
            Optional<ServeBenchmark.Latency> browse = toBrowse < 0 ? Optional.empty()
                    : Optional.of(ServeBenchmark.latency(r.address(), List.of(BROWSE), setup.clients(), setup.seconds() / 2, log));
            return new Serving(r.start(), l, home, toBrowse, browse, peakRss(r.process().pid()));
        }
    }

    /** The facet page in the latency rows: every policy with its six facets counted, the list's first page. */
    static final String BROWSE = "/browse/policies";

    /** Graphs sampled for resource pages: enough to spread over the corpus, few enough to read at once. */
    static final int SAMPLED_GRAPHS = 200;

    /**
     * Resource pages of a store folder (not being served), as paths, without a query over the
     * whole graph: {@link #SAMPLED_GRAPHS} of the graphs its MANIFEST lists, picked in a fixed
     * seeded order, and from each a few of the resources it says something about (its subjects
     * under the resource namespace, in a seeded order too), read from TDB2 graph by graph; the
     * whole cut to {@code sample}. The same store gives the same pages; a store of 100,000
     * documents costs reading its manifest and 200 graphs.
     */
    static List<String> samplePages(Path store, int sample) throws IOException {
        List<String> graphs = new ArrayList<>(Stores.graphs(store));
        Collections.shuffle(graphs, new Random(12));
        graphs = graphs.subList(0, Math.min(SAMPLED_GRAPHS, graphs.size()));
        int each = Math.max(1, (sample + graphs.size() - 1) / Math.max(1, graphs.size()));
        List<String> pages = new ArrayList<>();
        DatasetGraph ds = DatabaseMgr.connectDatasetGraph(store.resolve("tdb2").toString());
        try {
            List<String> sampled = graphs;
            Txn.executeRead(ds, () -> {
                for (int i = 0; i < sampled.size(); i++) {
                    TreeSet<String> subjects = new TreeSet<>();
                    ds.find(NodeFactory.createURI(sampled.get(i)), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(Iris.RESOURCE)) {
                            subjects.add(q.getSubject().getURI());
                        }
                    });
                    List<String> some = new ArrayList<>(subjects);
                    Collections.shuffle(some, new Random(12 + i));
                    for (String s : some.subList(0, Math.min(each, some.size()))) {
                        pages.add("/" + Html.pathSegment(s.substring(Iris.BASE.length()), true));
                    }
                }
            });
        } finally {
            TDBInternal.expel(ds, true);
        }
        Collections.shuffle(pages, new Random(12));
        return List.copyOf(pages.subList(0, Math.min(sample, pages.size())));
    }

    /**
     * Grows the corpus ({@link ScaleCorpus#grow}: documents changed and added), starts the server
     * over it with the old store in {@code data} (serve's start updates it in place), then over the
     * empty data folder {@code fresh} (a full build of the same folder), and compares the two stores.
     */
    static Incremental incremental(Setup setup, Path data, Path fresh, Path texts, ScaleCorpus corpus, int documents,
                                   PrintStream log) throws IOException, InterruptedException {
        ScaleCorpus.Grown g = corpus.grow(texts, documents, setup.changed());
        log.printf("%,d documents: %d changed and %d added, serving over the old store (%.1f load)%n", documents,
                g.changed().size(), g.added().size(), load());
        Start updated;
        try (Running r = launch(setup, data, texts)) {
            updated = r.start();
        }
        log.printf("%,d documents: %s in %,d ms; serving the same folder without a store (%.1f load)%n", documents,
                updated.opened(), updated.openMillis(), load());
        if (documents > setup.freshMax()) {
            return new Incremental(g.changed().size(), g.added().size(), updated, Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        Start built;
        try (Running r = launch(setup, fresh, texts)) {
            built = r.start();
        }
        log.printf("%,d documents: %s in %,d ms; comparing the stores%n", documents, built.opened(), built.openMillis());
        // The home page's figures kept by the update, record by record, against the fresh build's.
        boolean sameStats = Files.readString(storeDir(data).resolve(GraphStats.FILE))
                .equals(Files.readString(storeDir(fresh).resolve(GraphStats.FILE)));
        return new Incremental(g.changed().size(), g.added().size(), updated, Optional.of(built),
                Optional.of(compare(storeDir(data), storeDir(fresh))), Optional.of(sameStats));
    }

    /** Compares two store folders' TDB2 databases by their quads per named graph. */
    static Sameness compare(Path store, Path fresh) {
        return compare(quadsByGraph(store), quadsByGraph(fresh));
    }

    /** Two stores' quads per graph compared. */
    static Sameness compare(Map<String, Long> a, Map<String, Long> b) {
        TreeSet<String> graphs = new TreeSet<>(a.keySet());
        graphs.addAll(b.keySet());
        List<String> differing = new ArrayList<>();
        for (String g : graphs) {
            if (!Objects.equals(a.get(g), b.get(g))) {
                differing.add(g + " (" + a.getOrDefault(g, 0L) + " / " + b.getOrDefault(g, 0L) + " quads)");
            }
        }
        return new Sameness(a.size(), b.size(), a.values().stream().mapToLong(Long::longValue).sum(),
                b.values().stream().mapToLong(Long::longValue).sum(), differing);
    }

    private static Map<String, Long> quadsByGraph(Path store) {
        DatasetGraph ds = DatabaseMgr.connectDatasetGraph(store.resolve("tdb2").toString());
        try {
            return Txn.calculateRead(ds, () -> {
                Map<String, Long> m = new TreeMap<>();
                ds.find().forEachRemaining(q -> m.merge(q.getGraph().toString(), 1L, Long::sum));
                return m;
            });
        } finally {
            TDBInternal.expel(ds, true);
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
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
        rows.add(row("store build as serve does (extraction, bulk loader, text index, dumps), s (CPU s)", results,
                r -> r.store().map(s -> s.ok() ? secs(s.millis()) + " (" + secs(s.cpuMillis()) + ")" : storeFailed(s))
                        .orElse("not run")));
        rows.add(row("store build peak RSS / live heap, MB", results,
                r -> r.store().map(s -> mb(s.peakRss()) + " / " + mb(s.peakAfterGc())).orElse("-")));
        rows.add(row("store size, MB (TDB2 + text + dumps + sources)", results, r -> r.store().map(s -> mb(s.total())
                + " (" + mb(s.tdb()) + " + " + mb(s.text()) + " + " + mb(s.dumps()) + " + " + mb(s.sources()) + ")").orElse("-")));
        rows.add(row("load (1 min) after store build", results, r -> r.store().map(s -> String.format("%.1f", s.load())).orElse("-")));
        rows.add(row("serve start, folder unchanged: store opened / address / first 200 on /, s", results,
                r -> r.serving().map(v -> start(v.start())).orElse("-")));
        rows.add(row("resource pages p50 / p99, ms (clients, requests/s)", results, r -> r.serving().map(v -> v.latency()
                .map(ScaleBenchmark::latency).orElse("not measured: no page could be sampled")).orElse("-")));
        rows.add(row("page errors / pages sampled", results,
                r -> r.serving().flatMap(Serving::latency).map(l -> l.errors() + " / " + l.pages()).orElse("-")));
        rows.add(row("home page / p50 / p99, ms (clients, requests/s; errors)", results, r -> r.serving().flatMap(Serving::home)
                .map(l -> latency(l) + "; " + l.errors()).orElse("-")));
        rows.add(row(BROWSE + ": first 200 (its index is built then), s; then p50 / p99, ms (clients, requests/s; errors)", results,
                r -> r.serving().map(v -> (v.toFirstBrowse() < 0 ? "no 200 in 5 min" : secs(v.toFirstBrowse())) + "; "
                        + v.browse().map(l -> latency(l) + "; " + l.errors()).orElse("-")).orElse("-")));
        rows.add(row("server peak RSS, MB", results, r -> r.serving().map(v -> mb(v.peakRss())).orElse("-")));
        rows.add(row("serve start, folder grown (changed + added): update / address / first 200 on /, s", results,
                r -> r.incremental().map(i -> i.changed() + " + " + i.added() + ": " + start(i.updated())).orElse("-")));
        rows.add(row("serve start, same grown folder, no store: build / address / first 200 on /, s", results,
                r -> r.incremental().map(i -> i.fresh().map(ScaleBenchmark::start).orElse("not run")).orElse("-")));
        rows.add(row("incremental update / full build (of the grown folder; of the first)", results,
                r -> r.incremental().map(i -> i.fresh().map(f -> pct(i.updated().openMillis(), f.openMillis())).orElse("-")
                        + "; " + r.store().map(s -> pct(i.updated().openMillis(), s.openMillis())).orElse("-")).orElse("-")));
        rows.add(row("updated store = fresh build (graphs, quads, quads of every graph)", results, r -> r.incremental()
                .flatMap(Incremental::sameness).map(m -> m.same() ? String.format("yes: %,d graphs, %,d quads", m.graphs(), m.quads())
                        : String.format("NO: %,d / %,d graphs, %,d / %,d quads, %d graphs differ, first %s", m.graphs(),
                        m.freshGraphs(), m.quads(), m.freshQuads(), m.differing().size(),
                        m.differing().isEmpty() ? "-" : m.differing().get(0))).orElse("-")));
        rows.add(row("home page's kept figures (STATS) of the updated store = fresh build's", results, r -> r.incremental()
                .flatMap(Incremental::sameStats).map(b -> b ? "yes, byte for byte" : "NO").orElse("-")));
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

    private static String latency(ServeBenchmark.Latency l) {
        return String.format("%.1f / %.1f (%d, %,.0f/s)", l.p50(), l.p99(), l.clients(), l.requests() / l.seconds());
    }

    private static String start(Start s) {
        return secs(s.openMillis()) + " / " + secs(s.toAddress()) + " / "
                + (s.toFirstPage() < 0 ? "no 200 in 5 min" : secs(s.toFirstPage()));
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
