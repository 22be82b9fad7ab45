package org.policykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

/**
 * Linked data: every IRI under the base is answered at its own path, as HTML for
 * browsers and as Turtle, JSON-LD or N-Triples by Accept header or suffix
 * ({@code .ttl}, {@code .jsonld}, {@code .nt}).
 */
final class ResourceServlet extends HttpServlet {
    private final Site site;
    private final Render render;

    ResourceServlet(Site site) {
        this.site = site;
        this.render = new Render(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = pathOr400(req, resp);
        if (path == null) {
            return;
        }
        Conneg bySuffix = Conneg.bySuffix(path);
        Node subject = NodeFactory.createURI(site.iri(path));
        Conneg format = Conneg.byAccept(req.getHeader("Accept"));
        if (bySuffix != null) {
            Node plain = NodeFactory.createURI(site.iri(path.substring(0, path.length() - bySuffix.suffix.length())));
            if (!exists(subject) && exists(plain)) {
                subject = plain;
                format = bySuffix;
            }
        }
        resp.setHeader("Vary", "Accept");
        if (format == null) {
            notAcceptable(resp);
            return;
        }
        String plainPath = bySuffix != null && format == bySuffix ? path.substring(0, path.length() - bySuffix.suffix.length()) : path;
        if (plainPath.equals("/ontology")) {
            if (format == Conneg.HTML) {
                Layout.write(resp, 200, "本体 Ontology",
                        Txn.calculateRead(site.dataset(), () -> OntologyPage.html(site, render, site.dataset())), null);
            } else {
                Conneg f = format;
                writeRdf(resp, f, Txn.calculateRead(site.dataset(), () -> OntologyPage.graph(site.dataset())));
            }
            return;
        }
        Node s = subject;
        Conneg f = format;
        // The description, its serialisation and the page are built on a query worker under the
        // server's bound (a concept with many incoming links is a large description).
        Answer a = site.bounded(h -> Txn.calculateRead(site.dataset(), () -> {
            Description d = Description.of(site.dataset(), s);
            if (!d.exists()) {
                return null;
            }
            if (f != Conneg.HTML) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, d.toGraph(site.dataset()), f.format);
                return new Answer(out.toByteArray(), null, null);
            }
            return new Answer(null, site.label(s), page(d, req));
        }));
        if (a == null && plainPath.startsWith("/graph/") && Txn.calculateRead(site.dataset(),
                () -> site.dataset().containsGraph(s) && site.dataset().getGraph(s).size() > 0)) {
            graph(resp, s, format);
            return;
        }
        if (a == null) {
            if (format == Conneg.HTML) {
                Layout.error(resp, 404, "图中没有这个资源 Nothing in the graph has this IRI: " + s.getURI());
            } else {
                resp.sendError(404);
            }
            return;
        }
        if (a.bytes() != null) {
            resp.setContentType(format.contentType);
            resp.setContentLength(a.bytes().length);
            resp.getOutputStream().write(a.bytes());
            return;
        }
        Layout.write(resp, 200, a.title(), a.html(), null);
    }

    /** A resource answered: RDF bytes, or an HTML page's title and body. */
    private record Answer(byte[] bytes, String title, String html) {
    }

    private void writeRdf(HttpServletResponse resp, Conneg format, org.apache.jena.graph.Graph g) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(site.dataset(), () -> RDFDataMgr.write(out, g, format.format));
        resp.setContentType(format.contentType);
        resp.setContentLength(out.size());
        resp.getOutputStream().write(out.toByteArray());
    }

    /** Asked only for types we cannot write: say so, and which we can (never HTML with a 200). */
    static void notAcceptable(HttpServletResponse resp) throws IOException {
        byte[] msg = ("406 Not Acceptable: this resource is available as text/html, text/turtle, application/ld+json, "
                + "application/n-triples and application/rdf+xml\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        resp.setStatus(406);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(msg.length);
        resp.getOutputStream().write(msg);
    }

    /** A named graph no statement describes (the reference graph): its contents as RDF, or a summary page. */
    private void graph(HttpServletResponse resp, Node g, Conneg format) throws IOException {
        if (format != Conneg.HTML) {
            writeRdf(resp, format, Txn.calculateRead(site.dataset(), () -> {
                org.apache.jena.graph.Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                for (String[] p : Vocab.PREFIXES) {
                    copy.getPrefixMapping().setNsPrefix(p[0], p[1]);
                }
                site.dataset().getGraph(g).find().forEachRemaining(copy::add);
                return copy;
            }));
            return;
        }
        String body = Txn.calculateRead(site.dataset(), () -> {
            StringBuilder b = new StringBuilder("<h1>").append(Html.text(site.label(g))).append(" <small>命名图 named graph</small></h1>");
            b.append("<p class=\"iri\"><code>").append(Html.text(g.getURI())).append("</code>");
            String local = site.path(g.getURI());
            for (Conneg c : new Conneg[] {Conneg.TURTLE, Conneg.JSONLD, Conneg.NTRIPLES, Conneg.RDFXML}) {
                b.append(" <a href=\"").append(Html.url(local + c.suffix)).append("\">").append(c.suffix.substring(1)).append("</a>");
            }
            b.append("</p><p>").append(String.format("%,d", site.dataset().getGraph(g).size())).append(" 条三元组 <small>triples</small></p>");
            b.append("<table class=\"data\"><thead><tr><th>类 <small>Class</small></th><th>实例 <small>Instances</small></th></tr></thead><tbody>");
            for (org.apache.jena.sparql.engine.binding.Binding r : site.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } "
                    + "GROUP BY ?c ORDER BY DESC(?n) ?c", org.apache.jena.sparql.engine.binding.BindingFactory.binding(
                    org.apache.jena.sparql.core.Var.alloc("g"), g))) {
                b.append("<tr><td>").append(render.term(r.get("c"))).append("</td><td class=\"num\">")
                        .append(Render.number(r.get("n").getLiteralLexicalForm())).append("</td></tr>");
            }
            b.append("</tbody></table><p><a href=\"/ontology\">本体 Ontology</a></p>");
            return b.toString();
        });
        Layout.write(resp, 200, site.label(g), body, null);
    }

    /** The decoded request path, or null after answering 400 to a malformed one. */
    static String pathOr400(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            return decodedPath(req);
        } catch (IllegalArgumentException e) {
            Layout.error(resp, 400, "不是有效的地址 Not a valid path");
            return null;
        }
    }

    /** The request path, percent-decoded as UTF-8; a malformed one is an IllegalArgumentException. */
    static String decodedPath(HttpServletRequest req) {
        String raw = req.getRequestURI().substring(req.getContextPath().length());
        String p = URI.create("http://localhost" + raw).getPath();
        if (p == null) {
            throw new IllegalArgumentException(raw);
        }
        return p;
    }

    private boolean exists(Node n) {
        return Txn.calculateRead(site.dataset(), () -> site.dataset().contains(Node.ANY, n, Node.ANY, Node.ANY)
                || site.dataset().contains(Node.ANY, Node.ANY, Node.ANY, n));
    }

    /** Summary rows shown first on a policy page, in the order a citation reads them. */
    private static final Node[] POLICY_SUMMARY = {POL.title, POL.policyType, POL.documentNumber, POL.issuedBy,
        NodeFactory.createURI(Vocab.DCTERMS + "issued"), POL.inForceFrom, POL.validUntil, POL.startYear, POL.endYear,
        POL.jurisdiction};
    private static final Node[] DOCUMENT_SUMMARY = {NodeFactory.createURI(Vocab.DCTERMS + "title"),
        NodeFactory.createURI(Vocab.DCTERMS + "publisher"), NodeFactory.createURI(Vocab.DCTERMS + "issued"),
        NodeFactory.createURI(Vocab.DCTERMS + "source"), POL.embodies};
    private static final Node[] REGION_SUMMARY = {POL.level, POL.partOf, POL.adminCode};
    /** Rows of a linked-from group per page. */
    static final int LINKS_PAGE = 25;

    private String page(Description d, HttpServletRequest req) {
        Node s = d.subject();
        StringBuilder b = new StringBuilder();
        String en = site.englishLabel(s);
        String zh = site.label(s);
        b.append("<h1>").append(Html.text(zh)).append("</h1>");
        if (en != null && !en.equals(zh)) {
            b.append("<p class=\"en\">").append(Html.text(en)).append("</p>");
        }
        List<Node> types = d.values(Vocab.type);
        if (!types.isEmpty()) {
            b.append("<p class=\"types\">");
            for (Node t : types) {
                b.append("<span class=\"type\">").append(render.term(t)).append("</span> ");
            }
            b.append("</p>");
        }
        java.util.Set<Node> shown = new java.util.HashSet<>(List.of(Vocab.type, POL.evidence, POL.hasTarget, POL.hasMeasure));
        if (d.hasType(POL.Policy)) {
            summary(b, d, POLICY_SUMMARY, shown);
            List<Node> docs = new ArrayList<>();
            for (Description.Incoming i : d.in()) {
                if (i.predicate().equals(POL.embodies)) {
                    docs.add(i.subject());
                }
            }
            if (!docs.isEmpty()) {
                b.append("<table class=\"props summary\"><tbody><tr><th>文档 <small>Documents</small></th><td><ul>");
                for (Node doc : docs) {
                    b.append("<li>").append(render.term(doc)).append("</li>");
                }
                b.append("</ul></td></tr></tbody></table>");
            }
            targets(b, s);
            measures(b, s);
        } else if (d.hasType(POL.Document)) {
            summary(b, d, DOCUMENT_SUMMARY, shown);
            Node file = d.first(POL.sourceFile);
            if (file != null) {
                b.append("<p><a href=\"").append(Html.url("/source/" + Html.pathSegment(file.getLiteralLexicalForm(), false)))
                        .append("\">查看原文 View the source text</a></p>");
            }
        } else if (d.hasType(POL.Region)) {
            summary(b, d, REGION_SUMMARY, shown);
            regionPolicies(b, d);
        }
        properties(b, d, shown);
        incoming(b, d, req);
        evidence(b, d);
        b.append("<p class=\"iri\"><code>").append(Html.text(s.getURI())).append("</code> ");
        String local = site.path(s.getURI());
        for (Conneg c : new Conneg[] {Conneg.TURTLE, Conneg.JSONLD, Conneg.NTRIPLES, Conneg.RDFXML}) {
            b.append(" <a href=\"").append(Html.url(local + c.suffix)).append("\">").append(c.suffix.substring(1)).append("</a>");
        }
        b.append("</p>");
        return b.toString();
    }

    /** The rows a reader looks for first, in this order; each is then left out of the full list. */
    private void summary(StringBuilder b, Description d, Node[] rows, java.util.Set<Node> shown) {
        b.append("<table class=\"props summary\"><tbody>");
        for (Node p : rows) {
            List<Node> vs = d.values(p);
            if (vs.isEmpty()) {
                continue;
            }
            shown.add(p);
            b.append("<tr><th>").append(render.property(p)).append("</th><td>");
            int k = 0;
            for (Node o : vs) {
                b.append(k++ > 0 ? "；" : "").append(render.term(o));
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    /** A region's policies by year (its own and those of its parts are one click away in /browse). */
    private void regionPolicies(StringBuilder b, Description d) {
        Map<String, List<Node>> byYear = new java.util.TreeMap<>(Comparator.reverseOrder());
        for (Description.Incoming i : d.in()) {
            if (!i.predicate().equals(POL.jurisdiction)) {
                continue;
            }
            Description p = Description.of(site.dataset(), i.subject());
            Node issued = p.first(NodeFactory.createURI(Vocab.DCTERMS + "issued"));
            Node start = p.first(POL.startYear);
            String year = issued != null ? lex(issued).substring(0, Math.min(4, lex(issued).length()))
                    : start != null ? lex(start) : BrowseIndex.NO_YEAR;
            byYear.computeIfAbsent(year, k -> new ArrayList<>()).add(i.subject());
        }
        String token = BrowseIndex.token(d.subject());
        b.append("<h2>本地区政策 <small>Policies for this region, by year</small></h2>");
        if (byYear.isEmpty()) {
            b.append("<p>无 <small>none</small></p>");
        } else {
            b.append("<table class=\"data\"><thead><tr><th>年份 <small>Year</small></th><th>政策 <small>Policies</small></th></tr></thead><tbody>");
            for (Map.Entry<String, List<Node>> e : byYear.entrySet()) {
                b.append("<tr><td>").append(e.getKey().equals(BrowseIndex.NO_YEAR) ? "年份不详 no year" : Html.text(e.getKey()))
                        .append("</td><td><ul>");
                e.getValue().sort(Comparator.comparing(site::label));
                for (Node p : e.getValue()) {
                    b.append("<li>").append(render.link(p)).append("</li>");
                }
                b.append("</ul></td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("<p class=\"browse-links\"><a href=\"/compare?region=").append(Html.attr(Html.queryValue(token)))
                .append("\">与其他地区比较 Compare with other regions</a> · ");
        for (String[] k : new String[][] {{"policies", "本地区及下辖地区的政策 Policies here and in its parts"},
            {"targets", "目标 Targets"}, {"agencies", "机构 Agencies"}}) {
            b.append("<a href=\"").append(Html.url(BrowseServlet.href(BrowseIndex.kind(k[0]), Map.of("region", token), 1)))
                    .append("\">").append(Html.text(k[1])).append("</a> · ");
        }
        b.append("</p>");
    }

    private void properties(StringBuilder b, Description d, java.util.Set<Node> shown) {
        StringBuilder rows = new StringBuilder();
        Node unit = d.first(POL.unit);
        for (Map.Entry<Node, List<Node>> e : d.out().entrySet()) {
            Node p = e.getKey();
            if (shown.contains(p)) {
                continue;
            }
            rows.append("<tr><th>").append(render.property(p)).append("</th><td><ul>");
            for (Node o : e.getValue()) {
                String amount = p.equals(POL.value) || p.equals(POL.upperValue) ? Amounts.format(o, null, unit)
                        : p.equals(POL.maxAmount) ? Amounts.format(o, null, CNY) : null;
                rows.append("<li>").append(amount != null ? "<span class=\"num\">" + Html.text(amount) + "</span>" : render.term(o))
                        .append("</li>");
            }
            rows.append("</ul>");
            for (Description.EvidenceView ev : d.evidence()) {
                if (p.equals(ev.supports())) {
                    rows.append(quote(ev));
                }
            }
            rows.append("</td></tr>");
        }
        if (rows.length() > 0) {
            b.append("<h2>属性 <small>Properties</small></h2><table class=\"props\"><tbody>").append(rows).append("</tbody></table>");
        }
    }

    private static final Node CNY = NodeFactory.createURI(org.policykg.rdf.Iris.BASE + "concept/unit-CNY");

    /** A quote and where it is from: the document's title, publisher and date, linked to the highlighted span. */
    private String quote(Description.EvidenceView ev) {
        String href = ev.file().isEmpty() || ev.start() < 0 ? "#" : Render.sourceHref(ev);
        return "<blockquote class=\"evidence\"><span class=\"quote\" tabindex=\"0\">" + Html.text(ev.quote())
                + "</span> <a class=\"cited\" href=\"" + Html.url(href) + "\">" + Html.text(Cite.shortSource(site, ev) + ev.place())
                + "</a></blockquote>";
    }

    /** Evidence of the resource itself: folded when long (a region is mentioned dozens of times). */
    private void evidence(StringBuilder b, Description d) {
        if (d.evidence().isEmpty()) {
            return;
        }
        b.append("<h2>证据 <small>Evidence</small> <span class=\"count\">").append(d.evidence().size()).append("</span></h2>");
        boolean fold = d.evidence().size() > 5;
        if (fold) {
            b.append("<details class=\"evidence\"><summary>展开全部 ").append(d.evidence().size())
                    .append(" 条 <small>show all</small></summary>");
        }
        b.append("<ul class=\"evidence-list\">");
        for (Description.EvidenceView ev : d.evidence()) {
            b.append("<li>");
            if (ev.supports() != null) {
                b.append("<span class=\"supports\">").append(render.property(ev.supports())).append("</span> ");
            }
            b.append(quote(ev)).append(Cite.details(site, ev)).append("</li>");
        }
        b.append("</ul>");
        if (fold) {
            b.append("</details>");
        }
    }

    /**
     * Links to this resource, one group per property with its true count, sorted by label
     * (evidence by document and position), paged with {@code ?in=PROPERTY&page=N}.
     */
    private void incoming(StringBuilder b, Description d, HttpServletRequest req) {
        Map<Node, List<Node>> groups = new java.util.TreeMap<>(Comparator.comparing(site::label));
        Map<Node, Integer> totals = new java.util.HashMap<>();
        for (Description.Incoming i : d.in()) {
            if (i.predicate().equals(POL.evidence) || i.predicate().equals(POL.embodies) && d.hasType(POL.Policy)
                    || i.predicate().equals(POL.jurisdiction) && d.hasType(POL.Region)) {
                continue; // shown above
            }
            groups.computeIfAbsent(i.predicate(), k -> new ArrayList<>()).add(i.subject());
        }
        if (groups.isEmpty()) {
            return;
        }
        Description.forEach(site.dataset(), Node.ANY, Node.ANY, d.subject(), q -> totals.merge(q.getPredicate(), 1, Integer::sum));
        String chosen = req.getParameter("in");
        int page = 1;
        try {
            page = Math.max(1, Integer.parseInt(req.getParameter("page") == null ? "1" : req.getParameter("page")));
        } catch (NumberFormatException e) {
            page = 1;
        }
        b.append("<h2>被引用 <small>Linked from</small></h2>");
        String self = site.path(d.subject().getURI());
        for (Map.Entry<Node, List<Node>> g : groups.entrySet()) {
            String key = Site.localName(g.getKey());
            List<Node> subjects = g.getValue();
            boolean evidenceNodes = subjects.stream().allMatch(n -> n.isURI() && n.getURI().contains("/evidence/"));
            List<Description.EvidenceView> views = new ArrayList<>();
            if (evidenceNodes) {
                for (Node n : subjects) {
                    views.add(Description.evidence(site.dataset(), n));
                }
                views.sort(Comparator.comparing(Description.EvidenceView::file).thenComparingLong(Description.EvidenceView::start));
            } else {
                subjects.sort(Comparator.comparing(site::label).thenComparing(n -> n.toString()));
            }
            int size = evidenceNodes ? views.size() : subjects.size();
            int pages = Math.max(1, (size + LINKS_PAGE - 1) / LINKS_PAGE);
            int p = key.equals(chosen) ? Math.min(page, pages) : 1;
            int total = totals.getOrDefault(g.getKey(), size);
            b.append("<section class=\"links\" id=\"in-").append(Html.attr(key)).append("\"><h3>")
                    .append(render.property(g.getKey())).append(" <span class=\"count\">").append(String.format("%,d", total))
                    .append("</span></h3><ul>");
            int from = (p - 1) * LINKS_PAGE;
            for (int k = from; k < Math.min(size, from + LINKS_PAGE); k++) {
                b.append("<li>").append(evidenceNodes ? quote(views.get(k)) : render.term(subjects.get(k))).append("</li>");
            }
            b.append("</ul>");
            if (pages > 1) {
                b.append("<nav class=\"pager\">第 ").append(p).append(" / ").append(pages).append(" 页 <small>page</small> ");
                if (p > 1) {
                    b.append("<a rel=\"prev\" href=\"").append(Html.url(self + "?in=" + Html.queryValue(key) + "&page=" + (p - 1)
                            + "#in-" + key)).append("\">← 上一页</a> ");
                }
                if (p < pages) {
                    b.append("<a rel=\"next\" href=\"").append(Html.url(self + "?in=" + Html.queryValue(key) + "&page=" + (p + 1)
                            + "#in-" + key)).append("\">下一页 →</a>");
                }
                b.append("</nav>");
            }
            if (total > size) {
                b.append("<p class=\"more\">此处列出 ").append(size).append(" 条，共 ").append(total)
                        .append(" 条；其余可用 SPARQL 查询 <small>").append(size).append(" of ").append(total)
                        .append(" listed; the rest via SPARQL</small></p>");
            }
            b.append("</section>");
        }
    }

    // -------------------------------------------------------------- policies

    private void targets(StringBuilder b, Node policy) {
        List<Node> targets = objects(policy, POL.hasTarget);
        if (targets.isEmpty()) {
            return;
        }
        List<Description> ds = new ArrayList<>();
        for (Node t : targets) {
            ds.add(Description.of(site.dataset(), t));
        }
        ds.sort(Comparator.comparing((Description t) -> lex(t.first(POL.deadline)))
                .thenComparing(t -> lex(t.first(POL.metric))));
        b.append("<h2>目标 <small>Targets</small> <span class=\"count\">").append(ds.size())
                .append("</span></h2><div class=\"scroll\"><table class=\"data\"><thead><tr><th>指标 Metric</th>")
                .append("<th>比较 Comparator</th><th>数值 Value</th><th>原文写法 As written</th><th>期限 Deadline</th>")
                .append("<th>期限来源 From</th><th>原文 Evidence</th></tr></thead><tbody>");
        for (Description t : ds) {
            Node upper = t.first(POL.upperValue);
            b.append("<tr><td><a href=\"").append(Html.url(site.path(t.subject().getURI()))).append("\">")
                    .append(Html.text(lex(t.first(POL.metric)))).append("</a></td><td>").append(labelOf(t.first(POL.comparator)))
                    .append("</td><td class=\"num\">").append(t.first(POL.counter) == null
                            ? amount(t.first(POL.value), upper, t.first(POL.unit))
                            : amount(t.first(POL.value), upper, null) + " " + Html.text(lex(t.first(POL.counter))))
                    .append("</td><td>").append(Html.text(lex(t.first(POL.expression)))).append("</td><td>").append(Html.text(lex(t.first(POL.deadline)))).append("</td><td>")
                    .append(labelOf(t.first(POL.deadlineSource))).append("</td><td>");
            for (Description.EvidenceView ev : t.evidence()) {
                b.append(quote(ev));
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private void measures(StringBuilder b, Node policy) {
        List<Node> measures = objects(policy, POL.hasMeasure);
        if (measures.isEmpty()) {
            return;
        }
        List<Description> ds = new ArrayList<>();
        for (Node m : measures) {
            ds.add(Description.of(site.dataset(), m));
        }
        ds.sort(Comparator.comparing((Description m) -> lex(m.first(POL.mentionedIn)))
                .thenComparingLong(m -> Description.number(m.first(POL.position))));
        b.append("<h2>措施 <small>Measures</small> <span class=\"count\">").append(ds.size())
                .append("</span></h2><div class=\"scroll\"><table class=\"data\"><thead><tr><th>序号 No.</th>")
                .append("<th>标题 Heading</th><th>部分 Section</th><th>最高金额 Max amount</th>")
                .append("<th>最高比例 Max share (%)</th><th>责任单位 Agencies</th></tr></thead><tbody>");
        for (Description m : ds) {
            b.append("<tr><td>").append(Html.text(lex(m.first(POL.ordinal)))).append("</td><td><a href=\"")
                    .append(Html.url(site.path(m.subject().getURI()))).append("\">")
                    .append(Html.text(lex(m.first(POL.heading)))).append("</a></td><td>")
                    .append(Html.text(lex(m.first(POL.section)))).append("</td><td class=\"num\">")
                    .append(amount(m.first(POL.maxAmount), null, CNY)).append("</td><td class=\"num\">")
                    .append(amount(m.first(POL.maxRatio), null, PERCENT)).append("</td><td>");
            for (Node a : m.values(POL.responsibleAgency)) {
                b.append(render.term(a)).append(" ");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static final Node PERCENT = NodeFactory.createURI(org.policykg.rdf.Iris.BASE + "concept/unit-percent");

    /** A value in the scale its unit is read in (2.6 万亿元, 1000–3000 PFLOPS), else the plain number and unit. */
    private String amount(Node value, Node upper, Node unit) {
        if (value == null) {
            return "";
        }
        String scaled = Amounts.format(value, upper, unit);
        if (scaled != null) {
            return Html.text(scaled);
        }
        return render.term(value) + (upper == null ? "" : "–" + render.term(upper)) + (unit == null ? "" : " " + labelOf(unit));
    }

    private List<Node> objects(Node s, Node p) {
        java.util.TreeSet<Node> out = new java.util.TreeSet<>(Description.NODE_ORDER);
        Description.forEach(site.dataset(), s, p, Node.ANY, q -> out.add(q.getObject()));
        return List.copyOf(out);
    }

    private String labelOf(Node n) {
        return n == null ? "" : Html.text(site.label(n));
    }

    private static String lex(Node n) {
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI();
    }
}
