package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.text.Span;

/** Legacy Excel (.xls) tables of documents: told by content, every sheet, cells as Excel shows them. */
class XlsReadingTest {
    @TempDir
    Path dir;

    @Test
    void everySheetsRowsAreDocumentsWithTheirCellsPlace() throws Exception {
        LinkedHashMap<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("文件", List.of(List.of("标题", "发布日期", "正文"),
                List.of("安顺市数据要素流通办法", "2025-03-02", "第一条 为促进数据流通，制定本办法。"),
                List.of("", "", "")));
        sheets.put("Sheet2", List.of());
        sheets.put("补充", List.of(List.of("title", "content"), List.of("铜仁市算力补贴细则", "对新建智算中心给予补助。")));
        Path xls = dir.resolve("collection.dat"); // the name says nothing: the bytes do
        LegacyFiles.xls(xls, sheets);
        SourceReader r = new SourceReader();
        assertEquals(SourceReader.Kind.XLS, r.kind(xls));
        List<Source> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (RowSources rows = r.table(xls, SourceReader.Kind.XLS, Columns.GUESS)) {
            while (true) {
                try {
                    Source s = rows.next();
                    if (s == null) {
                        break;
                    }
                    docs.add(s);
                } catch (InputException e) {
                    errors.add(e.describe());
                }
            }
        }
        assertEquals(List.of("collection.dat#row-2", "collection.dat#sheet-3-row-2"), docs.stream().map(Source::name).toList());
        assertEquals(List.of(), errors, "a blank row is not read as a row, an empty sheet is passed over");
        Source second = docs.get(1);
        int at = second.text().indexOf("智算中心");
        Origin.Location loc = second.locate(new Span(second.codePoint(at), second.codePoint(at + 4)));
        assertEquals(3, loc.sheet());
        assertEquals(2, loc.row());
        assertEquals("content", loc.column());
        String cell = Originals.cell(xls, 3, 2, "content");
        assertEquals("智算中心", cell.substring(loc.start(), loc.end()));
        assertEquals("2025-03-02", Originals.cell(xls, 1, 2, "发布日期"));
    }

    @Test
    void numbersAndFormulasReadAsExcelShowsThem() throws Exception {
        Path xls = dir.resolve("n.xls");
        try (HSSFWorkbook b = new HSSFWorkbook(); OutputStream o = Files.newOutputStream(xls)) {
            Sheet s = b.createSheet("s");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("正文");
            h.createCell(1).setCellValue("文号");
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("到2027年建成智算中心。");
            row.createCell(1).setCellFormula("2020+5");
            b.getCreationHelper().createFormulaEvaluator().evaluateAll();
            b.write(o);
        }
        try (Table t = new SourceReader().openTable(xls, SourceReader.Kind.XLS, 1)) {
            assertEquals(List.of("正文", "文号"), t.header());
            Table.Row row = t.next();
            assertEquals("2025", row.cells().get("文号"), "a formula's saved result, not its text");
            assertNull(t.next());
        }
    }

