package org.policykg.quantity;

import java.util.ArrayList;
import java.util.List;
import org.policykg.text.Tsv;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words around a number that decide how it is read, by role (compute, network, money,
 * not-money, index-metric, index-verb): data in {@code context-words.tsv} beside this class,
 * one word a row with a note, read once.
 */
final class ContextWords {

    private static final String RESOURCE = "/org/policykg/quantity/context-words.tsv";
    private static final Map<String, String[]> BY_ROLE = load();

    private ContextWords() {
    }

    /** The words of one role, in file order; an unknown role is a programming error. */
    static String[] of(String role) {
        String[] words = BY_ROLE.get(role);
        if (words == null) {
            throw new IllegalArgumentException("no context words for role " + role + " in " + RESOURCE);
        }
        return words;
    }

    private static Map<String, String[]> load() {
        Map<String, List<String>> lists = new TreeMap<>();
        for (Tsv.Row row : Tsv.rows(RESOURCE, 2, Integer.MAX_VALUE)) {
            String[] f = row.fields();
            if (f[0].isEmpty()) {
                throw new IllegalStateException(RESOURCE + " line " + row.line() + ": expected word and role");
            }
            lists.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
        }
        Map<String, String[]> out = new TreeMap<>();
        lists.forEach((role, words) -> out.put(role, words.toArray(new String[0])));
        return Map.copyOf(out);
    }
}
