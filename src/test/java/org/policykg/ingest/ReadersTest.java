package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each format's reader: the visible text, its structure, and offsets that quote the file exactly. */
class ReadersTest {
    /** Every non-synthetic char of every block quotes itself from the original text. */
    static void assertOffsetsExact(ParsedDocument d) {
        Source s = d.source();
        for (Block b : d.blocks()) {
            for (int i = 0; i < b.text().length(); i++) {
                if (b.text().isSynthetic(i)) {
                    continue;
                }
                String quoted = s.quote(b.text().source(i, i + 1));
                char c = b.text().charAt(i);
                if (Character.isSurrogate(c)) {
                    assertTrue(quoted.indexOf(c) >= 0, "char " + i + " of block '" + b.text() + "'");
                } else if (!quoted.startsWith("&")) {
                    assertEquals(String.valueOf(c), quoted, "char " + i + " of block '" + b.text() + "'");
                }
            }
        }
    }

    private static List<String> texts(ParsedDocument d) {
        return d.blocks().stream().map(b -> b.text().text()).toList();
    }

    @Test
    void markdownHeadingsBoldImagesLinksAndCjkBold() throws Exception {
        String md = "# 标题一\n\n**作者甲,作者乙**\n\n![](http://x/y.jpg)\n\n正文见[链接文字](http://a.b/c)。\n\n"
                + "**（一）加强统筹。**建立协调机制。\n\n1. 第一项任务。\n";
        ParsedDocument d = DocumentReader.parse(Source.of("a.md", md));
        assertEquals(Format.MARKDOWN, d.format());
        assertEquals(List.of("标题一", "作者甲,作者乙", "正文见链接文字。", "（一）加强统筹。建立协调机制。", "1.第一项任务。"), texts(d));
        assertEquals(Block.Kind.HEADING, d.blocks().get(0).kind());
        assertEquals(1, d.blocks().get(0).level());
        assertEquals(1, d.blocks().get(1).bold().size());
        // CommonMark leaves ** after CJK punctuation unclosed; the reader still records the bold lead.
        Block lead = d.blocks().get(3);
        assertEquals("（一）加强统筹。", d.source().quote(lead.bold().get(0)));
        assertEquals("http://a.b/c", d.blocks().get(2).links().get(0).href());
        assertEquals(Block.Kind.LIST_ITEM, d.blocks().get(4).kind());
        assertOffsetsExact(d);
    }

    @Test
    void softLineBreaksStartBlocksHardBreaksDoNot() throws Exception {
        ParsedDocument d = DocumentReader.parse(Source.of("w.md", "# T\n\n第一行\n第二行\n\n甲乙  \n丙丁\n"));
        assertEquals(List.of("T", "第一行", "第二行", "甲乙丙丁"), texts(d));
        assertTrue(d.blocks().get(2).softBreak());
        assertOffsetsExact(d);
    }

    @Test
    void jekyllFrontMatterAndHtmlBodyWithEntitiesAndTickers() throws Exception {
        String post = "---\nlayout: post\ntitle: \"数字&经济\"\ndate: 2022-03-09 19:54:03 +0800\ntags: [甲, 乙]\n---\n"
                + "> 引言一句。\n\n<p>上海放大<span id=\"s\"><a href=\"http://q/1.603138\" data-code=\"1,603138\">海量数据</a></span>的效应&amp;价值。</p>\n"
                + " <p><strong>小标题</strong></p>\n";
        ParsedDocument d = DocumentReader.parse(Source.of("p.md", post));
        assertEquals(Format.JEKYLL, d.format());
        assertEquals("数字&经济", d.frontMatter().get("title").value());
        assertEquals("数字&经济", d.source().quote(d.frontMatter().get("title").span()));
        assertEquals("2022-03-09 19:54:03 +0800", d.frontMatter().get("date").value());
        assertEquals("甲,乙", d.frontMatter().get("tags").value());
        assertEquals(List.of("引言一句。", "上海放大海量数据的效应&价值。", "小标题"), texts(d));
        assertEquals(Block.Kind.QUOTE, d.blocks().get(0).kind());
        Block.Link ticker = d.blocks().get(1).links().get(0);
        assertEquals("1,603138", ticker.code());
        assertEquals("海量数据", d.source().quote(ticker.span()));
        // The entity &amp; is one char of text standing for five chars of markup.
        Block b = d.blocks().get(1);
        int amp = b.text().text().indexOf('&');
        assertEquals("&amp;", d.source().quote(b.text().source(amp, amp + 1)));
        assertEquals(1, d.blocks().get(2).bold().size());
    }

