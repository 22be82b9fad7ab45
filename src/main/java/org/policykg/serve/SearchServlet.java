package org.policykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

/**
 * Full-text search over labels, titles, aliases, metrics, headings and quotes. Each
 * word or "quoted phrase" must match as a phrase (the index holds Chinese as character pairs,
 * and the pairs of 算力券 ORed would find 算力 alone), so a word is found wherever its
 * characters stand together; quoted phrases must also appear verbatim in the matched text. A hit on an evidence quote counts for the entity quoting it; the
 * total is the number of entities, and the page says when the index's hit limit was reached.
 * The same hits are at /search.csv and /search.xlsx.
 */
final class SearchServlet extends HttpServlet {
    /** Most raw index hits read for one search; reaching it is said on the page. */
    static final int HIT_LIMIT = 2_000;
    static final int PAGE_SIZE = 50;
    private static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX pol: <https://w3id.org/policykg/ontology#>
            SELECT ?s ?score ?lit ?owner WHERE {
              (?s ?score ?lit) text:query (?words %d) .
              OPTIONAL { ?owner pol:evidence ?s }
            } ORDER BY DESC(?score) ?s ?owner
            """.formatted(HIT_LIMIT);
    /**
     * Over a remote endpoint there is no jena-text index: every term must appear in the text as
     * a substring (case folded), which any SPARQL 1.1 store answers, by a scan: what the index's
     * character pairs find too (算力 finds 算力券), but slower on a large graph.
     */
    private static final String PORTABLE = """
            PREFIX pol: <https://w3id.org/policykg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?s ?score ?lit ?owner WHERE {
              VALUES ?p { rdfs:label pol:title pol:alias pol:quote pol:metric pol:heading }
              ?s ?p ?lit .
              FILTER(isLiteral(?lit)%s)
              OPTIONAL { ?owner pol:evidence ?s }
              BIND(1 AS ?score)
            } ORDER BY ?s ?owner LIMIT %d
            """;
    private static final Pattern TERM = Pattern.compile("[\"“”]([^\"“”]+)[\"“”]|(\\S+)");

    /** What was asked: the phrases that must appear verbatim and the plain words. */
    record Terms(List<String> phrases, List<String> words) {
        static Terms parse(String q) {
            List<String> phrases = new ArrayList<>();
            List<String> words = new ArrayList<>();
            Matcher m = TERM.matcher(q);
            while (m.find()) {
                if (m.group(1) != null && !m.group(1).isBlank()) {
                    phrases.add(m.group(1).strip());
                } else if (m.group(2) != null) {
                    String w = m.group(2).replaceAll("[\"“”]", "");
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
            return new Terms(phrases, words);
        }

        List<String> all() {
            List<String> a = new ArrayList<>(phrases);
            a.addAll(words);
            return a;
        }

        /** Every term as an escaped Lucene phrase, all required. */
        String lucene() {
            List<String> parts = new ArrayList<>();
            for (String t : all()) {
                parts.add("\"" + QueryParserBase.escape(t) + "\"");
            }
            return String.join(" AND ", parts);
        }

        boolean accepts(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String p : phrases) {
                if (!lower.contains(p.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }

        /** How many terms appear verbatim: hits with the very words rank above segmenter near-misses. */
        int verbatim(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            int n = 0;
            for (String t : all()) {
                if (lower.contains(t.toLowerCase(Locale.ROOT))) {
                    n++;
                }
            }
            return n;
        }
    }

    /** One entity found: the text that matched, and the context a reader needs to judge it. */
    record Hit(Node entity, String text, double score, int verbatim, int order) {
    }

    private final Site site;
    private final Render render;

    SearchServlet(Site site) {
        this.site = site;
        this.render = new Render(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Download.Format format = Download.Format.of(req.getRequestURI());
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        StringBuilder b = new StringBuilder();
        b.append("<h1>搜索 <small>Search</small></h1><form class=\"search big\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" value=\"").append(Html.attr(q))
                .append("\" aria-label=\"搜索 Search\"><button type=\"submit\">搜索</button></form>")
                .append("<p class=\"hint\"><small>每个词须整体出现；加引号（\"算力券\"）则须逐字出现。 Each word must match as a whole; "
                        + "a \"quoted phrase\" must appear verbatim.</small></p>");
        Terms terms = Terms.parse(q);
        if (terms.all().isEmpty()) {
            Layout.write(resp, 200, "搜索 Search", b.toString(), null);
            return;
        }
        if (q.length() > 200) {
            Layout.error(resp, 400, "搜索词太长 The search text is too long (at most 200 characters)");
            return;
        }
        String query = QUERY;
        Binding words = Binding.builder().add(Var.alloc("words"), NodeFactory.createLiteralString(terms.lucene())).build();
        if (!site.store().local()) {
            StringBuilder filter = new StringBuilder();
            var each = Binding.builder();
            List<String> all = terms.all();
            for (int i = 0; i < all.size(); i++) {
                filter.append(" && CONTAINS(LCASE(STR(?lit)), ?w").append(i).append(')');
                each.add(Var.alloc("w" + i), NodeFactory.createLiteralString(all.get(i).toLowerCase(Locale.ROOT)));
            }
            query = PORTABLE.formatted(filter, HIT_LIMIT);
            words = each.build();
        }
        List<Binding> rows;
        try {
            rows = site.select(query, words);
        } catch (QueryBound.Stopped | QueryCancelledException e) {
            Layout.error(resp, 503, "搜索超时 The search took too long: " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            rows = List.of(); // a phrase the index cannot parse finds nothing
        }
        // One hit per entity: an evidence hit counts for the entity quoting it.
        Map<Node, Hit> hits = new LinkedHashMap<>();
        int order = 0;
        for (Binding r : rows) {
            Node entity = r.get("owner") != null ? r.get("owner") : r.get("s");
            Node lit = r.get("lit");
            String text = lit != null && lit.isLiteral() ? lit.getLiteralLexicalForm() : "";
            if (!terms.accepts(text)) {
                continue;
            }
            double score = r.get("score") == null ? 0 : Double.parseDouble(r.get("score").getLiteralLexicalForm());
            Hit h = new Hit(entity, text, score, terms.verbatim(text), order++);
            Hit old = hits.get(entity);
            if (old == null || h.verbatim() > old.verbatim()) {
                hits.put(entity, old == null ? h : new Hit(entity, h.text(), h.score(), h.verbatim(), old.order()));
            }
        }
        List<Hit> ranked = new ArrayList<>(hits.values());
        ranked.sort(Comparator.comparingInt((Hit h) -> -h.verbatim()).thenComparingInt(Hit::order));
        boolean capped = rows.size() >= HIT_LIMIT;
        if (format != null) {
            Download.write(resp, format, "search", Txn.calculateRead(site.dataset(), () -> downloadRows(ranked)));
            return;
        }
        int pages = Math.max(1, (ranked.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page;
        try {
            page = Math.min(pages, Math.max(1, Integer.parseInt(req.getParameter("page") == null ? "1" : req.getParameter("page"))));
        } catch (NumberFormatException e) {
            page = 1;
        }
        b.append("<p class=\"total\"><strong id=\"total\">").append(String.format("%,d", ranked.size()))
                .append("</strong> 个结果 <small>results for</small> “").append(Html.text(q)).append("”");
        if (capped) {
            b.append(" <span class=\"capped\">（索引只返回前 ").append(String.format("%,d", HIT_LIMIT))
                    .append(" 条匹配，可能还有更多 <small>the index stopped at ").append(String.format("%,d", HIT_LIMIT))
                    .append(" matches; there may be more</small>）</span>");
        }
        b.append(" · <a class=\"export\" href=\"/search.csv?q=").append(Html.attr(Html.queryValue(q))).append("\">CSV</a>")
                .append(" · <a class=\"export\" href=\"/search.xlsx?q=").append(Html.attr(Html.queryValue(q))).append("\">Excel</a></p>");
        int from = (page - 1) * PAGE_SIZE;
        List<Hit> shown = ranked.subList(from, Math.min(ranked.size(), from + PAGE_SIZE));
        b.append("<ol class=\"hits\" start=\"").append(from + 1).append("\">");
        String list = site.bounded(bound -> Txn.calculateRead(site.dataset(), () -> {
            StringBuilder h = new StringBuilder();
            for (Hit hit : shown) {
                if (bound.cancelled()) {
                    break; // the bound has answered 503 already
                }
                h.append("<li>").append(render.term(hit.entity()));
                Node type = type(hit.entity());
                if (type != null) {
                    h.append(" <span class=\"type\">").append(Html.text(site.label(type))).append("</span>");
                }
                Node policy = policy(hit.entity());
                Node region = region(hit.entity(), policy);
                if (policy != null || region != null) {
                    h.append(" <span class=\"context\">");
                    if (policy != null && !policy.equals(hit.entity())) {
                        h.append("政策 ").append(render.link(policy)).append(" ");
                    }
                    if (region != null && !region.equals(hit.entity())) {
                        h.append("地区 ").append(render.link(region));
                    }
                    h.append("</span>");
                }
                h.append("<div class=\"snippet\">").append(highlight(snippet(hit.text(), terms), terms)).append("</div></li>");
            }
            return h.toString();
        }));
        b.append(list).append("</ol>");
        if (pages > 1) {
            b.append("<nav class=\"pager\">第 ").append(page).append(" / ").append(pages).append(" 页 <small>page</small> ");
            if (page > 1) {
                b.append("<a rel=\"prev\" href=\"/search?q=").append(Html.attr(Html.queryValue(q))).append("&amp;page=")
                        .append(page - 1).append("\">← 上一页</a> ");
            }
            if (page < pages) {
                b.append("<a rel=\"next\" href=\"/search?q=").append(Html.attr(Html.queryValue(q))).append("&amp;page=")
                        .append(page + 1).append("\">下一页 →</a>");
            }
            b.append("</nav>");
        }
        Layout.write(resp, 200, "搜索 " + q, b.toString(), null);
    }

    private Node type(Node entity) {
        Node t = null;
        var it = site.dataset().find(Node.ANY, entity, Vocab.type, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                // the most specific of ours: pol:Agency over pol:Organization, pol:Policy over a Concept
                if (t == null || o.getURI().startsWith(POL.NS) && !t.getURI().startsWith(POL.NS)) {
                    t = o;
                }
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        return t;
    }

    /** The policy a target or measure belongs to; a policy is its own. */
    private Node policy(Node entity) {
        if (site.dataset().contains(Node.ANY, entity, Vocab.type, POL.Policy)) {
            return entity;
        }
        for (Node p : new Node[] {POL.hasTarget, POL.hasMeasure}) {
            var it = site.dataset().find(Node.ANY, Node.ANY, p, entity);
            try {
                if (it.hasNext()) {
                    return it.next().getSubject();
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        }
        return null;
    }

    private Node region(Node entity, Node policy) {
        Node r = Description.one(site.dataset(), entity, POL.region);
        if (r == null && policy != null) {
            r = Description.one(site.dataset(), policy, POL.jurisdiction);
        }
        return r;
    }

    /** At most 160 characters around the first match. */
    static String snippet(String s, Terms terms) {
        if (s.length() <= 160) {
            return s;
        }
        int at = -1;
        String lower = s.toLowerCase(Locale.ROOT);
        for (String t : terms.all()) {
            int i = lower.indexOf(t.toLowerCase(Locale.ROOT));
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        int from = Math.max(0, Math.min(at < 0 ? 0 : at - 40, s.length() - 160));
        return (from > 0 ? "…" : "") + s.substring(from, from + 160) + (from + 160 < s.length() ? "…" : "");
    }

    /** The text escaped, with each verbatim occurrence of a term in {@code <mark>}. */
    static String highlight(String s, Terms terms) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[s.length()];
        for (String t : terms.all()) {
            String lt = t.toLowerCase(Locale.ROOT);
            if (lt.length() != t.length() || lt.isEmpty()) {
                continue;
            }
            for (int i = lower.indexOf(lt); i >= 0; i = lower.indexOf(lt, i + 1)) {
                for (int k = i; k < i + lt.length() && k < marked.length; k++) {
                    marked[k] = true;
                }
            }
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && marked[j] == marked[i]) {
                j++;
            }
            String part = Html.text(s.substring(i, j));
            b.append(marked[i] ? "<mark class=\"hit\">" + part + "</mark>" : part);
            i = j;
        }
        return b.toString();
    }

    private List<List<Download.Cell>> downloadRows(List<Hit> hits) {
        List<List<Download.Cell>> out = new ArrayList<>();
        out.add(Download.texts(List.of("名称 Label", "类型 Type", "IRI", "政策 Policy", "地区 Region", "匹配文本 Matched text")));
        for (Hit h : hits) {
            Node type = type(h.entity());
            Node policy = policy(h.entity());
            Node region = region(h.entity(), policy);
            out.add(Download.texts(List.of(site.label(h.entity()), type == null ? "" : site.label(type),
                    h.entity().isURI() ? h.entity().getURI() : "", policy == null ? "" : site.label(policy),
                    region == null ? "" : site.label(region), h.text())));
        }
        return out;
    }
}
