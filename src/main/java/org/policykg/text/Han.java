package org.policykg.text;

/**
 * Han characters, tested by range. {@code \p{IsHan}} in a regex and
 * {@code Character.UnicodeScript.of} binary-search a script table for every
 * char, which showed up as the top cost of extraction.
 */
public final class Han {
    /** For regex character classes: CJK Unified Ideographs, Extension A, Compatibility Ideographs. */
    public static final String RANGE = "\\u3400-\\u9FFF\\uF900-\\uFAFF";

    private Han() {
    }

    public static boolean is(char c) {
        return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    /** A code point of any Han block, supplementary ones included. */
    public static boolean isCodePoint(int cp) {
        return cp < 0x10000 ? is((char) cp) : (cp >= 0x20000 && cp <= 0x3134F);
    }
}
