package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.text.MappedText;
import org.policykg.text.Span;

/** JSON records: what is shown, in which blocks, and that every shown char quotes the file. */
class JsonReaderTest {
    /** A made-up 办法 in simplified keys, with an escaped line break, a \\u escape and escaped quotes. */
    private static final String RECORD = """
            {
              "编号": 17,
              "标题": "甲市数据要素流通试点办法",
              "发布日期": "20240315",
              "网址": "https://example.org/laws/17",
              "分类": "不应显示的分类",
              "沿革": "2024年3月15日甲市人民政府令第 5\\r\\n  号公布",
              "条文": [
                {"条次": "第 1 条", "内容": "为促进数据流通，制定本办法。"},
                {"条次": "第 2 条", "内容": "本办法所称\\u6570据，是指：\\r\\n一、公共数据；\\r\\n二、企业\\"数据\\"。"},
                {"条次": "第 3 条", "内容": "本办法自2024年4月1日起施行。"}
              ]
            }
            """;

    /** Every visible char quotes itself, or the escape that stands for it, from the original text. */
    static void assertEachCharQuotesTheFile(ParsedDocument d) {
        Source s = d.source();
        for (Block b : d.blocks()) {
            MappedText t = b.text();
            for (int i = 0; i < t.length(); i++) {
                if (t.isSynthetic(i)) {
                    continue;
                }
                char c = t.charAt(i);
                Span at = t.source(i, i + 1);
                String quoted = s.quote(at);
                String where = "char " + i + " '" + c + "' of block '" + t + "' at " + at;
                if (quoted.startsWith("\\u")) {
                    assertEquals(c, (char) Integer.parseInt(quoted.substring(2), 16), where);
                } else if (quoted.startsWith("\\")) {
                    assertEquals(2, quoted.length(), where);
                    assertTrue(c == quoted.charAt(1) || "\"\\/".indexOf(quoted.charAt(1)) < 0, where);
                } else if (Character.isSurrogate(c)) {
                    assertTrue(quoted.indexOf(c) >= 0, where);
                } else {
                    assertEquals(String.valueOf(c), quoted, where);
                }
            }
        }
    }

    private static List<String> texts(ParsedDocument d) {
        return d.blocks().stream().map(b -> b.text().text()).toList();
    }

    @Test
    void aRecordIsATitleFieldLinesAndArticles() throws Exception {
        ParsedDocument d = DocumentReader.parse(Source.of("rec.json", RECORD));
        assertEquals(Format.JSON, d.format());
        assertEquals(List.of(
                "甲市数据要素流通试点办法",
                "发布日期：20240315",
                "网址：https://example.org/laws/17",
                "沿革：2024年3月15日甲市人民政府令第 5号公布",
                "第 1 条 为促进数据流通，制定本办法。",
                "第 2 条 本办法所称数据，是指：",
                "一、公共数据；",
                "二、企业\"数据\"。",
                "第 3 条 本办法自2024年4月1日起施行。"), texts(d));
        assertEquals(Block.Kind.HEADING, d.blocks().get(0).kind());
        assertEquals(1, d.blocks().get(0).level());
        assertFalse(d.blocks().get(4).softBreak(), "each article starts a paragraph");
        assertTrue(d.blocks().get(6).softBreak(), "a line break inside an article's text starts a line");
        assertEachCharQuotesTheFile(d);
    }

    /** A policy catalogue's record (made up): no text of its own, a summary and offers run together with ；. */
    private static final String DIGEST = """
            {
              "title": "乙市支持低空经济发展若干措施",
              "summary": "乙市低空经济专项政策，施行至2029年6月30日。",
              "benefits": "新开通航线最高30万元；整机研发最高500万元补助。",
              "topics": ["低空经济"]
            }
            """;

    @Test
    void aCatalogueRecordWithoutTextShowsItsDigestEachOfferALine() throws Exception {
        ParsedDocument d = DocumentReader.parse(Source.of("digest.json", DIGEST));
        assertEquals(List.of(
                "乙市支持低空经济发展若干措施",
                "乙市低空经济专项政策，施行至2029年6月30日。",
                "支持内容",
                "新开通航线最高30万元；",
                "整机研发最高500万元补助。"), texts(d));
        assertEquals(Block.Kind.HEADING, d.blocks().get(2).kind());
        assertTrue(d.blocks().get(2).text().isSynthetic(0), "the label of an English key is the usual one, not in the file");
        assertEachCharQuotesTheFile(d);
    }

    @Test
    void aRecordWithItsTextLeavesTheDigestOut() throws Exception {
        String withText = DIGEST.replace("\"topics\"", "\"content\": \"第一条 为发展低空经济，制定本措施。\", \"topics\"");
        ParsedDocument d = DocumentReader.parse(Source.of("digest.json", withText));
        assertEquals(List.of("乙市支持低空经济发展若干措施", "第一条 为发展低空经济，制定本措施。"), texts(d));
    }

    @Test
    void escapesMapToTheirSourceSpans() throws Exception {
        ParsedDocument d = DocumentReader.parse(Source.of("rec.json", RECORD));
        Block art2 = d.blocks().get(5);
        int shu = art2.text().text().indexOf('数');
        assertEquals("\\u6570", d.source().quote(art2.text().source(shu, shu + 1)));
        Block item = d.blocks().get(7);
        int quote = item.text().text().indexOf('"');
        assertEquals("\\\"", d.source().quote(item.text().source(quote, quote + 1)));
        // The label is the key as written; the colon and the space after an article number are not in the file.
        Block date = d.blocks().get(1);
        assertEquals("发布日期", d.source().quote(date.text().source(0, 4)));
        assertTrue(date.text().isSynthetic(4));
        assertEquals("第 1 条", d.source().quote(d.blocks().get(4).text().source(0, 5)));
        assertTrue(d.blocks().get(4).text().isSynthetic(5));
        // A field wrapped inside its value is one line: the break and the indentation are not shown.
        Block history = d.blocks().get(3);
        int hao = history.text().text().indexOf("号公布");
        assertEquals("5\\r\\n  号", d.source().quote(history.text().source(hao - 1, hao + 1)));
    }

