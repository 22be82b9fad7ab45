package org.policykg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes files of each form from text, for the tests and the forms benchmark: PDFs with PDFBox,
 * Word and Excel files with POI.
 *
 * <p>The PDFs set Chinese in Noto Sans CJK SC from Debian's fonts-noto-cjk (installed by
 * .ci/install-test-tools): glyphs by the font's own cmap, an Identity-H encoding and a ToUnicode
 * map, as drafting tools write them. PDFBox 3 cannot subset or fully embed that font (CFF outlines
 * in a collection), so the font is referenced, not embedded; the text layer, which is what is read,
 * is the same.
 */
public final class FormFiles {
    public static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    private static TrueTypeFont font;

    private FormFiles() {
    }

    public static boolean canWritePdf() {
        return Files.isReadable(NOTO);
    }

    private static synchronized TrueTypeFont font() throws IOException {
        if (font == null) {
            font = new TrueTypeCollection(NOTO.toFile()).getFontByName("NotoSansCJKsc-Regular");
        }
        return font;
    }

    /** A PDF of A4 pages, each a list of lines set from the top; {@code password} encrypts it when not null. */
    public static void pdf(Path out, List<List<String>> pages, String password) throws IOException {
        pdf(out, pages, password, Set.of());
    }

    /** How far right a line set in fake bold is drawn again, in points. */
    private static final String BOLD_OFFSET = "0.3";

