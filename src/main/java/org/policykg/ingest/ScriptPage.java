package org.policykg.ingest;

import java.util.regex.Pattern;

/**
 * A page written as a script (a WeChat mini-program's {@code Page({data: {text: `<p>…</p>`}})}, a component's
 * {@code export default {…}}): its text is markup inside the script's string literals, not the script. Read as
 * the markup those literals hold: every char outside them is blanked (a space; line breaks kept), so offsets
 * into the markup are offsets into the file and every quote is the file's own text.
 */
final class ScriptPage {
    /** How a script page opens its page object, on a line of its own. */
    private static final Pattern OPENS = Pattern.compile(
            "(?m)^\\s*(?:Page|Component|App|createPage|new\\s+Vue|export\\s+default)\\s*\\(?\\s*\\{");
    /** How far into the file the page object may open (a header comment before it). */
    private static final int HEAD = 4096;

    private ScriptPage() {
    }

    /** The file's markup with the script blanked out, or null when it is no script page holding markup. */
    static String markup(String text) {
        if (!OPENS.matcher(text.length() > HEAD ? text.substring(0, HEAD) : text).find()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean kept = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                int end = text.charAt(i + 1) == '/' ? lineEnd(text, i) : blockEnd(text, i);
                blank(text, i, end, out);
                i = end;
            } else if (c == '`' || c == '"' || c == '\'') {
                int close = closing(text, i + 1, c);
                String body = text.substring(i + 1, close);
                out.append(' ');
                if (holdsMarkup(body)) {
                    out.append(body);
                    kept = true;
                } else {
                    blank(text, i + 1, close, out);
                }
                if (close < n) {
                    out.append(' ');
                }
                i = Math.min(n, close + 1);
            } else {
                out.append(c == '\n' || c == '\r' ? c : ' ');
                i++;
            }
        }
        return kept ? out.toString() : null;
    }

    /** A literal holding a tag and Han text: a page's markup, not a key, a class name or a path. */
    private static boolean holdsMarkup(String s) {
        int tag = s.indexOf('<');
        return tag >= 0 && tag + 1 < s.length() && (Character.isLetter(s.charAt(tag + 1)) || s.charAt(tag + 1) == '/')
                && s.codePoints().anyMatch(Character::isIdeographic);
    }

    /** Where the literal opened before {@code from} closes (its quote), escapes skipped; the text's end if never. */
    private static int closing(String s, int from, char quote) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote || quote != '`' && c == '\n') {
                return i;
            }
            i++;
        }
        return s.length();
    }

    private static int lineEnd(String s, int from) {
        int e = s.indexOf('\n', from);
        return e < 0 ? s.length() : e;
    }

    private static int blockEnd(String s, int from) {
        int e = s.indexOf("*/", from + 2);
        return e < 0 ? s.length() : e + 2;
    }

    private static void blank(String s, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            out.append(c == '\n' || c == '\r' ? c : ' ');
        }
    }
}
