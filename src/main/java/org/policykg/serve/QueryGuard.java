package org.policykg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.system.ActionCategory;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.system.Txn;
import org.apache.jena.web.HttpSC;
import org.policykg.query.QueryRunner;

/**
 * The public query operation. Everything a query does happens inside one wall-clock bound
 * ({@link QueryBound}) on a worker: parsing, the checks of {@link QueryRules} (no SERVICE,
 * allowed functions only), execution, reading the results into memory and writing the response
 * into a buffer ({@link BufferedResponse}); the request thread only copies finished bytes. Only complete
 * results are sent, so a query stopped by the bound is a 503 with a message, never a 200
 * with a cut body. No query returns more than {@code maxRows} rows or
 * {@link #MAX_RESULT_CHARS} characters of terms; a result cut by either says so in
 * {@link #TRUNCATED}. A client's {@code ?timeout=} can shorten the bound, not raise it.
 */
final class QueryGuard extends SPARQL_QueryDataset {
    /** Longest query text, in characters: a 54 MB VALUES block took 13 s and 6.5 GB to parse. */
    static final int MAX_QUERY_CHARS = 512 * 1024;
    /** Most characters of RDF terms a result may hold. */
    static final long MAX_RESULT_CHARS = 32L * 1024 * 1024;
    /** Response header naming the cap that cut a result. */
    static final String TRUNCATED = "X-PolicyKG-Truncated";

    private static final String PARSE_BASE = "http://server/unset-base/";

    private final int maxRows;
    private final long timeoutMillis;
    private final QueryBound bound;
    private final FunctionRegistry functions = SafeFunctions.registry();

    QueryGuard(int maxRows, long timeoutMillis, QueryBound bound) {
        this.maxRows = maxRows;
        this.timeoutMillis = timeoutMillis;
        this.bound = bound;
    }

    /** A complete result and, if a cap cut it, which one. */
    private record Outcome(QueryExecResult result, Query query, String truncated) {
    }