    /**
     * A PDF as {@link #pdf(Path, List, String)} writes it, the lines in {@code fakeBold} set in a bold
     * faked the way drafting tools fake it for a font without a bold face (a 公文's 黑体 or 小标宋
     * headings): the line drawn, then drawn again 0.3 pt to the right. Every page names the same
     * font object, as a drafting tool's PDF does.
     */
    public static void pdf(Path out, List<List<String>> pages, String password, Set<String> fakeBold) throws IOException {
        TrueTypeFont f = font();
        TreeMap<Integer, Integer> toUnicode = new TreeMap<>();
        try (PDDocument doc = new PDDocument()) {
            COSDictionary type0 = fontDictionary(doc, toUnicode);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                // The font dictionary itself, not a PDFont: PDFBox would read its ToUnicode before it is written.
                PDResources res = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), type0);
                res.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(res);
                StringBuilder cs = new StringBuilder("BT /F1 12 Tf 16 TL 1 0 0 1 60 790 Tm\n");
                for (String line : lines) {
                    StringBuilder hex = new StringBuilder();
                    line.codePoints().forEach(cp -> {
                        int gid;
                        try {
                            gid = f.getUnicodeCmapLookup().getGlyphId(cp);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        toUnicode.put(gid, cp);
                        hex.append(String.format("%04X", gid));
                    });
                    cs.append('<').append(hex).append("> Tj");
                    if (fakeBold.contains(line)) {
                        cs.append(' ').append(BOLD_OFFSET).append(" 0 Td <").append(hex).append("> Tj -").append(BOLD_OFFSET).append(" 0 Td");
                    }
                    cs.append(" T*\n");
                }
                cs.append("ET\n");
                PDStream content = new PDStream(doc);
                try (OutputStream o = content.createOutputStream()) {
                    o.write(cs.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(content);
                doc.addPage(page);
            }
            writeToUnicode(doc, type0, toUnicode);
            if (password != null) {
                StandardProtectionPolicy p = new StandardProtectionPolicy(password, password, new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            doc.save(out.toFile());
        }
    }

    private static COSDictionary fontDictionary(PDDocument doc, TreeMap<Integer, Integer> toUnicode) {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "NotoSansCJKsc-Regular");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (int v : new int[] {-1000, -300, 1000, 900}) {
            bbox.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 733);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setName(COSName.BASE_FONT, "NotoSansCJKsc-Regular");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, "NotoSansCJKsc-Regular");
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, doc.getDocument().createCOSStream());
        return type0;
    }

    private static void writeToUnicode(PDDocument doc, COSDictionary type0, TreeMap<Integer, Integer> map) throws IOException {
        StringBuilder b = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Integer> gids = List.copyOf(map.keySet());
        for (int i = 0; i < gids.size(); i += 100) {
            List<Integer> chunk = gids.subList(i, Math.min(gids.size(), i + 100));
            b.append(chunk.size()).append(" beginbfchar\n");
            for (int g : chunk) {
                b.append(String.format("<%04X> <%04X>%n", g, map.get(g)));
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream s = (COSStream) type0.getDictionaryObject(COSName.TO_UNICODE);
        try (OutputStream o = s.createOutputStream()) {
            o.write(b.toString().getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** A Word file: each line a paragraph, a line between bars (|a|b|) a row of a table (consecutive rows one table). */
    public static void docx(Path out, List<String> lines) throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            XWPFTable table = null;
            for (String line : lines) {
                if (line.startsWith("|") && line.endsWith("|") && line.length() > 1) {
                    String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                    XWPFTableRow row;
                    if (table == null) {
                        table = d.createTable(1, cells.length);
                        row = table.getRow(0);
                    } else {
                        row = table.createRow();
                    }
                    for (int i = 0; i < cells.length; i++) {
                        row.getCell(i).setText(cells[i]);
                    }
                } else {
                    table = null;
                    d.createParagraph().createRun().setText(line);
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                d.write(o);
            }
        }
    }

    /** An Excel workbook of one sheet, written streaming (SXSSF), the first row the header. */
    public static void xlsx(Path out, Iterable<List<String>> rows) throws IOException {
        java.util.LinkedHashMap<String, Iterable<List<String>>> one = new java.util.LinkedHashMap<>();
        one.put("documents", rows);
        xlsx(out, one);
    }

    /** An Excel workbook with a sheet per entry (name → rows, an empty sheet for no rows), in the map's order. */
    public static void xlsx(Path out, java.util.Map<String, ? extends Iterable<List<String>>> sheets) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            for (var e : sheets.entrySet()) {
                var sheet = wb.createSheet(e.getKey());
                int r = 0;
                for (List<String> cells : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < cells.size(); i++) {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
    }

    /** A legacy Excel workbook (.xls, POI HSSF) of one sheet, the first row the header; HSSF writes from memory, so keep it to bench sizes. */
    public static void xls(Path out, Iterable<List<String>> rows) throws IOException {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             OutputStream o = Files.newOutputStream(out)) {
            wb.createInformationProperties(); // without them POI warns on reading
            var sheet = wb.createSheet("documents");
            int r = 0;
            for (List<String> cells : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < cells.size(); i++) {
                    if (!cells.get(i).isEmpty()) {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
            wb.write(o);
        }
    }

    /** Millimetres between two lines of an OFD page set in 12 pt (4.23 mm). */
    private static final double OFD_LEADING = 5.6;

    /**
     * An OFD file (GB/T 33190) of A4 pages, each a list of lines set from the top, a TextObject per
     * line; written in the order {@code order} gives (a page's objects need not stand in reading
     * order, as a drafting tool may draw a page's number first). No font is embedded: the text
     * codes are what is read.
     */
    public static void ofd(Path out, List<List<String>> pages, boolean footFirst) throws IOException {
        String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            entry(z, "OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:OFD " + ns + " Version=\"1.0\" DocType=\"OFD\">"
                    + "<ofd:DocBody><ofd:DocInfo><ofd:DocID>policykg-test</ofd:DocID></ofd:DocInfo>"
                    + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
            StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Document " + ns + ">"
                    + "<ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
                    + "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>");
            for (int p = 0; p < pages.size(); p++) {
                doc.append("<ofd:Page ID=\"").append(p + 2).append("\" BaseLoc=\"Pages/Page_").append(p).append("/Content.xml\"/>");
            }
            doc.append("</ofd:Pages></ofd:Document>");
            entry(z, "Doc_0/Document.xml", doc.toString());
            entry(z, "Doc_0/PublicRes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Res " + ns + " BaseLoc=\"Res\">"
                    + "<ofd:Fonts><ofd:Font ID=\"1\" FontName=\"宋体\" FamilyName=\"宋体\"/></ofd:Fonts></ofd:Res>");
            for (int p = 0; p < pages.size(); p++) {
                List<String> lines = pages.get(p);
                List<String> objects = new java.util.ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    double y = 25 + i * OFD_LEADING;
                    objects.add("<ofd:TextObject ID=\"" + (1000 * (p + 1) + i) + "\" Boundary=\"25 " + String.format(java.util.Locale.ROOT, "%.2f", y)
                            + " 160 6\" Font=\"1\" Size=\"4.23\"><ofd:TextCode X=\"0\" Y=\"4.5\">" + xmlText(lines.get(i))
                            + "</ofd:TextCode></ofd:TextObject>");
                }
                if (footFirst && !objects.isEmpty()) {
                    objects.add(0, objects.remove(objects.size() - 1));
                }
                entry(z, "Doc_0/Pages/Page_" + p + "/Content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Page " + ns + ">"
                        + "<ofd:Content><ofd:Layer ID=\"" + (p + 100) + "\">" + String.join("", objects)
                        + "</ofd:Layer></ofd:Content></ofd:Page>");
            }
        }
    }

    private static void entry(java.util.zip.ZipOutputStream z, String name, String xml) throws IOException {
        java.util.zip.ZipEntry e = new java.util.zip.ZipEntry(name);
        e.setTime(0); // the same lines give the same bytes
        z.putNextEntry(e);
        z.write(xml.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    private static String xmlText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
