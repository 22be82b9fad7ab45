package org.policykg.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.policykg.query.SavedQueries;
import org.policykg.rdf.Vocab;
import org.policykg.store.Store;

/**
 * What every page needs: the store, the saved queries, the base IRI the site's
 * paths stand for, and labels. The store does not change while the server runs,
 * so labels are cached. {@code base} is the IRI prefix served at "/":
 * {@code base + "resource/policy/X"} is {@code /resource/policy/X}.
 */
public final class Site {
    /** Stands for "no English label" in the cache (which holds no nulls). */
    private static final String NONE = "";

    private final Store store;
    private final SavedQueries queries;
    private final String base;
    private final long timeoutMillis;
    private final int maxRows;
    private final Map<Node, String> labels = new ConcurrentHashMap<>();
    private final Map<Node, String> englishLabels = new ConcurrentHashMap<>();
    private final QueryBound bound;

    /** @param bound the public endpoint's wall-clock bound, which pages share */
    Site(Store store, SavedQueries queries, String base, long timeoutMillis, int maxRows, QueryBound bound) {
        this.store = store;
        this.queries = queries;
        this.base = base;
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
        this.bound = bound;
    }

    private final Map<String, Object> memo = new ConcurrentHashMap<>();

    /** A value computed once per key: the store does not change while the server runs. */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> f) {
        return (T) memo.computeIfAbsent(key, k -> f.get());
    }

    public Store store() {
        return store;
    }

    public SavedQueries queries() {
        return queries;
    }

    public String base() {
        return base;
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }

    public int maxRows() {
        return maxRows;
    }

    public DatasetGraph dataset() {
        return store.dataset();
    }

    /**
     * Runs {@code body} on a query worker under the same wall-clock bound as the public endpoint
     * ({@link QueryBound}): the page waits at most the timeout, whatever the body does, and then
     * gets {@link QueryBound.Stopped}. Jena's own timeout is not used: its one timer thread can be
     * held by a query's lock. The body opens its own read transaction (it runs on another thread).
     */
    <T> T bounded(java.util.function.Function<QueryBound.Handle, T> body) {
        return bound.run(timeoutMillis, body);
    }

    /** A SELECT's variables and rows, with their terms resolved (usable outside the transaction). */
    record Rows(List<Var> vars, List<Binding> rows) {
    }

    /**
     * Runs a SELECT of ours over the store under the bound, with request values only ever
     * arriving as bound terms in {@code bind}; the query polls the bound's cancel signal.
     */
    Rows rows(String sparql, Binding bind) {
        return bounded(h -> Txn.calculateRead(dataset(), () -> {
            var builder = QueryExec.newBuilder().dataset(dataset()).query(sparql)
                    .set(ARQConstants.symCancelQuery, h.cancel);
            if (bind != null) {
                builder.substitution(bind);
            }
            List<Binding> out = new ArrayList<>();
            try (QueryExec qe = builder.build()) {
                RowSet rs = qe.select();
                // Copied: TDB2 resolves a binding's terms lazily, which needs the transaction.
                rs.forEachRemaining(b -> out.add(org.policykg.query.QueryRunner.copy(b)));
                return new Rows(rs.getResultVars(), out);
            }
        }));
    }

    /** The rows of {@link #rows}: may be called inside or outside a read transaction. */
    public List<Binding> select(String sparql, Binding bind) {
        return rows(sparql, bind).rows();
    }

    /** The local path of an IRI under the base, percent-encoded; null for other IRIs. */
    public String path(String iri) {
        if (!iri.startsWith(base)) {
            return null;
        }
        String rest = iri.substring(base.length());
        int hash = rest.indexOf('#');
        String path = hash < 0 ? rest : rest.substring(0, hash);
        String fragment = hash < 0 ? "" : "#" + Html.pathSegment(rest.substring(hash + 1), false);
        return "/" + Html.pathSegment(path, true) + fragment;
    }

    /** The IRI a request path stands for: {@code /resource/x} → {@code base + "resource/x"}. */
    public String iri(String decodedPath) {
        return base + (decodedPath.startsWith("/") ? decodedPath.substring(1) : decodedPath);
    }

    /** A display label: rdfs:label in zh-Hans, else zh, else en, else any, else the IRI's last part. */
    public String label(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return labels.computeIfAbsent(n, k -> Txn.calculateRead(dataset(), () -> findLabel(k)));
    }

    private static final Node PREF_LABEL = org.apache.jena.graph.NodeFactory.createURI(Vocab.SKOS + "prefLabel");

    private String findLabel(Node n) {
        String l = findLabel(n, Vocab.label);
        if (l == null) {
            l = findLabel(n, PREF_LABEL);
        }
        return l != null ? l : localName(n);
    }

    private String findLabel(Node n, Node predicate) {
        String zhHans = null;
        String zh = null;
        String en = null;
        String any = null;
        var it = dataset().find(Node.ANY, n, predicate, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node o = q.getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                String lang = o.getLiteralLanguage();
                String v = o.getLiteralLexicalForm();
                if (lang.equalsIgnoreCase("zh-Hans") && (zhHans == null || v.compareTo(zhHans) < 0)) {
                    zhHans = v;
                } else if (lang.toLowerCase().startsWith("zh") && zh == null) {
                    zh = v;
                } else if (lang.equalsIgnoreCase("en") && en == null) {
                    en = v;
                } else if (any == null || v.compareTo(any) < 0) {
                    any = v;
                }
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        return zhHans != null ? zhHans : zh != null ? zh : en != null ? en : any;
    }

    /** The English label (rdfs:label or skos:prefLabel) where there is one, else null. */
    public String englishLabel(Node n) {
        String l = englishLabels.computeIfAbsent(n, k -> {
            String found = Txn.calculateRead(dataset(), () -> findEnglishLabel(k));
            return found == null ? NONE : found;
        });
        return l.equals(NONE) ? null : l;
    }

    private String findEnglishLabel(Node n) {
        for (Node p : new Node[] {Vocab.label, PREF_LABEL}) {
            var it = dataset().find(Node.ANY, n, p, Node.ANY);
            try {
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase("en")) {
                        return o.getLiteralLexicalForm();
                    }
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        }
        return null;
    }

    static String localName(Node n) {
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        String s = n.getURI();
        int cut = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        String tail = cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : s;
        return java.net.URLDecoder.decode(tail.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
