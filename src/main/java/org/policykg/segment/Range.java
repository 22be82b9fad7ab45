package org.policykg.segment;

/** A range of analysis-text indices within one paragraph, end exclusive. */
public record Range(int start, int end) {
    public Range {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public boolean contains(int i) {
        return start <= i && i < end;
    }

    public boolean overlaps(Range o) {
        return start < o.end && o.start < end;
    }

    public int length() {
        return end - start;
    }
}
