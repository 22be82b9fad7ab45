package org.policykg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Closeable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphQuads;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalNull;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanBase;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;
import org.policykg.rdf.Iris;

/**
 * The graph at a remote SPARQL endpoint (Virtuoso, Fuseki, GraphDB, ...), read-only, seen as a
 * dataset so the pages run over it unchanged. Two paths reach the endpoint:
 * <ul>
 * <li>a whole query run with {@code QueryExec} over this dataset (saved queries, page queries,
 *     the public endpoint) is sent as one request, by a query engine registered for this
 *     class only, rather than evaluated here pattern by pattern;</li>
 * <li>{@code find(g, s, p, o)} (labels, descriptions) is one small SELECT.</li>
 * </ul>
 * Only graphs under {@link Iris#GRAPH} are seen by {@code find}: Virtuoso's own system graphs
 * and the publish manifest are not ours. The default graph is the union of the named graphs,
 * as at home; the endpoint must answer queries the same way (Virtuoso does by default, Fuseki
 * with {@code unionDefaultGraph}).
 */
public final class RemoteDataset extends DatasetGraphQuads {
    static {
        QueryEngineRegistry.addFactory(new Engine());
    }

    /**
     * Queries go as an HTML form POST: a long query (Chinese IRIs grow ninefold when
     * percent-encoded) would otherwise be sent as an application/sparql-query body, which
     * Virtuoso 7.2 never answers.
     */
    static final org.apache.jena.sparql.exec.http.QuerySendMode FORM = org.apache.jena.sparql.exec.http.QuerySendMode.asPostForm;

    private final String endpoint;
    private final long timeoutMillis;
    private final Transactional txn = TransactionalNull.create();
    private final PrefixMap prefixes = PrefixMapFactory.create();

