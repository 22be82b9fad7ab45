package org.policykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

/**
 * Regions side by side at /compare?region=310000&region=440300 (two to six): their
 * policies by year, type and theme, targets by theme and grouped by unit (so only like is compared with like),
 * support caps (largest amount and share), agencies and the dates of their policies.
 * A region includes its parts, as in /browse. Below, a map of China coloured by a chosen
 * measure ({@link ChinaMap}, drawn by assets/compare.js).
 */
final class CompareServlet extends HttpServlet {
    static final int MAX_REGIONS = 6;
    private static final Node ISSUED = NodeFactory.createURI(Vocab.DCTERMS + "issued");

    private final Site site;
    private final Render render;
    private final BrowseServlet browse;

    CompareServlet(Site site, BrowseServlet browse) {
        this.site = site;
        this.render = new Render(site);
        this.browse = browse;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        BrowseIndex policies = browse.index(BrowseIndex.kind("policies"));
        BrowseIndex targets = browse.index(BrowseIndex.kind("targets"));
        BrowseIndex agencies = browse.index(BrowseIndex.kind("agencies"));
        List<String> chosen = new ArrayList<>(new LinkedHashSet<>(List.of(
                req.getParameterValues("region") == null ? new String[0] : req.getParameterValues("region"))));
        chosen.removeIf(String::isBlank);
        if (chosen.size() > MAX_REGIONS) {
            Layout.error(resp, 400, "最多比较 " + MAX_REGIONS + " 个地区 At most " + MAX_REGIONS + " regions");
            return;
        }
        for (String r : chosen) {
            if (!policies.regions.node().containsKey(r) && !policies.nodes.getOrDefault("region", Map.of()).containsKey(r)) {
                Layout.error(resp, 404, "没有这个地区 No such region: " + r);
                return;
            }
        }
        String measure = req.getParameter("measure");
        boolean cities = "city".equals(req.getParameter("level"));
        String[] built = Txn.calculateRead(site.dataset(), () -> {
            List<ChinaMap.Measure> measures = ChinaMap.measures(site, policies, targets);
            return new String[] {page(policies, targets, agencies, chosen) + map(measures, measure, cities),
                    ChinaMap.json(site, policies, measures, MAX_REGIONS)};
        });
        Layout.write(resp, 200, "比较 Compare", built[0], built[1], "/assets/lib/echarts/echarts.min.js", "/assets/compare.js");
    }

    /** The map's controls and its box; compare.js draws it from the page data. */
    private static String map(List<ChinaMap.Measure> measures, String measure, boolean cities) {
        StringBuilder b = new StringBuilder("<section class=\"map\"><h2>地图 <small>Map</small></h2><form class=\"params map\">")
                .append("<label for=\"map-measure\">按 <small>Colour by</small></label><select id=\"map-measure\">");
        for (ChinaMap.Measure m : measures) {
            b.append("<option value=\"").append(Html.attr(m.key())).append("\"").append(m.key().equals(measure) ? " selected" : "")
                    .append(">").append(Html.text(m.zh() + " " + m.en())).append("</option>");
        }
        b.append("</select><label for=\"map-level\">层级 <small>Level</small></label><select id=\"map-level\">")
                .append("<option value=\"province\"").append(cities ? "" : " selected").append(">省级 Provinces</option>")
                .append("<option value=\"city\"").append(cities ? " selected" : "").append(">地市 Cities</option></select>")
                .append("<small>点击地区加入比较 Click a region to add it to the comparison</small></form>")
                .append("<div id=\"map\" class=\"chart map\" role=\"img\" aria-label=\"map of China\"></div></section>");
        return b.toString();
    }

    private Node region(BrowseIndex index, String token) {
        Node n = index.nodes.getOrDefault("region", Map.of()).get(token);
        return n != null ? n : index.regions.node().get(token);
    }

