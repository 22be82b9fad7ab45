package org.policykg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.policykg.rdf.POL;
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
            targets(d, doc);
            measures(d, doc);
            companies(d, doc);
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
            f.put("publishedBy", publishers(s));
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

    // --------------------------------------------------------------- targets

    private static final String[] TARGET_ATTRIBUTES = {"comparator", "counter", "deadline", "deadlineSource", "metric"};

    private void targets(Annotations.Doc d, String doc) {
        List<Map<String, Set<String>>> extracted = new ArrayList<>();
        for (String t : inGraph("?v a pol:Target", "")) {
            String s = "<" + t + ">";
            Map<String, Set<String>> f = new HashMap<>();
            f.put("owner", inGraph("?p pol:hasTarget " + s + " ; pol:title ?v", ""));
            if (f.get("owner").isEmpty()) {
                f.put("owner", inGraph(s + " pol:region ?r", "BIND(REPLACE(STR(?r), '^.*/', '') AS ?v)"));
            }
            f.put("value", inGraph(s + " pol:value ?v", ""));
            f.put("upper", inGraph(s + " pol:upperValue ?v", ""));
            f.put("unit", inGraph(s + " pol:unit ?u", "?u skos:notation ?v"));
            f.put("counter", inGraph(s + " pol:counter ?v", ""));
            f.put("comparator", inGraph(s + " pol:comparator ?c", "BIND(REPLACE(STR(?c), '^.*comparator-', '') AS ?v)"));
            f.put("deadline", inGraph(s + " pol:deadline ?v", ""));
            f.put("deadlineSource", inGraph(s + " pol:deadlineSource ?c",
                    "BIND(REPLACE(REPLACE(STR(?c), '^.*deadline-', ''), 'plan-end', 'planEnd') AS ?v)"));
            f.put("metric", inGraph(s + " pol:metric ?v", ""));
            extracted.add(f);
        }
        Score entity = score("Target");
        Set<Integer> used = new HashSet<>();
        for (Map<String, Object> e : d.targets()) {
            String owner = e.get("policy") != null ? key(str(e.get("policy"))) : str(e.get("region"));
            String what = d.file() + ": " + owner + " " + str(e.get("expression")) + " ";
            int found = -1;
            for (int i = 0; i < extracted.size() && found < 0; i++) {
                Map<String, Set<String>> x = extracted.get(i);
                boolean ownerMatches = x.get("owner").stream().anyMatch(o -> key(o).equals(owner) || o.equals(owner));
                boolean counterMatches = e.get("counter") == null || x.get("counter").isEmpty()
                        || x.get("counter").contains(str(e.get("counter")));
                if (!used.contains(i) && ownerMatches && counterMatches && sameNumber(e.get("value"), x.get("value"))
                        && sameNumber(e.get("upper"), x.get("upper")) && Set.of(str(e.get("unit"))).equals(x.get("unit"))) {
                    found = i;
                }
            }
            if (found < 0) {
                entity.falseNegative(what);
                for (String a : TARGET_ATTRIBUTES) {
                    score("Target." + a).compare(what + a + "=", Annotations.strings(e.get(a)), Set.of());
                }
                continue;
            }
            used.add(found);
            entity.truePositive();
            Map<String, Set<String>> x = extracted.get(found);
            for (String a : TARGET_ATTRIBUTES) {
                Set<String> want = Annotations.strings(e.get(a));
                Set<String> got = x.get(a);
                if (a.equals("metric")) {
                    got = similar(want, got) ? want : got;
                }
                score("Target." + a).compare(what + a + "=", want, got);
            }
        }
        for (int i = 0; i < extracted.size(); i++) {
            if (!used.contains(i)) {
                Map<String, Set<String>> x = extracted.get(i);
                entity.falsePositive(d.file() + ": " + x.get("owner") + " " + x.get("metric") + " " + x.get("value") + " " + x.get("unit"));
            }
        }
    }

    private static boolean sameNumber(Object expected, Set<String> actual) {
        if (expected == null) {
            return actual.isEmpty();
        }
        if (actual.size() != 1) {
            return false;
        }
        return new java.math.BigDecimal(str(expected)).compareTo(new java.math.BigDecimal(actual.iterator().next())) == 0;
    }

    /**
     * A free-text phrase (a target's metric, a measure's heading) is right when one
     * contains the other or they share at least half their characters: wording varies.
     */
    private static boolean similar(Set<String> want, Set<String> got) {
        if (want.size() != 1 || got.size() != 1) {
            return false;
        }
        String a = TitleKey.core(want.iterator().next()).replaceAll("\\(.*?\\)", "");
        String b = TitleKey.core(got.iterator().next()).replaceAll("\\(.*?\\)", "");
        if (Math.min(a.length(), b.length()) >= 2 && (a.contains(b) || b.contains(a))) {
            return true;
        }
        Set<Integer> ca = new HashSet<>();
        a.codePoints().forEach(ca::add);
        Set<Integer> cb = new HashSet<>();
        b.codePoints().forEach(cb::add);
        Set<Integer> inter = new HashSet<>(ca);
        inter.retainAll(cb);
        Set<Integer> union = new HashSet<>(ca);
        union.addAll(cb);
        return inter.size() * 2 >= union.size();
    }

    // -------------------------------------------------------------- measures

    private static final String[] MEASURE_ATTRIBUTES = {"section", "heading", "maxAmount", "maxRatio", "capPeriod",
            "instruments", "beneficiaries", "responsible", "lead", "participating"};

    @SuppressWarnings("unchecked")
    private void measures(Annotations.Doc d, String doc) {
        Map<String, List<Map<String, Set<String>>>> byPolicy = new HashMap<>();
        for (String m : inGraph("?p pol:hasMeasure ?v", "")) {
            String s = "<" + m + ">";
            Map<String, Set<String>> f = new HashMap<>();
            Set<String> policy = inGraph("?p pol:hasMeasure " + s + " ; pol:title ?v", "");
            f.put("ordinal", inGraph(s + " pol:ordinal ?v", ""));
            f.put("section", inGraph(s + " pol:section ?v", ""));
            f.put("heading", inGraph(s + " pol:heading ?v", ""));
            f.put("maxAmount", inGraph(s + " pol:maxAmount ?v", ""));
            f.put("maxRatio", inGraph(s + " pol:maxRatio ?v", ""));
            f.put("capPeriod", capPeriod(s));
            f.put("instruments", inGraph(s + " pol:support/pol:instrument ?c", "?c skos:prefLabel ?v FILTER(lang(?v) = 'zh-Hans')"));
            f.put("beneficiaries", inGraph(s + " pol:support/pol:beneficiary ?c", "?c skos:prefLabel ?v FILTER(lang(?v) = 'zh-Hans')"));
            f.put("responsible", inGraph(s + " pol:responsibleAgency ?a", "?a rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')"));
            f.put("lead", inGraph(s + " pol:leadAgency ?a", "?a rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')"));
            f.put("participating", inGraph(s + " pol:participatingAgency ?a", "?a rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')"));
            for (String t : policy) {
                byPolicy.computeIfAbsent(key(t), k -> new ArrayList<>()).add(f);
            }
        }
        Score entity = score("Measure");
        Score counts = score("Measure.count");
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> group : d.measures()) {
            String policy = key(str(group.get("policy")));
            seen.add(policy);
            List<Map<String, Set<String>>> extracted = byPolicy.getOrDefault(policy, List.of());
            List<Map<String, Object>> items = (List<Map<String, Object>>) group.getOrDefault("items", List.of());
            String ctx = d.file() + ": " + str(group.get("policy")) + ": ";
            if (items.size() == extracted.size()) {
                counts.truePositive();
            } else {
                counts.falseNegative(ctx + "count " + items.size() + " (extracted " + extracted.size() + ")");
            }
            Set<Integer> used = new HashSet<>();
            for (Map<String, Object> e : items) {
                int found = matchMeasure(e, extracted, used);
                String what = ctx + (e.get("ordinal") != null ? e.get("ordinal") : e.get("heading")) + " ";
                if (found < 0) {
                    entity.falseNegative(what);
                    for (String a : MEASURE_ATTRIBUTES) {
                        score("Measure." + a).compare(what + a + "=", measureValues(e, a), Set.of());
                    }
                    continue;
                }
                used.add(found);
                entity.truePositive();
                Map<String, Set<String>> x = extracted.get(found);
                for (String a : MEASURE_ATTRIBUTES) {
                    Set<String> want = measureValues(e, a);
                    Set<String> got = x.get(a);
                    if (a.equals("heading")) {
                        got = similar(want, got) ? want : got;
                    } else if (a.equals("responsible")) {
                        want = new TreeSet<>(want);
                        want.addAll(measureValues(e, "lead"));
                        want.addAll(measureValues(e, "participating"));
                    } else if (a.equals("maxAmount") || a.equals("maxRatio")) {
                        got = numbersAs(want, got);
                    }
                    score("Measure." + a).compare(what + a + "=", want, got);
                }
            }
            for (int i = 0; i < extracted.size(); i++) {
                if (!used.contains(i)) {
                    entity.falsePositive(ctx + extracted.get(i).get("ordinal") + " " + extracted.get(i).get("heading"));
                }
            }
        }
        byPolicy.forEach((policy, extracted) -> {
            if (!seen.contains(policy)) {
                for (Map<String, Set<String>> x : extracted) {
                    entity.falsePositive(d.file() + ": " + policy + ": " + x.get("ordinal") + " " + x.get("heading"));
                }
                counts.falsePositive(d.file() + ": " + policy + ": " + extracted.size() + " measures, none annotated");
            }
        });
    }

    /** The cap period of a measure's largest cap (the annotations give one period, for the cap). */
    private Set<String> capPeriod(String measure) {
        Set<String> withAmount = inGraph(measure + " pol:support ?s . ?s pol:maxAmount ?a ; pol:capPeriod ?c . "
                + "FILTER NOT EXISTS { " + measure + " pol:support/pol:maxAmount ?b FILTER(?b > ?a) }",
                "BIND(REPLACE(STR(?c), '^.*cap-', '') AS ?v)");
        if (!withAmount.isEmpty() || !inGraph(measure + " pol:support/pol:maxAmount ?v", "").isEmpty()) {
            return withAmount;
        }
        return inGraph(measure + " pol:support/pol:capPeriod ?c", "BIND(REPLACE(STR(?c), '^.*cap-', '') AS ?v)");
    }

    /** The same ordinal; an unnumbered offer by its amount, share or instruments. */
    private static int matchMeasure(Map<String, Object> e, List<Map<String, Set<String>>> extracted, Set<Integer> used) {
        String ordinal = str(e.get("ordinal"));
        String section = str(e.get("section"));
        if (ordinal != null && section != null) {
            // The same ordinal recurs in each section: (二) of 重点任务 is not (二) of 保障措施.
            for (int i = 0; i < extracted.size(); i++) {
                Map<String, Set<String>> x = extracted.get(i);
                if (!used.contains(i) && x.get("ordinal").contains(ordinal) && x.getOrDefault("section", Set.of()).contains(section)) {
                    return i;
                }
            }
        }
        for (int i = 0; i < extracted.size(); i++) {
            if (used.contains(i)) {
                continue;
            }
            Map<String, Set<String>> x = extracted.get(i);
            if (ordinal != null) {
                if (x.get("ordinal").contains(ordinal)) {
                    return i;
                }
                continue;
            }
            if (!x.get("ordinal").isEmpty()) {
                continue;
            }
            boolean money = e.get("maxAmount") != null || e.get("maxRatio") != null;
            if (money && (sameNumber(e.get("maxAmount"), x.get("maxAmount")) && e.get("maxAmount") != null
                    || sameNumber(e.get("maxRatio"), x.get("maxRatio")) && e.get("maxRatio") != null)) {
                return i;
            }
            if (!money && x.get("maxAmount").isEmpty() && x.get("maxRatio").isEmpty()
                    && !x.get("instruments").isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> measureValues(Map<String, Object> e, String attribute) {
        return Annotations.strings(e.get(attribute));
    }

    /** Numbers compare by value: an extracted 1.0E7 is the annotated 10000000. */
    private static Set<String> numbersAs(Set<String> want, Set<String> got) {
        if (want.size() == 1 && got.size() == 1 && new java.math.BigDecimal(want.iterator().next())
                .compareTo(new java.math.BigDecimal(got.iterator().next())) == 0) {
            return want;
        }
        return got;
    }

    // ------------------------------------------------------------- companies

    private void companies(Annotations.Doc d, String doc) {
        List<Map<String, Set<String>>> extracted = new ArrayList<>();
        for (String c : inGraph("?v a pol:Company", "")) {
            String s = "<" + c + ">";
            Map<String, Set<String>> f = new HashMap<>();
            f.put("iri", Set.of(c));
            f.put("title", inGraph(s + " rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')", ""));
            f.put("aliases", inGraph(s + " pol:alias ?v", ""));
            f.put("stockCode", inGraph(s + " pol:stockCode ?v", ""));
            f.put("partners", inGraph(s + " pol:partner ?o", "?o rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')"));
            extracted.add(f);
        }
        Score entity = score("Company");
        Set<Integer> used = new HashSet<>();
        Map<String, Integer> matchOf = new HashMap<>();
        for (Map<String, Object> e : d.companies()) {
            Set<String> names = new HashSet<>();
            names.add(str(e.get("name")));
            names.addAll(Annotations.strings(e.get("aliases")));
            int found = -1;
            for (int i = 0; i < extracted.size() && found < 0; i++) {
                Map<String, Set<String>> x = extracted.get(i);
                Set<String> xs = new HashSet<>(x.get("title"));
                xs.addAll(x.get("aliases"));
                xs.retainAll(names);
                if (!used.contains(i) && !xs.isEmpty()) {
                    found = i;
                }
            }
            String what = d.file() + ": " + e.get("name") + " ";
            if (found < 0) {
                entity.falseNegative(what);
                score("Company.stockCode").compare(what + "stockCode=", Annotations.strings(e.get("stockCode")), Set.of());
                continue;
            }
            used.add(found);
            matchOf.put(str(e.get("name")), found);
            entity.truePositive();
            score("Company.stockCode").compare(what + "stockCode=", Annotations.strings(e.get("stockCode")),
                    extracted.get(found).get("stockCode"));
        }
        for (int i = 0; i < extracted.size(); i++) {
            if (!used.contains(i)) {
                entity.falsePositive(d.file() + ": " + extracted.get(i).get("title"));
                score("Company.stockCode").compare(d.file() + ": " + extracted.get(i).get("title") + " stockCode=",
                        Set.of(), extracted.get(i).get("stockCode"));
            }
        }
        // Partnerships as unordered pairs of annotated names, the extracted side mapped through the matching.
        Set<String> want = new TreeSet<>();
        for (Map<String, Object> e : d.companies()) {
            for (String p : Annotations.strings(e.get("partners"))) {
                want.add(pair(str(e.get("name")), p));
            }
        }
        Map<Integer, String> nameOf = new HashMap<>();
        matchOf.forEach((name, i) -> nameOf.put(i, name));
        Set<String> got = new TreeSet<>();
        for (int i = 0; i < extracted.size(); i++) {
            for (String p : extracted.get(i).get("partners")) {
                String a = nameOf.getOrDefault(i, extracted.get(i).get("title").toString());
                String b = p;
                for (int j = 0; j < extracted.size(); j++) {
                    if (extracted.get(j).get("title").contains(p) && nameOf.containsKey(j)) {
                        b = nameOf.get(j);
                    }
                }
                got.add(pair(a, b));
            }
        }
        score("Company.partners").compare(d.file() + ": ", want, got);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " ~ " + b : b + " ~ " + a;
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
    /** Publishers by label; a company by its fullest name, as annotations name companies. */
    private Set<String> publishers(String report) {
        Set<String> out = new TreeSet<>();
        for (String o : inGraph(report + " pol:publishedBy ?v", "")) {
            String n = "<" + o + ">";
            Set<String> names = new TreeSet<>(inGraph(n + " rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')", ""));
            if (!inGraph(n + " a ?v", "").contains(POL.Company.getURI())) {
                out.addAll(names);
                continue;
            }
            names.addAll(inGraph(n + " pol:alias ?v", ""));
            names.stream().max(java.util.Comparator.comparingInt(String::length).thenComparing(x -> x)).ifPresent(out::add);
        }
        return out;
    }

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
