package org.policykg.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes the legacy forms the tests read: .xls workbooks (POI HSSF) and RTF as Word and WordPad save it. */
public final class LegacyFiles {
    private static final Charset GBK = Charset.forName("GBK");

    private LegacyFiles() {
    }

    /** A legacy Excel workbook, a sheet per entry, each row's cells as strings. */
    public static void xls(Path out, Map<String, ? extends List<List<String>>> sheets) throws IOException {
        try (HSSFWorkbook b = new HSSFWorkbook(); OutputStream o = Files.newOutputStream(out)) {
            for (var e : sheets.entrySet()) {
                Sheet s = b.createSheet(e.getKey());
                int r = 0;
                for (List<String> cells : e.getValue()) {
                    Row row = s.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        if (!cells.get(c).isEmpty()) {
                            row.createCell(c).setCellValue(cells.get(c));
                        }
                    }
                }
            }
            b.write(o);
        }
    }

    /**
     * An RTF file of these lines as WordPad writes a Chinese text: {@code \ansicpg936}, a font table
     * with a GB2312 font, colour and style tables, document info, a picture; Han characters as GBK
     * {@code \'hh} pairs, CJK punctuation as {@code \}{@code uN?}, a line {@code |a|b|} as a table row.
     */
    public static String rtf(List<String> lines) {
        StringBuilder b = new StringBuilder();
        b.append("{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052")
                .append("{\\fonttbl{\\f0\\fnil\\fcharset134 ").append(escape("宋体")).append(";}{\\f1\\fswiss\\fcharset0 Arial;}}\r\n")
                .append("{\\colortbl ;\\red255\\green0\\blue0;}\r\n")
                .append("{\\stylesheet{\\s0 Normal;}{\\s1 ").append(escape("标题 1")).append(";}}\r\n")
                .append("{\\info{\\title ").append(escape("不是正文的标题")).append("}{\\author Tester}}\r\n")
                .append("{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\r\n");
        boolean first = true;
        for (String line : lines) {
            if (line.startsWith("|") && line.endsWith("|") && line.length() > 1) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                b.append("\\trowd");
                for (int i = 0; i < cells.length; i++) {
                    b.append("\\cellx").append(2000 * (i + 1));
                }
                b.append("\r\n\\pard\\intbl\\f0 ");
                for (String c : cells) {
                    b.append(escape(c)).append("\\cell ");
                }
                b.append("\\row\r\n");
                continue;
            }
            b.append("\\pard\\f0\\fs32 ");
            if (first) {
                b.append("{\\pict\\wmetafile8\\picw100\\pich100 0100090000}"); // a picture's hex is not text
                first = false;
            }
            b.append(escape(line)).append("\\par\r\n");
        }
        return b.append("}\r\n").toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '{' || c == '}') {
                b.append('\\').append(c);
            } else if (c < 0x80) {
                b.append(c);
            } else if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)) {
                b.append("\\u").append((int) (short) c).append('?');
            } else {
                for (byte x : String.valueOf(c).getBytes(GBK)) {
                    b.append("\\'").append(String.format("%02x", x & 0xFF));
                }
            }
        }
        return b.toString();
    }
}