    private String page(BrowseIndex policies, BrowseIndex targets, BrowseIndex agencies, List<String> chosen) {
        StringBuilder b = new StringBuilder("<h1>比较地区 <small>Compare regions</small></h1>");
        // the form: every region some policy applies to, provinces and cities alike
        Map<String, Integer> withPolicies = new TreeMap<>();
        for (BrowseIndex.Entry e : policies.entries) {
            for (String r : e.values().getOrDefault("region", Set.of())) {
                withPolicies.merge(r, 1, Integer::sum);
            }
        }
        b.append("<form class=\"params compare\" method=\"get\" action=\"/compare\">");
        for (int i = 0; i < Math.max(2, chosen.size() + 1) && i < MAX_REGIONS; i++) {
            String sel = i < chosen.size() ? chosen.get(i) : "";
            b.append("<label>地区 ").append(i + 1).append(" <select name=\"region\"><option value=\"\">—</option>");
            List<String> tokens = new ArrayList<>(withPolicies.keySet());
            tokens.sort(Comparator.comparing((String t) -> site.label(region(policies, t))));
            for (String t : tokens) {
                b.append("<option value=\"").append(Html.attr(t)).append("\"").append(t.equals(sel) ? " selected" : "").append(">")
                        .append(Html.text(site.label(region(policies, t)))).append(" (").append(withPolicies.get(t)).append(")</option>");
            }
            b.append("</select></label>");
        }
        b.append("<button type=\"submit\">比较 Compare</button></form>");
        if (chosen.size() < 2) {
            b.append("<p>选择两个或更多地区 <small>Choose two or more regions</small></p>");
            return b.toString();
        }
        b.append("<div class=\"scroll\"><table class=\"data compare\"><thead><tr><th></th>");
        for (String r : chosen) {
            b.append("<th>").append(render.link(region(policies, r))).append("</th>");
        }
        b.append("</tr></thead><tbody>");

        // policies: count, years, types, dates
        List<List<BrowseIndex.Entry>> ps = new ArrayList<>();
        for (String r : chosen) {
            ps.add(policies.filter(Map.of("region", r)));
        }
        row(b, "政策 <small>Policies</small>", ps, (r, list) -> "<a href=\"" + Html.url(BrowseServlet.href(policies.kind,
                Map.of("region", r), 1)) + "\">" + list.size() + "</a>", chosen);
        row(b, "按年份 <small>By year</small>", ps, (r, list) -> counts(policies, list, "year"), chosen);
        row(b, "类型 <small>Types</small>", ps, (r, list) -> counts(policies, list, "type"), chosen);
        row(b, "主题 <small>Themes</small>", ps, (r, list) -> counts(policies, list, "theme"), chosen);
        row(b, "发布日期 <small>Issued</small>", ps, (r, list) -> dates(list), chosen);

        // targets by unit: only like is compared with like
        List<List<BrowseIndex.Entry>> ts = new ArrayList<>();
        Set<String> units = new java.util.TreeSet<>();
        for (String r : chosen) {
            List<BrowseIndex.Entry> list = targets.filter(Map.of("region", r));
            ts.add(list);
            list.forEach(e -> units.addAll(e.values().getOrDefault("unit", Set.of())));
        }
        // targets by theme (their policy's): how many each region sets, each count a link to the list
        Set<String> themes = new java.util.TreeSet<>();
        ts.forEach(list -> list.forEach(e -> themes.addAll(e.values().getOrDefault("theme", Set.of()))));
        for (String t : themes) {
            Node theme = targets.nodes.getOrDefault("theme", Map.of()).get(t);
            row(b, "目标 <small>Targets</small>：" + Html.text(site.label(theme)) + " <small>(主题 theme)</small>", ts, (r, list) -> {
                long n = list.stream().filter(e -> e.values().getOrDefault("theme", Set.of()).contains(t)).count();
                return n == 0 ? "—" : "<a class=\"theme\" href=\"" + Html.url(BrowseServlet.href(targets.kind,
                        Map.of("region", r, "theme", t), 1)) + "\">" + n + "</a>";
            }, chosen);
        }
        for (String u : units) {
            Node unit = targets.nodes.getOrDefault("unit", Map.of()).get(u);
            row(b, "目标 <small>Targets</small>：" + Html.text(site.label(unit)), ts, (r, list) -> targetList(list, u), chosen);
        }

        // support caps, a row per cap period: a cap per year is not compared with one per project
        Set<String> periods = new java.util.TreeSet<>(Comparator.comparing((String x) -> x.isEmpty()).thenComparing(x -> x));
        for (List<BrowseIndex.Entry> list : ps) {
            for (Offer o : supports(list)) {
                Node period = Description.one(site.dataset(), o.support(), POL.capPeriod);
                periods.add(period == null ? "" : period.getURI());
            }
        }
        for (String period : periods) {
            String name = period.isEmpty() ? "未说明周期 <small>no period stated</small>"
                    : Html.text(site.label(NodeFactory.createURI(period)));
            row(b, "最高支持金额 <small>Largest cap</small>（" + name + "）", ps, (r, list) -> cap(list, POL.maxAmount, "unit-CNY", period), chosen);
            row(b, "最高支持比例 <small>Highest share</small>（" + name + "）", ps, (r, list) -> cap(list, POL.maxRatio, "unit-percent", period), chosen);
        }

        // agencies
        List<List<BrowseIndex.Entry>> as = new ArrayList<>();
        for (String r : chosen) {
            as.add(agencies.filter(Map.of("region", r)));
        }
        row(b, "机构 <small>Agencies</small>", as, (r, list) -> "<a href=\"" + Html.url(BrowseServlet.href(agencies.kind,
                Map.of("region", r), 1)) + "\">" + list.size() + "</a>" + names(list, 8), chosen);
        b.append("</tbody></table></div>");
        return b.toString();
    }

