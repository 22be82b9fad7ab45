package org.policykg.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Publishes named graphs to one Graph Store Protocol endpoint. Call {@link #start} (reads the
 * manifest), {@link #graph} for each graph of the run, then {@link #finish}.
 *
 * <p>The manifest is a graph at the endpoint, {@link #MANIFEST}, holding
 * {@code <graph> pub:sha256 "HEX"} for every graph published. After each PUT one such triple
 * is added (GSP POST), so a publish cut short knows at its next run which graphs are already
 * there; {@link #finish} then writes the manifest anew with one hash per graph. A graph with
 * two hashes in the manifest (a run stopped between its PUT and the rewrite) is sent again.
 * Kept at the endpoint rather than in a local file so that it cannot disagree with the data:
 * an endpoint that was wiped or restored from a backup is published as it really is.
 */
public final class Publisher {
    /** The manifest graph; outside {@code graph/} so the pages, which read only our graphs, never show it. */
    public static final Node MANIFEST = NodeFactory.createURI("https://w3id.org/policykg/publish/manifest");
    /** The SHA-256 of a graph's sorted N-Triples. */
    public static final Node SHA256 = NodeFactory.createURI("https://w3id.org/policykg/publish#sha256");

    /** What a run did. */
    public record Report(int graphs, int put, int unchanged, int deleted, long triples) {
        public String line() {
            return String.format("%d graphs (%,d triples): %d sent, %d unchanged, %d deleted", graphs, triples, put, unchanged, deleted);
        }
    }

    private final String url;
    private final Retry retry;
    private Map<String, Set<String>> before;
    private final Map<String, String> now = new TreeMap<>();
    private int put;
    private long triples;

    /**
     * @param url  the Graph Store Protocol address ({@code http://host:8890/sparql-graph-crud-auth},
     *             {@code http://host:3030/ds/data})
     * @param user null for none; else sent when the endpoint asks (Basic or Digest)
     */
    public Publisher(String url, String user, String password, Retry retry) {
        this.url = url;
        this.retry = retry;
        if (user != null) {
            AuthEnv.get().registerUsernamePassword(java.net.URI.create(url), user, password == null ? "" : password);
        }
    }

    /** Reads the endpoint's manifest: fails here, before any work, when the endpoint is unreachable or refuses us. */
    public void start() {
        Graph g = retry.run("read the manifest at " + url, () -> {
            try {
                return GSP.service(url).graphName(MANIFEST).GET();
            } catch (HttpException e) {
                if (e.getStatusCode() == 404) {
                    return GraphFactory.createDefaultGraph(); // first publish
                }
                throw e;
            }
        });
        before = new TreeMap<>();
        g.find(Node.ANY, SHA256, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                before.computeIfAbsent(t.getSubject().getURI(), k -> new TreeSet<>()).add(t.getObject().getLiteralLexicalForm());
            }
        });
    }

    /** Graphs the endpoint's manifest lists (read by {@link #start}). */
    public Set<String> published() {
        return before.keySet();
    }

    /** Sends one graph unless the endpoint holds it with this content already; true when sent. */
    public boolean graph(Node name, Graph content) {
        if (before == null) {
            throw new IllegalStateException("start() first");
        }
        String iri = name.getURI();
        if (now.containsKey(iri)) {
            throw new IllegalArgumentException("graph " + iri + " came twice in one publish: its quads must come together");
        }
        String hash = hash(content);
        now.put(iri, hash);
        triples += content.size();
        Set<String> had = before.get(iri);
        if (had != null && had.size() == 1 && had.contains(hash)) {
            return false;
        }
        retry.run("PUT <" + iri + "> to " + url, () -> {
            GSP.service(url).graphName(name).contentType(RDFFormat.NTRIPLES).PUT(content);
            return null;
        });
        Graph entry = GraphFactory.createDefaultGraph();
        entry.add(Triple.create(name, SHA256, NodeFactory.createLiteralString(hash)));
        retry.run("POST to the manifest at " + url, () -> {
            GSP.service(url).graphName(MANIFEST).contentType(RDFFormat.NTRIPLES).POST(entry);
            return null;
        });
        put++;
        return true;
    }

    /**
     * Deletes the graphs the manifest lists that this run did not send (when {@code deleteGone};
     * a run in which a document failed must not delete its graph), then writes the manifest anew
     * if anything changed.
     */
    public Report finish(boolean deleteGone) {
        int deleted = 0;
        List<String> gone = new ArrayList<>();
        for (String iri : before.keySet()) {
            if (!now.containsKey(iri)) {
                gone.add(iri);
            }
        }
        if (deleteGone) {
            for (String iri : gone) {
                retry.run("DELETE <" + iri + "> at " + url, () -> {
                    try {
                        GSP.service(url).graphName(iri).DELETE();
                    } catch (HttpException e) {
                        if (e.getStatusCode() != 404) {
                            throw e; // already gone is what we wanted
                        }
                    }
                    return null;
                });
                deleted++;
            }
        }
        boolean changed = put > 0 || deleted > 0 || before.values().stream().anyMatch(s -> s.size() > 1);
        if (changed) {
            Graph manifest = GraphFactory.createDefaultGraph();
            now.forEach((iri, hash) -> manifest.add(Triple.create(NodeFactory.createURI(iri), SHA256,
                    NodeFactory.createLiteralString(hash))));
            if (!deleteGone) {
                for (String iri : gone) {
                    before.get(iri).forEach(h -> manifest.add(Triple.create(NodeFactory.createURI(iri), SHA256,
                            NodeFactory.createLiteralString(h))));
                }
            }
            retry.run("PUT the manifest to " + url, () -> {
                GSP.service(url).graphName(MANIFEST).contentType(RDFFormat.NTRIPLES).PUT(manifest);
                return null;
            });
        }
        return new Report(now.size(), put, now.size() - put, deleted, triples);
    }

    /** SHA-256 of the graph's triples as sorted N-Triples lines: the same for the same content in any order. */
    static String hash(Graph g) {
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> lines.add(NodeFmtLib.str(t)));
        lines.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                md.update(l.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
