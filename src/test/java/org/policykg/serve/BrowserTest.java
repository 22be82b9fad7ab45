package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real browser (Debian's headless Chromium): the home page with its
 * chart, a policy page with evidence leading to the highlighted source, a saved query
 * with its chart, the SPARQL editor running a query. Any console error (a script
 * error, a CSP violation, a failed load) fails the test. Screenshots go to
 * target/screenshots/. Skipped where Chromium is not installed, unless
 * POLICYKG_REQUIRE_TOOLS is set (CI sets it).
 */
@Tag("integration") // starts a server and a browser
class BrowserTest {
    private static WebDriver browser;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        boolean required = System.getenv("POLICYKG_REQUIRE_TOOLS") != null;
        if (!WebDriver.available()) {
            assertTrue(!required, "POLICYKG_REQUIRE_TOOLS is set but chromium/chromedriver are not installed");
            Assumptions.abort("chromium and chromedriver are not installed");
        }
        server = TestServer.get();
        browser = new WebDriver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void noErrors(String page) throws Exception {
        List<String> severe = browser.severeLog();
        assertEquals(List.of(), severe, "console errors on " + page);
    }

    private static Path shot(String name) {
        return Path.of("target", "screenshots", name + ".png");
    }

    @Test
    void homePageShowsCountsAndItsChart() throws Exception {
        browser.open(server.url("/"));
        assertTrue(browser.waitFor("document.querySelector('#chart-regions canvas')", 10_000), "the chart is drawn");
        String counts = browser.script("return document.querySelector('table.counts').innerText;").getAsString().value();
        assertTrue(counts.contains("政策") && counts.contains("13"), counts);
        browser.screenshot(shot("home"));
        noErrors("/");
    }

    @Test
    void policyPageQuotesEvidenceAndLinksToTheHighlightedSource() throws Exception {
        browser.open(server.url("/resource/policy/" + TestServer.enc("上海市进一步推进新型基础设施建设行动方案-2023-2026年")));
        assertTrue(browser.waitFor("document.querySelector('blockquote.evidence a')", 10_000), "evidence is shown");
        String targets = browser.script("return document.body.innerText;").getAsString().value();
        assertTrue(targets.contains("目标") && targets.contains("措施"), "targets and measures tables");
        browser.screenshot(shot("policy"));
        noErrors("policy page");
        String quote = browser.script("return document.querySelector('blockquote.evidence .quote').textContent;")
                .getAsString().value();
        browser.script("document.querySelector('blockquote.evidence a').click(); return true;");
        assertTrue(browser.waitFor("document.querySelector('mark#hl')", 10_000), "the source view highlights the span");
        String marked = browser.script("return document.querySelector('mark#hl').textContent;").getAsString().value();
        assertEquals(quote, marked, "the highlighted span is the quote");
        browser.screenshot(shot("source"));
        noErrors("source view");
    }

    /** Clicks the first element matching a selector and waits for the next page's condition. */
    private static void click(String selector, String then) throws Exception {
        assertTrue(browser.waitFor("document.querySelector(" + js(selector) + ")", 10_000), "there is " + selector);
        browser.script("document.querySelector(" + js(selector) + ").click(); return true;");
        assertTrue(browser.waitFor(then, 10_000), "after clicking " + selector + ": " + then);
    }

    private static String js(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String text(String expression) throws Exception {
        return browser.script("return " + expression + ";").getAsString().value();
    }

    @Test
    void aResearcherBrowsesToAMeasuresSourceAndBack() throws Exception {
        browser.open(server.url("/"));
        click("table.counts a[href='/browse/policies']", "location.pathname === '/browse/policies'");
        click("section.facet[data-facet=region] a[href$='region=310000']", "location.search === '?region=310000'");
        click("section.facet[data-facet=year] a[href$='year=2023']", "location.search === '?region=310000&year=2023'");
        assertEquals("1", text("document.getElementById('total').textContent"));
        browser.screenshot(shot("browse"));
        noErrors("browse");
        click("table.data tbody a[href^='/resource/policy/']", "document.querySelector('table.summary') !== null");
        noErrors("policy");
        click("a[href^='/resource/measure/']", "document.querySelector('blockquote.evidence a.cited') !== null");
        String measure = text("location.pathname");
        String quote = text("document.querySelector('blockquote.evidence .quote').textContent");
        click("blockquote.evidence a.cited", "document.querySelector('mark#hl') !== null");
        assertEquals(quote, text("document.querySelector('mark#hl').textContent"), "the span is the quote");
        assertTrue(text("document.querySelector('h1').textContent").startsWith("上海市人民政府关于印发"), "titled source view");
        browser.screenshot(shot("source-span"));
        noErrors("source view");
        browser.script("history.back(); return true;");
        assertTrue(browser.waitFor("location.pathname === " + js(measure), 10_000), "back to the measure");
    }

    @Test
    void twoRegionsAreComparedSideBySide() throws Exception {
        browser.open(server.url("/resource/region/310000"));
        click("a[href^='/compare?region=310000']", "document.querySelector('form.compare') !== null");
        browser.script("document.querySelectorAll('form.compare select')[1].value = '110000';"
                + " document.querySelector('form.compare').submit(); return true;");
        assertTrue(browser.waitFor("document.querySelector('table.compare') !== null", 10_000), "the comparison is drawn");
        assertEquals("上海市 北京市", text("Array.from(document.querySelectorAll('table.compare thead th a')).map(a => a.textContent).join(' ')"));
        browser.screenshot(shot("compare"));
        noErrors("compare");
    }

    /** The colour the map's canvas shows at a longitude and latitude, as "r,g,b". */
    private static String mapColourAt(double lng, double lat) throws Exception {
        return text("(function () { var el = document.getElementById('map'); var c = echarts.getInstanceByDom(el);"
                + " var p = c.convertToPixel({seriesIndex: 0}, [" + lng + ", " + lat + "]);"
                + " var canvas = el.querySelector('canvas'); var r = canvas.width / el.clientWidth;"
                + " var d = canvas.getContext('2d').getImageData(Math.round(p[0] * r), Math.round(p[1] * r), 1, 1).data;"
                + " return d[0] + ',' + d[1] + ',' + d[2]; })()");
    }

    @Test
    void theMapOfChinaIsColouredFromTheGraph() throws Exception {
        browser.open(server.url("/compare"));
        assertTrue(browser.waitFor("document.getElementById('map').getAttribute('data-drawn') === 'province policies'"
                + " && document.querySelector('#map canvas') !== null", 15_000), "the province map is drawn");
        Thread.sleep(1500); // let the first frame finish its fade-in before reading pixels
        int sichuan = Integer.parseInt(text("String(JSON.parse(document.getElementById('page-data').textContent)"
                + ".measures[0].values['510000'] || 0)"));
        assertTrue(sichuan > 0, "the seeds hold a policy of 四川");
        assertTrue(text("String(JSON.parse(document.getElementById('page-data').textContent).measures[0].values['650000'])")
                .equals("undefined"), "and none of 新疆");
        assertEquals(text("(function () { var d = JSON.parse(document.getElementById('page-data').textContent).measures[0].values;"
                        + " return String(Math.max.apply(null, Object.keys(d).filter(c => /^\\d\\d0000$/.test(c) && c !== '100000')"
                        + ".map(c => d[c]))); })()"),
                text("String(echarts.getInstanceByDom(document.getElementById('map')).getOption().visualMap[0].max)"),
                "the scale runs to the largest province, not to the country's total");
        String coloured = mapColourAt(104.07, 30.67); // 成都, inside 四川
        String empty = mapColourAt(85.0, 41.5);       // inside 新疆
        assertEquals("242,242,242", empty, "a province without policies is left grey");
        assertTrue(!coloured.equals(empty) && !coloured.equals("0,0,0") && !coloured.equals("255,255,255"),
                "四川 is coloured by its count: " + coloured);
        browser.screenshot(shot("map"));
        noErrors("map");
        browser.script("var s = document.getElementById('map-level'); s.value = 'city'; s.dispatchEvent(new Event('change')); return true;");
        assertTrue(browser.waitFor("document.getElementById('map').getAttribute('data-drawn') === 'city policies'", 15_000),
                "the city map is drawn");
        noErrors("city map");
    }

    @Test
    void aQuotedPhraseFindsOnlyHitsContainingIt() throws Exception {
        browser.open(server.url("/search?q=" + java.net.URLEncoder.encode("\"算力券\"", java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(browser.waitFor("document.querySelectorAll('ol.hits > li').length > 0", 10_000));
        String bad = text("Array.from(document.querySelectorAll('ol.hits > li')).filter(li => !li.textContent.includes('算力券')).length + ''");
        assertEquals("0", bad, "every hit contains the phrase");
        browser.screenshot(shot("search"));
        noErrors("search");
    }

    @Test
    void aSavedQueryExportsCsvAndExcelThatReadBackAsChinese() throws Exception {
        browser.open(server.url("/queries/targets-due-by-year"));
        assertTrue(browser.waitFor("document.querySelector('a.export') !== null", 10_000));
        browser.script("window.__csv = null; fetch(document.querySelector('a.export').href).then(r => r.arrayBuffer())"
                + ".then(b => { const u = new Uint8Array(b); window.__csv = (u[0] === 0xEF && u[1] === 0xBB && u[2] === 0xBF ? 'BOM ' : 'NOBOM ')"
                + " + new TextDecoder('utf-8').decode(u.slice(3)); }); return true;");
        assertTrue(browser.waitFor("window.__csv !== null", 10_000));
        String csv = text("window.__csv");
        assertTrue(csv.startsWith("BOM 期限 Deadline,地区 Region"), csv.substring(0, Math.min(80, csv.length())));
        assertTrue(csv.contains("上海市"), "Chinese cells survive");
        // the Excel link, downloaded by the page and parsed back with POI
        browser.script("window.__xlsx = null; fetch(document.querySelector('a.export.xlsx').href).then(r => r.arrayBuffer())"
                + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); window.__xlsx = btoa(s); });"
                + " return true;");
        assertTrue(browser.waitFor("window.__xlsx !== null", 10_000));
        byte[] xlsx = java.util.Base64.getDecoder().decode(text("window.__xlsx"));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertEquals("期限 Deadline", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("地区 Region", sheet.getRow(0).getCell(1).getStringCellValue());
            boolean shanghai = false;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                shanghai |= "上海市".equals(sheet.getRow(i).getCell(1).getStringCellValue());
            }
            assertTrue(shanghai, "Chinese cells survive in the workbook");
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sheet.getRow(1).getCell(0).getCellType(), "years are numbers");
        }
        noErrors("saved query export");
    }

    @Test
    void savedQueryPageDrawsItsChart() throws Exception {
        browser.open(server.url("/queries/compute-support-by-region"));
        assertTrue(browser.waitFor("document.querySelector('#chart canvas')", 10_000), "the chart is drawn");
        long rows = (long) browser.script("return document.querySelectorAll('table.results tbody tr').length;")
                .getAsNumber().value().longValue();
        assertTrue(rows > 0, "the result table has rows");
        // "quote columns squeeze rows to 40 lines": each long quote shows at most three lines until focused
        String quotes = text("Array.from(document.querySelectorAll('table.results td .quote')).map(q => {"
                + " const lh = parseFloat(getComputedStyle(q).fontSize) * 1.7;"
                + " return Math.round(q.getBoundingClientRect().height / lh); }).join(' ')");
        assertFalse(quotes.isBlank(), "the long quotes are folded");
        for (String lines : quotes.split(" ")) {
            assertTrue(Integer.parseInt(lines) <= 3, "a folded quote shows about three lines, not dozens: " + quotes);
        }
        browser.screenshot(shot("query"));
        noErrors("saved query page");
    }

    /** The chart's ECharts option, read back from the page: "a 15% series on the axis of 元", "a count axis from 0.4". */
    private static String chartOption(String expression) throws Exception {
        return text("(function () { var o = echarts.getInstanceByDom(document.getElementById('chart')).getOption(); return String("
                + expression + "); })()");
    }

    @Test
    void chartsNeverMixUnitsOrCapPeriodsStartAtZeroAndKeepTheirLabels() throws Exception {
        browser.open(server.url("/queries/theme-scale-targets"));
        assertTrue(browser.waitFor("document.querySelector('#chart canvas')", 10_000), "the chart is drawn");
        String units = text("String(new Set(JSON.parse(document.getElementById('page-data').textContent).rows.map(r => r.series)).size)");
        assertTrue(Integer.parseInt(units) > 1, "the query mixes units: " + units);
        assertEquals(units, chartOption("o.yAxis.length"), "one value axis per unit");
        assertEquals("true", chartOption("o.yAxis.every(a => a.min === 0)"), "every axis starts at zero");
        assertEquals("true", chartOption("o.grid.every(g => g.containLabel === true)"), "axis labels are never clipped");
        assertEquals("true", chartOption("o.series.every(s => new Set(o.series.filter(t => t.yAxisIndex === s.yAxisIndex)"
                + ".map(t => t.name)).size === 1)"), "no axis carries two units");
        noErrors("units chart");

        browser.open(server.url("/queries/support-caps-by-region"));
        assertTrue(browser.waitFor("document.querySelector('#chart canvas')", 10_000));
        String periods = text("String(new Set(JSON.parse(document.getElementById('page-data').textContent).rows.map(r => r.series)).size)");
        assertTrue(Integer.parseInt(periods) > 1, "caps of several periods: " + periods);
        assertEquals(periods, chartOption("o.yAxis.length"), "a panel per cap period");
        noErrors("caps chart");

        browser.open(server.url("/queries/agencies-by-measures"));
        assertTrue(browser.waitFor("document.querySelector('#chart canvas')", 10_000));
        assertEquals("0 1", chartOption("o.yAxis[0].min + ' ' + o.yAxis[0].minInterval"), "counts from zero in whole steps");
        noErrors("count chart");
    }

    @Test
    void editorRunsAQueryAgainstTheLocalEndpoint() throws Exception {
        browser.open(server.url("/editor?saved=policies-issuers-numbers"));
        assertTrue(browser.waitFor("document.querySelector('.yasqe .CodeMirror')", 15_000), "the editor loads");
        browser.script("document.querySelector('.yasqe_queryButton').click(); return true;");
        assertTrue(browser.waitFor("document.querySelectorAll('.yasr tbody tr').length > 0", 15_000),
                "results come back from /kg/sparql");
        browser.screenshot(shot("editor"));
        noErrors("editor");
        assertEquals("true", text("String(document.getElementById('truncated').hidden)"), "a whole result is not flagged");
        browser.script("document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue('SELECT * WHERE { ?s ?p ?o }');"
                + " document.querySelector('.yasqe_queryButton').click(); return true;");
        assertTrue(browser.waitFor("document.getElementById('truncated').hidden === false", 20_000),
                "a result cut at the row cap is said on the page");
        assertTrue(text("document.getElementById('truncated').textContent").contains(String.valueOf(TestServer.MAX_ROWS)));
    }
}