    private interface Cell {
        String html(String region, List<BrowseIndex.Entry> entries);
    }

    private static void row(StringBuilder b, String head, List<List<BrowseIndex.Entry>> lists, Cell cell, List<String> chosen) {
        b.append("<tr><th>").append(head).append("</th>");
        for (int i = 0; i < chosen.size(); i++) {
            b.append("<td>").append(cell.html(chosen.get(i), lists.get(i))).append("</td>");
        }
        b.append("</tr>");
    }

    private String counts(BrowseIndex index, List<BrowseIndex.Entry> list, String facet) {
        Map<String, Integer> n = new TreeMap<>(Comparator.reverseOrder());
        for (BrowseIndex.Entry e : list) {
            for (String v : e.values().getOrDefault(facet, Set.of())) {
                n.merge(v, 1, Integer::sum);
            }
        }
        StringBuilder b = new StringBuilder();
        n.forEach((v, c) -> {
            Node node = index.nodes.getOrDefault(facet, Map.of()).get(v);
            String label = v.equals(BrowseIndex.NO_YEAR) ? "年份不详" : node != null && node.isURI() ? site.label(node) : v;
            b.append(b.length() > 0 ? "、" : "").append(Html.text(label)).append(" ").append(c);
        });
        return b.toString();
    }

    private String dates(List<BrowseIndex.Entry> list) {
        List<String> ds = new ArrayList<>();
        for (BrowseIndex.Entry e : list) {
            Node d = Description.one(site.dataset(), e.node(), ISSUED);
            if (d != null) {
                ds.add(d.getLiteralLexicalForm());
            }
        }
        ds.sort(null);
        if (ds.isEmpty()) {
            return "—";
        }
        String undated = list.size() > ds.size() ? "（另有 " + (list.size() - ds.size()) + " 项无日期 undated）" : "";
        return Html.text(ds.get(0) + (ds.size() > 1 ? " – " + ds.get(ds.size() - 1) : "") + undated);
    }

