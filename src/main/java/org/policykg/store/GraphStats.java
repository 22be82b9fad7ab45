package org.policykg.store;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;
import org.policykg.rdf.LongHashSet;

/**
 * What the home page counts, kept per named graph so that a store of any size shows it
 * without a query over the whole graph: the entities of each {@code pol:} class that a
 * document graph says something about (by a 64-bit hash of the IRI, so a graph's share is
 * a few KB), and each policy's type, jurisdictions and years. The totals are not sums (an
 * agency is named in many documents, a policy's jurisdiction and its date may come from two
 * graphs), so the per-graph records are kept and merged when read: {@link #totals}.
 *
 * <p>Kept in {@code STATS} beside the MANIFEST, written like it (a temporary file renamed
 * over the old one). A build writes it from the quads as they go in; an {@link Update}
 * replaces the records of the graphs it clears with those of the quads it adds, after the
 * database commits and before the manifest is written, so a crash part-way leaves the journal
 * to redo them (replacing a graph's record twice is replacing it once).
 *
 * <pre>
 * policykg-stats 1
 * graph	GRAPH
 * class	CLASS	HASH HASH ...               entities of the class the graph says something about (document graphs)
 * policy	POLICY	TYPED	JURISDICTIONS	ISSUED-YEARS	START-YEARS
 * </pre>
 * Years are URL-encoded; {@code !} marks a date that has no year (SPARQL's YEAR fails on it).
 * Two entities share a hash with odds of about n²/2⁶⁵: the counts are exact but for that.
 */
public final class GraphStats {
    /** The file's name in a store folder. */
    public static final String FILE = "STATS";
    private static final String HEADER = "policykg-stats 1";
    private static final String DOCUMENTS = Iris.GRAPH + "document/";
    private static final String NO_YEAR = "!";
    private static final Node ISSUED = Vocab.dcIssued;

    /** A policy's facts in one graph (or, merged, in all): whether it is typed pol:Policy there, its jurisdictions and years. */
    record PolicyFacts(boolean typed, Set<String> jurisdictions, Set<String> issued, Set<String> starts) {
        PolicyFacts {
            jurisdictions = new TreeSet<>(jurisdictions);
            issued = new TreeSet<>(issued);
            starts = new TreeSet<>(starts);
        }

        PolicyFacts merge(PolicyFacts o) {
            Set<String> j = new TreeSet<>(jurisdictions);
            j.addAll(o.jurisdictions);
            Set<String> i = new TreeSet<>(issued);
            i.addAll(o.issued);
            Set<String> s = new TreeSet<>(starts);
            s.addAll(o.starts);
            return new PolicyFacts(typed || o.typed, j, i, s);
        }

        /**
         * The year a policy is counted under, as the home page's SPARQL gives it row by row
         * ({@code COALESCE(IF(BOUND(?issued), STR(YEAR(?issued)), ?none), STR(?start), "unknown")}
         * over every issued date and start year), the least of them.
         */
        String year(String unknown) {
            List<String> rows = new ArrayList<>();
            List<String> is = issued.isEmpty() ? Arrays.asList((String) null) : new ArrayList<>(issued);
            List<String> ss = starts.isEmpty() ? Arrays.asList((String) null) : new ArrayList<>(starts);
            for (String i : is) {
                for (String s : ss) {
                    rows.add(i != null && !i.equals(NO_YEAR) ? i : s != null && !s.equals(NO_YEAR) ? s : unknown);
                }
            }
            return rows.stream().min(String::compareTo).orElseThrow();
        }
    }

    /** One graph's record: entity hashes by class IRI (sorted, distinct), and policies by IRI. */
    record GraphRecord(Map<String, long[]> classes, Map<String, PolicyFacts> policies) {
        GraphRecord {
            classes = new TreeMap<>(classes);
            policies = new TreeMap<>(policies);
        }

