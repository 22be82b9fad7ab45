package org.policykg.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.policykg.text.Tsv;

/**
 * The portal columns a crawler writes before a page's title in a record's title field, run into it
 * (政策文件国务院办公厅关于…, 要闻动态习近平…), read from {@code record-columns.tsv} beside this class:
 * the words are data. A listed column opening a title with at least {@link #MIN_TITLE} characters after
 * it (a colon, 丨 or | between them dropped too) is the site's navigation, not part of the title.
 */
final class RecordColumns {
    /** The shortest title left after a column: a column name with a word or two after it is a title of its own. */
    static final int MIN_TITLE = 6;

    private static final List<String> COLUMNS = load("/org/policykg/ingest/record-columns.tsv");

    private RecordColumns() {
    }

    /** Where the title starts in a record's title field: after a listed column that opens it, else 0. */
    static int end(String title) {
        for (String c : COLUMNS) {
            if (title.startsWith(c)) {
                int k = c.length();
                while (k < title.length() && "：:丨|｜ \u3000".indexOf(title.charAt(k)) >= 0) {
                    k++;
                }
                return title.length() - k >= MIN_TITLE ? k : 0;
            }
        }
        return 0;
    }

    private static List<String> load(String name) {
        List<String> out = new ArrayList<>();
        for (Tsv.Row row : Tsv.rows(name, 3, 3)) {
            String[] cols = row.fields();
            if (!"column".equals(cols[1].strip())) {
                throw new IllegalStateException(name + ":" + row.line() + ": unknown role " + cols[1]);
            }
            out.add(cols[0].strip());
        }
        // the longest first, so that a column that opens another is not taken for it
        out.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(out);
    }
}
