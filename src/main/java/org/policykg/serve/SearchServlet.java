package org.policykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * Full-text search over labels, titles, aliases, metrics, headings and quotes. The
 * words are escaped for Lucene and bound as a literal; a hit on an evidence quote
 * leads to the entities that quote it.
 */
final class SearchServlet extends HttpServlet {
    static final int MAX_HITS = 100;
    private static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX pol: <https://w3id.org/policykg/ontology#>
            SELECT ?s ?score ?lit ?owner WHERE {
              (?s ?score ?lit) text:query (?words %d) .
              OPTIONAL { ?owner pol:evidence ?s }
            } ORDER BY DESC(?score) ?s ?owner
            """.formatted(MAX_HITS);

    private final Site site;
    private final Render render;

    SearchServlet(Site site) {
        this.site = site;
        this.render = new Render(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        StringBuilder b = new StringBuilder();
        b.append("<h1>搜索 <small>Search</small></h1><form class=\"search big\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" value=\"").append(Html.attr(q))
                .append("\" aria-label=\"搜索 Search\"><button type=\"submit\">搜索</button></form>");
        if (q.isEmpty()) {
            Layout.write(resp, 200, "搜索 Search", b.toString(), null);
            return;
        }
        if (q.length() > 200) {
            Layout.error(resp, 400, "搜索词太长 The search text is too long (at most 200 characters)");
            return;
        }
        Binding words = Binding.builder().add(Var.alloc("words"), NodeFactory.createLiteralString(QueryParserBase.escape(q))).build();
        List<Binding> rows;
        try {
            rows = site.select(QUERY, words);
        } catch (QueryBound.Stopped | QueryCancelledException e) {
            Layout.error(resp, 503, "搜索超时 The search took too long: " + e.getMessage());
            return;
        }
        // One row per entity: an evidence hit counts for the entity quoting it.
        Map<Node, Binding> hits = new LinkedHashMap<>();
        for (Binding r : rows) {
            Node entity = r.get("owner") != null ? r.get("owner") : r.get("s");
            hits.putIfAbsent(entity, r);
        }
        b.append("<p>").append(hits.size()).append(" 个结果 <small>results for</small> “").append(Html.text(q)).append("”</p>");
        b.append("<ol class=\"hits\">");
        String body = site.bounded(h -> Txn.calculateRead(site.dataset(), () -> {
            StringBuilder out = new StringBuilder();
            for (Map.Entry<Node, Binding> e : hits.entrySet()) {
                if (h.cancelled()) {
                    break; // the bound has answered 503 already
                }
                Node entity = e.getKey();
                Binding r = e.getValue();
                out.append("<li>").append(render.term(entity));
                Node type = Description.one(site.dataset(), entity, org.policykg.rdf.Vocab.type);
                if (type != null) {
                    out.append(" <span class=\"type\">").append(Html.text(site.label(type))).append("</span>");
                }
                Node lit = r.get("lit");
                if (lit != null && lit.isLiteral()) {
                    out.append("<div class=\"snippet\">").append(Html.text(snippet(lit.getLiteralLexicalForm()))).append("</div>");
                }
                out.append("</li>");
            }
            return out.toString();
        }));
        b.append(body).append("</ol>");
        Layout.write(resp, 200, "搜索 " + q, b.toString(), null);
    }

    private static String snippet(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
