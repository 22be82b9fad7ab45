package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.FormFiles;
import org.policykg.ingest.LegacyFiles;
import org.policykg.query.SavedQueries;
import org.policykg.store.Stores;

/**
 * {@code serve} on a folder holding web pages, a PDF, an OFD, Word files (.docx, .doc), a CSV of
 * documents and a workbook, and the forms of issue 10 (a legacy .xls, a Big5 text, RTF named .doc,
 * a JSONP list): one store holds them all, and the source view highlights an evidence's
 * span in each (a PDF's or an OFD's page, a table's cell, a workbook's sheet).
 */
@Tag("integration") // builds a store and starts a server
class FormsServeTest {
    private static final Path FORMS = Path.of("src/test/resources/forms");

    @TempDir
    Path tmp;

    @Test
    void oneStoreOfEveryFormAndEachSpanHighlighted() throws Exception {
        assumeTrue(FormFiles.canWritePdf(), "fonts-noto-cjk is not installed (.ci/install-test-tools)");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(FORMS.resolve("table-csv/input.csv"), in.resolve("collection.csv"));
        List<List<String>> pages = Files.readString(FORMS.resolve("pdf-running-heads/input.pdf.txt")).lines()
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.joining("\n"),
                        s -> java.util.Arrays.stream(s.split("\n\f\n")).map(p -> List.of(p.split("\n"))).toList()));
        FormFiles.pdf(in.resolve("plan.pdf"), pages, null);
        FormFiles.docx(in.resolve("tongzhi.docx"), Files.readAllLines(FORMS.resolve("docx-field-table/input.docx.txt")));
        Files.writeString(in.resolve("page.html"), "<!DOCTYPE html><html><head><title>柳州市数据局</title></head><body>"
                + "<div class=\"nav\">首页 &gt; 政务公开</div><h1>柳州市公共数据授权运营管理办法</h1>"
                + "<p>第一条 为规范公共数据授权运营，制定本办法。</p><p>第二条 本办法自2025年9月1日起施行。</p></body></html>");
        Files.copy(FORMS.resolve("page-portal/input.shtml"), in.resolve("portal.shtml"));
        Files.copy(FORMS.resolve("doc-field-table/input.doc"), in.resolve("legacy.doc"));
        List<List<String>> ofdPages = Files.readString(FORMS.resolve("ofd-pages/input.ofd.txt")).lines()
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.joining("\n"),
                        s -> java.util.Arrays.stream(s.split("\n\f\n")).map(p -> List.of(p.split("\n"))).toList()));
        FormFiles.ofd(in.resolve("fangan.ofd"), ofdPages, true);
        // A workbook whose documents are on its second sheet: the source view must open that sheet.
        java.util.LinkedHashMap<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Sheet1", List.of());
        sheets.put("文件", List.of(List.of("标题", "正文"), List.of("南宁市数据条例", "到2027年，全市建成5G基站3000个。")));
        FormFiles.xlsx(in.resolve("book.xlsx"), sheets);
        // The forms of issue 10: a legacy .xls, a Big5 text without a BOM, RTF named .doc, a JSONP list.
        LegacyFiles.xls(in.resolve("ledger.xls"), java.util.Map.of("文件", List.of(List.of("标题", "正文"),
                List.of("凯里市数据条例", "到2027年，全市建成5G基站3000个。"))));
        Files.write(in.resolve("jiayi.txt"), Files.readString(FORMS.resolve("text-big5/input.big5.txt")).getBytes("Big5"));
        Files.writeString(in.resolve("cuoshi.doc"), LegacyFiles.rtf(Files.readAllLines(FORMS.resolve("rtf-as-doc/input.rtf.txt"))),
                StandardCharsets.US_ASCII);
        Files.copy(FORMS.resolve("js-jsonp-list/input.js"), in.resolve("list.js"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Stores.Opened opened = Stores.open(tmp.resolve("data"), List.of(in), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(0, opened.summary().failed(), err.toString(StandardCharsets.UTF_8));
        try (Server server = Server.start(opened.store(), SavedQueries.load(Path.of("queries")),
                new Server.Config("127.0.0.1", 0, Server.Config.DEFAULT_BASE, 10_000, 1_000, null,
                        null /* the spill folder is the JVM's java.io.tmpdir: leave the shared test server's */))) {
            String endpoint = server.address() + "kg/sparql";
            String q = "PREFIX pol: <https://w3id.org/policykg/ontology#> SELECT ?file (SAMPLE(?e) AS ?ev) "
                    + "WHERE { ?e a pol:Evidence ; pol:document ?d . ?d pol:sourceFile ?file } GROUP BY ?file ORDER BY ?file";
            java.util.Map<String, String> evidenceByFile = new java.util.TreeMap<>();
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    evidenceByFile.put(s.getLiteral("file").getString(), s.getResource("ev").getURI());
                }
            }
            assertEquals(List.of("book.xlsx", "collection.csv", "cuoshi.doc", "fangan.ofd", "jiayi.txt", "ledger.xls",
                    "legacy.doc", "list.js", "page.html", "plan.pdf", "portal.shtml", "tongzhi.docx"),
                    List.copyOf(evidenceByFile.keySet()));
            HttpClient http = HttpClient.newHttpClient();
            for (var e : evidenceByFile.entrySet()) {
                String path = e.getValue().substring("https://w3id.org/policykg/".length());
                String page = get(http, server.address() + path);
                Matcher link = Pattern.compile("href=\"(/source/[^\"]+)\"").matcher(page);
                assertTrue(link.find(), "a source link on " + path);
                String href = link.group(1).replace("&amp;", "&");
                if (e.getKey().endsWith(".xlsx")) {
                    assertTrue(href.contains("sheet=2&row="), href);
                }
                if (e.getKey().endsWith(".pdf") || e.getKey().endsWith(".ofd")) {
                    assertTrue(href.contains("page="), href);
                }
                if (e.getKey().endsWith(".csv") || e.getKey().endsWith(".xls") || e.getKey().endsWith(".js")) {
                    assertTrue(href.contains("row=") && href.contains("column="), href);
                }
                String source = get(http, server.address() + href.substring(1));
                Matcher mark = Pattern.compile("<mark id=\"hl\">([^<]+)</mark>").matcher(source);
                assertTrue(mark.find(), "a highlighted span at " + href);
                // A text decoded from a charset told from its bytes says which.
                assertEquals(e.getKey().equals("jiayi.txt"), source.contains("decoded from Big5-HKSCS"), href);
                Matcher quote = Pattern.compile("<span class=\"quote\"[^>]*>([^<]+)</span>").matcher(page);
                assertTrue(quote.find());
                String expected = quote.group(1);
                // A span running past its page is highlighted up to the page's end.
                assertTrue(expected.startsWith(mark.group(1)), href + ": " + mark.group(1) + " vs " + expected);
            }
        } finally {
            opened.store().close();
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), url + "\n" + r.body());
        return r.body();
    }
}
