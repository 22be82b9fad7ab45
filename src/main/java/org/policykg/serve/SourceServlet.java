package org.policykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.policykg.ingest.Decoder;
import org.policykg.ingest.InputException;
import org.policykg.ingest.Originals;

/**
 * A source document as the store holds it, with the span an evidence quotes
 * ({@code ?start=&end=}, code points, end exclusive) highlighted: in a PDF's page
 * ({@code &page=}) or a table's cell ({@code &row=&column=}) when the evidence says so. Only the files
 * the store was built from are served: the name is looked up, never joined to a path.
 */
final class SourceServlet extends HttpServlet {
    private final Site site;
    private final Render render;
    private final Set<String> files = new TreeSet<>();

    SourceServlet(Site site) throws IOException {
        this.site = site;
        this.render = new Render(site);
        if (site.store().sources() != null && Files.isDirectory(site.store().sources())) {
            try (Stream<Path> s = Files.list(site.store().sources())) {
                s.forEach(p -> files.add(p.getFileName().toString()));
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = ResourceServlet.pathOr400(req, resp);
        if (path == null) {
            return;
        }
        String name = path.substring("/source/".length());
        if (!files.contains(name)) {
            Layout.error(resp, 404, "没有这个源文件 No such source file: " + name);
            return;
        }
        Path file = site.store().sources().resolve(name);
        long page = number(req.getParameter("page"));
        long row = number(req.getParameter("row"));
        long sheet = Math.max(1, number(req.getParameter("sheet")));
        String column = req.getParameter("column");
        String text;
        String where = "";
        try {
            if (page > 0) {
                // A PDF's or an OFD file's evidence counts in its page's extracted text.
                text = Originals.pagesFrom(file, (int) Math.min(page, Integer.MAX_VALUE)).get(0);
                where = "第 " + page + " 页 page " + page;
            } else if (row > 0 && column != null) {
                // A table evidence counts in its cell.
                text = Originals.cell(file, (int) Math.min(sheet, Integer.MAX_VALUE), (int) Math.min(row, Integer.MAX_VALUE), column);
                if (text == null) {
                    Layout.error(resp, 404, "没有这个单元格 No such cell: row " + row + ", column " + column);
                    return;
                }
                where = (sheet > 1 ? "第 " + sheet + " 个工作表 sheet " + sheet + " · " : "")
                        + "第 " + row + " 行 row " + row + " · 列 column " + column;
            } else if (Originals.isPaged(file)) {
                text = String.join("", Originals.pagesFrom(file, 1));
            } else {
                text = Originals.text(file);
                // Offsets count in the decoded text: say what it was decoded from when that was told from the bytes.
                String charset = Originals.legacyCharset(file);
                where = charset == null ? "" : "按 " + charset + " 解码 decoded from " + charset;
            }
        } catch (InputException e) {
            Layout.error(resp, e.getMessage().startsWith("no page") ? 404 : 500, e.getMessage());
            return;
        }
        int length = text.codePointCount(0, text.length());
        long start = number(req.getParameter("start"));
        long end = Math.min(number(req.getParameter("end")), length); // a span may run on past its page
        StringBuilder b = new StringBuilder();
        // The document's IRI is made from the slugged file name (spaces, full-width and other
        // characters become '-'), so the link is to that IRI's path, not to the raw name; a table's
        // row is a document of its own (FILE#row-N, a workbook's later sheet FILE#sheet-K-row-N).
        String docName = row > 0 && column != null ? name + (sheet > 1 ? "#sheet-" + sheet + "-row-" : "#row-") + row : name;
        Node docNode = org.policykg.rdf.Iris.document(docName);
        String doc = site.path(site.base() + docNode.getURI().substring(org.policykg.rdf.Iris.BASE.length()));
        String title = org.apache.jena.system.Txn.calculateRead(site.dataset(), () -> {
            Node t = Description.one(site.dataset(), docNode, org.policykg.rdf.Vocab.dcTitle);
            return t == null ? null : t.getLiteralLexicalForm();
        });
        // The heading is what a reader cites: the title, not the hash-named file.
        b.append("<h1>").append(Html.text(title != null ? title : name)).append("</h1>");
        if (!where.isEmpty()) {
            b.append("<p class=\"where\">").append(Html.text(where)).append("</p>");
        }
        b.append("<p class=\"back\"><a href=\"").append(Html.url(doc)).append("\">← 文档 <small>Document</small></a>")
                .append(" <small>").append(Html.text(name)).append("</small></p>");
        if (start >= 0 && end > start && end <= length) {
            String facts = org.apache.jena.system.Txn.calculateRead(site.dataset(), () -> facts(docNode, start, end));
            if (!facts.isEmpty()) {
                b.append("<p class=\"facts\">此段支持 <small>This span supports</small>: ").append(facts).append("</p>");
            }
        }
        if (start >= 0 && end > start && end <= length) {
            int s = text.offsetByCodePoints(0, (int) start);
            int e = text.offsetByCodePoints(0, (int) end);
            b.append("<p class=\"hint\">高亮为证据引用的原文 <small>The highlighted span is the quoted evidence, code points ")
                    .append(start).append("–").append(end).append("</small></p>");
            b.append("<pre class=\"source\">").append(Html.text(text.substring(0, s)))
                    .append("<mark id=\"hl\">").append(Html.text(text.substring(s, e))).append("</mark>")
                    .append(Html.text(text.substring(e))).append("</pre>");
        } else {
            b.append("<pre class=\"source\">").append(Html.text(text)).append("</pre>");
        }
        Layout.write(resp, 200, title != null ? title : name, b.toString(), null);
    }

    private static final String FACTS = """
            PREFIX pol: <https://w3id.org/policykg/ontology#>
            SELECT DISTINCT ?owner ?p WHERE {
              ?ev pol:document ?doc ; pol:start ?s ; pol:end ?e .
              FILTER(?s = ?start && ?e = ?end)
              ?owner pol:evidence ?ev .
              OPTIONAL { ?ev pol:supports ?p }
            } ORDER BY ?owner ?p
            """;

    /** Links to the entities whose evidence is exactly this span, with the property it supports. */
    private String facts(Node doc, long start, long end) {
        Binding bind = Binding.builder().add(Var.alloc("doc"), doc)
                .add(Var.alloc("start"), NodeFactory.createLiteralDT(Long.toString(start), XSDDatatype.XSDinteger))
                .add(Var.alloc("end"), NodeFactory.createLiteralDT(Long.toString(end), XSDDatatype.XSDinteger)).build();
        StringBuilder b = new StringBuilder();
        int k = 0;
        for (Binding r : site.select(FACTS, bind)) {
            b.append(k++ > 0 ? " · " : "").append(render.link(r.get("owner")));
            if (r.get("p") != null) {
                b.append(" <small>").append(Html.text(site.label(r.get("p")))).append("</small>");
            }
        }
        return b.toString();
    }

    private static long number(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