    private RemoteDataset(String endpoint, long timeoutMillis) {
        this.endpoint = endpoint;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * The dataset at {@code endpoint}, checked with one small query, so a wrong address fails
     * here with the reason rather than at the first page.
     */
    public static RemoteDataset connect(String endpoint, long timeoutMillis) {
        RemoteDataset ds = new RemoteDataset(endpoint, timeoutMillis);
        try (QueryExec qe = QueryExecHTTP.service(endpoint).sendMode(FORM).query("ASK { }").timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            qe.ask();
        }
        return ds;
    }

    public String endpoint() {
        return endpoint;
    }

    /** Runs a query at the endpoint; its terms are read now, so the rows outlive the request. */
    List<Binding> remoteRows(Query q) {
        List<Binding> out = new ArrayList<>();
        try (QueryExec qe = QueryExecHTTP.service(endpoint).sendMode(FORM).query(q).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(out::add);
        }
        return out;
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return findNG(g, s, p, o);
    }

    /** A subject's quads as fetched, and when. */
    private record Fetched(List<Quad> quads, long at) {
    }

    /** How long a fetched description is used: a publish while serving shows within this time. */
    static final long FRESH_MILLIS = 60_000;
    private static final int MAX_CACHED = 100_000;
    private final java.util.Map<Node, Fetched> subjects = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * All quads of subject {@code s}, and of the IRIs it points to, fetched in one request and
     * kept a short while. A page reads a resource and then, one find at a time, each evidence,
     * measure and target it links to (an evidence view alone is a dozen finds): one request per
     * find was hundreds of round trips for a policy page, past the page's time bound.
     */
    private List<Quad> describe(Node s) {
        long now = System.currentTimeMillis();
        Fetched f = subjects.get(s);
        if (f != null && now - f.at() < FRESH_MILLIS) {
            return f.quads();
        }
        String iri = org.apache.jena.riot.out.NodeFmtLib.strNT(s);
        String filter = "FILTER(STRSTARTS(STR(?g), \"" + Iris.GRAPH + "\"))";
        Query q = QueryFactory.create("SELECT ?x ?g ?p ?o WHERE { { BIND(" + iri + " AS ?x) GRAPH ?g { " + iri + " ?p ?o } " + filter
                + " } UNION { { SELECT DISTINCT ?x WHERE { GRAPH ?h { " + iri + " ?q ?x } FILTER(isIRI(?x) && STRSTARTS(STR(?h), \""
                + Iris.GRAPH + "\")) } } GRAPH ?g { ?x ?p ?o } " + filter + " } } ORDER BY ?x ?g ?p ?o");
        java.util.Map<Node, List<Quad>> found = new java.util.LinkedHashMap<>();
        found.put(s, new ArrayList<>());
        for (Binding b : remoteRows(q)) {
            Node x = b.get(Var.alloc("x"));
            found.computeIfAbsent(x, k -> new ArrayList<>()).add(Quad.create(b.get(Var.alloc("g")), x, b.get(Var.alloc("p")), b.get(Var.alloc("o"))));
        }
        if (subjects.size() > MAX_CACHED) {
            subjects.clear(); // a crude bound: the next pages fetch again
        }
        found.forEach((x, quads) -> subjects.put(x, new Fetched(List.copyOf(quads), now)));
        return found.get(s);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        if (s != null && s.isURI()) {
            boolean anyGraph = g == null || g == Node.ANY;
            boolean unionGraph = !anyGraph && (Quad.isUnionGraph(g) || Quad.isDefaultGraph(g));
            List<Quad> out = new ArrayList<>();
            java.util.Set<org.apache.jena.graph.Triple> seen = new java.util.HashSet<>();
            for (Quad quad : describe(s)) {
                if ((p == null || p == Node.ANY || p.equals(quad.getPredicate()))
                        && (o == null || o == Node.ANY || o.sameValueAs(quad.getObject()))
                        && (anyGraph || unionGraph || g.equals(quad.getGraph()))) {
                    if (unionGraph) {
                        if (seen.add(quad.asTriple())) {
                            out.add(Quad.create(Quad.unionGraph, quad.asTriple()));
                        }
                    } else {
                        out.add(quad);
                    }
                }
            }
            return out.iterator();
        }
        return query(g, s, p, o);
    }

    private Iterator<Quad> query(Node g, Node s, Node p, Node o) {
        boolean union = g == null || g == Node.ANY || Quad.isUnionGraph(g) || Quad.isDefaultGraph(g);
        Node[] terms = {union ? Node.ANY : g, s, p, o};
        String[] names = {"g", "s", "p", "o"};
        for (Node n : terms) {
            if (n != null && n.isBlank()) {
                return List.<Quad>of().iterator(); // a blank node cannot be named to another store
            }
        }
        boolean any = g == null || g == Node.ANY;
        StringBuilder q = new StringBuilder("SELECT ");
        if (union && !any) {
            q.append("DISTINCT ");
        }
        List<String> vars = new ArrayList<>();
        String[] text = new String[4];
        for (int i = 0; i < 4; i++) {
            Node n = terms[i];
            if (n == null || n == Node.ANY) {
                text[i] = "?" + names[i];
                if (i > 0 || any) {
                    vars.add("?" + names[i]);
                }
            } else {
                text[i] = org.apache.jena.riot.out.NodeFmtLib.strNT(n);
            }
        }
        boolean whole = vars.isEmpty(); // asking whether one quad is there
        q.append(whole ? "(1 AS ?one)" : String.join(" ", vars)).append(" WHERE { GRAPH ").append(text[0]).append(" { ")
                .append(text[1]).append(' ').append(text[2]).append(' ').append(text[3]).append(" } ");
        if (text[0].equals("?g")) {
            q.append("FILTER(STRSTARTS(STR(?g), \"").append(Iris.GRAPH).append("\")) ");
        }
        q.append(whole ? "} LIMIT 1" : "} ORDER BY " + String.join(" ", vars));
        List<Quad> out = new ArrayList<>();
        for (Binding b : remoteRows(QueryFactory.create(q.toString()))) {
            Node qg = any && !whole ? b.get(Var.alloc("g")) : union ? Quad.unionGraph : g;
            out.add(Quad.create(qg, value(b, "s", s), value(b, "p", p), value(b, "o", o)));
        }
        return out.iterator();
    }

    private static Node value(Binding b, String var, Node given) {
        return given == null || given == Node.ANY ? b.get(Var.alloc(var)) : given;
    }

    private static java.util.Map<Var, Node> map(Binding b) {
        java.util.Map<Var, Node> m = new java.util.HashMap<>();
        b.forEach(m::put);
        return m;
    }

    @Override
    public org.apache.jena.graph.Graph getDefaultGraph() {
        return org.apache.jena.sparql.core.GraphView.createDefaultGraph(this);
    }

    @Override
    public org.apache.jena.graph.Graph getGraph(Node graphNode) {
        return org.apache.jena.sparql.core.GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        List<Node> out = new ArrayList<>();
        Query q = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
                + Iris.GRAPH + "\")) } ORDER BY ?g");
        remoteRows(q).forEach(b -> out.add(b.get(Var.alloc("g"))));
        return out.iterator();
    }

