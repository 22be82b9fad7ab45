package org.policykg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.policykg.score.Annotations;
import org.policykg.score.GraphView;
import org.policykg.score.Match;

/**
 * An own policy whose text never states its title is annotated without one, and its measures
 * and targets name it {@code (self)} (eval/real/README.md, 2). The extractor still gives such
 * a policy a title (derived from region and type), so before scoring, the untitled annotation
 * takes the title of the policy the document embodies that no titled annotation claims; with
 * none, a title nothing extracted can have, so that the policy and its facts count as missed.
 */
final class OwnPolicyTitles {
    static final String SELF = "(self)";
    static final String MISSING = "(untitled own policy)";

    private OwnPolicyTitles() {
    }

    static Annotations.Doc resolve(Annotations.Doc d, GraphView g) {
        List<Map<String, Object>> untitled = d.policies().stream()
                .filter(p -> p.get("title") == null && Boolean.TRUE.equals(p.get("self"))).toList();
        if (untitled.isEmpty()) {
            return d;
        }
        Set<String> claimed = new HashSet<>();
        for (Map<String, Object> p : d.policies()) {
            if (p.get("title") != null) {
                claimed.add(Match.key(Match.str(p.get("title"))));
                Annotations.strings(p.get("aliases")).forEach(a -> claimed.add(Match.key(a)));
            }
        }
        TreeSet<String> candidates = new TreeSet<>();
        for (String t : g.values("SELECT ?v WHERE { <" + g.document() + "> pol:embodies ?p . ?p pol:title ?v }")) {
            if (!claimed.contains(Match.key(t))) {
                candidates.add(t);
            }
        }
        // Two untitled own policies in one text cannot be told apart by title: both count as missed.
        String title = untitled.size() == 1 && !candidates.isEmpty() ? candidates.first() : MISSING;
        List<Map<String, Object>> policies = new ArrayList<>();
        for (Map<String, Object> p : d.policies()) {
            policies.add(untitled.contains(p) ? with(p, "title", title) : p);
        }
        return new Annotations.Doc(d.file(), d.document(), policies, d.reports(), d.regions(), d.agencies(),
                renamed(d.targets(), title), renamed(d.measures(), title), d.companies());
    }

    private static List<Map<String, Object>> renamed(List<Map<String, Object>> items, String title) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> m : items) {
            out.add(SELF.equals(m.get("policy")) ? with(m, "policy", title) : m);
        }
        return out;
    }

    private static Map<String, Object> with(Map<String, Object> m, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(m);
        copy.put(key, value);
        return copy;
    }
}