    private String targetList(List<BrowseIndex.Entry> list, String unit) {
        StringBuilder b = new StringBuilder("<ul>");
        for (BrowseIndex.Entry e : list) {
            if (!e.values().getOrDefault("unit", Set.of()).contains(unit)) {
                continue;
            }
            Description t = Description.of(site.dataset(), e.node());
            String amount = Amounts.format(t.first(POL.value), t.first(POL.upperValue), t.first(POL.unit));
            if (amount == null) {
                BigDecimal v = Amounts.decimal(t.first(POL.value));
                BigDecimal up = Amounts.decimal(t.first(POL.upperValue));
                Node u = t.first(POL.unit);
                amount = (v == null ? "" : Amounts.plain(v)) + (up == null ? "" : "–" + Amounts.plain(up))
                        + (t.first(POL.counter) != null ? " " + t.first(POL.counter).getLiteralLexicalForm()
                        : u != null && !Site.localName(u).equals("unit-count") ? " " + site.label(u) : "");
            }
            Node deadline = t.first(POL.deadline);
            b.append("<li><a href=\"").append(Html.url(site.path(e.node().getURI()))).append("\">")
                    .append(Html.text(t.first(POL.metric) == null ? e.label() : t.first(POL.metric).getLiteralLexicalForm()))
                    .append("</a> ").append(Html.text(amount))
                    .append(deadline == null ? "" : " <small>(" + Html.text(deadline.getLiteralLexicalForm()) + ")</small>").append("</li>");
        }
        return b.append("</ul>").toString();
    }

    /** An offer of money and the measure that makes it. */
    private record Offer(Node measure, Node support) {
    }

    /** The offers of money (pol:Support) of the policies' measures. */
    private List<Offer> supports(List<BrowseIndex.Entry> policies) {
        List<Offer> out = new ArrayList<>();
        for (BrowseIndex.Entry p : policies) {
            List<Node> measures = new ArrayList<>();
            Description.forEach(site.dataset(), p.node(), POL.hasMeasure, Node.ANY, q -> measures.add(q.getObject()));
            for (Node m : measures) {
                Description.forEach(site.dataset(), m, POL.support, Node.ANY, q -> out.add(new Offer(m, q.getObject())));
            }
        }
        return out;
    }

    /**
     * The largest value of a property among the policies' offers of money whose cap period is
     * {@code period} (an IRI, or "" for none stated), with the offer's measure linked.
     */
    private String cap(List<BrowseIndex.Entry> policies, Node property, String unit, String period) {
        BigDecimal best = null;
        Offer bestOffer = null;
        int n = 0;
        for (Offer o : supports(policies)) {
            Node sup = o.support();
            Node p = Description.one(site.dataset(), sup, POL.capPeriod);
            if (!(p == null ? "" : p.getURI()).equals(period)) {
                continue;
            }
            BigDecimal v = Amounts.decimal(Description.one(site.dataset(), sup, property));
            if (v == null) {
                continue;
            }
            n++;
            if (best == null || v.compareTo(best) > 0 || v.compareTo(best) == 0 && sup.toString().compareTo(bestOffer.support().toString()) < 0) {
                best = v;
                bestOffer = o;
            }
        }
        if (best == null) {
            return "—";
        }
        Node u = NodeFactory.createURI(org.policykg.rdf.Iris.BASE + "concept/" + unit);
        String shown = Amounts.format(NodeFactory.createLiteralDT(best.toPlainString(),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal), null, u);
        return "<a href=\"" + Html.url(site.path(bestOffer.measure().getURI())) + "\">" + Html.text(shown) + "</a> <small>（" + n
                + " 项支持有此上限 offers with one）</small>";
    }

    private String names(List<BrowseIndex.Entry> list, int max) {
        StringBuilder b = new StringBuilder("<ul>");
        for (int i = 0; i < Math.min(max, list.size()); i++) {
            b.append("<li>").append(render.link(list.get(i).node())).append("</li>");
        }
        if (list.size() > max) {
            b.append("<li>…</li>");
        }
        return b.append("</ul>").toString();
    }
}
