package org.policykg.text;

import java.util.Arrays;

/**
 * Analysis text in which every char remembers the span of the original file it
 * came from. Stages may drop markup, fold full-width forms, convert traditional
 * characters or join broken lines; evidence offsets still point into the file.
 *
 * <p>A char with an empty source span is synthetic (a separator the analysis
 * inserted); it never widens an evidence span.
 */
public final class MappedText implements CharSequence {
    public static final MappedText EMPTY = new MappedText("", new int[0], new int[0]);

    private final String text;
    private final int[] from;
    private final int[] to;

    private MappedText(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** Text whose chars map one to one onto code points {@code offset, offset+1, ...}. */
    public static MappedText identity(String text, int offset) {
        Builder b = new Builder(text.length());
        int cp = offset;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                b.append(c, cp, cp + 1);
                b.append(text.charAt(++i), cp, cp + 1);
            } else {
                b.append(c, cp, cp + 1);
            }
            cp++;
        }
        return b.build();
    }

    public static Builder builder() {
        return new Builder(64);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public String toString() {
        return text;
    }

    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public int sourceStart(int index) {
        return from[index];
    }

    public int sourceEnd(int index) {
        return to[index];
    }

    public boolean isSynthetic(int index) {
        return from[index] == to[index];
    }

    /** The original span behind chars {@code [start, end)}; synthetic chars do not count. */
    public Span source(int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("[" + start + "," + end + ") of " + text.length());
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = start; i < end; i++) {
            if (from[i] < to[i]) {
                lo = Math.min(lo, from[i]);
                hi = Math.max(hi, to[i]);
            }
        }
        if (lo == Integer.MAX_VALUE) {
            int at = start < text.length() ? from[start] : (text.isEmpty() ? 0 : to[text.length() - 1]);
            return new Span(at, at);
        }
        return new Span(lo, hi);
    }

    /** The original span of the whole text. */
    public Span source() {
        return source(0, text.length());
    }

    /** First index whose source starts at or after {@code codePoint}; length() if none. */
    public int indexAtSource(int codePoint) {
        int lo = 0;
        int hi = from.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (from[mid] < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index whose source ends at or after {@code codePoint} (inclusive end of a range). */
    public int indexEndingAtSource(int codePoint) {
        int i = indexAtSource(codePoint);
        // Chars whose source straddles the boundary belong to the range.
        while (i < from.length && from[i] < codePoint) {
            i++;
        }
        return i;
    }

    @Override
    public MappedText subSequence(int start, int end) {
        return new MappedText(text.substring(start, end),
                Arrays.copyOfRange(from, start, end), Arrays.copyOfRange(to, start, end));
    }

    /** Drops leading and trailing whitespace. */
    public MappedText strip() {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == 0 && e == text.length() ? this : subSequence(s, e);
    }

    /** Accumulates chars with their source spans. */
    public static final class Builder {
        private final StringBuilder sb;
        private int[] from;
        private int[] to;

        Builder(int capacity) {
            sb = new StringBuilder(capacity);
            from = new int[Math.max(capacity, 16)];
            to = new int[from.length];
        }

        public int length() {
            return sb.length();
        }

        public char charAt(int i) {
            return sb.charAt(i);
        }

        public Builder append(char c, int sourceStart, int sourceEnd) {
            int n = sb.length();
            if (n == from.length) {
                from = Arrays.copyOf(from, n * 2);
                to = Arrays.copyOf(to, n * 2);
            }
            sb.append(c);
            from[n] = sourceStart;
            to[n] = sourceEnd;
            return this;
        }

        public Builder append(MappedText t) {
            return append(t, 0, t.length());
        }

        public Builder append(MappedText t, int start, int end) {
            for (int i = start; i < end; i++) {
                append(t.text.charAt(i), t.from[i], t.to[i]);
            }
            return this;
        }

        /** A char that stands for no source text, placed at the current end. */
        public Builder appendSynthetic(char c) {
            int at = sb.length() == 0 ? 0 : to[sb.length() - 1];
            return append(c, at, at);
        }

        /** Removes the last char (used to undo a separator). */
        public Builder removeLast() {
            sb.setLength(sb.length() - 1);
            return this;
        }

        public MappedText build() {
            int n = sb.length();
            return new MappedText(sb.toString(), Arrays.copyOf(from, n), Arrays.copyOf(to, n));
        }
    }
}
