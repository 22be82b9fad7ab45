package org.policykg.quantity;

/**
 * The one space or line break tolerated between the parts of a quantity ("50\n万元", "100 Mbps").
 * Only one: a blank line or a run of spaces separates things, it does not join them.
 */
final class Gaps {

    private Gaps() {
    }

    /** Length of a gap starting at {@code pos}: 0, 1, or 2 for "\r\n". */
    static int length(CharSequence s, int pos) {
        if (pos >= s.length()) {
            return 0;
        }
        char c = s.charAt(pos);
        if (c == '\r' && pos + 1 < s.length() && s.charAt(pos + 1) == '\n') {
            return 2;
        }
        return isGap(c) ? 1 : 0;
    }

    /** Length of a gap ending just before {@code pos}, not reaching below {@code floor}. */
    static int lengthBefore(CharSequence s, int pos, int floor) {
        if (pos - 1 < floor) {
            return 0;
        }
        char c = s.charAt(pos - 1);
        if (c == '\n' && pos - 2 >= floor && s.charAt(pos - 2) == '\r') {
            return 2;
        }
        return isGap(c) ? 1 : 0;
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u3000' || c == '\u00a0';
    }
}
