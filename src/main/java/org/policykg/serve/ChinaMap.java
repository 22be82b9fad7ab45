package org.policykg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.apache.jena.graph.Node;
import org.policykg.rdf.POL;

/**
 * The numbers the map of China on /compare is coloured by: for each region code, how many
 * policies, targets and capped support measures apply there (a province counts its cities',
 * as in /browse). The shapes (assets/map/, from echarts 4.9.0) carry the same GB/T 2260
 * codes as our region IRIs, so the page joins them by code.
 */
final class ChinaMap {
    /** One measure a map can be coloured by. */
    record Measure(String key, String zh, String en, Map<String, Integer> byRegion) {
    }

    private ChinaMap() {
    }

    /** The measures, read once per server (the store does not change); call inside a read transaction. */
    static List<Measure> measures(Site site, BrowseIndex policies, BrowseIndex targets) {
        return site.memo("china-map", () -> List.of(
                new Measure("policies", "政策", "Policies", count(policies, e -> 1)),
                new Measure("targets", "目标", "Targets", count(targets, e -> 1)),
                new Measure("caps", "有金额上限的支持措施", "Support measures with a cap", count(policies, e -> capped(site, e.node())))));
    }

    /** Adds each entry's weight to every region it applies to (its own and those above it). */
    private static Map<String, Integer> count(BrowseIndex index, ToIntFunction<BrowseIndex.Entry> weight) {
        Map<String, Integer> out = new TreeMap<>();
        for (BrowseIndex.Entry e : index.entries) {
            int w = weight.applyAsInt(e);
            if (w == 0) {
                continue;
            }
            for (String r : e.values().getOrDefault("region", Set.of())) {
                out.merge(r, w, Integer::sum);
            }
        }
        return out;
    }

    private static int capped(Site site, Node policy) {
        List<Node> measures = new ArrayList<>();
        Description.forEach(site.dataset(), policy, POL.hasMeasure, Node.ANY, q -> measures.add(q.getObject()));
        int n = 0;
        for (Node m : measures) {
            if (Description.one(site.dataset(), m, POL.maxAmount) != null) {
                n++;
            }
        }
        return n;
    }

    /** The page data: the measures, each region's label, and how many regions a comparison takes. */
    static String json(Site site, BrowseIndex policies, List<Measure> measures, int maxRegions) {
        StringBuilder b = new StringBuilder("{\"maxRegions\":").append(maxRegions).append(",\"measures\":[");
        Set<String> regions = new java.util.TreeSet<>();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            b.append(i > 0 ? "," : "").append("{\"key\":").append(Html.jsonString(m.key())).append(",\"name\":")
                    .append(Html.jsonString(m.zh() + " " + m.en())).append(",\"values\":{");
            int k = 0;
            for (Map.Entry<String, Integer> e : m.byRegion().entrySet()) {
                b.append(k++ > 0 ? "," : "").append(Html.jsonString(e.getKey())).append(':').append(e.getValue());
                regions.add(e.getKey());
            }
            b.append("}}");
        }
        b.append("],\"labels\":{");
        int k = 0;
        for (String r : regions) {
            Node n = policies.nodes.getOrDefault("region", Map.of()).get(r);
            n = n != null ? n : policies.regions.node().get(r);
            if (n != null) {
                b.append(k++ > 0 ? "," : "").append(Html.jsonString(r)).append(':').append(Html.jsonString(site.label(n)));
            }
        }
        return b.append("}}").toString();
    }
}
