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
     * @param base          the IRI prefix the site's paths stand for
     * @param timeoutMillis the longest any query may run; a client can ask for less, not more
     * @param maxRows       the most rows a query returns
     * @param publicUrl     the address clients reach the server at, for VoID ({@code http://host:port/}
     *                      of the listening socket when null); never taken from a request's Host
     * @param spillDir      where sorts and DISTINCT spill rows to disk, emptied at start (the
     *                      system temporary folder when null)
     */
    public record Config(String host, int port, String base, long timeoutMillis, int maxRows, String publicUrl,
                         java.nio.file.Path spillDir) {
        public static final String DEFAULT_BASE = org.policykg.rdf.Iris.BASE;

        public Config(String host, int port, String base, long timeoutMillis, int maxRows) {
            this(host, port, base, timeoutMillis, maxRows, null, null);
        }
    }

    /** Queries running at once on the public endpoint; more wait for a slot within their own time bound. */
    static final int MAX_RUNNING = 32;

    static final long SPILL_ROWS = 20_000;

    private final FusekiServer fuseki;
    private final String host;
    private final QueryBound bound;
    private final String publicUrl;

    private Server(FusekiServer fuseki, String host, QueryBound bound, String publicUrl) {
        this.fuseki = fuseki;
        this.host = host;
        this.bound = bound;
        this.publicUrl = publicUrl;
    }

    public static Server start(Store store, SavedQueries queries, Config c) throws IOException {
        DatasetGraph ds = store.dataset();
        // The public endpoint, pages and saved queries are all bounded by one QueryBound (Site.bounded).
        // No context timeout: Jena's timer thread is shared, and one query holding its lock (see
        // QueryBound) would keep every other timeout from firing.
        ds.getContext().remove(ARQ.queryTimeout);
        ds.getContext().set(ARQ.httpServiceAllowed, false);
        // A sort, DISTINCT or GROUP BY over a huge join otherwise holds every row on the heap until the timeout:
        // an ORDER BY over a cross product filled a 2 GB heap in 4 s. Past this many rows they spill to temp files.
        ds.getContext().set(ARQ.spillToDiskThreshold, SPILL_ROWS);
        if (c.spillDir() != null) {
            useSpillDir(c.spillDir());
        }
        QueryBound bound = new QueryBound(MAX_RUNNING);
        DataService service = DataService.newBuilder(ds)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "")
                .build();
        Site site = new Site(store, queries, c.base(), c.timeoutMillis(), c.maxRows(), bound);
        ResourceServlet resources = new ResourceServlet(site);
        String[] publicUrl = {c.publicUrl()};
        DumpServlet dumps = new DumpServlet(site, () -> publicUrl[0]);
        QueryServlet saved = new QueryServlet(site);
        BrowseServlet browse = new BrowseServlet(site);
        FusekiServer fuseki = FusekiServer.create()
                .port(c.port())
                .enablePing(false).enableStats(false).enableMetrics(false).enableTasks(false).enableCompact(false)
                .enableCors(false)
                .registerOperation(Operation.Query, new QueryGuard(c.maxRows(), c.timeoutMillis(), bound))
                .add("/kg", service)
                .addFilter("/*", new SecurityHeaders())
                .addFilter("/*", new StoppedPages())
                .addFilter("/kg/*", new Cors())
                .addServlet("/resource/*", resources)
                .addServlet("/concept/*", resources)
                .addServlet("/graph/*", resources)
                .addServlet("/ontology", resources)
                .addServlet("/ontology.ttl", resources)
                .addServlet("/ontology.jsonld", resources)
                .addServlet("/ontology.nt", resources)
                .addServlet("/ontology.rdf", resources)
                .addServlet("/source/*", new SourceServlet(site))
                .addServlet("/search", new SearchServlet(site))
                .addServlet("/search.csv", new SearchServlet(site))
                .addServlet("/search.xlsx", new SearchServlet(site))
                .addServlet("/browse", browse)
                .addServlet("/browse/*", browse)
                .addServlet("/compare", new CompareServlet(site, browse))
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
        Server server = new Server(fuseki, c.host(), bound, c.publicUrl());
        if (publicUrl[0] == null) {
            publicUrl[0] = server.address();
        }
        return server;
    }

    /**
     * Jena's DataBag writes its spill files to {@code java.io.tmpdir}, read at each spill and
     * not configurable otherwise; point it at the data folder, so a killed server's files are
     * found and removed at the next start rather than filling /tmp.
     */
    private static void useSpillDir(java.nio.file.Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                if (f.getFileName().toString().startsWith("DataBag-")) {
                    java.nio.file.Files.deleteIfExists(f);
                }
            }
        }
        System.setProperty("java.io.tmpdir", dir.toAbsolutePath().toString());
    }

    /** Public queries stopped by the heap watchdog since start. */
    public int memoryStops() {
        return bound.memoryStops();
    }

    /** Queries (public or of pages) whose workers are still running, stopped or not. */
    public int runningQueries() {
        return bound.running();
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
        bound.close();
    }
}
