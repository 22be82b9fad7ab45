package org.policykg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

/**
 * The vocabulary at /ontology: the ontology header and every class and property of
 * {@code pol:} as one document (HTML with a section per term, anchored by the term's
 * local name so that {@code /ontology#hasTarget} lands on its definition; or any RDF syntax).
 * Read inside a read transaction.
 */
final class OntologyPage {
    static final Node ONTOLOGY = NodeFactory.createURI(POL.NS.substring(0, POL.NS.length() - 1));
    private static final Node SCHEME = NodeFactory.createURI(Vocab.SKOS + "ConceptScheme");
    private static final Node OWL_CLASS = NodeFactory.createURI("http://www.w3.org/2002/07/owl#Class");

    private OntologyPage() {
    }

    /** Is this the ontology's own IRI? */
    static boolean is(Node n) {
        return n.isURI() && n.getURI().equals(ONTOLOGY.getURI());
    }

    /** The terms: every subject in the reference graph whose IRI is the ontology's or in its namespace. */
    static Map<Node, List<Triple>> terms(DatasetGraph ds) {
        Map<Node, List<Triple>> out = new TreeMap<>(Description.NODE_ORDER);
        var it = ds.find(Iris.REFERENCE_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Triple t = it.next().asTriple();
                Node s = t.getSubject();
                if (s.isURI() && (s.getURI().startsWith(POL.NS) || s.equals(ONTOLOGY))) {
                    out.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
                }
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        return out;
    }

    static Graph graph(DatasetGraph ds) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String[] p : Vocab.PREFIXES) {
            g.getPrefixMapping().setNsPrefix(p[0], p[1]);
        }
        terms(ds).values().forEach(ts -> ts.forEach(g::add));
        return g;
    }

    static String html(Site site, Render render, DatasetGraph ds) {
        Map<Node, List<Triple>> terms = terms(ds);
        StringBuilder classes = new StringBuilder();
        StringBuilder properties = new StringBuilder();
        StringBuilder toc = new StringBuilder();
        int nc = 0;
        int np = 0;
        for (Map.Entry<Node, List<Triple>> e : terms.entrySet()) {
            Node t = e.getKey();
            if (t.equals(ONTOLOGY)) {
                continue;
            }
            boolean isClass = e.getValue().stream().anyMatch(x -> x.getPredicate().equals(Vocab.type)
                    && x.getObject().equals(OWL_CLASS));
            String local = t.getURI().substring(POL.NS.length());
            StringBuilder b = isClass ? classes : properties;
            if (isClass) {
                nc++;
            } else {
                np++;
            }
            toc.append(isClass && nc == 1 ? "<p><strong>类 Classes:</strong> " : "")
                    .append(!isClass && np == 1 ? "</p><p><strong>属性 Properties:</strong> " : "")
                    .append("<a href=\"#").append(Html.attr(local)).append("\">").append(Html.text(local)).append("</a> ");
            b.append("<section class=\"term\" id=\"").append(Html.attr(local)).append("\"><h3>")
                    .append(Html.text(site.label(t)));
            String en = site.englishLabel(t);
            if (en != null && !en.equals(site.label(t))) {
                b.append(" <small>").append(Html.text(en)).append("</small>");
            }
            b.append(" <code>pol:").append(Html.text(local)).append("</code></h3><table class=\"props\"><tbody>");
            for (Triple x : e.getValue()) {
                Node p = x.getPredicate();
                if (p.equals(Vocab.label)) {
                    continue;
                }
                b.append("<tr><th>").append(render.property(p)).append("</th><td>").append(render.term(x.getObject()))
                        .append("</td></tr>");
            }
            b.append("</tbody></table></section>");
        }
        StringBuilder head = new StringBuilder();
        head.append("<h1>PolicyKG 本体 <small>Ontology</small></h1><p class=\"iri\"><code>").append(Html.text(ONTOLOGY.getURI()))
                .append("</code> · 命名空间 namespace <code>").append(Html.text(POL.NS)).append("</code>");
        for (Conneg c : new Conneg[] {Conneg.TURTLE, Conneg.JSONLD, Conneg.NTRIPLES, Conneg.RDFXML}) {
            head.append(" <a href=\"/ontology").append(c.suffix).append("\">").append(c.suffix.substring(1)).append("</a>");
        }
        head.append("</p><table class=\"props summary\"><tbody>");
        for (Triple x : terms.getOrDefault(ONTOLOGY, List.of())) {
            head.append("<tr><th>").append(render.property(x.getPredicate())).append("</th><td>")
                    .append(render.term(x.getObject())).append("</td></tr>");
        }
        head.append("</tbody></table><nav class=\"toc\">").append(toc).append("</p></nav>")
                .append("<h2>类 <small>Classes</small> <span class=\"count\">").append(nc).append("</span></h2>").append(classes)
                .append("<h2>属性 <small>Properties</small> <span class=\"count\">").append(np).append("</span></h2>")
                .append(properties)
                .append("<h2>概念体系 <small>Concept schemes</small></h2><ul class=\"schemes\">");
        List<Node> schemes = new ArrayList<>();
        Description.forEach(ds, Node.ANY, Vocab.type, SCHEME, q -> {
            if (!schemes.contains(q.getSubject())) {
                schemes.add(q.getSubject());
            }
        });
        schemes.sort(Description.NODE_ORDER);
        for (Node scheme : schemes) {
            head.append("<li>").append(render.term(scheme)).append("</li>");
        }
        head.append("</ul><p><a href=\"/graph/reference\">参考图 <small>The reference graph</small></a>: ")
                .append("本体、概念与行政区划 <small>ontology, concepts and the gazetteer</small></p>");
        return head.toString();
    }
}
