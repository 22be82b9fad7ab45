package org.policykg.serve;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel downloads of the pages' tables: one sheet, the header row bold and frozen, numbers
 * as numeric cells and everything else as text (Excel stores it as Unicode, so Chinese
 * needs nothing like CSV's byte-order mark). The workbook's creation date and its zip
 * entries' times are fixed, so the same rows give the same file.
 */
final class Xlsx {
    /** Excel's own limit for a cell's text; longer quotes are cut there rather than refused. */
    private static final int MAX_CELL = 32_767;
    /** Columns are sized to their text up to this many characters, then wrap. */
    private static final int MAX_WIDTH = 60;
    private static final java.util.Date EPOCH = new java.util.Date(0);
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private Xlsx() {
    }

    static byte[] bytes(String name, List<List<Download.Cell>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getProperties().getCoreProperties().setCreated(Optional.of(EPOCH));
            Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(name));
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            int[] widths = new int[rows.isEmpty() ? 0 : rows.stream().mapToInt(List::size).max().orElse(0)];
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                List<Download.Cell> cells = rows.get(i);
                for (int j = 0; j < cells.size(); j++) {
                    Download.Cell c = cells.get(j);
                    org.apache.poi.ss.usermodel.Cell x = row.createCell(j);
                    if (i > 0 && c.number()) {
                        x.setCellValue(Double.parseDouble(c.text()));
                    } else {
                        x.setCellValue(c.text().length() > MAX_CELL ? c.text().substring(0, MAX_CELL) : c.text());
                    }
                    if (i == 0) {
                        x.setCellStyle(head);
                    }
                    // a Han character is about two Latin ones wide
                    int w = c.text().codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
                    widths[j] = Math.max(widths[j], Math.min(MAX_WIDTH, w));
                }
            }
            for (int j = 0; j < widths.length; j++) {
                sheet.setColumnWidth(j, (Math.max(4, widths[j]) + 2) * 256);
            }
            if (!rows.isEmpty()) {
                sheet.createFreezePane(0, 1);
            }
            wb.write(out);
            return fixedTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same zip with every entry dated 1980-01-01, the earliest time a zip entry holds. */
    private static byte[] fixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ZIP_EPOCH);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
