package org.policykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The text of an OFD file (GB/T 33190-2016, China's fixed-layout format: a ZIP of XML), page by
 * page: OFD.xml names the document (DocBody/DocRoot), its Document.xml lists the pages in order
 * (Pages/Page, BaseLoc), and each page's Content.xml holds TextObjects whose TextCodes carry the
 * text and where it stands. A page's text is its TextCodes in position order — lines from the top
 * (a baseline within half a character of another is the same line), each line from the left, a
 * space where a gap wider than one and a half characters separates two pieces — each line ending
 * with a line break, as PDFBox writes a PDF page. This text is the original an OFD evidence's
 * page and offsets count in. A page template's contents (running heads a producer may keep there)
 * are not read. No maintained Java library reads OFD; the format is plain XML, read here with the
 * JDK's parser, DOCTYPEs refused.
 */
public final class OfdText {
    /** The most a part of the archive may hold once inflated (a ZIP bomb stops here). */
    private static final long PART_LIMIT = 64L * 1024 * 1024;

    private OfdText() {
    }

    /** One piece of text placed on a page: baseline y and left x in millimetres, its size and width. */
    private record Piece(double x, double y, double size, double width, String text, int order) {
    }

    public static List<String> pages(Path file) throws InputException {
        String loc = file.toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Document ofd = xml(zip, "OFD.xml", loc);
            String root = text(first(ofd.getDocumentElement(), "DocRoot"));
            if (root == null || root.isBlank()) {
                throw new InputException(loc, "OFD file without a document (OFD.xml names no DocRoot)");
            }
            String docPath = resolve("", root.strip());
            Document doc = xml(zip, docPath, loc);
            String dir = docPath.contains("/") ? docPath.substring(0, docPath.lastIndexOf('/') + 1) : "";
            Element pagesEl = first(doc.getDocumentElement(), "Pages");
            List<String> pages = new ArrayList<>();
            if (pagesEl != null) {
                for (Element page : children(pagesEl, "Page")) {
                    String base = page.getAttribute("BaseLoc");
                    if (base.isBlank()) {
                        throw new InputException(loc, "OFD page " + (pages.size() + 1) + " without a BaseLoc");
                    }
                    pages.add(pageText(xml(zip, resolve(dir, base.strip()), loc)));
                }
            }
            if (pages.isEmpty()) {
                throw new InputException(loc, "OFD file without pages");
            }
            return pages;
        } catch (IOException e) {
            throw new InputException(loc, "unreadable OFD file (a broken or truncated ZIP archive): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new InputException(loc, "unreadable OFD file: " + e, e);
        }
    }

    /** A path inside the archive: absolute from its root when it starts with '/', else from {@code dir}. */
    private static String resolve(String dir, String path) {
        String p = path.startsWith("/") ? path.substring(1) : dir + path;
        List<String> parts = new ArrayList<>();
        for (String s : p.split("/")) {
            if (s.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!s.isEmpty() && !s.equals(".")) {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    private static Document xml(ZipFile zip, String name, String loc) throws InputException, IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new InputException(loc, "OFD file without its part " + name);
        }
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) PART_LIMIT + 1);
            if (bytes.length > PART_LIMIT) {
                throw new InputException(loc, "OFD part " + name + " larger than " + PART_LIMIT + " bytes");
            }
            return builder().parse(new java.io.ByteArrayInputStream(bytes));
        } catch (SAXException x) {
            throw new InputException(loc, "OFD part " + name + " is not well-formed XML: " + x.getMessage(), x);
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page's text in position order. */
    static String pageText(Document page) {
        List<Piece> pieces = new ArrayList<>();
        collect(page.getDocumentElement(), pieces);
        pieces.sort(Comparator.comparingDouble(Piece::y).thenComparingDouble(Piece::x).thenComparingInt(Piece::order));
        List<List<Piece>> lines = new ArrayList<>();
        for (Piece p : pieces) {
            List<Piece> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).y() - p.y()) <= Math.max(last.get(0).size(), p.size()) / 2) {
                last.add(p);
            } else {
                lines.add(new ArrayList<>(List.of(p)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<Piece> line : lines) {
            line.sort(Comparator.comparingDouble(Piece::x).thenComparingInt(Piece::order));
            Piece prev = null;
            for (Piece p : line) {
                if (prev != null && p.x() - (prev.x() + prev.width()) > 1.5 * Math.max(p.size(), prev.size())) {
                    out.append(' ');
                }
                out.append(p.text());
                prev = p;
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The TextCodes under an element (a page's layers, page blocks and text objects), in document order. */
    private static void collect(Element e, List<Piece> out) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c)) {
                continue;
            }
            String name = c.getLocalName() != null ? c.getLocalName() : c.getNodeName();
            if (name.equals("Template")) {
                continue;
            }
            if (name.equals("TextObject")) {
                double[] box = numbers(c.getAttribute("Boundary"), 4);
                double size = number(c.getAttribute("Size"), 3.5);
                double x = 0;
                double y = 0;
                for (Element code : children(c, "TextCode")) {
                    x = code.hasAttribute("X") ? number(code.getAttribute("X"), 0) : x;
                    y = code.hasAttribute("Y") ? number(code.getAttribute("Y"), 0) : y;
                    String t = code.getTextContent().replace("\r", "").replace("\n", "");
                    if (t.isEmpty()) {
                        continue;
                    }
                    double width = box[2] > 0 ? Math.min(box[2], size * t.codePointCount(0, t.length())) : size * t.length();
                    out.add(new Piece(box[0] + x, box[1] + y, size, width, t, out.size()));
                    x += size * t.codePointCount(0, t.length());
                }
            } else {
                collect(c, out);
            }
        }
    }

    private static double[] numbers(String s, int n) {
        double[] out = new double[n];
        String[] parts = s.strip().split("\\s+");
        for (int i = 0; i < n && i < parts.length; i++) {
            out[i] = number(parts[i], 0);
        }
        return out;
    }

    private static double number(String s, double otherwise) {
        try {
            return s == null || s.isBlank() ? otherwise : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Element first(Element e, String local) {
        List<Element> all = descendants(e, local);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> descendants(Element e, String local) {
        List<Element> out = new ArrayList<>();
        var list = e.getElementsByTagNameNS("*", local);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName() != null ? c.getLocalName() : c.getNodeName())) {
                out.add(c);
            }
        }
        return out;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent();
    }

    /** An OFD file as one source: its pages' texts one after another, each page a part of the origin. */
    static Source source(Path file, String sha256) throws InputException {
        return PdfText.paged(file, sha256, pages(file), Format.OFD, "OFD text",
                "OFD file without text (a scan? text is not recognised from images)");
    }
}