        GraphRecord merge(GraphRecord o) {
            Map<String, long[]> c = new TreeMap<>(classes);
            o.classes.forEach((k, v) -> c.merge(k, v, GraphStats::union));
            Map<String, PolicyFacts> p = new TreeMap<>(policies);
            o.policies.forEach((k, v) -> p.merge(k, v, PolicyFacts::merge));
            return new GraphRecord(c, p);
        }

        boolean isEmpty() {
            return classes.isEmpty() && policies.isEmpty();
        }
    }

    /**
     * The figures of the whole store: distinct entities per class IRI in the document graphs,
     * and policies (with a jurisdiction) by jurisdiction IRI and year. A policy with several
     * jurisdictions or years is counted once, under the least of each.
     */
    public record Totals(Map<String, Long> entities, Map<String, Map<String, Integer>> policies) {
    }

    private final Map<String, GraphRecord> graphs;

    private GraphStats(Map<String, GraphRecord> graphs) {
        this.graphs = new TreeMap<>(graphs);
    }

    /** The records of {@code graphs} replaced by {@code now}'s (graphs not in {@code now} are dropped). */
    GraphStats replace(Collection<String> cleared, GraphStats now) {
        Map<String, GraphRecord> m = new TreeMap<>(graphs);
        m.keySet().removeAll(cleared);
        now.graphs.forEach((g, r) -> m.merge(g, r, GraphRecord::merge));
        return new GraphStats(m);
    }

    /** The totals, merging every graph's record. */
    public Totals totals(String unknownYear) {
        Map<String, LongHashSet> sets = new TreeMap<>();
        Map<String, PolicyFacts> policies = new HashMap<>();
        graphs.forEach((g, r) -> {
            r.classes.forEach((c, hs) -> {
                LongHashSet s = sets.computeIfAbsent(c, k -> new LongHashSet());
                for (long h : hs) {
                    s.add(h);
                }
            });
            r.policies.forEach((p, f) -> policies.merge(p, f, PolicyFacts::merge));
        });
        Map<String, Long> entities = new TreeMap<>();
        sets.forEach((c, s) -> entities.put(c, (long) s.size()));
        Map<String, Map<String, Integer>> byRegion = new TreeMap<>();
        for (PolicyFacts f : policies.values()) {
            if (!f.typed() || f.jurisdictions().isEmpty()) {
                continue;
            }
            String region = f.jurisdictions().iterator().next(); // the least
            byRegion.computeIfAbsent(region, k -> new TreeMap<>()).merge(f.year(unknownYear), 1, Integer::sum);
        }
        return new Totals(entities, byRegion);
    }

    /** The file's text: graphs in IRI order, classes and policies in IRI order; the same records give the same bytes. */
    String text() {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        graphs.forEach((g, r) -> {
            b.append("graph\t").append(g).append('\n');
            r.classes.forEach((c, hs) -> {
                b.append("class\t").append(c).append('\t');
                for (int i = 0; i < hs.length; i++) {
                    b.append(i > 0 ? " " : "").append(Long.toHexString(hs[i]));
                }
                b.append('\n');
            });
            r.policies.forEach((p, f) -> b.append("policy\t").append(p).append('\t').append(f.typed() ? 1 : 0).append('\t')
                    .append(String.join(" ", f.jurisdictions())).append('\t').append(encoded(f.issued())).append('\t')
                    .append(encoded(f.starts())).append('\n'));
        });
        return b.toString();
    }

    private static String encoded(Set<String> years) {
        List<String> out = new ArrayList<>();
        for (String y : years) {
            out.add(y.equals(NO_YEAR) ? y : URLEncoder.encode(y, StandardCharsets.UTF_8));
        }
        return String.join(" ", out);
    }

