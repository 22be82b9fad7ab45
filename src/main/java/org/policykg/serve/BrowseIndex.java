package org.policykg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;

/**
 * The entities of one kind (policies, agencies, companies, regions, targets) with the
 * facet values each has, read once: the store does not change while the server runs.
 * Facet values are keyed by a short, readable token (an IRI's last part, a year) so
 * that a filtered list has a stable address such as {@code /browse/policies?region=310000&year=2023}.
 */
final class BrowseIndex {
    /** Stands for "no year is known" in the year facets, so undated items are counted, not dropped. */
    static final String NO_YEAR = "unknown";

    /** One facet: its request parameter, heading, and the pattern binding ?v for an entity ?s. */
    record Facet(String param, String zh, String en, String pattern, boolean region) {
    }

    /** A kind of entity to browse. */
    record Kind(String name, Node cls, String zh, String en, List<Facet> facets, String extraWhere) {
    }

    record Entry(Node node, String label, Map<String, Set<String>> values) {
    }

    private static final String PREFIXES = "PREFIX pol: <" + POL.NS + ">\nPREFIX dcterms: <http://purl.org/dc/terms/>\n";
    private static final String IN_DOCUMENTS = "FILTER EXISTS { GRAPH ?g { ?s ?p0 ?o0 } FILTER(STRSTARTS(STR(?g), \""
            + Iris.GRAPH + "document/\")) }";

    private static final Facet REGION = new Facet("region", "地区", "Region", null, true);
    private static final Facet LEVEL = new Facet("level", "层级", "Level", null, false);

    static final List<Kind> KINDS = List.of(
            new Kind("policies", POL.Policy, "政策", "Policies", List.of(
                    regionFacet("?s pol:jurisdiction ?v"), levelFacet("?s pol:jurisdiction ?r . ?r pol:level ?v"),
                    new Facet("year", "年份", "Year", "OPTIONAL { ?s dcterms:issued ?i } OPTIONAL { ?s pol:startYear ?y } "
                            + "BIND(COALESCE(IF(BOUND(?i), STR(YEAR(?i)), ?none), STR(?y), \"" + NO_YEAR + "\") AS ?v)", false),
                    new Facet("type", "类型", "Type", "?s pol:policyType ?v", false),
                    new Facet("theme", "主题", "Theme", "?s pol:theme ?v", false),
                    new Facet("issuer", "发文机关", "Issuer", "?s pol:issuedBy ?v", false)), ""),
            new Kind("agencies", POL.Agency, "机构", "Agencies", List.of(
                    regionFacet("?s pol:region ?v"), levelFacet("?s pol:region ?r . ?r pol:level ?v"),
                    new Facet("document", "文档", "Document", "?s pol:mentionedIn ?v", false)), ""),
            new Kind("companies", POL.Company, "企业", "Companies", List.of(
                    new Facet("document", "文档", "Document", "?s pol:mentionedIn ?v", false)), ""),
            new Kind("regions", POL.Region, "地区", "Regions", List.of(
                    new Facet("region", "所属地区", "Within", "?s pol:partOf ?v", true), levelFacet("?s pol:level ?v")),
                    IN_DOCUMENTS),
            new Kind("targets", POL.Target, "目标", "Targets", List.of(
                    regionFacet("?s pol:region ?v"), levelFacet("?s pol:region ?r . ?r pol:level ?v"),
                    new Facet("year", "期限", "Deadline", "OPTIONAL { ?s pol:deadline ?d } "
                            + "BIND(COALESCE(SUBSTR(STR(?d), 1, 4), \"" + NO_YEAR + "\") AS ?v)", false),
                    new Facet("unit", "单位", "Unit", "?s pol:unit ?v", false),
                    new Facet("theme", "主题", "Theme", "?p pol:hasTarget ?s ; pol:theme ?v", false),
                    new Facet("policy", "政策", "Policy", "?v pol:hasTarget ?s", false)), ""));

    private static Facet regionFacet(String pattern) {
        return new Facet(REGION.param(), REGION.zh(), REGION.en(), pattern, true);
    }

