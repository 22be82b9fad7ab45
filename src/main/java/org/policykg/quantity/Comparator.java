package org.policykg.quantity;

/** How the stated value bounds the real one: MIN = at least, MAX = at most. */
public enum Comparator {
    EXACT, MIN, MAX, APPROX;

    /**
     * Joins two words that qualify the same number (最高不超过, 约…以上, 200余家以上).
     * A bound is more informative than an approximation; if two bounds conflict, this one
     * (the earlier word) wins.
     */
    Comparator and(Comparator later) {
        if (this == EXACT || this == APPROX && later != EXACT) {
            return later;
        }
        return this;
    }
}