    @Override
    public void add(Quad quad) {
        throw new UnsupportedOperationException("a remote endpoint is read-only here; use publish");
    }

    @Override
    public void delete(Quad quad) {
        throw new UnsupportedOperationException("a remote endpoint is read-only here; use publish");
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public void begin(TxnType type) {
        txn.begin(type);
    }

    @Override
    public void begin(ReadWrite mode) {
        txn.begin(mode);
    }

    @Override
    public boolean promote(Promote mode) {
        return txn.promote(mode);
    }

    @Override
    public void commit() {
        txn.commit();
    }

    @Override
    public void abort() {
        txn.abort();
    }

    @Override
    public void end() {
        txn.end();
    }

    @Override
    public ReadWrite transactionMode() {
        return txn.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return txn.transactionType();
    }

    @Override
    public boolean isInTransaction() {
        return txn.isInTransaction();
    }

    /**
     * Sends a whole query to the endpoint. ASK and CONSTRUCT reach a query engine as their
     * pattern ({@code QueryExec} builds the answer from the solutions), so they go as a SELECT *
     * of it; a SELECT goes as it is.
     */
    private static final class Engine implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return dataset instanceof RemoteDataset;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            RemoteDataset remote = (RemoteDataset) dataset;
            Query q = input == null || input.isEmpty() ? query.cloneQuery() : QueryTransformOps.transform(query, map(input));
            if (!q.isSelectType()) {
                boolean ask = q.isAskType();
                q.setQuerySelectType();
                q.setQueryResultStar(true);
                if (ask) {
                    q.setLimit(1);
                }
            }
            Query sent = q;
            Op op = Algebra.compile(sent);
            return new PlanBase(op, (Closeable) () -> { }) {
                @Override
                protected QueryIterator iteratorOnce() {
                    List<Binding> rows = remote.remoteRows(sent);
                    if (sent.isDistinct()) {
                        // Virtuoso 7.2's DISTINCT keeps equal rows when they are wide (many long
                        // columns, some unbound); the first of equal rows is kept, so order holds.
                        rows = List.copyOf(new java.util.LinkedHashSet<>(rows));
                    }
                    return QueryIterPlainWrapper.create(rows.iterator(), ExecutionContext.create(dataset, context));
                }
            };
        }

        @Override
        public boolean accept(org.apache.jena.sparql.algebra.Op op, DatasetGraph dataset, Context context) {
            return false; // an algebra expression is evaluated here, over find()
        }

        @Override
        public Plan create(org.apache.jena.sparql.algebra.Op op, DatasetGraph dataset, Binding input, Context context) {
            throw new UnsupportedOperationException();
        }
    }
}
