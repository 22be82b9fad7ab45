package org.policykg.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Well-known companies named by short name (companies.tsv). An alias written {@code ~X} in the table
 * is also an ordinary word or a place (大唐, 东风): {@link #byAlias} knows it, for a name another rule
 * found, but {@link #find} does not look for it in running text.
 * <p>
 * Beside them, the listed firms of the digital trades (listed-companies.tsv, a whole stock list, not
 * names picked from documents) by the short names the press uses: {@link #byAlias} knows every one,
 * {@link #findListed} finds them in running text for the company rules to judge whether a name stands
 * alone there (a short name that is also ordinary words needs a firm's context). A firm
 * companies.tsv holds keeps its row there, and a news outlet's name (人民网) is the outlet.
 */
public final class CompanyDirectory {
    /** A company's usual name and English name; {@code alias} is the form matched. */
    public record Entry(String name, String alias, String en) {
    }

    /** Marks of the stock list on a short name: special treatment (*ST, ST, SST), a new listing (N, C), delisting. */
    private static final java.util.regex.Pattern LISTING_MARKS = java.util.regex.Pattern.compile(
            "^(?:\\*ST|SST|S\\*ST|ST|退市|[NC](?=[\\p{IsHan}]))|(?:-[A-Z]{1,2}|(?<=[\\p{IsHan}])[AB\uFF21\uFF22])$");

    private final PhraseMatcher<Entry> names;
    private final PhraseMatcher<Entry> listed;
    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, Entry> byAlias = new HashMap<>();

    private CompanyDirectory() {
        PhraseMatcher.Builder<Entry> b = PhraseMatcher.builder();
        for (String[] f : AgencyDirectory.rows("/org/policykg/reference/companies.tsv", 3)) {
            String en = f[2].isEmpty() ? null : f[2];
            Entry main = new Entry(f[0], f[0], en);
            b.add(f[0], main);
            byName.put(f[0], main);
            byAlias.put(f[0], main);
            if (!f[1].isEmpty()) {
                for (String written : f[1].split("\\|")) {
                    boolean contextOnly = written.startsWith("~");
                    String alias = contextOnly ? written.substring(1) : written;
                    Entry e = new Entry(f[0], alias, en);
                    if (!contextOnly) {
                        b.add(alias, e);
                    }
                    byAlias.putIfAbsent(alias, e);
                }
            }
            for (String form : englishForms(en)) {
                // translated and Hong Kong news write foreign and listed firms in Latin letters (Nvidia, NVIDIA)
                Entry e = new Entry(f[0], form, en);
                b.add(form, e);
                byAlias.putIfAbsent(form, e);
            }
        }
        names = b.build();
        PhraseMatcher.Builder<Entry> l = PhraseMatcher.builder();
        for (org.policykg.text.Tsv.Row r : org.policykg.text.Tsv.rows("/org/policykg/reference/listed-companies.tsv", 3, 4)) {
            String[] f = r.fields();
            String use = f.length > 3 ? f[3] : "";
            if (!f[0].matches("\\d{6}") || f[1].isBlank() || !use.isEmpty() && !use.equals("context")) {
                throw new IllegalStateException("listed-companies.tsv line " + r.line()
                        + ": expected a six-digit code, a name, a trade and an empty use or context");
            }
            String name = shortName(f[1]);
            if (name.length() < 2 || byAlias.containsKey(name) || NewsOutlets.get().byName(name) != null) {
                continue; // the curated row, or the outlet, names it
            }
            Entry e = new Entry(name, name, null);
            byName.putIfAbsent(name, e);
            byAlias.put(name, e);
            if (use.isEmpty()) {
                l.add(name, e);
            }
        }
        listed = l.build();
    }

    /** The short name the press uses for a name on the stock list: *ST华讯 → 华讯, 寒武纪-U → 寒武纪, 京东方A → 京东方. */
    static String shortName(String listed) {
        String s = listed.strip();
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = LISTING_MARKS.matcher(s).replaceAll("").strip();
        }
        return s;
    }

    /**
     * The ways a text writes an English name: as registered, in capitals, capitalised (NVIDIA, Nvidia).
     * Names under three letters (EY) are too often other words to match alone.
     */
    private static List<String> englishForms(String en) {
        if (en == null || en.length() < 3) {
            return List.of();
        }
        String capitalised = en.charAt(0) + en.substring(1).toLowerCase(java.util.Locale.ROOT);
        return new java.util.ArrayList<>(new java.util.LinkedHashSet<>(
                List.of(en, en.toUpperCase(java.util.Locale.ROOT), en.contains(" ") ? en : capitalised)));
    }

    /** Loaded once, on first use (the JVM's class initialisation makes it safe across threads). */
    private static final class Holder {
        static final CompanyDirectory INSTANCE = new CompanyDirectory();
    }

    public static CompanyDirectory get() {
        return Holder.INSTANCE;
    }

    public List<PhraseMatcher.Hit<Entry>> find(CharSequence text) {
        return names.longest(text);
    }

    /** Leftmost-longest occurrences of the listed firms' short names (listed-companies.tsv). */
    public List<PhraseMatcher.Hit<Entry>> findListed(CharSequence text) {
        return listed.longest(text);
    }

    /** The entry whose name or alias is exactly {@code s}, or null. */
    public Entry byAlias(String s) {
        return byAlias.get(s);
    }

    /** The entry of a company by its usual name, or null. */
    public Entry byName(String name) {
        return byName.get(name);
    }
}
