package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The Excel download read back with POI: Chinese text intact, numbers as numbers, headings as written. */
class XlsxTest {
    private static final List<List<Download.Cell>> ROWS = List.of(
            Download.texts(List.of("期限 Deadline", "地区 Region", "数值 Value", "原文 Expression")),
            List.of(Download.cell(NodeFactory.createLiteralDT("2025", XSDDatatype.XSDgYear)),
                    Download.cell(NodeFactory.createLiteralLang("上海市", "zh-Hans")),
                    Download.cell(NodeFactory.createLiteralDT("2600000000000.0", XSDDatatype.XSDdecimal)),
                    Download.cell(NodeFactory.createLiteralString("超过2.6万亿元"))),
            List.of(Download.cell(NodeFactory.createLiteralString("2026")),
                    Download.cell(NodeFactory.createURI("https://w3id.org/policykg/resource/region/310000")),
                    Download.cell(NodeFactory.createLiteralDT("8", XSDDatatype.XSDinteger)),
                    Download.cell(null)));

    @Test
    void readsBackWithChineseTextAndNumericCells() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Xlsx.bytes("targets-due-by-year", ROWS)))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("targets-due-by-year", s.getSheetName());
            assertEquals("期限 Deadline", s.getRow(0).getCell(0).getStringCellValue());
            assertTrue(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "the header is bold");
            assertEquals(CellType.NUMERIC, s.getRow(1).getCell(0).getCellType(), "a gYear is a number");
            assertEquals(2025.0, s.getRow(1).getCell(0).getNumericCellValue());
            assertEquals("上海市", s.getRow(1).getCell(1).getStringCellValue());
            assertEquals(2.6e12, s.getRow(1).getCell(2).getNumericCellValue());
            assertEquals("超过2.6万亿元", s.getRow(1).getCell(3).getStringCellValue());
            assertEquals(CellType.STRING, s.getRow(2).getCell(0).getCellType(), "a plain string of digits stays text");
            assertEquals("https://w3id.org/policykg/resource/region/310000", s.getRow(2).getCell(1).getStringCellValue());
            assertEquals(8.0, s.getRow(2).getCell(2).getNumericCellValue());
            assertEquals("", s.getRow(2).getCell(3).getStringCellValue());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitTopRow(), "the header row stays in view");
        }
    }

    @Test
    void theSameRowsGiveTheSameFile() throws Exception {
        byte[] b = Xlsx.bytes("x", ROWS);
        assertArrayEquals(b, Xlsx.bytes("x", ROWS));
        // written a second later the file must not change either: no entry carries the time it was written
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(b))) {
            int n = 0;
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry(), n++) {
                assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
            }
            assertTrue(n > 3, "a workbook's parts");
        }
        String core = new String(zipEntry(b, "docProps/core.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(core.contains("1970-01-01T00:00:00Z"), core);
    }

    private static byte[] zipEntry(byte[] zip, String name) throws Exception {
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void csvOfTheSameRowsWritesTheLexicalForms() {
        String csv = new String(Csv.bytes(ROWS), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("\uFEFF期限 Deadline,地区 Region,数值 Value,原文 Expression\r\n2025,上海市,2600000000000.0,超过2.6万亿元\r\n"
                + "2026,https://w3id.org/policykg/resource/region/310000,8,\r\n", csv);
    }
}
