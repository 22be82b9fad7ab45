package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.text.MappedText;

/** JSON wrapped in JavaScript as crawled from portals: var x = …;, callback(…), window.x = […]. */
class JsDataReadingTest {
    @TempDir
    Path dir;

    @Test
    void theWrappersAreTakenOffWhereTheValueStands() {
        for (String js : List.of("var result = {\"a\":1};", "  let list=[{\"a\":1}]\n", "window.pageData = {\"a\":1};\n",
                "jQuery1124({\"a\":1});", "/**/ cb.done( {\"a\":1} )")) {
            JsData.Payload p = JsData.payload(js);
            assertTrue(p != null, js);
            String v = js.substring(p.start(), p.end());
            assertTrue(v.equals("{\"a\":1}") || v.equals("[{\"a\":1}]"), js + " -> " + v);
        }
        assertEquals(null, JsData.payload("function f() { return {\"a\":1}; }"));
        assertEquals(null, JsData.payload("第一条 为规范管理(试行)"));
        assertEquals(null, JsData.payload("callback({\"a\":1}"), "a JSONP answer without its closing parenthesis");
    }

    @Test
    void aListOfRecordsUnderAKeyIsATableOfDocuments() throws Exception {
        Path js = dir.resolve("list.js");
        Files.writeString(js, "callback({\"code\":200,\"data\":{\"total\":2,\"list\":["
                + "{\"title\":\"黔南州数据资源管理办法\",\"pubDate\":\"2025-04-01\",\"content\":\"<p>第一条 为加强数据资源管理，制定本办法。</p>\"},"
                + "{\"title\":\"黔南州算力券实施细则\",\"content\":\"对使用算力服务的企业给予补贴。\"}]}});\n");
        SourceReader r = new SourceReader();
        assertEquals(SourceReader.Kind.JS, r.kind(js));
        List<Source> docs = new ArrayList<>();
        try (RowSources rows = r.table(js, SourceReader.Kind.JS, Columns.GUESS)) {
            for (Source s = rows.next(); s != null; s = rows.next()) {
                docs.add(s);
            }
        }
        assertEquals(List.of("list.js#row-1", "list.js#row-2"), docs.stream().map(Source::name).toList());
        ParsedDocument d = DocumentReader.parse(docs.get(0));
        assertEquals(List.of("黔南州数据资源管理办法", "pubDate：2025-04-01", "第一条 为加强数据资源管理，制定本办法。"),
                d.blocks().stream().map(b -> b.text().text()).toList().subList(0, 3).stream()
                        .map(t -> t.replace("发布日期", "pubDate")).toList());
        assertEquals("对使用算力服务的企业给予补贴。", Originals.cell(js, 2, "content"));
    }

    @Test
    void oneRecordIsOneDocumentItsHtmlBodyReadAsParagraphsAtItsPlaceInTheFile() throws Exception {
        String file = "var article = {\"标题\":\"毕节市数字乡村建设方案\",\"发布日期\":\"2025-05-06\","
                + "\"正文\":\"\\u003cp\\u003e一、到2027年，建成数字乡村示范村100个。\\u003c/p\\u003e<p>二、对示范村给予&nbsp;30万元奖补。<br/>（责任单位：市农业农村局）</p>\"};";
        Path js = dir.resolve("article.js");
        Files.writeString(js, file);
        SourceReader r = new SourceReader();
        assertEquals(SourceReader.Kind.DOCUMENT, r.kind(js));
        Source s = r.read(js);
        ParsedDocument d = DocumentReader.parse(s);
        assertEquals(Format.JSON, d.format());
        List<String> blocks = d.blocks().stream().map(b -> b.text().text()).toList();
        assertEquals(List.of("毕节市数字乡村建设方案", "发布日期：2025-05-06", "一、到2027年，建成数字乡村示范村100个。",
                "二、对示范村给予 30万元奖补。", "（责任单位：市农业农村局）"), blocks);
        assertTrue(d.blocks().get(4).softBreak(), "a <br> is a line break inside the paragraph, </p> ends it");
        for (Block b : d.blocks()) {
            MappedText t = b.text();
            for (int i = 0; i < t.length(); i++) {
                if (t.isSynthetic(i)) {
                    continue;
                }
                String at = s.text().substring(s.utf16(t.sourceStart(i)), s.utf16(t.sourceEnd(i)));
                boolean same = at.equals(String.valueOf(t.charAt(i))) || at.equals("&nbsp;") || at.startsWith("\\u");
                assertTrue(same, "char " + t.charAt(i) + " maps to " + at);
            }
        }
    }

    @Test
    void aPayloadThatIsNotJsonIsOneClearError() throws Exception {
        Path js = dir.resolve("bad.js");
        Files.writeString(js, "var result = {title: '不是JSON', content: \"正文\"};\n");
        Source s = new SourceReader().read(js);
        InputException e = assertThrows(InputException.class, () -> DocumentReader.parse(s));
        assertTrue(e.describe().startsWith(js + ": JavaScript data (var) whose value is not valid JSON at line 1"), e.describe());
    }
}