    @Test
    void cellsReadFromTheRecordStreamAreWhatPoisUsermodelShows() throws Exception {
        Path xls = dir.resolve("formats.xls");
        List<String> kinds = List.of("日期", "百分比", "两位小数", "千分位", "常规", "小数", "真假", "错误", "公式文字", "公式空", "公式日期", "数字文本");
        try (HSSFWorkbook b = new HSSFWorkbook(); OutputStream o = Files.newOutputStream(xls)) {
            Sheet s = b.createSheet("s");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("正文");
            for (int i = 0; i < kinds.size(); i++) {
                h.createCell(i + 1).setCellValue(kinds.get(i));
            }
            var df = b.createDataFormat();
            String[] formats = {"yyyy\"年\"m\"月\"d\"日\"", "0.0%", "0.00", "#,##0", null, null, null, null, null, null, "yyyy-mm-dd", null};
            // Past row 32, where a sheet's cells go on in the next block of records.
            for (int r = 1; r <= 40; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue("第" + r + "条 到2027年建成智算中心。");
                row.createCell(1).setCellValue(45000 + r);
                row.createCell(2).setCellValue(r / 7.0);
                row.createCell(3).setCellValue(r * 1234.5678);
                row.createCell(4).setCellValue(r * 1234567.0);
                row.createCell(5).setCellValue(r * 1e12);
                row.createCell(6).setCellValue(r / 3.0);
                row.createCell(7).setCellValue(r % 2 == 0);
                row.createCell(8).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
                row.createCell(9).setCellFormula("\"粤府\"&\"〔\"&" + (2020 + r % 5) + "&\"〕\"");
                row.createCell(10).setCellFormula("\"\"");
                row.createCell(11).setCellFormula("DATE(2025,3," + r % 28 + "+1)");
                row.createCell(12).setCellValue("00" + r);
                for (int i = 0; i < formats.length; i++) {
                    if (formats[i] != null) {
                        var style = b.createCellStyle();
                        style.setDataFormat(df.getFormat(formats[i]));
                        row.getCell(i + 1).setCellStyle(style);
                    }
                }
            }
            b.getCreationHelper().createFormulaEvaluator().evaluateAll();
            b.write(o);
        }
        org.apache.poi.ss.usermodel.DataFormatter shows = new org.apache.poi.ss.usermodel.DataFormatter();
        shows.setUseCachedValuesForFormulaCells(true);
        try (HSSFWorkbook b = new HSSFWorkbook(Files.newInputStream(xls));
             Table t = new SourceReader().openTable(xls, SourceReader.Kind.XLS, 1)) {
            Sheet s = b.getSheetAt(0);
            for (int r = 1; r <= 40; r++) {
                Table.Row row = t.next();
                assertEquals(r + 1, row.number());
                LinkedHashMap<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i <= kinds.size(); i++) {
                    String v = shows.formatCellValue(s.getRow(r).getCell(i));
                    if (!v.isEmpty()) {
                        expected.put(t.header().get(i), v);
                    }
                }
                assertEquals(expected, row.cells(), "row " + (r + 1));
            }
            assertNull(t.next());
        }
    }

    @Test
    void anOle2FileThatIsNeitherWordNorExcelIsRefusedWithTheReason() throws Exception {
        Path f = dir.resolve("other.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream o = Files.newOutputStream(f)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "PowerPoint Document");
            fs.writeFilesystem(o);
        }
        assertEquals(SourceReader.Kind.DOCUMENT, new SourceReader().kind(f));
        InputException e = assertThrows(InputException.class, () -> new SourceReader().read(f));
        assertEquals(f + ": an OLE2 container that is neither a Word document (.doc/.wps) nor an Excel workbook (.xls): not read",
                e.describe());
    }

    @Test
    void anExcel95WorkbookIsRefusedWithTheReason() throws Exception {
        Path f = dir.resolve("old.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream o = Files.newOutputStream(f)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "Book");
            fs.writeFilesystem(o);
        }
        assertEquals(SourceReader.Kind.XLS, new SourceReader().kind(f));
        InputException e = assertThrows(InputException.class, () -> new SourceReader().table(f, SourceReader.Kind.XLS, Columns.GUESS));
        assertEquals(f + ": Excel 5.0/95 workbook (BIFF5): not read; save it as .xlsx", e.describe());
    }

    @Test
    void aPasswordProtectedXlsIsRefusedWithTheReason() throws Exception {
        Path f = dir.resolve("locked.xls");
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook b = new HSSFWorkbook(); OutputStream o = Files.newOutputStream(f)) {
            Sheet s = b.createSheet("s");
            s.createRow(0).createCell(0).setCellValue("正文");
            s.createRow(1).createCell(0).setCellValue("到2027年建成智算中心。");
            b.write(o);
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        InputException e = assertThrows(InputException.class, () -> new SourceReader().table(f, SourceReader.Kind.XLS, Columns.GUESS));
        assertEquals(f + ": encrypted Excel workbook (.xls): it needs a password to open", e.describe());
    }

    @Test
    void aTruncatedXlsIsOneErrorNamingTheFile() throws Exception {
        Path good = dir.resolve("good.xls");
        LegacyFiles.xls(good, java.util.Map.of("s", List.of(List.of("正文"), List.of("到2027年建成智算中心。"))));
        byte[] all = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.xls");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 3));
        SourceReader r = new SourceReader();
        assertEquals(SourceReader.Kind.XLS, r.kind(cut));
        InputException e = assertThrows(InputException.class, () -> r.table(cut, SourceReader.Kind.XLS, Columns.GUESS).next());
        assertTrue(e.describe().startsWith(cut + ": unreadable legacy Excel (.xls) file (broken or truncated)"), e.describe());
    }
}