    @Test
    void theAddressAndTheDateGoToTheFrontMatterQuotingTheFile() throws Exception {
        ParsedDocument d = DocumentReader.parse(Source.of("rec.json", RECORD));
        assertEquals("2024-03-15", d.frontMatter().get("date").value());
        assertEquals("20240315", d.source().quote(d.frontMatter().get("date").span()));
        assertEquals("https://example.org/laws/17", d.frontMatter().get("url").value());
        assertEquals("https://example.org/laws/17", d.source().quote(d.frontMatter().get("url").span()));
        assertFalse(d.frontMatter().containsKey("title"), "the title is read from its heading, after normalising");
    }

    @Test
    void traditionalAndEnglishKeysBeyondTheParsersBufferAndAstralChars() throws Exception {
        String longText = "本規則之條文甚長。".repeat(1200); // past any read buffer of the parser
        String json = "[{\"UpdateDate\": \"20240101\", \"Laws\": [{\"LawName\": \"乙縣𠀀資料規則\",\n"
                + "\"LawModifiedDate\": 20230101, \"LawURL\": \"https://example.org/b\", \"LawHistories\": \"Made\\r\\n  in 2023\",\n"
                + "\"LawArticles\": [{\"ArticleType\": \"C\", \"ArticleNo\": \"\", \"ArticleContent\": \"第 一 章 總則\"},\n"
                + "{\"ArticleType\": \"A\", \"ArticleNo\": \"第 1 條\", \"ArticleContent\": \"" + longText + "\"},\n"
                + "{\"ArticleType\": \"A\", \"ArticleNo\": \"第 2 條\", \"ArticleContent\": \"𠀀末條\\t施行。\"}]}]}]";
        ParsedDocument d = DocumentReader.parse(Source.of("b.json", json));
        assertEquals(Format.JSON, d.format());
        // English keys are shown under the labels a portal prints (LawModifiedDate → 发布日期), the values as written.
        assertEquals(List.of("乙縣𠀀資料規則", "发布日期：20230101", "原文链接：https://example.org/b",
                "沿革：Made in 2023", "第 一 章 總則", "第 1 條 " + longText, "第 2 條 𠀀末條\t施行。"), texts(d));
        assertEquals("2023-01-01", d.frontMatter().get("date").value());
        Block last = d.blocks().get(6);
        int end = last.text().text().indexOf('施');
        assertEquals("\\t", d.source().quote(last.text().source(end - 1, end)));
        assertEachCharQuotesTheFile(d);

        ParsedDocument tw = DocumentReader.parse(Source.of("tw.json",
                "{\"法規名稱\": \"丙辦法\", \"最新異動日期\": \"20221223\", \"英文法規名稱\": \"C Regulations\",\n"
                        + "\"法規內容\": [{\"編章節\": \"第 一 章 總則\"}, {\"條號\": \"第 1 條\", \"條文內容\": \"本辦法依法訂定之。\"}]}"));
        assertEquals(List.of("丙辦法", "最新異動日期：20221223", "第 一 章 總則", "第 1 條 本辦法依法訂定之。"), texts(tw));
        assertEachCharQuotesTheFile(tw);
    }

    @Test
    void markdownLinksAndBadJsonAreNotMistaken() throws Exception {
        assertEquals(Format.MARKDOWN, Format.detect("[链接](http://a.b/c) 正文。\n"));
        assertEquals(Format.PLAIN, Format.detect("{不是JSON}\n"));
        assertEquals(Format.JSON, Format.detect("  \n[ {\"title\": \"x\"} ]"));
        InputException bad = assertThrows(InputException.class,
                () -> DocumentReader.parse(Source.of("bad.json", "{\"标题\": \"未闭合\n")));
        assertTrue(bad.getMessage().startsWith("not valid JSON"), bad.getMessage());
        InputException none = assertThrows(InputException.class,
                () -> DocumentReader.parse(Source.of("none.json", "{\"foo\": \"bar\"}")));
        assertTrue(none.getMessage().contains("json-fields.tsv"), none.getMessage());
    }

    /** A crawler's record: the portal column run into its title is dropped, its site kept out of the text. */
    @Test
    void crawlRecordColumnAndSite() throws InputException {
        String json = """
                {"seq": 3, "title": "要闻动态乙市召开数据工作推进会", "url": "https://example.org/a/3",
                 "source": "乙市数据局", "content": "2026-01-05\\n会议部署了全年数据工作。"}
                """;
        ParsedDocument d = DocumentReader.parse(Source.of("crawl.json", json));
        assertEquals("乙市召开数据工作推进会", texts(d).get(0));
        assertFalse(texts(d).stream().anyMatch(t -> t.contains("乙市数据局")), texts(d).toString());
        assertEquals("乙市数据局", d.frontMatter().get("site").value());
        assertEachCharQuotesTheFile(d);
    }

    /** A column with only a word or two after it is a title of its own, and stays whole. */
    @Test
    void shortTitleKeepsItsColumnWord() {
        assertEquals(0, RecordColumns.end("政策文件汇编"));
        assertEquals(4, RecordColumns.end("政策文件国务院关于推进服务业的意见"));
        assertEquals(5, RecordColumns.end("要闻动态：甲市召开数据工作推进会"));
        assertEquals(0, RecordColumns.end("甲市政策文件清理结果的公告"));
    }
}
