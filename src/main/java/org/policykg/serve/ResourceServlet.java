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
        String path;
        try {
            path = decodedPath(req);
        } catch (IllegalArgumentException e) {
            Layout.error(resp, 400, "不是有效的地址 Not a valid path");
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
            return new Answer(null, site.label(s), page(d));
        }));
        resp.setHeader("Vary", "Accept");
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

    private String page(Description d) {
        Node s = d.subject();
        StringBuilder b = new StringBuilder();
        String en = site.englishLabel(s);
        String zh = site.label(s);
        b.append("<h1>").append(Html.text(zh)).append("</h1>");
        if (en != null && !en.equals(zh)) {
            b.append("<p class=\"en\">").append(Html.text(en)).append("</p>");
        }
        b.append("<p class=\"iri\"><code>").append(Html.text(s.getURI())).append("</code> ");
        String local = site.path(s.getURI());
        for (Conneg c : new Conneg[] {Conneg.TURTLE, Conneg.JSONLD, Conneg.NTRIPLES}) {
            b.append(" <a href=\"").append(Html.url(local + c.suffix)).append("\">").append(c.suffix.substring(1)).append("</a>");
        }
        b.append("</p>");
        List<Node> types = d.values(Vocab.type);
        if (!types.isEmpty()) {
            b.append("<p class=\"types\">");
            for (Node t : types) {
                b.append("<span class=\"type\">").append(render.term(t)).append("</span> ");
            }
            b.append("</p>");
        }
        if (d.hasType(POL.Document)) {
            Node file = d.first(POL.sourceFile);
            if (file != null) {
                b.append("<p><a href=\"").append(Html.url("/source/" + Html.pathSegment(file.getLiteralLexicalForm(), false)))
                        .append("\">查看原文 View the source text</a></p>");
            }
        }
        if (d.hasType(POL.Policy)) {
            targets(b, s);
            measures(b, s);
        }
        properties(b, d);
        evidence(b, d);
        incoming(b, d);
        return b.toString();
    }

    private void properties(StringBuilder b, Description d) {
        b.append("<h2>属性 <small>Properties</small></h2><table class=\"props\"><tbody>");
        for (Map.Entry<Node, List<Node>> e : d.out().entrySet()) {
            Node p = e.getKey();
            if (p.equals(Vocab.type) || p.equals(POL.evidence) || p.equals(POL.hasTarget) || p.equals(POL.hasMeasure)) {
                continue;
            }
            b.append("<tr><th>").append(render.property(p)).append("</th><td><ul>");
            for (Node o : e.getValue()) {
                b.append("<li>").append(render.term(o)).append("</li>");
            }
            b.append("</ul>");
            for (Description.EvidenceView ev : d.evidence()) {
                if (p.equals(ev.supports())) {
                    b.append(quote(ev));
                }
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private String quote(Description.EvidenceView ev) {
        String href = ev.file().isEmpty() || ev.start() < 0 ? "#" : Render.sourceHref(ev);
        return "<blockquote class=\"evidence\"><span class=\"quote\">" + Html.text(ev.quote()) + "</span> <a href=\""
                + Html.url(href) + "\">" + Html.text(ev.file() + ev.place()) + " [" + ev.start() + "–" + ev.end() + "]</a></blockquote>";
    }

    private void evidence(StringBuilder b, Description d) {
        if (d.evidence().isEmpty()) {
            return;
        }
        b.append("<h2>证据 <small>Evidence</small></h2><ul class=\"evidence-list\">");
        for (Description.EvidenceView ev : d.evidence()) {
            b.append("<li>");
            if (ev.supports() != null) {
                b.append("<span class=\"supports\">").append(render.property(ev.supports())).append("</span> ");
            }
            b.append(quote(ev)).append("</li>");
        }
        b.append("</ul>");
    }

    private void incoming(StringBuilder b, Description d) {
        List<Description.Incoming> in = d.in().stream().filter(i -> !i.predicate().equals(POL.evidence)).toList();
        if (in.isEmpty()) {
            return;
        }
        b.append("<h2>被引用 <small>Linked from</small></h2><table class=\"props\"><tbody>");
        for (Description.Incoming i : in) {
            b.append("<tr><td>").append(render.term(i.subject())).append("</td><th>")
                    .append(render.property(i.predicate())).append("</th></tr>");
        }
        b.append("</tbody></table>");
        if (d.incomingTotal() > d.in().size()) {
            b.append("<p class=\"more\">另有 ").append(d.incomingTotal() - d.in().size())
                    .append(" 条，可用 SPARQL 查询 · more via SPARQL</p>");
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
        b.append("<h2>目标 <small>Targets</small></h2><table class=\"data\"><thead><tr><th>指标 Metric</th>")
                .append("<th>比较 Comparator</th><th>数值 Value</th><th>单位 Unit</th><th>期限 Deadline</th>")
                .append("<th>期限来源 From</th><th>原文 Evidence</th></tr></thead><tbody>");
        for (Description t : ds) {
            Node upper = t.first(POL.upperValue);
            b.append("<tr><td><a href=\"").append(Html.url(site.path(t.subject().getURI()))).append("\">")
                    .append(Html.text(lex(t.first(POL.metric)))).append("</a></td><td>").append(labelOf(t.first(POL.comparator)))
                    .append("</td><td class=\"num\">").append(render.term(t.first(POL.value)))
                    .append(upper == null ? "" : "–" + render.term(upper)).append("</td><td>")
                    .append(labelOf(t.first(POL.unit))).append(t.first(POL.counter) == null ? "" : "（"
                            + Html.text(lex(t.first(POL.counter))) + "）")
                    .append("</td><td>").append(Html.text(lex(t.first(POL.deadline)))).append("</td><td>")
                    .append(labelOf(t.first(POL.deadlineSource))).append("</td><td>");
            for (Description.EvidenceView ev : t.evidence()) {
                b.append(quote(ev));
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
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
        b.append("<h2>措施 <small>Measures</small></h2><table class=\"data\"><thead><tr><th>序号 No.</th>")
                .append("<th>标题 Heading</th><th>部分 Section</th><th>最高金额 Max amount (元)</th>")
                .append("<th>最高比例 Max share (%)</th><th>责任单位 Agencies</th></tr></thead><tbody>");
        for (Description m : ds) {
            b.append("<tr><td>").append(Html.text(lex(m.first(POL.ordinal)))).append("</td><td><a href=\"")
                    .append(Html.url(site.path(m.subject().getURI()))).append("\">")
                    .append(Html.text(lex(m.first(POL.heading)))).append("</a></td><td>")
                    .append(Html.text(lex(m.first(POL.section)))).append("</td><td class=\"num\">")
                    .append(render.term(m.first(POL.maxAmount))).append("</td><td class=\"num\">")
                    .append(render.term(m.first(POL.maxRatio))).append("</td><td>");
            for (Node a : m.values(POL.responsibleAgency)) {
                b.append(render.term(a)).append(" ");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
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
