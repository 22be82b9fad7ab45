package org.policykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.policykg.query.SavedQuery;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.store.GraphStats;

/**
 * The home page: what the graph holds (entities per class in the document graphs,
 * policies by region and year as a table and a chart), the search box, the saved
 * queries and the way to the SPARQL editor. The store is fixed while the server
 * runs, so the page is made once; its counts are read from what the store kept as it was
 * built and updated ({@link GraphStats}), not counted over the whole graph at the first request.
 */
final class HomeServlet extends HttpServlet {
    private static final String[][] CLASSES = {
        {"Policy", "政策", "policies"}, {"Report", "报告", null}, {"Target", "目标", "targets"}, {"Measure", "措施", null},
        {"Agency", "机构", "agencies"}, {"Company", "企业", "companies"}, {"Region", "地区", "regions"},
        {"Document", "文档", null}, {"Evidence", "证据", null},
    };

    private final Site site;
    private volatile String body;
    private volatile String data;

    HomeServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.equals("/") && !path.equals("/index.html")) {
            Layout.error(resp, 404, "没有这个页面 No such page");
            return;
        }
        if (body == null) {
            Txn.executeRead(site.dataset(), this::build);
        }
        Layout.write(resp, 200, "PolicyKG 政策知识图谱", body, data, "/assets/lib/echarts/echarts.min.js", "/assets/home.js");
    }

    private synchronized void build() {
        if (body != null) {
            return;
        }
        Render render = new Render(site);
        StringBuilder b = new StringBuilder();
        b.append("<h1>PolicyKG 政策知识图谱</h1><p class=\"lead\">中国数字经济政策：目标、措施、机构、企业，每条事实都附原文证据。")
                .append("<br><small>Chinese digital-economy policies as a knowledge graph; every fact quotes its source.</small></p>");
        b.append("<form class=\"search big\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" ")
                .append("placeholder=\"例如：算力券、元宇宙、数据要素\" aria-label=\"搜索 Search\"><button type=\"submit\">搜索 Search</button></form>");

        GraphStats.Totals figures = figures(site);
        b.append("<h2>图谱内容 <small>What the graph holds</small></h2><table class=\"data counts\"><tbody>");
        for (String[] c : CLASSES) {
            long n = figures.entities().getOrDefault(POL.NS + c[0], 0L);
            String shown = Html.text(c[1]) + " <small>" + Html.text(c[0]) + "</small>";
            b.append("<tr><th>").append(c[2] == null ? shown : "<a href=\"/browse/" + c[2] + "\">" + shown + "</a>")
                    .append("</th><td class=\"num\">")
                    .append(c[2] == null ? String.format("%,d", n) : "<a href=\"/browse/" + c[2] + "\">" + String.format("%,d", n) + "</a>")
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");

        // policies by region and year (regions by label: two regions of one name share a row, as before)
        Map<String, Map<String, Integer>> byRegion = new TreeMap<>();
        TreeSet<String> years = new TreeSet<>();
        Map<String, String> regionLinks = new LinkedHashMap<>();
        Map<String, String> regionTokens = new LinkedHashMap<>();
        figures.policies().forEach((iri, counts) -> {
            Node r = NodeFactory.createURI(iri);
            String label = site.label(r);
            regionLinks.putIfAbsent(label, render.link(r));
            regionTokens.putIfAbsent(label, BrowseIndex.token(r));
            years.addAll(counts.keySet());
            counts.forEach((year, n) -> byRegion.computeIfAbsent(label, k -> new TreeMap<>()).merge(year, n, Integer::sum));
        });
        b.append("<h2>各地区政策（按年份）<small>Policies by region and year</small></h2>")
                .append("<div id=\"chart-regions\" class=\"chart\" role=\"img\" aria-label=\"policies by region and year\"></div>")
                .append("<table class=\"data\"><thead><tr><th>地区 Region</th>");
        for (String y : years) {
            b.append("<th>").append(Html.text(yearLabel(y))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        StringBuilder json = new StringBuilder("{\"years\":[");
        List<String> ys = new ArrayList<>(years);
        for (int i = 0; i < ys.size(); i++) {
            json.append(i > 0 ? "," : "").append("{\"token\":").append(Html.jsonString(ys.get(i))).append(",\"name\":")
                    .append(Html.jsonString(yearLabel(ys.get(i)))).append("}");
        }
        json.append("],\"regions\":[");
        int k = 0;
        for (Map.Entry<String, Map<String, Integer>> e : byRegion.entrySet()) {
            b.append("<tr><th>").append(regionLinks.get(e.getKey())).append("</th>");
            String token = regionTokens.get(e.getKey());
            json.append(k++ > 0 ? "," : "").append("{\"name\":").append(Html.jsonString(e.getKey())).append(",\"token\":")
                    .append(Html.jsonString(token)).append(",\"counts\":[");
            for (int i = 0; i < ys.size(); i++) {
                int n = e.getValue().getOrDefault(ys.get(i), 0);
                b.append("<td class=\"num\">").append(n == 0 ? "" : "<a href=\"" + Html.url(BrowseServlet.href(
                        BrowseIndex.kind("policies"), Map.of("region", token, "year", ys.get(i)), 1)) + "\">" + n + "</a>")
                        .append("</td>");
                json.append(i > 0 ? "," : "").append(n);
            }
            json.append("]}");
            b.append("</tr>");
        }
        json.append("]}");
        b.append("</tbody></table>");

        b.append("<h2>保存的查询 <small>Saved queries</small></h2><ul class=\"queries\">");
        for (SavedQuery sq : site.queries().all()) {
            b.append("<li><a href=\"/queries/").append(Html.pathSegment(sq.name(), false)).append("\">")
                    .append(Html.text(sq.titleZh())).append("</a> <small>").append(Html.text(sq.titleEn())).append("</small></li>");
        }
        b.append("</ul><p><a href=\"/editor\">在 SPARQL 编辑器中自己写查询 · Write your own in the SPARQL editor</a>")
                .append(" · <a href=\"/dumps\">下载全部数据 · Download the graph</a></p>");
        data = json.toString();
        body = b.toString();
    }

    /** A year column's heading: undated policies are counted under their own heading, not dropped. */
    private static String yearLabel(String y) {
        return y.equals(BrowseIndex.NO_YEAR) ? "年份不详 no year" : y;
    }

    /**
     * The figures the page shows: kept with the store when it has them ({@link GraphStats},
     * counted as it was built and updated), else counted here by SPARQL (a remote endpoint).
     */
    static GraphStats.Totals figures(Site site) {
        try {
            var kept = site.store().stats(BrowseIndex.NO_YEAR);
            if (kept.isPresent()) {
                return kept.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bySparql(site);
    }

    /**
     * The same figures by SPARQL over the store: entities of a class that some document says
     * something about (a region of the gazetteer counts once a document mentions it), and
     * policies by jurisdiction and year, a policy with several counted once under the least of each.
     */
    static GraphStats.Totals bySparql(Site site) {
        Map<String, Long> entities = new TreeMap<>();
        for (String[] c : CLASSES) {
            String q = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + POL.NS + c[0] + "> . "
                    + "FILTER EXISTS { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + Iris.GRAPH + "document/\")) } }";
            List<Binding> rows = site.select(q, null);
            long n = rows.isEmpty() ? 0 : Long.parseLong(rows.get(0).get("n").getLiteralLexicalForm());
            if (n > 0) {
                entities.put(POL.NS + c[0], n);
            }
        }
        // IF(BOUND(..)): Virtuoso raises an error for YEAR of an unbound ?issued, where SPARQL leaves it unbound.
        String q = "PREFIX pol: <" + POL.NS + ">\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
                + "SELECT ?r ?p (COALESCE(IF(BOUND(?issued), STR(YEAR(?issued)), ?none), STR(?start), \"" + BrowseIndex.NO_YEAR + "\") AS ?year) WHERE {\n"
                + "  ?p a pol:Policy ; pol:jurisdiction ?r .\n"
                + "  OPTIONAL { ?p dcterms:issued ?issued } OPTIONAL { ?p pol:startYear ?start } }";
        Map<String, String[]> least = new HashMap<>(); // policy -> {region, year}
        for (Binding row : site.select(q, null)) {
            String r = row.get("r").isURI() ? row.get("r").getURI() : row.get("r").toString();
            String year = row.get("year").getLiteralLexicalForm();
            least.merge(row.get("p").toString(), new String[] {r, year}, (a, b) -> new String[] {
                a[0].compareTo(b[0]) <= 0 ? a[0] : b[0], a[1].compareTo(b[1]) <= 0 ? a[1] : b[1]});
        }
        Map<String, Map<String, Integer>> policies = new TreeMap<>();
        for (String[] ry : least.values()) {
            policies.computeIfAbsent(ry[0], k -> new TreeMap<>()).merge(ry[1], 1, Integer::sum);
        }
        return new GraphStats.Totals(entities, policies);
    }
}
