package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

/**
 * The pages as a policy researcher uses them (issue 9): browse with facets, summaries
 * first, honest totals, readable numbers and headings, exports, citations, the
 * vocabulary. Each test names the defect it guards against.
 */
@Tag("integration") // starts a server
class ResearcherPagesTest {
    private static final TestServer S = TestServer.get();
    private static final String POLICY = "/resource/policy/" + TestServer.enc("上海市进一步推进新型基础设施建设行动方案-2023-2026年");

    private static Document page(String path) {
        HttpResponse<String> r = S.get(path, null);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }

    private static String q(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return S.http.send(HttpRequest.newBuilder(URI.create(S.url(path))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    // ------------------------------------------------------------------ browse

    @Test
    void homeCountsLinkIntoTheLists() {
        Document d = page("/");
        for (String kind : List.of("policies", "agencies", "companies", "regions", "targets")) {
            assertFalse(d.select("table.counts a[href=/browse/" + kind + "]").isEmpty(), "the count of " + kind + " is a link");
        }
        assertFalse(d.select("table.data a[href^=/browse/policies?region=]").isEmpty(), "region × year cells link to the list");
        assertTrue(d.select("table.data th").text().contains("年份不详"), "undated policies have a column, not nothing");
    }

    @Test
    void policiesOfAProvinceAndYearHaveOneShareableAddress() {
        Document d = page("/browse/policies?region=310000&year=2023");
        assertEquals("1", d.selectFirst("#total").text());
        Element row = d.selectFirst("table.data tbody tr");
        assertEquals(POLICY, row.selectFirst("a").attr("href"));
        // facet links keep a fixed parameter order, so one selection has one address
        Document all = page("/browse/policies");
        String href = all.select("section.facet[data-facet=region] a").stream().filter(a -> a.text().equals("上海市"))
                .findFirst().orElseThrow().attr("href");
        assertEquals("/browse/policies?region=310000", href);
        String year = page(href).select("section.facet[data-facet=year] a").stream().filter(a -> a.text().equals("2023"))
                .findFirst().orElseThrow().attr("href");
        assertEquals("/browse/policies?region=310000&year=2023", year);
    }

    @Test
    void undatedPoliciesAreCountedAndProvinceIncludesItsCities() {
        Document d = page("/browse/policies");
        assertEquals("13", d.selectFirst("#total").text());
        Element undated = d.select("section.facet[data-facet=year] li").stream().filter(li -> li.text().contains("年份不详"))
                .findFirst().orElseThrow();
        assertEquals("8", undated.selectFirst(".count").text(), "8 of the 13 seed policies have no year and are counted");
        // 贵阳市's regulation is within 贵州省
        assertEquals("2", page("/browse/policies?region=520000").selectFirst("#total").text());
        Document city = page("/browse/policies?region=520000");
        assertTrue(city.select("section.facet[data-facet=region] a").text().contains("贵阳市"), "the province's cities are offered");
    }

    @Test
    void longListsArePaged() {
        Document first = page("/browse/agencies");
        int total = Integer.parseInt(first.selectFirst("#total").text().replace(",", ""));
        assertTrue(total > BrowseServlet.PAGE_SIZE, "enough agencies to page: " + total);
        assertEquals(BrowseServlet.PAGE_SIZE, first.select("table.data tbody tr").size());
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertEquals("/browse/agencies?page=2", next);
        assertEquals(total - BrowseServlet.PAGE_SIZE, page(next).select("table.data tbody tr").size());
        assertEquals(404, S.get("/browse/agencies?page=99", null).statusCode());
        assertEquals(404, S.get("/browse/nothing", null).statusCode());
    }

    // ------------------------------------------------------------- resource pages

    @Test
    void aPolicyPageStartsWithItsSummary() {
        Document d = page(POLICY);
        Element summary = d.selectFirst("table.summary");
        assertNotNull(summary);
        String text = summary.text();
        for (String s : List.of("沪府〔2023〕51号", "上海市人民政府", "2023-09-15", "上海市", "方案")) {
            assertTrue(text.contains(s), "the summary has " + s + ": " + text);
        }
        String html = d.body().html();
        assertTrue(html.indexOf("table class=\"props summary\"") < html.indexOf("目标 <small>Targets"), "summary before targets");
        assertTrue(d.select("main").text().contains("上海市人民政府关于印发"), "the document that carries it is named");
    }

    @Test
    void aRegionPageListsItsPoliciesByYearBeforeMentions() {
        Document d = page("/resource/region/310000");
        String html = d.body().html();
        int policies = html.indexOf("Policies for this region");
        assertTrue(policies > 0 && policies < html.indexOf("Linked from") && policies < html.indexOf("<details class=\"evidence\""),
                "policies by year come before links and the folded mentions");
        assertTrue(d.select("a[href^=/browse/policies?region=310000]").size() > 0);
    }

    @Test
    void linksToADocumentAreGroupedCountedAndPagedNotRawOffsets() {
        Document d = page("/resource/document/004_898ec50a5e4cdced.txt");
        assertFalse(d.select("section.links").isEmpty());
        for (Element a : d.select("section.links li > a")) {
            assertFalse(a.text().matches("\\d+-\\d+"), "an evidence link shows its quote, not " + a.text());
        }
        Element group = d.select("section.links").stream().filter(s -> s.selectFirst("a[rel=next]") != null).findFirst()
                .orElseThrow(() -> new AssertionError("a long group is paged"));
        assertTrue(group.select("li").size() <= ResourceServlet.LINKS_PAGE);
        int total = Integer.parseInt(group.selectFirst("h3 .count").text().replace(",", ""));
        assertTrue(total > ResourceServlet.LINKS_PAGE, "the heading gives the true count: " + total);
        String next = group.selectFirst("a[rel=next]").attr("href");
        Document two = page(next.substring(0, next.indexOf('#')));
        assertNotNull(two.selectFirst("section#" + group.id() + " a[rel=prev]"), "page 2 of that group");
    }

    /** "no filter by … theme": policies and targets have a theme facet, and /compare counts targets by theme. */
    @Test
    void policiesAndTargetsAreFacetedByThemeAndComparedByTheme() {
        Document all = page("/browse/policies");
        Element facet = all.selectFirst("section.facet[data-facet=theme]");
        assertNotNull(facet, "a theme facet");
        assertTrue(facet.text().contains("算力") && facet.text().contains("元宇宙"), facet.text());
        Document compute = page("/browse/policies?theme=theme-computing-power");
        List<String> titles = compute.select("table.data tbody td:first-child a").eachText();
        assertTrue(titles.contains("人工智能算力券实施方案"), titles.toString());
        assertFalse(titles.stream().anyMatch(t -> t.contains("元宇宙")), "a metaverse plan is not about computing power: " + titles);
        assertNotNull(page("/browse/targets").selectFirst("section.facet[data-facet=theme]"), "targets by their policy's theme");
        Element table = page("/compare?region=310000&region=110000").selectFirst("table.compare");
        assertTrue(table.select("tbody th").eachText().stream().anyMatch(r -> r.contains("Targets") && r.contains("theme")),
                "targets by theme have rows");
        assertFalse(table.select("a.theme[href^=/browse/targets?region=310000&theme=theme-]").isEmpty(), "each count opens its list");
    }

    @Test
    void twoRegionsSideBySideCompareOnlyLikeUnits() {
        Document d = page("/compare?region=310000&region=110000");
        Element table = d.selectFirst("table.compare");
        assertEquals(List.of("上海市", "北京市"), table.select("thead th a").eachText());
        List<String> rows = table.select("tbody th").eachText();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("政策")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("Targets") && r.contains("元")), "targets in 元 have their own row");
        assertTrue(rows.stream().anyMatch(r -> r.contains("Targets") && r.contains("百分点")), "and percentages theirs");
        assertTrue(rows.stream().anyMatch(r -> r.contains("Agencies")), rows.toString());
        assertTrue(table.text().contains("2.6 万亿元"), "amounts read as written");
        assertEquals(2, d.select("select[name=region] option[selected]").size(), "the form keeps the choice");
        assertEquals(404, S.get("/compare?region=nowhere&region=310000", null).statusCode());
        assertNotNull(page("/resource/region/310000").selectFirst("a[href^=/compare?region=310000]"), "a region page offers it");
    }

    // ------------------------------------------------------------------ search

    @Test
    void searchCountsEntitiesAndAQuotedPhraseFindsOnlyHitsContainingIt() {
        Document d = page("/search?q=" + q("\"算力券\""));
        int total = Integer.parseInt(d.selectFirst("#total").text());
        assertEquals(d.select("ol.hits > li").size(), total, "the total is the number of entities shown");
        assertTrue(total > 0);
        for (Element li : d.select("ol.hits > li")) {
            String text = li.text();
            assertTrue(text.contains("算力券"), "every hit contains the phrase: " + text);
        }
        assertFalse(d.select("ol.hits mark.hit").isEmpty(), "matches are highlighted");
        assertTrue(d.select("ol.hits .context").text().contains("北京市"), "a hit shows its region");
        Document plain = page("/search?q=" + q("算力券"));
        assertEquals(total, Integer.parseInt(plain.selectFirst("#total").text()),
                "unquoted, the word still matches as a whole, not as 算力 OR 券");
    }

    @Test
    void englishLabelsAreFound() {
        Document d = page("/search?q=Shanghai");
        assertTrue(d.select("ol.hits a[href=/resource/region/310000]").size() == 1, d.select("ol.hits").text());
    }

    // --------------------------------------------------------- numbers and tables

    @Test
    void amountsAreShownInTheScaleTextsUse() {
        String text = page(POLICY).select("table.data").text();
        assertTrue(text.contains("150 万千瓦"), "150万千瓦, not 1,500,000,000 瓦");
        assertTrue(text.contains("1–3 EFLOPS"), "1000P–3000P as EFLOPS, not 10^18 FLOPS");
        assertFalse(text.contains("000,000,000"), "no base-unit amounts");
        assertFalse(page(POLICY).text().contains("2,02"), "years are printed without separators");
        assertFalse(page(POLICY).text().contains("@zh-Hans"), "no language tags in the text");
    }

    @Test
    void savedQueryTablesHaveHumanHeadingsAndScroll() {
        Document d = page("/queries/targets-due-by-year");
        List<String> heads = d.select("table.results th").eachText();
        assertFalse(heads.stream().anyMatch(h -> h.equals("regionLabel") || h.equals("policyLabel")), heads.toString());
        assertTrue(heads.contains("地区 Region"), heads.toString());
        assertNotNull(d.selectFirst("div.scroll > table.results"), "a wide table scrolls inside its box");
        // "quote columns squeeze rows to 40 lines": a long quote is folded (three lines until focused)
        Document q = page("/queries/compute-support-by-region");
        int folded = 0;
        for (Element td : q.select("table.results tbody td")) {
            if (td.text().length() > QueryServlet.FOLD_CHARS) {
                assertNotNull(td.selectFirst("span.quote[tabindex=0]"), "a long cell is folded: " + td.text());
                folded++;
            }
        }
        assertTrue(folded > 0, "the query has long quotes");
    }

    @Test
    void iriParametersOfferAPicker() {
        Document d = page("/queries/policy-measures");
        Element input = d.selectFirst("input[name=policy]");
        Element list = d.getElementById(input.attr("list"));
        assertNotNull(list, "the policy box has a list of choices");
        assertEquals(13, list.select("option").size(), "the 13 policies");
        assertTrue(list.select("option").eachAttr("label").contains("人工智能算力券实施方案"));
    }

    // ------------------------------------------------------------------ export

    @Test
    void csvDownloadsStartWithABomAndParseBackToTheChinese() throws Exception {
        for (String path : List.of("/queries/targets-due-by-year.csv?year=2027", "/search.csv?q=" + q("算力券"),
                "/browse/policies.csv?region=310000")) {
            HttpResponse<byte[]> r = bytes(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), path);
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), path);
            byte[] b = r.body();
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3), path + " starts with a BOM");
            String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
            assertTrue(text.lines().count() >= 2, path);
            assertTrue(text.lines().findFirst().orElseThrow().matches(".*[\\u4e00-\\u9fff].*"), "Chinese headings: " + path);
        }
        String policies = new String(bytes("/browse/policies.csv?region=310000").body(), StandardCharsets.UTF_8);
        assertTrue(policies.contains("上海市进一步推进新型基础设施建设行动方案(2023-2026年)"));
    }

    @Test
    void excelDownloadsOfEveryTableReadBackWithChineseAndNumbers() throws Exception {
        for (String path : List.of("/queries/targets-due-by-year.xlsx?year=2027", "/search.xlsx?q=" + q("算力券"),
                "/browse/policies.xlsx?region=310000")) {
            HttpResponse<byte[]> r = bytes(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    r.headers().firstValue("Content-Type").orElse(""), path);
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"), path);
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(r.body()))) {
                var sheet = wb.getSheetAt(0);
                assertTrue(sheet.getLastRowNum() >= 1, path);
                assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().matches(".*[\\u4e00-\\u9fff].*"), "Chinese headings: " + path);
            }
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                bytes("/queries/targets-due-by-year.xlsx?year=2027").body()))) {
            var sheet = wb.getSheetAt(0);
            assertEquals("期限 Deadline", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sheet.getRow(1).getCell(0).getCellType(), "the year is a number");
            double year = sheet.getRow(1).getCell(0).getNumericCellValue();
            assertTrue(year >= 2000 && year <= 2027, "a deadline by 2027: " + year);
            int value = -1;
            for (int j = 0; j < sheet.getRow(0).getLastCellNum(); j++) {
                if (sheet.getRow(0).getCell(j).getStringCellValue().startsWith("数值")) {
                    value = j;
                }
            }
            assertTrue(value >= 0, "a value column");
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sheet.getRow(1).getCell(value).getCellType(), "amounts are numbers");
        }
        assertTrue(page("/queries/targets-due-by-year").select("a.export[href$=.xlsx], a.export[href*=.xlsx?]").size() == 1,
                "the saved query offers Excel");
        assertTrue(page("/browse/policies").select("a.export[href^=/browse/policies.xlsx]").size() == 1, "the list offers Excel");
        assertTrue(page("/search?q=" + q("算力券")).select("a.export[href^=/search.xlsx]").size() == 1, "search offers Excel");
    }

    /** "per-year and per-project caps compared as one": each cap period is its own row and chart panel. */
    @Test
    void supportCapsOfDifferentPeriodsAreNeverComparedAsOne() {
        Document d = page("/queries/support-caps-by-region");
        String data = d.getElementById("page-data").data();
        assertTrue(data.contains("\"seriesApart\":true"), "the chart draws a panel per cap period");
        assertTrue(data.contains("{\"category\":\"北京市\",\"value\":2000000.0,\"series\":\"每年\"}"),
                "北京's 200万 a year is drawn as a cap per year, not hidden under its 1亿 with no period: " + data);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Element tr : d.select("table.results tbody tr")) {
            String key = tr.child(0).text() + " | " + tr.child(1).text();
            assertTrue(seen.add(key), "one row per region and cap period: " + key);
        }
        assertTrue(seen.contains("北京市 | 每年") && seen.contains("北京市 | 未说明周期"), seen.toString());
    }

    @Test
    void theEndpointAnswersCrossOriginReadsOnly() throws Exception {
        HttpResponse<String> pre = S.send(HttpRequest.newBuilder(URI.create(S.url("/kg/sparql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://observablehq.com")
                .header("Access-Control-Request-Method", "POST").build());
        assertEquals(204, pre.statusCode());
        assertEquals("GET, POST", pre.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
        HttpResponse<String> r = S.get("/kg/sparql?query=" + q("ASK {}"), "application/sparql-results+json");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(S.get("/", null).headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "pages are not opened up");
    }

    @Test
    void voidStatesLicenceAndModificationDate() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(S.get("/void.ttl", null).body(), Lang.TURTLE).parse(g);
        Node ds = NodeFactory.createURI("https://w3id.org/policykg/dataset");
        assertTrue(g.contains(ds, NodeFactory.createURI(Vocab.DCTERMS + "license"), Node.ANY));
        assertTrue(g.contains(ds, NodeFactory.createURI(Vocab.DCTERMS + "modified"), Node.ANY));
        assertTrue(g.contains(ds, NodeFactory.createURI("http://rdfs.org/ns/void#exampleResource"), Node.ANY));
    }

    @Test
    void dumpsComeCompressed() throws Exception {
        Document d = page("/dumps");
        String href = d.selectFirst("a[href$=.gz]").attr("href");
        HttpResponse<byte[]> r = bytes(href);
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(""));
        byte[] plain = bytes(href.substring(0, href.length() - 3)).body();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            assertArrayEquals(plain, in.readAllBytes(), "the same dump, compressed");
        }
        assertTrue(r.body().length < plain.length / 3, "and much smaller: " + r.body().length + " of " + plain.length);
    }

    // -------------------------------------------------------------------- cite

    @Test
    void evidenceNamesTheDocumentAndTheSourceViewIsTitledAndLinksBack() {
        Document d = page(POLICY);
        Element cited = d.selectFirst("blockquote.evidence a.cited");
        assertTrue(cited.text().startsWith("《上海市人民政府关于印发"), "the title, not a hash file name: " + cited.text());
        assertFalse(cited.text().contains("ac67732907bb12cf"), cited.text());
        String href = cited.attr("href");
        Document source = page(href.substring(0, href.indexOf('#')));
        assertTrue(source.selectFirst("h1").text().startsWith("上海市人民政府关于印发"), "the source view is titled");
        assertNotNull(source.selectFirst("p.back a[href^=/resource/document/]"), "and links back to its document");
        assertNotNull(source.selectFirst("p.facts a"), "and to the facts the span supports");
        Document region = page("/resource/region/310000");
        Element cite = region.selectFirst("details.cite");
        assertTrue(cite.selectFirst(".gbt7714").text().contains("[EB/OL]"), "GB/T 7714 form");
        assertTrue(cite.selectFirst(".bibtex").text().startsWith("@misc{"), "BibTeX form");
    }

    // -------------------------------------------------------------- vocabulary

    @Test
    void theOntologyResolvesInEverySyntaxAndPropertyLinksLandOnDefinitions() {
        HttpResponse<String> ttl = S.get("/ontology", "text/turtle");
        assertEquals(200, ttl.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(g);
        assertTrue(g.size() > 100, "the whole ontology, not the header: " + g.size());
        assertTrue(g.contains(POL.hasTarget, Vocab.label, Node.ANY));
        for (String suffix : List.of(".ttl", ".jsonld", ".nt", ".rdf")) {
            assertEquals(200, S.get("/ontology" + suffix, null).statusCode(), suffix);
        }
        Document html = page("/ontology");
        assertNotNull(html.getElementById("hasTarget"), "a section per term");
        String link = page(POLICY).select("table.summary th a").first().attr("href");
        assertTrue(link.startsWith("/ontology#"), link);
        assertNotNull(html.getElementById(link.substring("/ontology#".length())), "the property link lands on its definition");
        assertEquals(200, S.get("/graph/reference", "text/turtle").statusCode());
        Element scheme = html.selectFirst("ul.schemes a[href^=/concept/]");
        assertNotNull(scheme, "the concept schemes are listed");
        assertEquals(200, S.get(scheme.attr("href"), null).statusCode(), "and resolve");
    }

    @Test
    void rdfXmlIsNegotiatedAndUnknownTypesGet406NotHtml() {
        HttpResponse<String> x = S.get("/resource/region/310000", "application/rdf+xml");
        assertEquals(200, x.statusCode());
        assertTrue(x.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(x.body(), Lang.RDFXML).parse(g);
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/policykg/resource/region/310000"), Vocab.type, POL.Region));
        assertEquals(406, S.get("/resource/region/310000", "image/png").statusCode());
        assertEquals(200, S.get("/resource/region/310000", "text/html,*/*;q=0.8").statusCode());
    }
}