    private static Facet levelFacet(String pattern) {
        return new Facet(LEVEL.param(), LEVEL.zh(), LEVEL.en(), pattern, false);
    }

    static Kind kind(String name) {
        for (Kind k : KINDS) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    final Kind kind;
    final List<Entry> entries;
    /** Facet token → the node it stands for (IRIs), per facet. */
    final Map<String, Map<String, Node>> nodes = new HashMap<>();
    /** The gazetteer's pol:partOf, for the province → city → district drill-down. */
    final RegionTree regions;

    /** Region tokens: child → parent, and token → region. */
    record RegionTree(Map<String, String> parent, Map<String, Node> node) {
    }

    /** Builds the index; call inside a read transaction. */
    BrowseIndex(Site site, Kind kind, RegionTree regions) {
        this.kind = kind;
        this.regions = regions;
        Map<String, String> parent = regions.parent();
        Map<Node, Map<String, Set<String>>> values = new LinkedHashMap<>();
        for (Binding b : site.select(PREFIXES + "SELECT DISTINCT ?s WHERE { ?s a <" + kind.cls().getURI() + "> . "
                + kind.extraWhere() + " }", null)) {
            values.put(b.get("s"), new HashMap<>());
        }
        for (Facet f : kind.facets()) {
            Map<String, Node> tokens = nodes.computeIfAbsent(f.param(), k -> new HashMap<>());
            for (Binding b : site.select(PREFIXES + "SELECT DISTINCT ?s ?v WHERE { ?s a <" + kind.cls().getURI() + "> . "
                    + f.pattern() + " }", null)) {
                Map<String, Set<String>> m = values.get(b.get("s"));
                Node v = b.get("v");
                if (m == null || v == null) {
                    continue;
                }
                String t = token(v);
                tokens.put(t, v);
                Set<String> set = m.computeIfAbsent(f.param(), k -> new TreeSet<>());
                set.add(t);
                if (f.region()) {
                    // A city's policy is also a policy within its province: walk up pol:partOf.
                    for (String p = parent.get(t); p != null && set.add(p); p = parent.get(p)) {
                        tokens.putIfAbsent(p, regions.node().get(p));
                    }
                }
            }
        }
        List<Entry> list = new ArrayList<>();
        values.forEach((n, m) -> list.add(new Entry(n, site.label(n), m)));
        Comparator<Entry> order = Comparator.comparing(Entry::label).thenComparing(e -> e.node().toString());
        if (kind.facets().stream().anyMatch(f -> f.param().equals("year"))) {
            // Newest first; undated last, so they are seen and not mistaken for the oldest.
            order = Comparator.comparing((Entry e) -> yearKey(e.values().get("year"))).thenComparing(order);
        }
        list.sort(order);
        this.entries = List.copyOf(list);
    }

    private static String yearKey(Set<String> years) {
        if (years == null || years.isEmpty() || years.contains(NO_YEAR)) {
            return "~";
        }
        return String.valueOf(9999 - Integer.parseInt(((TreeSet<String>) years).last().replaceAll("\\D", "0")));
    }

    /** The token standing for a facet value in an address: an IRI's last part, a literal's text. */
    static String token(Node v) {
        return v.isURI() ? Site.localName(v) : v.getLiteralLexicalForm();
    }

    /** The entries matching every chosen facet value. */
    List<Entry> filter(Map<String, String> chosen) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            boolean ok = true;
            for (Map.Entry<String, String> c : chosen.entrySet()) {
                Set<String> v = e.values().get(c.getKey());
                if (v == null || !v.contains(c.getValue())) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                out.add(e);
            }
        }
        return out;
    }

    /** Region tokens from the reference graph's pol:partOf: child → parent. */
    static RegionTree regionTree(Site site) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Node> node = new HashMap<>();
        for (Binding b : site.select(PREFIXES + "SELECT ?r ?p WHERE { ?r a pol:Region ; pol:partOf ?p }", null)) {
            parent.put(token(b.get("r")), token(b.get("p")));
            node.put(token(b.get("r")), b.get("r"));
            node.put(token(b.get("p")), b.get("p"));
        }
        return new RegionTree(Map.copyOf(parent), Map.copyOf(node));
    }
}
