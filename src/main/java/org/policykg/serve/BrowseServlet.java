package org.policykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;

/**
 * Index pages a researcher starts from without SPARQL: /browse/policies, /agencies,
 * /companies, /regions, /targets, each filtered by facets in the query string
 * (one value per facet, in a fixed order, so a filtered list has one shareable address),
 * with the count per facet value, the true total, paging, and the same rows as CSV at
 * /browse/KIND.csv and .xlsx.
 */
final class BrowseServlet extends HttpServlet {
    static final int PAGE_SIZE = 50;

    private final Site site;
    private final Render render;
    private final Map<String, BrowseIndex> indexes = new ConcurrentHashMap<>();
    private volatile BrowseIndex.RegionTree regions;

    BrowseServlet(Site site) {
        this.site = site;
        this.render = new Render(site);
    }

    BrowseIndex index(BrowseIndex.Kind k) {
        return indexes.computeIfAbsent(k.name(), n -> Txn.calculateRead(site.dataset(), () -> {
            if (regions == null) {
                regions = BrowseIndex.regionTree(site);
            }
            return new BrowseIndex(site, k, regions);
        }));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = ResourceServlet.pathOr400(req, resp);
        if (path == null) {
            return;
        }
        if (path.equals("/browse") || path.equals("/browse/")) {
            overview(resp);
            return;
        }
        String name = path.substring("/browse/".length());
        Download.Format format = Download.Format.of(name);
        BrowseIndex.Kind kind = BrowseIndex.kind(format != null ? format.strip(name) : name);
        if (kind == null) {
            Layout.error(resp, 404, "没有这个列表 No such list");
            return;
        }
        BrowseIndex index = index(kind);
        Map<String, String> chosen = new LinkedHashMap<>();
        for (BrowseIndex.Facet f : kind.facets()) {
            String v = req.getParameter(f.param());
            if (v != null && !v.isBlank()) {
                chosen.put(f.param(), v.strip());
            }
        }
        List<BrowseIndex.Entry> rows = index.filter(chosen);
        if (format != null) {
            Download.write(resp, format, kind.name(), Txn.calculateRead(site.dataset(), () -> downloadRows(index, rows)));
            return;
        }
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = 1;
        try {
            page = Integer.parseInt(req.getParameter("page") == null ? "1" : req.getParameter("page"));
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (page < 1 || page > pages) {
            Layout.error(resp, 404, "没有这一页 No such page (1–" + pages + ")");
            return;
        }
        int p = page;
        String body = Txn.calculateRead(site.dataset(), () -> page(index, chosen, rows, p, pages));
        Layout.write(resp, 200, kind.zh() + " " + kind.en(), body, null);
    }

    private void overview(HttpServletResponse resp) throws IOException {
        StringBuilder b = new StringBuilder("<h1>浏览 <small>Browse</small></h1><ul class=\"kinds\">");
        for (BrowseIndex.Kind k : BrowseIndex.KINDS) {
            b.append("<li><a href=\"/browse/").append(k.name()).append("\">").append(Html.text(k.zh())).append(" <small>")
                    .append(Html.text(k.en())).append("</small></a> <span class=\"count\">")
                    .append(String.format("%,d", index(k).entries.size())).append("</span></li>");
        }
        b.append("</ul>");
        Layout.write(resp, 200, "浏览 Browse", b.toString(), null);
    }

    /** The address of a list with these facet values (in the kind's facet order) and page. */
    static String href(BrowseIndex.Kind kind, Map<String, String> chosen, int page) {
        StringBuilder b = new StringBuilder("/browse/").append(kind.name());
        char sep = '?';
        for (BrowseIndex.Facet f : kind.facets()) {
            String v = chosen.get(f.param());
            if (v != null) {
                b.append(sep).append(f.param()).append('=').append(Html.queryValue(v));
                sep = '&';
            }
        }
        if (page > 1) {
            b.append(sep).append("page=").append(page);
        }
        return b.toString();
    }

    private static Map<String, String> with(Map<String, String> chosen, String param, String value) {
        Map<String, String> m = new LinkedHashMap<>(chosen);
        if (value == null) {
            m.remove(param);
        } else {
            m.put(param, value);
        }
        return m;
    }

    private String valueLabel(BrowseIndex index, String param, String token) {
        if (token.equals(BrowseIndex.NO_YEAR)) {
            return "年份不详 no year";
        }
        Node n = index.nodes.getOrDefault(param, Map.of()).get(token);
        return n == null ? token : site.label(n);
    }

    private String page(BrowseIndex index, Map<String, String> chosen, List<BrowseIndex.Entry> rows, int page, int pages) {
        BrowseIndex.Kind kind = index.kind;
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.text(kind.zh())).append(" <small>").append(Html.text(kind.en())).append("</small></h1>");
        b.append("<p class=\"total\">共 <strong id=\"total\">").append(String.format("%,d", rows.size())).append("</strong> 项")
                .append(" <small>").append(rows.size()).append(" in all");
        if (!chosen.isEmpty()) {
            b.append(", of ").append(index.entries.size());
        }
        b.append("</small>");
        for (Map.Entry<String, String> c : chosen.entrySet()) {
            b.append(" <a class=\"chip\" title=\"取消 remove\" href=\"").append(Html.url(href(kind, with(chosen, c.getKey(), null), 1)))
                    .append("\">").append(Html.text(valueLabel(index, c.getKey(), c.getValue()))).append(" ×</a>");
        }
        for (Download.Format f : Download.Format.values()) {
            b.append(" · <a class=\"export\" href=\"").append(Html.url(href(kind, chosen, 1).replaceFirst("^/browse/" + kind.name(),
                    "/browse/" + kind.name() + f.suffix))).append("\">").append(f == Download.Format.CSV ? "CSV" : "Excel").append("</a>");
        }
        b.append("</p>");
        b.append("<div class=\"browse\"><aside class=\"facets\">");
        for (BrowseIndex.Facet f : kind.facets()) {
            facet(b, index, f, chosen, rows);
        }
        b.append("</aside><section class=\"results\"><div class=\"scroll\"><table class=\"data\"><thead><tr><th>")
                .append(Html.text(kind.zh())).append(" <small>").append(Html.text(kind.en())).append("</small></th>");
        for (BrowseIndex.Facet f : kind.facets()) {
            b.append("<th>").append(Html.text(f.zh())).append(" <small>").append(Html.text(f.en())).append("</small></th>");
        }
        b.append("</tr></thead><tbody>");
        int from = (page - 1) * PAGE_SIZE;
        for (BrowseIndex.Entry e : rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE))) {
            b.append("<tr><td>").append(render.link(e.node())).append("</td>");
            for (BrowseIndex.Facet f : kind.facets()) {
                b.append("<td>");
                Set<String> vs = e.values().get(f.param());
                if (vs != null) {
                    int k = 0;
                    for (String t : shown(index, f, vs)) {
                        b.append(k++ > 0 ? "、" : "").append(Html.text(valueLabel(index, f.param(), t)));
                    }
                }
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div>");
        if (pages > 1) {
            b.append("<nav class=\"pager\">第 ").append(page).append(" / ").append(pages).append(" 页 <small>page</small> ");
            if (page > 1) {
                b.append("<a rel=\"prev\" href=\"").append(Html.url(href(kind, chosen, page - 1))).append("\">← 上一页</a> ");
            }
            if (page < pages) {
                b.append("<a rel=\"next\" href=\"").append(Html.url(href(kind, chosen, page + 1))).append("\">下一页 →</a>");
            }
            b.append("</nav>");
        }
        b.append("</section></div>");
        return b.toString();
    }

    /** A region cell shows the entity's own region, not the provinces it was widened to. */
    private static List<String> shown(BrowseIndex index, BrowseIndex.Facet f, Set<String> vs) {
        if (!f.region()) {
            return List.copyOf(vs);
        }
        List<String> own = new ArrayList<>();
        for (String v : vs) {
            boolean isAncestor = false;
            for (String w : vs) {
                if (!w.equals(v) && isWithin(index, w, v)) {
                    isAncestor = true;
                    break;
                }
            }
            if (!isAncestor) {
                own.add(v);
            }
        }
        return own;
    }

    private static boolean isWithin(BrowseIndex index, String child, String ancestor) {
        for (String p = index.regions.parent().get(child); p != null; p = index.regions.parent().get(p)) {
            if (p.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private void facet(StringBuilder b, BrowseIndex index, BrowseIndex.Facet f, Map<String, String> chosen,
                       List<BrowseIndex.Entry> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        for (BrowseIndex.Entry e : rows) {
            for (String v : e.values().getOrDefault(f.param(), Set.of())) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        String selected = chosen.get(f.param());
        if (f.region()) {
            // Province → city → district: show the chosen region's path and its parts, not all 3,000 regions.
            Map<String, Integer> level = new TreeMap<>();
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                String parent = index.regions.parent().get(c.getKey());
                boolean top = parent == null || index.regions.parent().get(parent) == null && selected == null;
                if (selected == null ? top : selected.equals(parent)) {
                    level.put(c.getKey(), c.getValue());
                }
            }
            counts = level;
        }
        if (counts.isEmpty() && selected == null) {
            return;
        }
        b.append("<section class=\"facet\" data-facet=\"").append(Html.attr(f.param())).append("\"><h3>").append(Html.text(f.zh()))
                .append(" <small>").append(Html.text(f.en())).append("</small></h3>");
        if (selected != null) {
            List<String> path = new ArrayList<>();
            if (f.region()) {
                for (String p = index.regions.parent().get(selected); p != null; p = index.regions.parent().get(p)) {
                    path.add(0, p);
                }
            }
            b.append("<p class=\"chosen\"><a href=\"").append(Html.url(href(index.kind, with(chosen, f.param(), null), 1)))
                    .append("\">全部 all</a>");
            for (String p : path) {
                b.append(" › <a href=\"").append(Html.url(href(index.kind, with(chosen, f.param(), p), 1))).append("\">")
                        .append(Html.text(valueLabel(index, f.param(), p))).append("</a>");
            }
            b.append(" › <strong>").append(Html.text(valueLabel(index, f.param(), selected))).append("</strong></p>");
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        if (f.param().equals("year")) {
            sorted.sort(Map.Entry.<String, Integer>comparingByKey().reversed()); // newest first, "unknown" on top
        } else {
            sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(e -> valueLabel(index, f.param(), e.getKey())));
        }
        b.append("<ul>");
        for (Map.Entry<String, Integer> c : sorted) {
            if (c.getKey().equals(selected)) {
                continue;
            }
            b.append("<li><a href=\"").append(Html.url(href(index.kind, with(chosen, f.param(), c.getKey()), 1))).append("\">")
                    .append(Html.text(valueLabel(index, f.param(), c.getKey()))).append("</a> <span class=\"count\">")
                    .append(c.getValue()).append("</span></li>");
        }
        b.append("</ul></section>");
    }

    private List<List<Download.Cell>> downloadRows(BrowseIndex index, List<BrowseIndex.Entry> rows) {
        List<List<Download.Cell>> out = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(index.kind.zh() + " " + index.kind.en(), "IRI"));
        for (BrowseIndex.Facet f : index.kind.facets()) {
            head.add(f.zh() + " " + f.en());
        }
        out.add(Download.texts(head));
        for (BrowseIndex.Entry e : rows) {
            List<String> r = new ArrayList<>(List.of(e.label(), e.node().getURI()));
            for (BrowseIndex.Facet f : index.kind.facets()) {
                List<String> labels = new ArrayList<>();
                for (String t : shown(index, f, e.values().getOrDefault(f.param(), Set.of()))) {
                    labels.add(valueLabel(index, f.param(), t));
                }
                r.add(String.join("; ", labels));
            }
            out.add(Download.texts(r));
        }
        return out;
    }
}
