package org.policykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;
import org.policykg.store.Store;

/**
 * The whole graph as TriG, N-Quads and JSON-LD (written when the store was built, or on
 * first request after an update),
 * a page listing them, and a VoID / DCAT description of the dataset with its
 * endpoint, dumps, named graphs and class partitions.
 */
final class DumpServlet extends HttpServlet {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = Vocab.DCTERMS;
    private final Site site;
    private final java.util.function.Supplier<String> publicUrl;
    private List<Triple> counts;

    /** @param publicUrl the server's public address ({@code http://host:port/}), from configuration */
    DumpServlet(Site site, java.util.function.Supplier<String> publicUrl) {
        this.site = site;
        this.publicUrl = publicUrl;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = ResourceServlet.decodedPath(req);
        if (path.equals("/void.ttl") || path.equals("/.well-known/void")) {
            byte[] v = voidDescription(origin());
            resp.setContentType("text/turtle; charset=utf-8");
            resp.setContentLength(v.length);
            resp.getOutputStream().write(v);
            return;
        }
        if (!site.store().local() && path.startsWith("/dumps")) {
            // Served over a remote endpoint: the data is there, not in files here.
            Layout.error(resp, 404, "数据由远程 SPARQL 端点提供，此处没有下载文件 The graph is served from a remote SPARQL endpoint; "
                    + "no dump files here: query /kg/sparql");
            return;
        }
        if (path.equals("/dumps") || path.equals("/dumps/")) {
            StringBuilder b = new StringBuilder("<h1>数据下载 <small>Download the graph</small></h1><ul>");
            for (String[] d : Store.DUMP_FILES) {
                Path f = site.store().dumps().resolve(d[1]);
                // After an update the dumps are written again on first download, not at start.
                b.append("<li><a href=\"/dumps/").append(Html.pathSegment(d[1], false)).append("\">").append(Html.text(d[1]))
                        .append("</a> <small>").append(Html.text(d[2])).append(", ")
                        .append(site.store().dumpReady(d[1]) ? String.format("%,d", Files.size(f)) + " bytes"
                                : "written on first download").append("</small> · <a href=\"/dumps/")
                        .append(Html.pathSegment(d[1] + ".gz", false)).append("\">.gz</a></li>");
            }
            b.append("</ul><p>每个文档一个命名图，另有参考图（本体、概念、行政区划）。 <small>One named graph per document, ")
                    .append("plus a reference graph (ontology, concepts, gazetteer).</small> <a href=\"/void.ttl\">VoID / DCAT</a></p>")
                    .append("<p>单个文档图 · One document's graph: <code>/kg/data?graph=")
                    .append(Html.text(Iris.GRAPH)).append("document/FILE</code></p>");
            Layout.write(resp, 200, "数据下载 Data", b.toString(), null);
            return;
        }
        String name = path.substring("/dumps/".length());
        boolean gzip = name.endsWith(".gz");
        if (gzip) {
            name = name.substring(0, name.length() - 3);
        }
        for (String[] d : Store.DUMP_FILES) {
            if (gzip && d[1].equals(name)) {
                // Compressed on the way out: RDF dumps shrink about tenfold, and the store keeps one copy.
                Path f = site.store().dump(d[1]);
                resp.setContentType("application/gzip");
                resp.setHeader("Content-Disposition", "attachment; filename=\"" + d[1] + ".gz\"");
                try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(resp.getOutputStream(), 1 << 16)) {
                    Files.copy(f, out);
                }
                return;
            }
            if (d[1].equals(name)) {
                Path f = site.store().dump(d[1]);
                resp.setContentType(d[2]);
                resp.setHeader("Content-Disposition", "attachment; filename=\"" + d[1] + "\"");
                resp.setContentLengthLong(Files.size(f));
                Files.copy(f, resp.getOutputStream());
                return;
            }
        }
        resp.sendError(404);
    }

    /**
     * The configured public address without its final slash, for the absolute addresses VoID
     * needs. Not the request's Host header: a client could otherwise put any address there.
     */
    private String origin() {
        String u = publicUrl.get();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** VoID and DCAT with absolute addresses on the configured public address. */
    private byte[] voidDescription(String origin) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("dcterms", DCT)
                .setNsPrefix("pol", POL.NS).setNsPrefix("xsd", Vocab.XSD);
        Node ds = NodeFactory.createURI(Iris.BASE + "dataset");
        add(g, ds, Vocab.type, uri(VOID + "Dataset"));
        add(g, ds, Vocab.type, uri(DCAT + "Dataset"));
        add(g, ds, uri(DCT + "title"), NodeFactory.createLiteralLang("PolicyKG 中国数字经济政策知识图谱", "zh-Hans"));
        add(g, ds, uri(DCT + "title"), NodeFactory.createLiteralLang("PolicyKG: Chinese digital-economy policy knowledge graph", "en"));
        add(g, ds, uri(VOID + "sparqlEndpoint"), uri(origin + "/kg/sparql"));
        add(g, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(Iris.RESOURCE));
        add(g, ds, uri(VOID + "vocabulary"), uri(POL.NS));
        if (site.store().local()) {
            add(g, ds, uri(DCT + "identifier"), NodeFactory.createLiteralString(site.store().hash()));
            add(g, ds, uri(DCT + "modified"), modified());
        }
        add(g, ds, uri(DCT + "license"), uri(LICENSE));
        for (Node example : examples()) {
            add(g, ds, uri(VOID + "exampleResource"), example);
        }
        add(g, ds, uri(Vocab.RDFS + "seeAlso"), uri(origin + "/queries"));
        add(g, ds, uri(Vocab.RDFS + "comment"), NodeFactory.createLiteralLang("SPARQL example: SELECT ?policy ?title WHERE { "
                + "?policy a <" + POL.Policy.getURI() + "> ; <" + POL.title.getURI() + "> ?title } LIMIT 10", "en"));
        for (String[] d : site.store().local() ? Store.DUMP_FILES : new String[0][]) {
            Node url = uri(origin + "/dumps/" + d[1]);
            add(g, ds, uri(VOID + "dataDump"), url);
            Node dist = NodeFactory.createURI(Iris.BASE + "dataset/distribution/" + d[0]);
            add(g, ds, uri(DCAT + "distribution"), dist);
            add(g, dist, Vocab.type, uri(DCAT + "Distribution"));
            add(g, dist, uri(DCAT + "downloadURL"), url);
            add(g, dist, uri(DCAT + "mediaType"), NodeFactory.createLiteralString(d[2]));
        }
        counts(ds).forEach(g::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        return out.toByteArray();
    }

    /**
     * The licence the dataset is offered under. The graph quotes public policy documents and
     * press reports; the lead may change this one constant if the project picks another.
     */
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    /** When the store was built (the time its folder was last written), as xsd:dateTime. */
    private Node modified() {
        try {
            java.time.Instant t = Files.getLastModifiedTime(site.store().dir()).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            return NodeFactory.createLiteralDT(t.toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime);
        } catch (IOException e) {
            return NodeFactory.createLiteralString("unknown");
        }
    }

    /** A few policies, for void:exampleResource. */
    private List<Node> examples() {
        return site.memo("void examples", () -> Txn.calculateRead(site.dataset(), () -> site.select(
                "SELECT ?p WHERE { ?p a <" + POL.Policy.getURI() + "> } ORDER BY ?p LIMIT 3", null)
                .stream().map(b -> b.get("p")).toList()));
    }

    /**
     * The dataset's sizes: triples, one subset per named graph, one partition per class.
     * Counted once: the store does not change while the server runs.
     */
    private synchronized List<Triple> counts(Node ds) {
        if (counts == null) {
            Graph g = GraphFactory.createDefaultGraph();
            Txn.executeRead(site.dataset(), () -> {
                List<Binding> total = site.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", null);
                add(g, ds, uri(VOID + "triples"), integer(total.get(0).get("n")));
                for (Binding r : site.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
                        null)) {
                    Node sub = r.get("g");
                    add(g, ds, uri(VOID + "subset"), sub);
                    add(g, sub, Vocab.type, uri(VOID + "Dataset"));
                    add(g, sub, uri(VOID + "triples"), integer(r.get("n")));
                }
                for (Binding r : site.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } "
                        + "FILTER(STRSTARTS(STR(?c), \"" + POL.NS + "\")) } GROUP BY ?c ORDER BY ?c", null)) {
                    Node part = NodeFactory.createURI(Iris.BASE + "dataset/class/" + Site.localName(r.get("c")));
                    add(g, ds, uri(VOID + "classPartition"), part);
                    add(g, part, uri(VOID + "class"), r.get("c"));
                    add(g, part, uri(VOID + "entities"), integer(r.get("n")));
                }
            });
            counts = List.copyOf(g.find().toList());
        }
        return counts;
    }

    private static Node integer(Node n) {
        return NodeFactory.createLiteralDT(n.getLiteralLexicalForm(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