    @Override
    protected void executeBody(HttpAction action) {
        String text;
        try (InputStream in = action.getRequestInputStream();
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) {
                b.append(buf, 0, n);
                if (b.length() > MAX_QUERY_CHARS) {
                    tooLong();
                }
            }
            text = b.toString();
        } catch (IOException e) {
            ActionLib.consumeBody(action);
            ServletOps.errorBadRequest("could not read the query: " + e.getMessage());
            return;
        }
        execute(text, action);
    }

    private static void tooLong() {
        ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "the query is longer than " + MAX_QUERY_CHARS + " characters");
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) {
            ServletOps.errorBadRequest("empty query");
        }
        if (queryString.length() > MAX_QUERY_CHARS) {
            tooLong();
        }
        action.log.info(String.format("[%d] Query = %s", action.id, ServletOps.formatForLog(
                queryString.length() > 2000 ? queryString.substring(0, 2000) + "…" : queryString)));
        long timeout = timeout(action);
        BufferedResponse answer;
        try {
            // Fuseki starts the action's clock when the request arrives, before its body is read.
            long started = action.getStartTime() != 0 ? action.getStartTime() : System.nanoTime();
            answer = bound.run(timeout, started, h -> {
                Outcome o = run(queryString, action, h);
                return serialise(action, o, h);
            });
        } catch (QueryBound.Stopped e) {
            action.log.info(String.format("[%d] stopped: %s", action.id, e.getMessage()));
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "the query was stopped");
            return;
        } catch (org.apache.jena.query.text.TextIndexParseException | org.apache.jena.query.text.TextIndexException e) {
            // A text:query string Lucene cannot parse is the client's error, not the server's (was a 500).
            String m = String.valueOf(e.getMessage()).lines().limit(2).reduce((a, b) -> a + " " + b).orElse("");
            ServletOps.errorBadRequest("full-text query not understood: " + m);
            return;
        }
        try {
            answer.copyTo(action.getResponse());
        } catch (IOException e) {
            // The client went away; nothing more to send.
            action.log.info(String.format("[%d] client closed the connection: %s", action.id, e.getMessage()));
        }
    }

    /**
     * On the worker, inside the bound: writes the response (content negotiation as Fuseki's own)
     * into memory. Only the copying of finished bytes is left to the request thread.
     */
    private BufferedResponse serialise(HttpAction action, Outcome o, QueryBound.Handle h) {
        BufferedResponse buffer = new BufferedResponse(action.getResponse(), h.cancel);
        HttpAction into = new HttpAction(action.id, action.log, ActionCategory.ACTION, action.getRequest(), buffer);
        into.setRequest(action.getDataAccessPoint(), action.getDataService());
        if (o.truncated() != null) {
            into.setResponseHeader(TRUNCATED, o.truncated());
        }
        sendResults(into, o.result(), o.query().getPrologue());
        // CSV stays plain UTF-8 as the W3C format says (programs read it so); ?bom=true puts the
        // byte-order mark Excel needs to read Chinese, for a link a person opens in a spreadsheet.
        if ("true".equals(action.getRequestParameter("bom"))
                && String.valueOf(buffer.getContentType()).startsWith("text/csv")) {
            buffer.prefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        buffer.flushBuffer();
        return buffer;
    }

    /** The bound: the server's timeout, or less if the client's ?timeout= (seconds) asks for less. */
    private long timeout(HttpAction action) {
        String asked = action.getRequestParameter("timeout");
        if (asked == null) {
            return timeoutMillis;
        }
        try {
            Pair<Long, Long> p = Timeouts.parseTimeoutStr(asked, TimeUnit.SECONDS);
            long overall = p == null ? -1 : p.getRight() > 0 ? p.getRight() : p.getLeft();
            return overall > 0 ? Math.min(overall, timeoutMillis) : timeoutMillis;
        } catch (RuntimeException e) {
            ServletOps.errorBadRequest("bad timeout: " + asked);
            return timeoutMillis;
        }
    }

    /** On the worker: parse, check, run in a read transaction, and read the whole (capped) result. */
    private Outcome run(String queryString, HttpAction action, QueryBound.Handle h) {
        Query query = parse(queryString);
        if (query.isJsonType()) {
            ServletOps.errorBadRequest("JSON queries are not supported on this endpoint");
        }
        Query safe = QueryRules.rewrite(query);
        QueryRules.refusal(safe, functions).ifPresent(ServletOps::errorBadRequest);
        boolean capped = !safe.isAskType() && (!safe.hasLimit() || safe.getLimit() > maxRows);
        if (capped) {
            // A SELECT gets one row more than the cap, to tell a result the cap cut from one that fits
            // it exactly; CONSTRUCT and DESCRIBE use at most maxRows solutions.
            safe.setLimit(safe.isSelectType() ? maxRows + 1L : maxRows);
        }
        DatasetGraph base = action.getDataset();
        // Fuseki's decideDataset reads the action's transaction, which belongs to the request thread;
        // this is the same choice made here, in a read transaction of the worker's own.
        return Txn.calculateRead(base, () -> {
            Query q = safe;
            DatasetGraph ds = base;
            DatasetDescription d = SPARQLProtocol.getDatasetDescription(action, q);
            if (d != null) {
                ds = DynamicDatasets.dynamicDataset(d, base, false);
                if (q.hasDatasetDescription()) {
                    q = q.cloneQuery();
                    q.getGraphURIs().clear();
                    q.getNamedGraphURIs().clear();
                }
            }
            try (QueryExec qe = QueryExec.newBuilder().dataset(ds).query(q).context(action.getContext())
                    .set(ARQConstants.symCancelQuery, h.cancel)
                    .set(ARQConstants.registryFunctions, functions)
                    .build()) {
                return collect(qe, ds, q, capped, h);
            }
        });
    }

    private static Query parse(String queryString) {
        try {
            return QueryFactory.create(queryString, PARSE_BASE, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest("Parse error: " + e.getMessage());
        } catch (QueryException e) {
            ServletOps.errorBadRequest("Error: " + e.getMessage());
        }
        throw new IllegalStateException("unreachable");
    }

    private Outcome collect(QueryExec qe, DatasetGraph ds, Query q, boolean capped, QueryBound.Handle h) {
        if (q.isAskType()) {
            return new Outcome(new QueryExecResult(qe.ask()), q, null);
        }
        if (q.isSelectType()) {
            RowSet rs = qe.select();
            List<Var> vars = rs.getResultVars();
            List<Binding> rows = new ArrayList<>();
            long chars = 0;
            String truncated = null;
            while (rs.hasNext()) {
                Binding b = QueryRunner.copy(rs.next());
                if (capped && rows.size() == maxRows) {
                    truncated = "rows; at most " + maxRows;
                    break;
                }
                for (var it = b.vars(); it.hasNext(); ) {
                    chars += size(b.get(it.next()));
                }
                if (chars > MAX_RESULT_CHARS) {
                    truncated = "size; at most " + MAX_RESULT_CHARS + " characters";
                    break;
                }
                rows.add(b);
                if (h.cancelled()) {
                    throw new QueryCancelledException();
                }
            }
            return new Outcome(new QueryExecResult(RowSetStream.create(vars, rows.iterator())), q, truncated);
        }
        if (q.isConstructType()) {
            DatasetGraph out = DatasetGraphFactory.createTxnMem();
            long chars = 0;
            String truncated = null;
            for (var it = qe.constructQuads(); it.hasNext(); ) {
                Quad quad = it.next();
                chars += size(quad.getSubject()) + size(quad.getPredicate()) + size(quad.getObject());
                if (chars > MAX_RESULT_CHARS) {
                    truncated = "size; at most " + MAX_RESULT_CHARS + " characters";
                    break;
                }
                out.add(quad.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, quad.asTriple()) : quad);
            }
            return new Outcome(new QueryExecResult(out), q, truncated);
        }
        if (q.isDescribeType()) {
            return describe(ds, q, h);
        }
        ServletOps.errorBadRequest("unknown query type");
        throw new IllegalStateException("unreachable");
    }

    /**
     * DESCRIBE as the concise bounded description of each resource over the union graph (its
     * statements, and those of blank nodes they reach), built here rather than by Jena's
     * DescribeBNodeClosure: that one does not look at the cancel signal, and eight at once
     * lost their read transaction mid-way (500 "Not in a transaction").
     */
    private Outcome describe(DatasetGraph ds, Query q, QueryBound.Handle h) {
        java.util.Set<Node> resources = new java.util.LinkedHashSet<>(q.getResultURIs());
        if (q.getQueryPattern() != null) {
            Query select = q.cloneQuery();
            select.setQuerySelectType();
            try (QueryExec qe = QueryExec.newBuilder().dataset(ds).query(select)
                    .set(ARQConstants.symCancelQuery, h.cancel).set(ARQConstants.registryFunctions, functions).build()) {
                RowSet rs = qe.select();
                while (rs.hasNext() && resources.size() < maxRows) {
                    Binding b = QueryRunner.copy(rs.next());
                    for (var it = b.vars(); it.hasNext(); ) {
                        Node n = b.get(it.next());
                        if (n != null && !n.isLiteral()) {
                            resources.add(n);
                        }
                    }
                }
            }
        }
        org.apache.jena.graph.Graph union = ds.getUnionGraph();
        org.apache.jena.graph.Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        java.util.Set<Node> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(resources);
        long chars = 0;
        String truncated = null;
        while (!todo.isEmpty() && truncated == null) {
            Node r = todo.poll();
            if (!seen.add(r)) {
                continue;
            }
            if (h.cancelled()) {
                throw new QueryCancelledException();
            }
            for (var it = union.find(r, Node.ANY, Node.ANY); it.hasNext(); ) {
                org.apache.jena.graph.Triple t = it.next();
                chars += size(t.getSubject()) + size(t.getPredicate()) + size(t.getObject());
                if (chars > MAX_RESULT_CHARS) {
                    truncated = "size; at most " + MAX_RESULT_CHARS + " characters";
                    break;
                }
                out.add(t);
                if (t.getObject().isBlank()) {
                    todo.add(t.getObject());
                }
            }
        }
        return new Outcome(new QueryExecResult(out), q, truncated);
    }

    private static long size(Node n) {
        if (n == null) {
            return 0;
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm().length() + 10;
        }
        return n.isURI() ? n.getURI().length() : 16;
    }
}
