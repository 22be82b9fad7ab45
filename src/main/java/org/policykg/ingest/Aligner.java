package org.policykg.ingest;

import org.policykg.text.MappedText;

/**
 * Maps text a parser decoded (escapes and entities resolved) back onto the raw
 * source it came from, so each visible char keeps its own offset.
 */
final class Aligner {
    private Aligner() {
    }

    /** Appends {@code literal}, found in source UTF-16 range {@code [rawStart, rawEnd)}, to {@code out}. */
    static void append(MappedText.Builder out, Source src, String literal, int rawStart, int rawEnd) {
        String raw = src.text();
        int i = 0;
        int j = rawStart;
        while (i < literal.length()) {
            char want = literal.charAt(i);
            if (j >= rawEnd) {
                // The parser produced more than the raw range holds: pin the rest to its end.
                int at = src.codePoint(rawEnd);
                out.append(want, at, at);
                i++;
                continue;
            }
            char have = raw.charAt(j);
            // An entity first: a decoded '&' must span "&amp;", not just its first char.
            if (have == '&' && entityEnd(raw, j, rawEnd) > 0) {
                int end = entityEnd(raw, j, rawEnd);
                int from = src.codePoint(j);
                int to = src.codePoint(end);
                out.append(want, from, to);
                i++;
                if (Character.isHighSurrogate(want) && i < literal.length()) {
                    out.append(literal.charAt(i++), from, to);
                }
                j = end;
            } else if (have == want) {
                int cp = src.codePoint(j);
                out.append(want, cp, cp + 1);
                i++;
                j++;
            } else if (have == '\\' && j + 1 < rawEnd && raw.charAt(j + 1) == want) {
                int cp = src.codePoint(j + 1);
                out.append(want, cp, cp + 1);
                i++;
                j += 2;
            } else {
                j++; // markup the parser dropped
            }
        }
    }

    /** End (exclusive) of an HTML entity starting at {@code at}, or -1. */
    private static int entityEnd(String raw, int at, int limit) {
        for (int k = at + 1; k < Math.min(limit, at + 33); k++) {
            char c = raw.charAt(k);
            if (c == ';') {
                return k > at + 1 ? k + 1 : -1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }
}
