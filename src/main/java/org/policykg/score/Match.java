package org.policykg.score;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.policykg.analysis.TitleKey;
import org.policykg.reference.Gazetteer;

/** How annotated and extracted values are paired and compared, shared by the concerns' scorers. */
public final class Match {
    private Match() {
    }

    /**
     * Pairs annotated and extracted entities by title (or an alias of either),
     * scores the pairing, then every attribute of the pairs.
     */
    public static void entities(Scores scores, String file, String cls, List<Map<String, Object>> expected,
                                List<Map<String, Set<String>>> extracted, String[] attributes) {
        Score entity = scores.of(cls);
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
                    scores.of(cls + "." + a).compare(ctx + a + "=", expectedValues(e, a), Set.of());
                }
                continue;
            }
            used.add(found);
            entity.truePositive();
            Map<String, Set<String>> x = extracted.get(found);
            for (String a : attributes) {
                scores.of(cls + "." + a).compare(ctx + a + "=", expectedValues(e, a), x.getOrDefault(a, Set.of()));
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
                scores.of(cls + "." + a).compare(file + ": " + title + ": " + a + "=", Set.of(), x.getOrDefault(a, Set.of()));
            }
        }
    }

    /**
     * The keys an annotated policy answers to, title first and then its aliases in the annotation's
     * order: the names {@link #entities} pairs a policy by, so that the measures and targets an
     * annotation files under a policy follow it wherever the policy itself pairs.
     */
    public static List<String> annotatedNames(List<Map<String, Object>> policies, String title) {
        String k = key(title);
        List<String> names = new ArrayList<>(List.of(k));
        for (Map<String, Object> p : policies) {
            if (key(str(p.get("title"))).equals(k)) {
                for (String a : Annotations.strings(p.get("aliases"))) {
                    if (!names.contains(key(a))) {
                        names.add(key(a));
                    }
                }
            }
        }
        return names;
    }

    /** Whether {@code key} is the title key of an annotated policy (an alias that is another policy's title pairs nothing). */
    public static boolean annotatedTitle(List<Map<String, Object>> policies, String key) {
        return policies.stream().anyMatch(p -> key(str(p.get("title"))).equals(key));
    }

    private static Set<String> expectedValues(Map<String, Object> e, String attribute) {
        Set<String> v = Annotations.strings(e.get(attribute));
        return switch (attribute) {
            case "aliases" -> aliases(v);
            case "implements", "repeals", "amends" -> keys(v);
            default -> v;
        };
    }

    /** Aliases compare without 《》 and without a leading region name (上海新一轮新基建方案 = 新一轮新基建方案). */
    public static Set<String> aliases(Set<String> raw) {
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

    public static Set<String> keys(Set<String> titles) {
        Set<String> out = new TreeSet<>();
        for (String t : titles) {
            out.add(key(t));
        }
        return out;
    }

    /** A title as it is compared: its core, display form normalised. */
    public static String key(String title) {
        return TitleKey.core(TitleKey.display(title));
    }

    /**
     * A document title as printed, without its presentation: full- and half-width forms folded
     * (NFKC: ，→,) and white space dropped, on both sides alike, as policy titles compare by
     * their core. An annotator keeps the page's comma or space; the extractor may fold them.
     */
    public static String printed(String title) {
        return title == null ? null : Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    public static Set<String> printed(Set<String> titles) {
        Set<String> out = new TreeSet<>();
        for (String t : titles) {
            out.add(printed(t));
        }
        return out;
    }

    public static String str(Object o) {
        return Annotations.str(o);
    }

    public static void one(Score s, String ctx, String expected, Set<String> actual) {
        s.compare(ctx, expected == null ? Set.of() : Set.of(expected), actual);
    }

    /** An annotated number and the one extracted value are the same number (both absent counts too). */
    public static boolean sameNumber(Object expected, Set<String> actual) {
        if (expected == null) {
            return actual.isEmpty();
        }
        if (actual.size() != 1) {
            return false;
        }
        return new BigDecimal(str(expected)).compareTo(new BigDecimal(actual.iterator().next())) == 0;
    }

    /** Numbers compare by value: an extracted 1.0E7 is the annotated 10000000. */
    public static Set<String> numbersAs(Set<String> want, Set<String> got) {
        if (want.size() == 1 && got.size() == 1 && new BigDecimal(want.iterator().next())
                .compareTo(new BigDecimal(got.iterator().next())) == 0) {
            return want;
        }
        return got;
    }

    /**
     * A free-text phrase (a target's metric, a measure's heading) is right when one
     * contains the other or they share at least half their characters: wording varies.
     */
    public static boolean similar(Set<String> want, Set<String> got) {
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
}
