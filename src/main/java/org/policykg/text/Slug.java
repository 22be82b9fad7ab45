package org.policykg.text;

/** Readable, IRI-safe path segments made from names and titles. */
public final class Slug {
    private Slug() {
    }

    /** Han characters, ASCII letters and digits kept; every other run becomes one hyphen. */
    public static String of(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean keep = (cp < 0x80 && Character.isLetterOrDigit(cp)) || Han.isCodePoint(cp);
            if (keep) {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                sb.appendCodePoint(cp);
                dash = false;
            } else {
                dash = true;
            }
        }
        return sb.length() == 0 ? "_" : sb.toString();
    }

    /** File names keep their letters, digits, dots, underscores and hyphens. */
    public static String ofFileName(String fileName) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fileName.length(); ) {
            int cp = fileName.codePointAt(i);
            i += Character.charCount(cp);
            boolean keep = (cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-'))
                    || Han.isCodePoint(cp);
            sb.appendCodePoint(keep ? cp : '-');
        }
        return sb.toString();
    }
}
