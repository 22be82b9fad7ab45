package org.policykg.reference;

import org.policykg.text.Tsv;

/**
 * Policies of the whole country that texts cite by name without 《》 (national-policies.tsv): the
 * laws in force by their short names (网络安全法 for 中华人民共和国网络安全法), the State Council's most
 * cited administrative regulations, and the Central Committee's rules a work report names
 * (中央八项规定). Their jurisdiction is the country's.
 */
public final class NationalPolicies {
    /** What kind of body made the policy. */
    public enum Kind { LAW, REGULATIONS, PARTY }

    private final PhraseMatcher<Kind> names;

    private NationalPolicies() {
        PhraseMatcher.Builder<Kind> b = PhraseMatcher.builder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Tsv.Row r : Tsv.rows("/org/policykg/reference/national-policies.tsv", 2, 3)) {
            String[] f = r.fields();
            if (!seen.add(f[0])) {
                throw new IllegalStateException("national-policies.tsv line " + r.line() + ": " + f[0] + " is listed twice");
            }
            Kind k = switch (f[1]) {
                case "law" -> Kind.LAW;
                case "regulations" -> Kind.REGULATIONS;
                case "party" -> Kind.PARTY;
                default -> throw new IllegalStateException("national-policies.tsv line " + r.line() + ": unknown kind " + f[1]
                        + " (law, regulations or party)");
            };
            b.add(f[0], k);
        }
        names = b.build();
    }

    /** Loaded once, on first use (the JVM's class initialisation makes it safe across threads). */
    private static final class Holder {
        static final NationalPolicies INSTANCE = new NationalPolicies();
    }

    public static NationalPolicies get() {
        return Holder.INSTANCE;
    }

    /** The names in {@code text}, leftmost-longest. */
    public java.util.List<PhraseMatcher.Hit<Kind>> in(CharSequence text) {
        return names.longest(text);
    }

    /** Is {@code name} (perhaps with 中华人民共和国 before it) one of the listed policies? */
    public boolean contains(String name) {
        String bare = name.startsWith("中华人民共和国") ? name.substring("中华人民共和国".length()) : name;
        return !names.get(bare).isEmpty();
    }
}