    private static Set<String> decoded(String field) {
        Set<String> out = new TreeSet<>();
        for (String y : field.isEmpty() ? new String[0] : field.split(" ")) {
            out.add(y.equals(NO_YEAR) ? y : URLDecoder.decode(y, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Written to a temporary sibling, forced to disk, then renamed over {@code file}, as the manifest is. */
    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(text().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static GraphStats read(Path file) throws IOException {
        Map<String, GraphRecord> graphs = new TreeMap<>();
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = lines.readLine();
            if (!HEADER.equals(first)) {
                throw new IOException(file + ": not a store's stats file");
            }
            String graph = null;
            Map<String, long[]> classes = null;
            Map<String, PolicyFacts> policies = null;
            int n = 1;
            for (String line; (line = lines.readLine()) != null; ) {
                n++;
                String[] f = line.split("\t", -1);
                try {
                    if (f[0].equals("graph") && f.length == 2) {
                        if (graph != null) {
                            graphs.put(graph, new GraphRecord(classes, policies));
                        }
                        graph = f[1];
                        classes = new TreeMap<>();
                        policies = new TreeMap<>();
                    } else if (f[0].equals("class") && f.length == 3 && graph != null) {
                        String[] hs = f[2].isEmpty() ? new String[0] : f[2].split(" ");
                        long[] v = new long[hs.length];
                        for (int i = 0; i < hs.length; i++) {
                            v[i] = Long.parseUnsignedLong(hs[i], 16);
                        }
                        classes.put(f[1], v);
                    } else if (f[0].equals("policy") && f.length == 6 && graph != null) {
                        Set<String> j = new TreeSet<>(f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(" ")));
                        policies.put(f[1], new PolicyFacts(f[2].equals("1"), j, decoded(f[4]), decoded(f[5])));
                    } else {
                        throw new IOException("unexpected");
                    }
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + n + ": bad line: " + line);
                }
            }
            if (graph != null) {
                graphs.put(graph, new GraphRecord(classes, policies));
            }
        }
        return new GraphStats(graphs);
    }

    /** The pol: types of the reference graph's subjects, by hash: a document graph's subject counts as an entity of them. */
    static Map<Long, Set<String>> referenceTypes(DatasetGraph db) {
        Map<Long, Set<String>> out = new HashMap<>();
        db.find(Iris.REFERENCE_GRAPH, Node.ANY, Vocab.type, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && q.getObject().getURI().startsWith(POL.NS)) {
                out.computeIfAbsent(hash(q.getSubject()), k -> new TreeSet<>()).add(q.getObject().getURI());
            }
        });
        return out;
    }

    /**
     * Counts the quads passing by, graph by graph. A document graph's subjects are resolved
     * against the reference graph's types at the finish (the reference graph comes last in a
     * build; an update starts with the store's), so {@code referenceTypes} may be empty.
     */
    static final class Collector extends StreamRDFBase {
        private final Map<Long, Set<String>> referenceTypes;
        private final Map<String, GraphRecord> records = new TreeMap<>();
        private final Map<String, long[]> subjectsOf = new HashMap<>();
        private String graph;
        private Map<String, LongHashSet> classes = new HashMap<>();
        private LongHashSet subjects = new LongHashSet();
        private Map<String, Builder> policies = new HashMap<>();
        private GraphStats done;
        private Node lastSubject;
        private long lastHash;

        Collector(Map<Long, Set<String>> referenceTypes) {
            this.referenceTypes = new HashMap<>(referenceTypes);
        }

        private static final class Builder {
            boolean typed;
            final Set<String> jurisdictions = new TreeSet<>();
            final Set<String> issued = new TreeSet<>();
            final Set<String> starts = new TreeSet<>();
        }

        @Override
        public void quad(Quad q) {
            Node g = q.getGraph();
            if (!g.isURI()) {
                return;
            }
            String gi = g.getURI();
            if (!gi.equals(graph)) {
                flush();
                graph = gi;
            }
            Node s = q.getSubject();
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (!s.equals(lastSubject)) { // a graph's quads come sorted by subject: hash each once
                lastSubject = s;
                lastHash = hash(s);
            }
            boolean document = gi.startsWith(DOCUMENTS);
            if (p.equals(Vocab.type) && o.isURI() && o.getURI().startsWith(POL.NS)) {
                if (document) {
                    classes.computeIfAbsent(o.getURI(), k -> new LongHashSet()).add(lastHash);
                }
                if (g.equals(Iris.REFERENCE_GRAPH)) {
                    referenceTypes.computeIfAbsent(lastHash, k -> new TreeSet<>()).add(o.getURI());
                }
            }
            if (document) {
                subjects.add(lastHash);
            }
            if (!s.isURI()) {
                return;
            }
            if (p.equals(Vocab.type) && o.equals(POL.Policy)) {
                policy(s).typed = true;
            } else if (p.equals(POL.jurisdiction)) {
                policy(s).jurisdictions.add(o.isURI() ? o.getURI() : o.toString());
            } else if (p.equals(ISSUED)) {
                policy(s).issued.add(year(o));
            } else if (p.equals(POL.startYear)) {
                policy(s).starts.add(str(o));
            }
        }

