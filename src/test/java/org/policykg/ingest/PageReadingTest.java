package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved web pages: the title, the field table and the main text, without the site's chrome. */
class PageReadingTest {
    @TempDir
    Path dir;

    private static List<String> texts(ParsedDocument d) {
        return d.blocks().stream().map(b -> b.text().text().strip()).toList();
    }

    private static String all(ParsedDocument d) {
        return String.join("\n", texts(d));
    }

    @Test
    void aPortalPageInGb2312GivesTitleFieldsAndBodyOnly() throws Exception {
        Path page = Path.of("src/test/resources/forms/page-portal/input.shtml");
        Source s = new SourceReader().read(page);
        assertEquals("GB18030", s.encoding());
        ParsedDocument d = DocumentReader.parse(s);
        assertEquals(Format.HTML, d.format());
        List<String> t = texts(d);
        // The meta ArticleTitle first, as a heading; then the field table a row a line, labels without colons.
        assertEquals("芜湖市人民政府办公室关于印发芜湖市促进数据要素市场发展若干措施的通知", t.get(0));
        assertEquals(Block.Kind.HEADING, d.blocks().get(0).kind());
        assertEquals("|索\u00a0引\u00a0号|11340200MB1234567X/2025-00456|主题分类|数字经济|", t.get(1));
        assertEquals("|发文机关|芜湖市人民政府办公室|成文日期|2025-03-14|", t.get(2));
        assertEquals("|发文字号|芜政办秘〔2025〕12号|发布日期|2025-03-18|", t.get(3));
        assertEquals("各县市区人民政府，市政府各部门、各直属单位：", t.get(4));
        assertTrue(t.contains("三、本措施自2025年4月1日起施行，有效期3年。"), t.toString());
        String text = all(d);
        for (String chrome : List.of("首页", "当前位置", "搜索", "微信", "打印本页", "相关链接", "芜湖市数字经济发展规划",
                "皖ICP备", "字体", "siteName", "text-indent")) {
            assertFalse(text.contains(chrome), chrome + " is chrome: " + text);
        }
        ReadersTest.assertOffsetsExact(d);
    }

    @Test
    void withoutKnownNamesTheDensestBlockIsTheBody() throws Exception {
        String html = "<!-- saved from url=(0040)http://www.example.gov.cn/art/1.html -->\n<html><head>"
                + "<title>某某区关于加快算力发展的通知 - 某某区人民政府</title></head><body>"
                + "<div id=\"a1\"><a href=\"/\">首页</a> <a href=\"/x\">机构</a> <a href=\"/y\">政策</a> <a href=\"/z\">服务</a></div>"
                + "<div id=\"a2\"><div id=\"a3\">"
                + "<p>一、建设智能算力中心。到2026年，全区智能算力规模达到500PFLOPS。</p>"
                + "<p>二、发放算力券。对购买算力服务的企业，按合同金额的20%给予补贴，最高50万元。</p>"
                + "<p>三、培育应用场景。每年发布典型应用场景20个以上，支持企业开展示范应用。</p></div>"
                + "<div id=\"a4\">网站地图 | <a href=\"/c\">联系我们</a></div></div></body></html>";
        ParsedDocument d = DocumentReader.parse(Source.of("p.htm", html));
        assertEquals(Format.HTML, d.format(), "a browser's saved-from note does not hide the page");
        List<String> t = texts(d);
        assertEquals("某某区关于加快算力发展的通知", t.get(0), "the page title before the site's name");
        assertEquals(4, t.size(), t.toString());
        assertTrue(t.get(1).startsWith("一、建设智能算力中心"));
        ReadersTest.assertOffsetsExact(d);
    }

    @Test
    void anArticleOpeningWithItsTitleSaysItOnce() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>通知</title></head><body><nav><a href=\"/\">首页</a></nav>"
                + "<div class=\"article-content\"><h1>关于印发某某方案的通知</h1><p>各单位：现将方案印发给你们。</p></div>"
                + "<footer>版权所有</footer></body></html>";
        ParsedDocument d = DocumentReader.parse(Source.of("q.html", html));
        assertEquals(List.of("关于印发某某方案的通知", "各单位：现将方案印发给你们。"), texts(d));
        assertEquals(1, d.blocks().get(0).level());
    }

    @Test
    void aLogoHeadingIsNotTheTitle() throws Exception {
        String html = "<html><head><meta name=\"ArticleTitle\" content=\"关于开展数据标注基地建设的通知\"></head><body>"
                + "<div class=\"site\"><h1><a href=\"/\">某某市人民政府</a></h1></div>"
                + "<div class=\"pages_content\"><p>各有关单位：为推进数据标注产业发展，现开展基地建设工作。</p></div></body></html>";
        ParsedDocument d = DocumentReader.parse(Source.of("r.html", html));
        assertEquals(List.of("关于开展数据标注基地建设的通知", "各有关单位：为推进数据标注产业发展，现开展基地建设工作。"), texts(d));
        ReadersTest.assertOffsetsExact(d);
    }

    @Test
    void aPageWithoutTextIsAnErrorNamingIt() throws Exception {
        Path p = dir.resolve("nav-only.html");
        Files.writeString(p, "<html><head><title>导航</title></head><body><ul class=\"nav\"><li><a href=\"/\">首页</a></li>"
                + "<li><a href=\"/a\">政务公开</a></li></ul><div><a href=\"/b\">更多</a></div></body></html>",
                Charset.forName("GB18030"));
        InputException e = assertThrows(InputException.class, () -> DocumentReader.parse(new SourceReader().read(p)));
        assertTrue(e.describe().startsWith(p + ": web page without a text"), e.describe());
    }

    @Test
    void aRichTextCellIsAPageButMarkdownOpeningWithATagIsNot() {
        String cell = "<p>\n\t为加快发展，提出以下意见。</p><p align=\"left\">\n\t一、重点项目</p><p align=\"left\">\n"
                + "\t1.培育项目。（牵头单位：市工业和信息化局）</p><p>\n\t2.攻关项目。（牵头单位：市科技局）</p>";
        assertEquals(Format.HTML, Format.detect(cell));
        // A Markdown file may open with a centred paragraph; its headings keep it Markdown.
        assertEquals(Format.MARKDOWN, Format.detect("<p align=\"center\">logo</p>\n\n# 标题</p>\n\n正文。</p></p>\n"));
        // One tag at the top of a plain text is no cell of paragraphs.
        assertEquals(Format.PLAIN, Format.detect("<p>一句话</p>\n其余是纯文本。\n"));
    }
}
