package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void savedQueryPageDrawsItsChart() throws Exception {
        browser.open(server.url("/queries/compute-support-by-region"));
        assertTrue(browser.waitFor("document.querySelector('#chart canvas')", 10_000), "the chart is drawn");
        long rows = (long) browser.script("return document.querySelectorAll('table.results tbody tr').length;")
                .getAsNumber().value().longValue();
        assertTrue(rows > 0, "the result table has rows");
        browser.screenshot(shot("query"));
        noErrors("saved query page");
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
    }
}
