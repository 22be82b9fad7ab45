package org.policykg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.policykg.query.QueryRunner;
import org.policykg.query.SavedQuery;
import org.policykg.rdf.Iris;
import org.policykg.rdf.Vocab;

/**
 * What the saved-query pages offer besides the table (kept apart from QueryServlet):
 * the results as CSV and XLSX at /queries/NAME.csv and .xlsx with the same parameters, and a picker for
 * parameters that take an IRI, listing the things of the default value's kind.
 */
final class SavedQueryPages {
    private static final Node IN_SCHEME = NodeFactory.createURI(Vocab.SKOS + "inScheme");
    /** More candidates than this make a list nobody scrolls; the box stays free text. */
    private static final int MAX_CHOICES = 500;

    private SavedQueryPages() {
    }

    static String href(SavedQuery q, Map<String, String> args, Download.Format format) {
        StringBuilder b = new StringBuilder("/queries/").append(Html.pathSegment(q.name(), false)).append(format.suffix);
        char sep = '?';
        for (SavedQuery.Param p : q.params()) {
            String v = args.get(p.name());
            if (v != null) {
                b.append(sep).append(Html.queryValue(p.name())).append('=').append(Html.queryValue(v));
                sep = '&';
            }
        }
        return b.toString();
    }

    static void download(Site site, SavedQuery q, Download.Format format, HttpServletRequest req, HttpServletResponse resp)
            throws IOException {
        Map<String, String> args = new LinkedHashMap<>();
        for (SavedQuery.Param p : q.params()) {
            String v = req.getParameter(p.name());
            if (v != null && !v.isBlank()) {
                args.put(p.name(), v.strip());
            }
        }
        List<List<Download.Cell>> out = new ArrayList<>();
        try {
            // Bound as terms and run under the server's bound, as the page's table is.
            Site.Rows rows = site.rows(q.sparql(), QueryRunner.bind(q, args));
            List<Var> vars = rows.vars();
            List<Download.Cell> head = new ArrayList<>();
            vars.forEach(v -> head.add(Download.Cell.text(Columns.text(v.getVarName()))));
            out.add(head);
            for (Binding r : rows.rows()) {
                List<Download.Cell> row = new ArrayList<>();
                for (Var v : vars) {
                    row.add(Download.cell(r.get(v)));
                }
                out.add(row);
            }
        } catch (IllegalArgumentException e) {
            Layout.error(resp, 400, e.getMessage());
            return;
        } catch (QueryBound.Stopped | QueryCancelledException e) {
            Layout.error(resp, 503, "查询超时 The query took too long: " + e.getMessage());
            return;
        }
        Download.write(resp, format, q.name(), out);
    }

    /** The attribute tying an IRI parameter's box to its list of choices, or "". */
    static String picker(Site site, SavedQuery.Param p, String id) {
        return p.datatype().equals("iri") && !choices(site, p).isEmpty() ? " list=\"" + Html.attr(id) + "-choices\"" : "";
    }

    static String datalists(Site site, SavedQuery q) {
        StringBuilder b = new StringBuilder();
        for (SavedQuery.Param p : q.params()) {
            List<Node> cs = p.datatype().equals("iri") ? choices(site, p) : List.of();
            if (cs.isEmpty()) {
                continue;
            }
            b.append("<datalist id=\"param-").append(Html.attr(p.name())).append("-choices\">");
            for (Node c : cs) {
                b.append("<option value=\"").append(Html.attr(c.getURI())).append("\" label=\"")
                        .append(Html.attr(site.label(c))).append("\">").append(Html.text(site.label(c))).append("</option>");
            }
            b.append("</datalist>");
        }
        return b.toString();
    }

    /**
     * The things a parameter may take: the members of the default value's concept scheme,
     * else the instances of its class that some document speaks of; sorted by label.
     */
    private static List<Node> choices(Site site, SavedQuery.Param p) {
        if (p.defaultValue() == null || !p.defaultValue().matches("https?://\\S+")) {
            return List.of();
        }
        Node def = NodeFactory.createURI(p.defaultValue());
        return site.memo("choices " + p.defaultValue(), () -> Txn.calculateRead(site.dataset(), () -> {
            Node scheme = Description.one(site.dataset(), def, IN_SCHEME);
            String q;
            Binding bind;
            if (scheme != null) {
                q = "SELECT DISTINCT ?c WHERE { ?c <" + IN_SCHEME.getURI() + "> ?scheme }";
                bind = Binding.builder().add(Var.alloc("scheme"), scheme).build();
            } else {
                Node type = Description.one(site.dataset(), def, Vocab.type);
                if (type == null) {
                    return List.<Node>of();
                }
                q = "SELECT DISTINCT ?c WHERE { ?c a ?type . FILTER EXISTS { GRAPH ?g { ?c ?p ?o } "
                        + "FILTER(STRSTARTS(STR(?g), \"" + Iris.GRAPH + "document/\")) } }";
                bind = Binding.builder().add(Var.alloc("type"), type).build();
            }
            List<Node> out = new ArrayList<>();
            for (Binding r : site.select(q, bind)) {
                out.add(r.get("c"));
            }
            if (out.size() > MAX_CHOICES) {
                return List.<Node>of();
            }
            out.sort(java.util.Comparator.comparing(site::label).thenComparing(n -> n.toString()));
            return List.copyOf(out);
        }));
    }
}
