package org.policykg.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Well-known companies named by short name (companies.tsv). An alias written {@code ~X} in the table
 * is also an ordinary word or a place (大唐, 东风): {@link #byAlias} knows it, for a name another rule
 * found, but {@link #find} does not look for it in running text.
 */
public final class CompanyDirectory {
    /** A company's usual name and English name; {@code alias} is the form matched. */
    public record Entry(String name, String alias, String en) {
    }

    private final PhraseMatcher<Entry> names;
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

    /** The entry whose name or alias is exactly {@code s}, or null. */
    public Entry byAlias(String s) {
        return byAlias.get(s);
    }

    /** The entry of a company by its usual name, or null. */
    public Entry byName(String name) {
        return byName.get(name);
    }
}
