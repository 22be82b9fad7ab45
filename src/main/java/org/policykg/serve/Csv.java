package org.policykg.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV downloads of the pages' tables (RFC 4180). UTF-8 with a byte-order mark: without
 * it Excel on Windows reads the file as the local code page and garbles Chinese.
 */
final class Csv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /** One field, quoted when it holds a comma, quote or line break. */
    static String field(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static String row(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            b.append(i > 0 ? "," : "").append(field(fields.get(i)));
        }
        return b.append("\r\n").toString();
    }

    /** The rows (the first is the header) as the file's bytes: the BOM, then UTF-8. */
    static byte[] bytes(List<List<Download.Cell>> rows) {
        StringBuilder b = new StringBuilder();
        for (List<Download.Cell> r : rows) {
            b.append(row(r.stream().map(Download.Cell::text).toList()));
        }
        byte[] text = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }
}
