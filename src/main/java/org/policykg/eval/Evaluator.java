package org.policykg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.policykg.reference.Gazetteer;
import org.policykg.resolve.TitleKey;

/**
 * Compares an extracted graph with the annotations. Everything is read back
 * through SPARQL, so the report scores what was really written. Each document
 * is scored on its own named graph: what that document states, not what the
 * merged node learned from other documents.
 */
public final class Evaluator {
    private static final String PREFIXES = """
            PREFIX pol: <https://w3id.org/policykg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private final Dataset dataset;
    private final Map<String, Score> scores = new LinkedHashMap<>();

    /** {@code ds}: the extracted named graphs; its default graph is made their union (labels, concepts). */
    public Evaluator(DatasetGraph ds) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        ds.find().forEachRemaining(q -> {
            copy.add(q);
            copy.getDefaultGraph().add(q.asTriple());
        });
        this.dataset = DatasetFactory.wrap(copy);
    }

    public Map<String, Score> scores() {
        return scores;
    }

    private Score score(String name) {
        return scores.computeIfAbsent(name, k -> new Score());
    }

    public Map<String, Score> evaluate(List<Annotations.Doc> docs) {
        for (Annotations.Doc d : docs) {
            String doc = documentIri(d.file());
            if (doc == null) {
                score("Document").falseNegative(d.file() + ": not extracted");
                continue;
            }
            graph = values("SELECT ?v WHERE { <" + doc + "> pol:namedGraph ?v }").iterator().next();
            documents(d, doc);
            policies(d, doc);
            reports(d, doc);
            String ctx = d.file() + ": ";
            score("Region").compare(ctx, d.regions(), values(
                    "SELECT ?v WHERE { ?r pol:mentionedIn <" + doc + "> . ?r a pol:Region BIND(REPLACE(STR(?r), '^.*/', '') AS ?v) }"));
            score("Agency").compare(ctx, d.agencies(), values(
                    "SELECT ?v WHERE { ?a pol:mentionedIn <" + doc + "> . ?a a pol:Agency ; rdfs:label ?v FILTER(lang(?v) = 'zh-Hans') }"));
        }
        return scores;
    }

    /** The named graph of the document being scored: facts are read from it. */
    private String graph;

    private String documentIri(String file) {
        Set<String> iris = values("SELECT ?v WHERE { ?v a pol:Document ; pol:sourceFile \"" + file.replace("\"", "") + "\" }");
        return iris.isEmpty() ? null : iris.iterator().next();
    }

    // ----------------------------------------------------------------- documents

    private void documents(Annotations.Doc d, String doc) {
        String ctx = d.file() + ": ";
        Score s = score("Document");
        compareOne(s, ctx + "title=", str(d.document().get("title")),
                values("SELECT ?v WHERE { <" + doc + "> dcterms:title ?v }"));
        compareOne(s, ctx + "issued=", str(d.document().get("issued")),
                values("SELECT ?v WHERE { <" + doc + "> dcterms:issued ?v }"));
        compareOne(s, ctx + "publisher=", str(d.document().get("publisher")),
                values("SELECT ?v WHERE { <" + doc + "> dcterms:publisher/rdfs:label ?v FILTER(lang(?v) = 'zh-Hans') }"));
        compareOne(s, ctx + "source=", str(d.document().get("source")),
                values("SELECT ?v WHERE { <" + doc + "> dcterms:source ?v }"));
        s.compare(ctx + "creator=", Annotations.strings(d.document().get("creators")),
                values("SELECT ?v WHERE { <" + doc + "> dcterms:creator/rdfs:label ?v }"));
    }

    private static void compareOne(Score s, String ctx, String expected, Set<String> actual) {
        s.compare(ctx, expected == null ? Set.of() : Set.of(expected), actual);
    }

    // ------------------------------------------------------------------ policies

    private static final String[] POLICY_ATTRIBUTES = {"type", "number", "issued", "start", "end", "validUntil",
            "jurisdiction", "issuedBy", "aliases"};

    private void policies(Annotations.Doc d, String doc) {
        List<Map<String, Set<String>>> extracted = new ArrayList<>();
        for (String p : values("SELECT ?v WHERE { ?v a pol:Policy ; pol:mentionedIn <" + doc + "> }")) {
            extracted.add(policyFacts(p));
        }
        matchEntities(d.file(), "Policy", d.policies(), extracted, POLICY_ATTRIBUTES);
    }

    private Map<String, Set<String>> policyFacts(String p) {
        Map<String, Set<String>> f = new HashMap<>();
        String s = "<" + p + ">";
        f.put("title", inGraph(s + " pol:title ?v", ""));
        f.put("type", inGraph(s + " pol:policyType ?c", "?c skos:prefLabel ?v FILTER(lang(?v) = 'zh-Hans')"));
        f.put("number", inGraph(s + " pol:documentNumber ?v", ""));
        f.put("issued", inGraph(s + " dcterms:issued ?v", ""));
        f.put("start", inGraph(s + " pol:startYear ?v", ""));
        f.put("end", inGraph(s + " pol:endYear ?v", ""));
        f.put("validUntil", inGraph(s + " pol:validUntil ?v", ""));
        f.put("jurisdiction", inGraph(s + " pol:jurisdiction ?r", "BIND(REPLACE(STR(?r), '^.*/', '') AS ?v)"));
        f.put("issuedBy", inGraph(s + " pol:issuedBy ?a", "?a rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')"));
        f.put("aliases", aliases(inGraph(s + " pol:alias ?v", "")));
        return f;
    }

    private void reports(Annotations.Doc d, String doc) {
        List<Map<String, Set<String>>> extracted = new ArrayList<>();
        for (String r : values("SELECT ?v WHERE { ?v a pol:Report ; pol:mentionedIn <" + doc + "> }")) {
            Map<String, Set<String>> f = new HashMap<>();
            String s = "<" + r + ">";
            f.put("title", inGraph(s + " pol:title ?v", ""));
            f.put("aliases", aliases(inGraph(s + " pol:alias ?v", "")));
            f.put("publishedBy", inGraph(s + " pol:publishedBy ?o", "?o rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')"));
            extracted.add(f);
        }
        matchEntities(d.file(), "Report", d.reports(), extracted, new String[] {"publishedBy"});
    }

    /**
     * Pairs annotated and extracted entities by title (or an alias of either),
     * scores the pairing, then every attribute of the pairs.
     */
    private void matchEntities(String file, String cls, List<Map<String, Object>> expected,
                               List<Map<String, Set<String>>> extracted, String[] attributes) {
        Score entity = score(cls);
        Set<Integer> used = new HashSet<>();
        for (Map<String, Object> e : expected) {
            String title = str(e.get("title"));
            Set<String> names = new HashSet<>();
            names.add(key(title));
            for (String a : Annotations.strings(e.get("aliases"))) {
                names.add(key(a));
            }
            int found = -1;
            for (int i = 0; i < extracted.size() && found < 0; i++) {
                if (used.contains(i)) {
                    continue;
                }
                Map<String, Set<String>> x = extracted.get(i);
                for (String t : x.get("title")) {
                    if (names.contains(key(t)) || keys(x.get("aliases")).contains(key(title))) {
                        found = i;
                    }
                }
            }
            String ctx = file + ": " + title + ": ";
            if (found < 0) {
                entity.falseNegative(file + ": " + title);
                for (String a : attributes) {
                    score(cls + "." + a).compare(ctx + a + "=", expectedValues(e, a), Set.of());
                }
                continue;
            }
            used.add(found);
            entity.truePositive();
            Map<String, Set<String>> x = extracted.get(found);
            for (String a : attributes) {
                score(cls + "." + a).compare(ctx + a + "=", expectedValues(e, a), x.getOrDefault(a, Set.of()));
            }
        }
        for (int i = 0; i < extracted.size(); i++) {
            if (used.contains(i)) {
                continue;
            }
            Map<String, Set<String>> x = extracted.get(i);
            String title = x.get("title").isEmpty() ? "?" : x.get("title").iterator().next();
            entity.falsePositive(file + ": " + title);
            for (String a : attributes) {
                score(cls + "." + a).compare(file + ": " + title + ": " + a + "=", Set.of(), x.getOrDefault(a, Set.of()));
            }
        }
    }

    private static Set<String> expectedValues(Map<String, Object> e, String attribute) {
        Set<String> v = Annotations.strings(e.get(attribute));
        return attribute.equals("aliases") ? aliases(v) : v;
    }

    /** Aliases compare without 《》 and without a leading region name (上海新一轮新基建方案 = 新一轮新基建方案). */
    static Set<String> aliases(Set<String> raw) {
        Set<String> out = new TreeSet<>();
        for (String a : raw) {
            String k = TitleKey.core(a);
            var m = Gazetteer.get().nameAtStart(k);
            if (m != null && m.end() < k.length()) {
                k = k.substring(m.end());
            }
            out.add(k);
        }
        return out;
    }

    private static Set<String> keys(Set<String> titles) {
        Set<String> out = new HashSet<>();
        for (String t : titles) {
            out.add(key(t));
        }
        return out;
    }

    private static String key(String title) {
        return TitleKey.core(TitleKey.display(title));
    }

    private static String str(Object o) {
        return Annotations.str(o);
    }

    /** Values of ?v where {@code pattern} holds in the document's graph and {@code more} in the union. */
    private Set<String> inGraph(String pattern, String more) {
        return values("SELECT ?v WHERE { GRAPH <" + graph + "> { " + pattern + " } " + more + " }");
    }

    private Set<String> values(String select) {
        Set<String> out = new TreeSet<>();
        Query q = QueryFactory.create(PREFIXES + select);
        try (QueryExecution qe = QueryExecution.create(q, dataset)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                RDFNode v = s.get("v");
                if (v == null) {
                    continue;
                }
                out.add(v.isLiteral() ? v.asLiteral().getLexicalForm() : v.toString());
            }
        }
        return out;
    }
}