    @Test
    void frontMatterThatIsNotYamlIsReadLineByLineAndWarned() throws Exception {
        // An unquoted value with a colon, and a dash item under a scalar: hand-written, not YAML.
        String post = "---\ntitle: 甲市关于数据: 产业的若干措施\ndate: 2026-03-02\n文号: 甲府规〔2026〕3号\n"
                + "tags: 数据\n  - 政策\nurl: \"https://example.gov.cn/a.html\"\n---\n\n一、给予奖励。\n";
        ParsedDocument d = DocumentReader.parse(Source.of("bad.md", post));
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        String warning = d.warnings().get(0);
        assertTrue(warning.startsWith("front matter is not valid YAML (")
                && warning.endsWith("); its key: value lines were read one by one"), warning);
        assertEquals(Format.JEKYLL, d.format());
        assertEquals("甲市关于数据: 产业的若干措施", d.frontMatter().get("title").value());
        assertEquals("2026-03-02", d.frontMatter().get("date").value());
        assertEquals("https://example.gov.cn/a.html", d.frontMatter().get("url").value());
        for (ParsedDocument.FrontMatterField f : d.frontMatter().values()) {
            assertEquals(f.value(), d.source().quote(f.span()));
        }
        // The number is shown as a field line over the body, each char where the file writes it.
        assertEquals(List.of("文号：甲府规〔2026〕3号", "一、给予奖励。"), texts(d));
        assertOffsetsExact(d);
        String good = post.replace("数据: 产业", "数据产业").replace("  - 政策\n", "");
        assertEquals(List.of(), DocumentReader.parse(Source.of("good.md", good)).warnings());
        assertEquals("甲市关于数据产业的若干措施", DocumentReader.parse(Source.of("good.md", good)).frontMatter().get("title").value());
        assertEquals(List.of(), DocumentReader.parse(Source.of("plain.txt", "一、给予奖励。\n")).warnings());
    }

    @Test
    void plainTextOneBlockPerLine() throws Exception {
        ParsedDocument d = DocumentReader.parse(Source.of("t.txt", "第一段。\n第二段。\n\n第三段。\r\n"));
        assertEquals(Format.PLAIN, d.format());
        assertEquals(List.of("第一段。", "第二段。", "第三段。\r"), texts(d));
        assertTrue(d.blocks().get(1).softBreak());
        assertFalse(d.blocks().get(2).softBreak());
        assertOffsetsExact(d);
    }

    @Test
    void htmlPage() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>页面</title><script>var x='《不是标题》';</script></head>"
                + "<body><h2>政策解读</h2><div>第一段&nbsp;文字。<br>第二行。</div></body></html>";
        ParsedDocument d = DocumentReader.parse(Source.of("p.html", html));
        assertEquals(Format.HTML, d.format());
        // A whole page's title is its document's title, before the body; the script is never text.
        assertEquals(List.of("页面", "政策解读", "第一段\u00a0文字。", "第二行。"), texts(d));
        assertEquals(Block.Kind.HEADING, d.blocks().get(0).kind());
        assertEquals(1, d.blocks().get(0).level());
        assertEquals(2, d.blocks().get(1).level());
    }

    @Test
    void offsetsAreCodePointsEvenBeyondTheBasicPlane() throws Exception {
        String t = "# 标题\n\n𠀀字在前，后文。\n";
        ParsedDocument d = DocumentReader.parse(Source.of("s.md", t));
        Block b = d.blocks().get(1);
        int hou = b.text().text().indexOf('后');
        assertEquals(11, b.text().source(hou, hou + 1).start(), "the astral char counts as one code point");
        assertOffsetsExact(d);
    }
}
