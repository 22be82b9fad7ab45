package org.policykg.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is known about agency names: the fixed names of national and special
 * local bodies (agencies.tsv) and the functional units local names are built
 * from (agency-units.tsv), so that 市经济和信息化局 in a Beijing policy can be
 * expanded to 北京市经济和信息化局.
 */
public final class AgencyDirectory {
    /** A fixed name or alias; relative aliases (市科委) hold only in their region's context. */
    public record Entry(Agency agency, String alias, boolean relative) {
    }

    /**
     * A functional unit as written, and the official form it expands to. The region goes
     * before the official form, or where it writes {@code {}} (中国人民政治协商会议{}委员会);
     * a court's name says its tier by the region's level (高级 / 中级 / none).
     */
    public record Unit(String surface, String official, Kind kind, String en, String scope, Region.Level tier) {
        /**
         * STEM takes the suffixes 厅 局 委员会 委; UNIT is complete as written; PARTY needs 委 before it; COURT takes its
         * tier from the region's level; BRANCH is a city bureau's branch named by the district's short name
         * ({city} and {short} in the official form: 上海市公安局静安分局 for 区公安分局 in 静安区).
         */
        public enum Kind { STEM, UNIT, PARTY, COURT, BRANCH }

        /** A unit of every region (agency-units.tsv). */
        public Unit(String surface, String official, Kind kind, String en) {
            this(surface, official, kind, en, null, null);
        }

        /**
         * Whether the unit is named so only in the regions under {@code scope} (a region code), at
         * {@code tier} (null: every tier): agency-units-regional.tsv, 区房管局 in Shanghai's districts.
         */
        public boolean regional() {
            return scope != null;
        }

        /** The body's full name in a region written {@code region} at {@code level}. */
        public String nameIn(String region, Region.Level level) {
            if (kind == Kind.COURT) {
                return region + switch (level) {
                    case PROVINCE -> "高级";
                    case PREFECTURE -> "中级";
                    default -> "";
                } + official;
            }
            return official.contains("{}") ? official.replace("{}", region) : region + official;
        }

        /** A BRANCH's full name in district {@code district} of city {@code city}. */
        public String branchIn(Region city, Region district) {
            return official.replace("{city}", city.name()).replace("{short}", district.shortName());
        }
    }


    private final PhraseMatcher<Entry> names;
    private final PhraseMatcher<Unit> units;
    private final Map<String, Agency> byName = new HashMap<>();
    /** A body's other official names (一个机构两块牌子), by its label. */
    private final Map<String, List<String>> plates = new HashMap<>();

    private AgencyDirectory(List<Entry> entries, List<Unit> unitList) {
        PhraseMatcher.Builder<Entry> nb = PhraseMatcher.builder();
        for (Entry e : entries) {
            nb.add(e.alias(), e);
            byName.putIfAbsent(e.agency().name(), e.agency());
        }
        for (String[] f : rows("/org/policykg/reference/agencies.tsv", 5)) {
            for (String alias : f[2].isEmpty() ? new String[0] : f[2].split("\\|")) {
                if (alias.startsWith("=")) {
                    plates.computeIfAbsent(f[0], k -> new ArrayList<>()).add(alias.substring(1));
                }
            }
        }
        this.names = nb.build();
        PhraseMatcher.Builder<Unit> ub = PhraseMatcher.builder();
        for (Unit u : unitList) {
            if (u.kind() == Unit.Kind.STEM) {
                for (String[] suffix : new String[][] {{"厅", "厅"}, {"局", "局"}, {"委员会", "委员会"}, {"委", "委员会"}}) {
                    ub.add(u.surface() + suffix[0], new Unit(u.surface() + suffix[0], u.official() + suffix[1], u.kind(), u.en(),
                            u.scope(), u.tier()));
                }
            } else {
                ub.add(u.surface(), u);
            }
        }
        this.units = ub.build();
    }

    /** Loaded once, on first use (the JVM's class initialisation makes it safe across threads). */
    private static final class Holder {
        static final AgencyDirectory INSTANCE = new AgencyDirectory(loadEntries(), loadUnits());
    }

    public static AgencyDirectory get() {
        return Holder.INSTANCE;
    }

    public PhraseMatcher<Entry> names() {
        return names;
    }

    public PhraseMatcher<Unit> units() {
        return units;
    }

    /** A body with a fixed name, for its English name and kind. */
    public Agency byName(String name) {
        return byName.get(name);
    }

    /**
     * The other official names of the body labelled {@code name}: one office under two names
     * (一个机构两块牌子, 中央网信办 = 国家互联网信息办公室), marked {@code =} among the aliases.
     */
    public List<String> plates(String name) {
        return plates.getOrDefault(name, List.of());
    }

    private static List<Entry> loadEntries() {
        List<Entry> out = new ArrayList<>();
        for (String[] f : rows("/org/policykg/reference/agencies.tsv", 5)) {
            Agency a = new Agency(f[0], f[1].isEmpty() ? null : f[1], f[3].isEmpty() ? null : f[3],
                    f[4].equals("agency") ? Agency.Kind.AGENCY : Agency.Kind.ORGANIZATION);
            out.add(new Entry(a, a.name(), false));
            if (!f[2].isEmpty()) {
                for (String alias : f[2].split("\\|")) {
                    // 市科委: a relative form; @证监会: a form that names this body only in its region's texts;
                    // =国家互联网信息办公室: the body's second official name.
                    boolean marked = alias.startsWith("@");
                    String form = marked || alias.startsWith("=") ? alias.substring(1) : alias;
                    boolean relative = marked || form.startsWith("市") || form.startsWith("省") || form.startsWith("区");
                    out.add(new Entry(a, form, relative));
                }
            }
        }
        return out;
    }

    private static List<Unit> loadUnits() {
        List<Unit> out = new ArrayList<>();
        for (String[] f : rows("/org/policykg/reference/agency-units.tsv", 4)) {
            out.add(new Unit(f[0], f[1], Unit.Kind.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)), f[3]));
        }
        // Units whose local name differs from the national pattern in one province or city, at one tier.
        for (String[] f : rows("/org/policykg/reference/agency-units-regional.tsv", 6)) {
            Region.Level tier = f[4].equals("*") ? null : Region.Level.valueOf(f[4].toUpperCase(java.util.Locale.ROOT));
            out.add(new Unit(f[0], f[1], Unit.Kind.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)), f[5], f[3], tier));
        }
        return out;
    }

    /** Rows of a TSV resource, skipping comments and the header. */
    static List<String[]> rows(String resource, int fields) {
        return org.policykg.text.Tsv.rows(resource, fields, fields).stream().map(org.policykg.text.Tsv.Row::fields).toList();
    }
}
