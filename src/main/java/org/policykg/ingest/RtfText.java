package org.policykg.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policykg.text.Tsv;

/**
 * The text of an RTF file (portals often serve one named .doc): a small tokenizer rather than the
 * JDK's RTFEditorKit, which reads {@code \'hh} bytes as single Latin-1 chars and so garbles the GBK
 * of a {@code \ansicpg936} file. Bytes {@code \'hh} run together and are decoded in the code page of
 * the current font ({@code \fcharset} in the font table), else the document's {@code \ansicpgN};
 * <code>&#92;uN</code> is a UTF-16 unit, followed by <code>&#92;ucN</code> fallback chars that are left out.
 * Destinations that are not text (the font, colour and style tables, document info, pictures,
 * running heads and feet, any {@code \*} group; {@code rtf-skip.tsv}) are left out. {@code \par}
 * ends a paragraph (a line); a table row is written {@code |cell|cell|} as {@link DocText} writes
 * one. This extracted text is the original an RTF evidence's offsets count in.
 */
public final class RtfText {
    private static final Set<String> SKIP = load("/org/policykg/ingest/rtf-skip.tsv");

    private RtfText() {
    }

    /** Whether a file's first bytes (after white space or a UTF-8 BOM) open an RTF document. */
    static boolean isRtf(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return head.length - i >= 5 && head[i] == '{' && head[i + 1] == '\\' && head[i + 2] == 'r' && head[i + 3] == 't'
                && head[i + 4] == 'f';
    }

    static Source source(Path file, byte[] bytes, String sha256) throws InputException {
        String text = text(file.toString(), bytes);
        if (text.isBlank()) {
            throw new InputException(file.toString(), "RTF file without text");
        }
        String name = file.getFileName().toString();
        return new Source(name, name, file.toString(), text, sha256, "RTF text", new Origin(Format.RTF, List.of()));
    }

    /** A group's state: inherited by the groups inside it, restored at its end. */
    private static final class State {
        boolean skip;
        int uc = 1;
        Charset charset;
        boolean inTable;

        State copy() {
            State s = new State();
            s.skip = skip;
            s.uc = uc;
            s.charset = charset;
            s.inTable = inTable;
            return s;
        }
    }

