package org.policykg.serve;

import java.io.IOException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.policykg.query.SavedQueries;
import org.policykg.store.Store;

/**
 * The public server: Fuseki with one read-only dataset at /kg (SPARQL query at
 * /kg/sparql, read-only Graph Store Protocol at /kg/data), and the site around it.
 * No update, upload or admin operation is registered; SERVICE is refused; queries
 * end at the configured timeout and row cap.
 */
public final class Server implements AutoCloseable {
    /**
     * @param base         the IRI prefix the site's paths stand for
     * @param timeoutMillis the longest any query may run; a client can ask for less, not more
     * @param maxRows      the most rows a query returns
     */
    public record Config(String host, int port, String base, long timeoutMillis, int maxRows) {
        public static final String DEFAULT_BASE = org.policykg.rdf.Iris.BASE;
    }

    static final long SPILL_ROWS = 20_000;

    private final FusekiServer fuseki;
    private final String host;

    private Server(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    public static Server start(Store store, SavedQueries queries, Config c) throws IOException {
        DatasetGraph ds = store.dataset();
        // Both the time to the first result and the overall time: a client's ?timeout= can lower either, raise neither.
        ds.getContext().set(ARQ.queryTimeout, c.timeoutMillis() + "," + c.timeoutMillis());
        ds.getContext().set(ARQ.httpServiceAllowed, false);
        // A sort, DISTINCT or GROUP BY over a huge join otherwise holds every row on the heap until the timeout:
        // an ORDER BY over a cross product filled a 2 GB heap in 4 s. Past this many rows they spill to temp files.
        ds.getContext().set(ARQ.spillToDiskThreshold, SPILL_ROWS);
        DataService service = DataService.newBuilder(ds)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "")
                .build();
        Site site = new Site(store, queries, c.base(), c.timeoutMillis(), c.maxRows());
        ResourceServlet resources = new ResourceServlet(site);
        DumpServlet dumps = new DumpServlet(site);
        QueryServlet saved = new QueryServlet(site);
        FusekiServer fuseki = FusekiServer.create()
                .port(c.port())
                .enablePing(false).enableStats(false).enableMetrics(false).enableTasks(false).enableCompact(false)
                .enableCors(false)
                .registerOperation(Operation.Query, new QueryGuard(c.maxRows()))
                .add("/kg", service)
                .addFilter("/*", new SecurityHeaders())
                .addServlet("/resource/*", resources)
                .addServlet("/concept/*", resources)
                .addServlet("/graph/*", resources)
                .addServlet("/ontology", resources)
                .addServlet("/source/*", new SourceServlet(site))
                .addServlet("/search", new SearchServlet(site))
                .addServlet("/queries", saved)
                .addServlet("/queries/*", saved)
                .addServlet("/editor", new EditorServlet(site))
                .addServlet("/assets/*", new AssetServlet())
                .addServlet("/dumps", dumps)
                .addServlet("/dumps/*", dumps)
                .addServlet("/void.ttl", dumps)
                .addServlet("/.well-known/void", dumps)
                .addServlet("", new HomeServlet(site))
                .build();
        for (Connector k : fuseki.getJettyServer().getConnectors()) {
            if (k instanceof ServerConnector sc) {
                sc.setHost(c.host());
            }
        }
        fuseki.start();
        return new Server(fuseki, c.host());
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The address to open: http://HOST:PORT/ */
    public String address() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
