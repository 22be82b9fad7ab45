package org.policykg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    /** Sends rows (the first is the header) as an attachment named {@code name}.csv. */
    static void write(HttpServletResponse resp, String name, List<List<String>> rows) throws IOException {
        StringBuilder b = new StringBuilder();
        for (List<String> r : rows) {
            b.append(row(r));
        }
        byte[] text = b.toString().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType("text/csv; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                + ".csv\"; filename*=UTF-8''" + Html.pathSegment(name, false) + ".csv");
        resp.setContentLength(BOM.length + text.length);
        resp.getOutputStream().write(BOM);
        resp.getOutputStream().write(text);
    }
}