    /** The document's text: a paragraph a line, each line stripped. */
    static String text(String location, byte[] b) throws InputException {
        Deque<State> stack = new ArrayDeque<>();
        State st = new State();
        Charset ansi = Charset.forName("windows-1252");
        Map<Integer, Charset> fonts = new HashMap<>();
        int fontDef = -1; // the font being defined in the font table
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        ByteArrayOutputStream pending = new ByteArrayOutputStream(); // \'hh bytes not yet decoded
        Charset pendingCs = null;
        int skipChars = 0; // the fallback chars still to leave out
        boolean fontTable = false;
        int fontTableDepth = -1;
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            boolean isHexByte = c == '\\' && i + 1 < n && b[i + 1] == '\'';
            if (!isHexByte && pending.size() > 0) {
                line.append(new String(pending.toByteArray(), pendingCs));
                pending.reset();
            }
            if (c == '{') {
                stack.push(st);
                st = st.copy();
                i++;
                // A {\* …} group is an optional destination: left out unless known (none is read).
                if (i + 1 < n && b[i] == '\\' && b[i + 1] == '*') {
                    st.skip = true;
                }
                continue;
            }
            if (c == '}') {
                if (stack.isEmpty()) {
                    throw new InputException(location, "RTF with unbalanced braces: the '}' at byte " + i + " closes no group");
                }
                if (fontTable && stack.size() == fontTableDepth) {
                    fontTable = false;
                }
                st = stack.pop();
                i++;
                continue;
            }
            if (c == '\\') {
                if (i + 1 >= n) {
                    break;
                }
                int d = b[i + 1] & 0xFF;
                if (d == '\'') {
                    if (i + 3 >= n) {
                        throw new InputException(location, "RTF cut short: \\' at byte " + i + " without its two hex digits");
                    }
                    int v = hex(b, i + 2);
                    if (v < 0) {
                        throw new InputException(location, "RTF: \\' at byte " + i + " not followed by two hex digits");
                    }
                    i += 4;
                    if (skipChars > 0) {
                        skipChars--;
                        continue;
                    }
                    if (!st.skip && !fontTable) {
                        Charset cs = st.charset != null ? st.charset : ansi;
                        if (pending.size() > 0 && !cs.equals(pendingCs)) {
                            line.append(new String(pending.toByteArray(), pendingCs));
                            pending.reset();
                        }
                        if (st.inTable && line.length() == 0 && pending.size() == 0) {
                            line.append('|');
                        }
                        pendingCs = cs;
                        pending.write(v);
                    }
                    continue;
                }
                if (!Character.isLetter(d)) {
                    // A control symbol: \\ \{ \} are literal; \~ a non-breaking space; \- \_ hyphens.
                    i += 2;
                    if (d == '*') {
                        continue;
                    }
                    char lit = switch (d) {
                        case '\\', '{', '}' -> (char) d;
                        case '~' -> '\u00A0';
                        case '_' -> '-';
                        case '\n', '\r' -> '\n'; // a backslash before a line end is \par
                        default -> 0;
                    };
                    if (lit == '\n') {
                        if (!st.skip && !fontTable) {
                            endLine(out, line);
                        }
                    } else if (lit != 0) {
                        emit(line, lit, st, fontTable, skipChars);
                        skipChars = Math.max(0, skipChars - 1);
                    }
                    continue;
                }
                int j = i + 1;
                while (j < n && Character.isLetter(b[j] & 0xFF) && (b[j] & 0xFF) < 0x80) {
                    j++;
                }
                String word = new String(b, i + 1, j - i - 1, StandardCharsets.US_ASCII);
                int k = j;
                boolean neg = k < n && b[k] == '-';
                if (neg) {
                    k++;
                }
                int digits = k;
                long num = 0;
                while (k < n && b[k] >= '0' && b[k] <= '9' && k - digits < 10) {
                    num = num * 10 + (b[k] - '0');
                    k++;
                }
                boolean hasNum = k > digits;
                if (!hasNum) {
                    k = j;
                }
                int param = (int) (neg ? -num : num);
                if (k < n && b[k] == ' ') {
                    k++; // the delimiting space belongs to the control word
                }
                i = k;
                if (word.equals("bin") && hasNum) {
                    i += Math.max(0, param); // binary data
                    continue;
                }
                if (SKIP.contains(word)) {
                    if (word.equals("fonttbl")) {
                        fontTable = true;
                        fontTableDepth = stack.size();
                    } else {
                        st.skip = true;
                    }
                    continue;
                }
                if (fontTable) {
                    if (word.equals("f") && hasNum) {
                        fontDef = param;
                    } else if (word.equals("fcharset") && hasNum && fontDef >= 0) {
                        Charset cs = fontCharset(param);
                        if (cs != null) {
                            fonts.put(fontDef, cs);
                        }
                    }
                    continue;
                }
                switch (word) {
                    case "ansicpg" -> {
                        Charset cs = codePage(param);
                        if (cs != null) {
                            ansi = cs;
                        }
                    }
                    case "f" -> st.charset = fonts.get(param);
                    case "uc" -> st.uc = Math.max(0, param);
                    case "u" -> {
                        if (hasNum) {
                            emit(line, (char) (param < 0 ? param + 65536 : param), st, false, 0);
                            skipChars = st.uc;
                        }
                    }
                    case "par", "sect", "page" -> {
                        if (!st.skip) {
                            if (st.inTable) {
                                emit(line, ' ', st, false, 0);
                            } else {
                                endLine(out, line);
                            }
                        }
                    }
                    case "line" -> emit(line, st.inTable ? ' ' : '\n', st, false, 0);
                    case "tab" -> emit(line, '\t', st, false, 0);
                    case "pard" -> st.inTable = false;
                    case "intbl" -> st.inTable = true;
                    case "cell" -> {
                        if (!st.skip) {
                            openRow(line);
                            stripEnd(line);
                            line.append('|');
                        }
                    }
                    case "row" -> {
                        if (!st.skip && line.length() > 0) {
                            endLine(out, line);
                        }
                    }
                    case "emdash" -> emit(line, '—', st, false, 0);
                    case "endash" -> emit(line, '–', st, false, 0);
                    case "lquote" -> emit(line, '‘', st, false, 0);
                    case "rquote" -> emit(line, '’', st, false, 0);
                    case "ldblquote" -> emit(line, '“', st, false, 0);
                    case "rdblquote" -> emit(line, '”', st, false, 0);
                    case "bullet" -> emit(line, '•', st, false, 0);
                    default -> {
                        // formatting: bold, size, indents … say nothing about the text
                    }
                }
                continue;
            }
            i++;
            if (c == '\r' || c == '\n') {
                continue; // line ends in the file are not text; \par is
            }
            if (skipChars > 0) {
                skipChars--;
                continue;
            }
            if (st.skip || fontTable) {
                continue;
            }
            if (c >= 0x80) {
                // An unescaped 8-bit byte: decoded with the \'hh bytes around it.
                Charset cs = st.charset != null ? st.charset : ansi;
                if (pending.size() > 0 && !cs.equals(pendingCs)) {
                    line.append(new String(pending.toByteArray(), pendingCs));
                    pending.reset();
                }
                if (st.inTable && line.length() == 0 && pending.size() == 0) {
                    line.append('|');
                }
                pendingCs = cs;
                pending.write(c);
                continue;
            }
            if (st.inTable && line.length() == 0) {
                line.append('|');
            }
            line.append((char) c);
        }
        if (pending.size() > 0) {
            line.append(new String(pending.toByteArray(), pendingCs));
        }
        if (!stack.isEmpty()) {
            throw new InputException(location, "RTF with unbalanced braces: " + stack.size()
                    + (stack.size() == 1 ? " group is" : " groups are") + " not closed at the end of the file (cut short?)");
        }
        endLine(out, line);
        return out.toString().strip();
    }

    private static void emit(StringBuilder line, char ch, State st, boolean fontTable, int skipChars) {
        if (st.skip || fontTable || skipChars > 0) {
            return;
        }
        if (st.inTable && line.length() == 0) {
            line.append('|');
        }
        line.append(ch);
    }

    private static void openRow(StringBuilder line) {
        if (line.length() == 0) {
            line.append('|');
        }
    }

    private static void stripEnd(StringBuilder line) {
        int e = line.length();
        while (e > 1 && Character.isWhitespace(line.charAt(e - 1))) {
            e--;
        }
        line.setLength(e);
    }

    private static void endLine(StringBuilder out, StringBuilder line) {
        String l = line.toString().strip();
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(l);
        line.setLength(0);
    }

    private static int hex(byte[] b, int at) {
        if (at + 1 >= b.length) {
            return -1;
        }
        int h = Character.digit(b[at], 16);
        int l = Character.digit(b[at + 1], 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    /** The code page of a font's \fcharset (the Windows character sets), or null for the document's own. */
    private static Charset fontCharset(int fcharset) {
        return switch (fcharset) {
            case 134 -> Charset.forName("GB18030"); // GB2312_CHARSET, in practice GBK
            case 136 -> Charset.forName("x-windows-950"); // CHINESEBIG5_CHARSET
            case 128 -> Charset.forName("windows-31j"); // SHIFTJIS_CHARSET
            case 129 -> Charset.forName("x-windows-949"); // HANGUL_CHARSET
            default -> null;
        };
    }

    /** The charset of a Windows code page number (\ansicpg936), or null when Java has none by that number. */
    private static Charset codePage(int cp) {
        String name = switch (cp) {
            case 936 -> "GB18030";
            case 950 -> "x-windows-950";
            case 932 -> "windows-31j";
            case 949 -> "x-windows-949";
            case 65001 -> "UTF-8";
            default -> "windows-" + cp;
        };
        return Charset.isSupported(name) ? Charset.forName(name) : null;
    }

    private static Set<String> load(String name) {
        Set<String> out = new HashSet<>();
        for (Tsv.Row row : Tsv.rows(name, 2, 2)) {
            if (!out.add(row.fields()[0].strip())) {
                throw new IllegalStateException(name + ":" + row.line() + ": listed twice");
            }
        }
        return Set.copyOf(out);
    }
}
