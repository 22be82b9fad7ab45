package org.policykg.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykg.text.Tsv;

/**
 * News outlets by their full and short names (outlets.tsv): a byline's 新华社 or 中新网 is the
 * outlet 新华通讯社 or 中国新闻网, whose parent news unit the table also names.
 */
public final class NewsOutlets {
    /** An outlet: its full name (the label), its short forms, the unit that runs it (or null) and English name (or null). */
    public record Outlet(String name, List<String> aliases, String parent, String en) {
        public Outlet {
            aliases = List.copyOf(aliases);
        }

        public Agency organization() {
            return new Agency(name, null, en, Agency.Kind.ORGANIZATION);
        }
    }

    private final Map<String, Outlet> byName = new HashMap<>();

    private NewsOutlets() {
        for (Tsv.Row r : Tsv.rows("/org/policykg/reference/outlets.tsv", 4, 4)) {
            String[] f = r.fields();
            Outlet o = new Outlet(f[0], f[1].isEmpty() ? List.of() : List.of(f[1].split("\\|")),
                    f[2].isEmpty() ? null : f[2], f[3].isEmpty() ? null : f[3]);
            byName.put(o.name(), o);
            for (String a : o.aliases()) {
                if (byName.putIfAbsent(a, o) != null) {
                    throw new IllegalStateException("outlets.tsv line " + r.line() + ": " + a + " names two outlets");
                }
            }
        }
    }

    /** Loaded once, on first use (the JVM's class initialisation makes it safe across threads). */
    private static final class Holder {
        static final NewsOutlets INSTANCE = new NewsOutlets();
    }

    public static NewsOutlets get() {
        return Holder.INSTANCE;
    }

    /** The outlet a full or short name stands for, or null. */
    public Outlet byName(String name) {
        return byName.get(name);
    }

    /**
     * Every other name of the body labelled {@code name}: an outlet's short forms, an agency's
     * second official name (一个机构两块牌子).
     */
    public static List<String> otherNames(String name) {
        List<String> out = new ArrayList<>(AgencyDirectory.get().plates(name));
        Outlet o = get().byName(name);
        if (o != null && o.name().equals(name)) {
            out.addAll(o.aliases());
        }
        return out;
    }
}
