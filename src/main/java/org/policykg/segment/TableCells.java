package org.policykg.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a table row as the readers write one, a line with its cells between bars ({@code | a | b |}): shared by
 * the rules that read tables (a task table's columns, a table's column of firms), so a row is split one way.
 */
public final class TableCells {
    private TableCells() {
    }

    /**
     * The cells of {@code row} between {@code from} and {@code to}, split at each bar in between: [start, end) of each,
     * without the bars and the white space around them. A caller passes just after the first bar and the last bar for a
     * row closed at both ends, or the line's ends for a side left open.
     */
    public static List<int[]> between(String row, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (i == to || row.charAt(i) == '|') {
                int s = from;
                int e = i;
                while (s < e && Character.isWhitespace(row.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(row.charAt(e - 1))) {
                    e--;
                }
                out.add(new int[] {s, e});
                from = i + 1;
            }
        }
        return out;
    }
}
