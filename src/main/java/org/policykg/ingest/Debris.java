package org.policykg.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Control characters in a decoded text: what a broken PDF font or a bad export leaves behind.
 * The normaliser skips them (only truly binary files are refused, by {@link Decoder}); this
 * says where, so a reader of the log knows which spans of the original were not read.
 */
public final class Debris {
    /** How many runs a warning lists before it only counts them. */
    private static final int LISTED = 3;

    private Debris() {
    }

    /** A run of skipped characters, in code points of the decoded text, end exclusive. */
    public record Run(int start, int end) {
        String describe() {
            return end - start == 1 ? String.valueOf(start) : start + "-" + (end - 1);
        }
    }

    /** True for the characters the normaliser drops as debris (not tab, line feed or carriage return). */
    static boolean isDebris(int c) {
        return c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7F;
    }

    public static List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        int cp = 0;
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isDebris(c)) {
                if (start < 0) {
                    start = cp;
                }
            } else if (start >= 0) {
                out.add(new Run(start, cp));
                start = -1;
            }
            i += Character.charCount(c);
            cp++;
        }
        if (start >= 0) {
            out.add(new Run(start, cp));
        }
        return out;
    }

    /** One line for the log, or null when the text has no debris. */
    public static String describe(String text) {
        List<Run> runs = runs(text);
        if (runs.isEmpty()) {
            return null;
        }
        int chars = runs.stream().mapToInt(r -> r.end() - r.start()).sum();
        StringBuilder b = new StringBuilder("skipped ").append(chars).append(chars == 1 ? " control character" : " control characters")
                .append(" at character ");
        for (int i = 0; i < Math.min(LISTED, runs.size()); i++) {
            b.append(i == 0 ? "" : ", ").append(runs.get(i).describe());
        }
        if (runs.size() > LISTED) {
            b.append(" and ").append(runs.size() - LISTED).append(" more runs");
        }
        return b.toString();
    }
}
