package org.policykg.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Headings for result tables: a query's variable ({@code regionLabel}) as a reader
 * names the column (地区 Region), from {@code columns.tsv}; other variables by their words.
 */
final class Columns {
    private static final Map<String, String[]> NAMES = load();

    private Columns() {
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> out = new HashMap<>();
        try (InputStream in = Columns.class.getResourceAsStream("columns.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0], new String[] {f[1], f[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }

    /** The heading as HTML: Chinese with the English beside it, the variable in the tooltip. */
    static String html(String var) {
        String[] n = NAMES.get(var);
        String title = " title=\"?" + Html.attr(var) + "\"";
        if (n == null) {
            return "<span" + title + ">" + Html.text(words(var)) + "</span>";
        }
        return "<span" + title + ">" + Html.text(n[0]) + " <small>" + Html.text(n[1]) + "</small></span>";
    }

    /** The heading as plain text, for CSV. */
    static String text(String var) {
        String[] n = NAMES.get(var);
        return n == null ? words(var) : n[0] + " " + n[1];
    }

    /** regionLabel → Region; documentTitle → Document title. */
    static String words(String var) {
        String v = var.endsWith("Label") && var.length() > 5 ? var.substring(0, var.length() - 5) : var;
        String spaced = v.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return spaced.isEmpty() ? var : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