        private Builder policy(Node s) {
            return policies.computeIfAbsent(s.getURI(), k -> new Builder());
        }

        /** The graph seen so far becomes a record (merged with an earlier one of the same graph). */
        private void flush() {
            if (graph == null) {
                return;
            }
            Map<String, long[]> c = new TreeMap<>();
            classes.forEach((k, v) -> c.put(k, v.sorted()));
            Map<String, PolicyFacts> p = new TreeMap<>();
            policies.forEach((k, b) -> p.put(k, new PolicyFacts(b.typed, b.jurisdictions, b.issued, b.starts)));
            GraphRecord r = new GraphRecord(c, p);
            if (!r.isEmpty() || graph.startsWith(DOCUMENTS)) {
                records.merge(graph, r, GraphRecord::merge);
            }
            if (graph.startsWith(DOCUMENTS)) {
                subjectsOf.merge(graph, subjects.sorted(), GraphStats::union);
            }
            classes = new HashMap<>();
            subjects = new LongHashSet();
            policies = new HashMap<>();
        }

        @Override
        public void finish() {
            flush();
            graph = null;
            // A document graph's subject typed in the reference graph (a region it names) is an entity of that type.
            subjectsOf.forEach((g, hs) -> {
                Map<String, LongHashSet> extra = new HashMap<>();
                for (long h : hs) {
                    for (String c : referenceTypes.getOrDefault(h, Set.of())) {
                        extra.computeIfAbsent(c, k -> new LongHashSet()).add(h);
                    }
                }
                if (!extra.isEmpty()) {
                    Map<String, long[]> c = new TreeMap<>();
                    extra.forEach((k, v) -> c.put(k, v.sorted()));
                    records.merge(g, new GraphRecord(c, Map.of()), GraphRecord::merge);
                }
            });
            subjectsOf.clear();
            done = new GraphStats(records);
        }

        /** What was counted; after the finish. */
        GraphStats stats() {
            if (done == null) {
                throw new IllegalStateException("the stream has not finished");
            }
            return done;
        }
    }

    /** STR(YEAR(date)) as SPARQL gives it, or the mark of a date without a year. */
    private static String year(Node o) {
        try {
            return org.apache.jena.sparql.expr.nodevalue.XSDFuncOp.getYear(NodeValue.makeNode(o)).asNode().getLiteralLexicalForm();
        } catch (ExprEvalException | org.apache.jena.datatypes.DatatypeFormatException e) {
            return NO_YEAR;
        }
    }

    /** STR(x) as SPARQL gives it (an error for a blank node). */
    private static String str(Node o) {
        return o.isURI() ? o.getURI() : o.isLiteral() ? o.getLiteralLexicalForm() : NO_YEAR;
    }

    /** The first 8 bytes of the SHA-256 of a subject's IRI (or blank node label). */
    static long hash(Node n) {
        String key = n.isURI() ? n.getURI() : n.toString();
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] b = d.digest(key.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (b[i] & 0xff);
            }
            return h == 0 ? 1 : h; // 0 marks an empty slot in LongHashSet
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] union(long[] a, long[] b) {
        LongHashSet s = new LongHashSet();
        for (long x : a) {
            s.add(x);
        }
        for (long x : b) {
            s.add(x);
        }
        return s.sorted();
    }
}
