package org.policykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.policykg.query.QueryRunner;
import org.policykg.query.SavedQuery;

/**
 * The saved queries: a list at /queries, and a page per query at /queries/NAME with
 * the question, the SPARQL, a form for its parameters, the result table and a chart.
 * /queries/NAME.rq is the query text itself.
 */
final class QueryServlet extends HttpServlet {
    private final Site site;
    private final Render render;

    QueryServlet(Site site) {
        this.site = site;
        this.render = new Render(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = ResourceServlet.decodedPath(req);
        if (path.equals("/queries") || path.equals("/queries/")) {
            list(resp);
            return;
        }
        String name = path.substring("/queries/".length());
        boolean raw = name.endsWith(".rq");
        Download.Format format = Download.Format.of(name);
        if (format != null) {
            Optional<SavedQuery> c = site.queries().get(format.strip(name));
            if (c.isEmpty()) {
                Layout.error(resp, 404, "没有这个查询 No saved query of that name");
                return;
            }
            SavedQueryPages.download(site, c.get(), format, req, resp);
            return;
        }
        Optional<SavedQuery> q = site.queries().get(raw ? name.substring(0, name.length() - 3) : name);
        if (q.isEmpty()) {
            Layout.error(resp, 404, "没有这个查询 No saved query of that name");
            return;
        }
        if (raw) {
            byte[] bytes = q.get().sparql().getBytes(StandardCharsets.UTF_8);
            resp.setContentType("application/sparql-query; charset=utf-8");
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
            return;
        }
        page(req, resp, q.get());
    }

    private void list(HttpServletResponse resp) throws IOException {
        StringBuilder b = new StringBuilder("<h1>保存的查询 <small>Saved queries</small></h1><table class=\"data\"><thead>"
                + "<tr><th>查询 Query</th><th>问题 Question</th></tr></thead><tbody>");
        for (SavedQuery q : site.queries().all()) {
            b.append("<tr><td><a href=\"/queries/").append(Html.pathSegment(q.name(), false)).append("\">")
                    .append(Html.text(q.titleZh())).append("</a><br><small>").append(Html.text(q.titleEn()))
                    .append("</small></td><td>").append(Html.text(q.questionZh())).append("<br><small>")
                    .append(Html.text(q.questionEn())).append("</small></td></tr>");
        }
        b.append("</tbody></table>");
        Layout.write(resp, 200, "保存的查询 Saved queries", b.toString(), null);
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, SavedQuery q) throws IOException {
        Map<String, String> args = new LinkedHashMap<>();
        for (SavedQuery.Param p : q.params()) {
            String v = req.getParameter(p.name());
            if (v != null && !v.isBlank()) {
                args.put(p.name(), v.strip());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.text(q.titleZh())).append(" <small>").append(Html.text(q.titleEn())).append("</small></h1>")
                .append("<p class=\"question\">").append(Html.text(q.questionZh())).append("<br><small>")
                .append(Html.text(q.questionEn())).append("</small></p>");
        b.append("<form class=\"params\" method=\"get\" action=\"/queries/").append(Html.pathSegment(q.name(), false)).append("\">");
        for (SavedQuery.Param p : q.params()) {
            String id = "param-" + p.name();
            b.append("<label for=\"").append(Html.attr(id)).append("\">").append(Html.text(p.descriptionZh().isEmpty()
                    ? p.name() : p.descriptionZh())).append(" <small>").append(Html.text(p.descriptionEn())).append(" (")
                    .append(Html.text(p.datatype())).append(")</small></label><input id=\"").append(Html.attr(id))
                    .append("\" name=\"").append(Html.attr(p.name())).append("\" value=\"")
                    .append(Html.attr(args.getOrDefault(p.name(), p.defaultValue() == null ? "" : p.defaultValue())))
                    .append("\"").append(SavedQueryPages.picker(site, p, id)).append(">");
        }
        b.append("<button type=\"submit\" id=\"run\">运行 Run</button> <a href=\"/editor?saved=")
                .append(Html.queryValue(q.name())).append("\">在编辑器中打开 Open in the editor</a> · <a href=\"/queries/")
                .append(Html.pathSegment(q.name(), false)).append(".rq\">.rq</a> · <a class=\"export\" href=\"")
                .append(Html.url(SavedQueryPages.href(q, args, Download.Format.CSV))).append("\">CSV</a> · <a class=\"export xlsx\" href=\"")
                .append(Html.url(SavedQueryPages.href(q, args, Download.Format.XLSX))).append("\">Excel</a></form>")
                .append(SavedQueryPages.datalists(site, q));

        int status = 200;
        String data = null;
        StringBuilder results = new StringBuilder();
        try {
            // Parameters are bound as terms (QueryRunner.bind) and the query runs under the server's bound,
            // as do the labels and the chart built from its rows.
            Site.Rows rows = site.rows(q.sparql(), QueryRunner.bind(q, args));
            List<Var> vars = rows.vars();
            List<Binding> all = rows.rows();
            String[] built = site.bounded(h -> Txn.calculateRead(site.dataset(), () -> {
                StringBuilder t = new StringBuilder();
                table(t, vars, all);
                return new String[] {t.toString(), q.chart() == null ? null : chartData(q.chart(), all)};
            }));
            results.append(built[0]);
            if (q.chart() != null) {
                data = built[1];
                results.insert(0, "<div id=\"chart\" class=\"chart\" role=\"img\" aria-label=\"chart\"></div>");
            }
            results.insert(0, "<h2>结果 <small>Results</small> (" + all.size() + ")</h2>");
        } catch (IllegalArgumentException e) {
            status = 400;
            results.setLength(0);
            results.append("<p class=\"error\">").append(Html.text(e.getMessage())).append("</p>");
        } catch (QueryBound.Stopped | QueryCancelledException e) {
            status = 503;
            results.setLength(0);
            results.append("<p class=\"error\">查询超时 The query took longer than ").append(site.timeoutMillis() / 1000)
                    .append(" s and was stopped</p>");
        }
        b.append(results);
        b.append("<h2>SPARQL</h2><pre class=\"sparql\">").append(Html.text(q.sparql())).append("</pre>");
        Layout.write(resp, status, q.titleZh(), b.toString(), data, "/assets/lib/echarts/echarts.min.js", "/assets/query.js");
    }

    /** Literals longer than this are folded in result tables. */
    static final int FOLD_CHARS = 60;

    private void table(StringBuilder b, List<Var> vars, List<Binding> rows) {
        b.append("<div class=\"scroll\"><table class=\"data results\"><thead><tr>");
        for (Var v : vars) {
            b.append("<th>").append(Columns.html(v.getVarName())).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (Binding r : rows) {
            b.append("<tr>");
            for (Var v : vars) {
                Node n = r.get(v);
                String cell = render.term(n);
                if (n != null && n.isLiteral() && n.getLiteralLexicalForm().length() > FOLD_CHARS) {
                    // a quote column would stretch its row to dozens of lines: fold to three until focused (site.css)
                    cell = "<span class=\"quote\" tabindex=\"0\">" + cell + "</span>";
                }
                b.append(Render.isNumber(n) ? "<td class=\"num\">" : "<td>").append(cell).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div>");
    }

    /** Whether the chart's series are things that must not share an axis: units, or cap periods. */
    static boolean seriesApart(SavedQuery.Chart c) {
        return c.series() != null && c.series().toLowerCase(java.util.Locale.ROOT).matches("(unit|capperiod)(label)?");
    }

    /** The chart's rows as JSON for /assets/query.js: category and series as labels, value as a number. */
    private String chartData(SavedQuery.Chart c, List<Binding> rows) {
        StringBuilder j = new StringBuilder("{\"kind\":").append(Html.jsonString(c.kind()))
                .append(",\"valueName\":").append(Html.jsonString(Columns.text(c.value())))
                // Series that are units (元, %, FLOPS) or cap periods (per year, per project) are never
                // compared on one axis: the chart draws a panel for each.
                .append(",\"seriesApart\":").append(seriesApart(c))
                .append(",\"rows\":[");
        int n = 0;
        for (Binding r : rows) {
            Node cat = r.get(Var.alloc(c.category()));
            Node val = r.get(Var.alloc(c.value()));
            if (cat == null || val == null || !Render.isNumber(val)) {
                continue;
            }
            Node ser = c.series() == null ? null : r.get(Var.alloc(c.series()));
            j.append(n++ > 0 ? "," : "").append("{\"category\":").append(Html.jsonString(site.label(cat)))
                    .append(",\"value\":").append(new java.math.BigDecimal(val.getLiteralLexicalForm()).toPlainString())
                    .append(",\"series\":").append(ser == null ? "null" : Html.jsonString(site.label(ser))).append("}");
        }
        return j.append("]}").toString();
    }
}
