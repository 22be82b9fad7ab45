package org.policykg.rdf;

import java.util.Arrays;

/**
 * A set of non-zero 64-bit hashes, open addressing with linear probing: what a corpus-wide count
 * of distinct nodes keeps instead of the nodes (a national corpus names millions of them).
 */
public final class LongHashSet {
    private long[] table = new long[16];
    private int size;

    /** Adds {@code h} (not 0, which marks an empty slot); whether it was new. */
    public boolean add(long h) {
        if (h == 0) {
            throw new IllegalArgumentException("0 is the empty slot");
        }
        if (!insert(table, h)) {
            return false;
        }
        size++;
        if (size * 2 > table.length) {
            long[] bigger = new long[table.length * 2];
            for (long old : table) {
                if (old != 0) {
                    insert(bigger, old);
                }
            }
            table = bigger;
        }
        return true;
    }

    public int size() {
        return size;
    }

    /** The members in ascending order. */
    public long[] sorted() {
        long[] out = new long[size];
        int i = 0;
        for (long h : table) {
            if (h != 0) {
                out[i++] = h;
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** FNV-1a over a string's UTF-16 units, never 0. */
    public static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == h) {
                return false;
            }
            if (table[i] == 0) {
                table[i] = h;
                return true;
            }
        }
    }
}
