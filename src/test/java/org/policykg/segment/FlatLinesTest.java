package org.policykg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.ingest.DocumentReader;
import org.policykg.ingest.Source;
import org.policykg.text.Span;

/** A text flattened to one line is read as the lines it runs together (FlatLines, through the Segmenter). */
class FlatLinesTest {
    private static final String NOTICE = "平江府办发〔2026〕7号 各县(市、区)人民政府,市政府各部门: 《平江市数据要素 流通若干措施》已经市政府同意,"
            + "现印发给你们,请认真贯彻执行。 平江市人民政府办公室 2026年2月9日 (此件公开发布) 平江市数据要素流通若干措施 "
            + "为加快数据要素流通,制定以下措施。 一、培育市场主体 (一)支持数商落户。对新落户的数商给予最高50万元奖励。"
            + "(牵头单位:市数据局) (二)支持场景开放。对开放应用场景的单位给予补贴。 二、强化保障 本措施自印发之日起施行。";

    private static Layout layout(String name, String text) throws Exception {
        return new Segmenter().segment(DocumentReader.parse(Source.of(name, text)));
    }

    private static List<String> paragraphs(Layout l) {
        return l.paragraphs().stream().map(Paragraph::string).toList();
    }

    @Test
    void aNoticeFlattenedToOneLineIsReadAsItsLines() throws Exception {
        Layout l = layout("n.txt", "发布时间:2026-02-10 09:12:30 阅读:88\n" + NOTICE + "\n");
        assertEquals(List.of("发布时间:2026-02-10 09:12:30阅读:88", "平江府办发〔2026〕7号", "各县(市、区)人民政府,市政府各部门:",
                "《平江市数据要素流通若干措施》已经市政府同意,现印发给你们,请认真贯彻执行。", "平江市人民政府办公室", "2026年2月9日",
                "(此件公开发布)", "平江市数据要素流通若干措施", "为加快数据要素流通,制定以下措施。", "一、培育市场主体",
                "(一)支持数商落户。对新落户的数商给予最高50万元奖励。(牵头单位:市数据局)", "(二)支持场景开放。对开放应用场景的单位给予补贴。",
                "二、强化保障", "本措施自印发之日起施行。"), paragraphs(l));
        assertEquals(Paragraph.Role.TITLE_LINE, l.paragraphs().get(7).role());
    }

    @Test
    void eachLineStillQuotesTheFile() throws Exception {
        String text = "发布时间:2026-02-10 阅读:88\n" + NOTICE + "\n";
        Layout l = layout("n.txt", text);
        for (Paragraph p : l.paragraphs()) {
            Span s = p.text().source();
            String quoted = text.substring(s.start(), s.end()).replace(" ", "");
            assertEquals(p.string().replace(" ", ""), quoted);
        }
        Paragraph signer = l.paragraphs().get(4);
        assertEquals("平江市人民政府办公室", text.substring(signer.text().source().start(), signer.text().source().end()));
    }

    @Test
    void ideographicSpacesAndNbspBreakLinesAsSpacesDo() throws Exception {
        Layout spaces = layout("a.txt", NOTICE);
        Layout ideographic = layout("b.txt", NOTICE.replace(" ", "\u3000\u3000"));
        Layout html = layout("c.html", "<html><body><div>" + NOTICE.replace(" ", "&nbsp;&nbsp;") + "</div></body></html>");
        assertEquals(paragraphs(spaces), paragraphs(ideographic));
        assertEquals(paragraphs(spaces), paragraphs(html));
    }

    @Test
    void noLineBreaksInsideATitleANumberADateOrALetterSpacedWord() throws Exception {
        String page = "第一章 总 则 第一条 目的和依据 为规范专项资金管理,根据《平江市财政 资金管理办法》,制定本办法。 "
                + "第二条 资金来源 专项资金由市级财政安排,2026年 3月起执行,最高1 000万元。 第三条 支持对象 在本市登记注册、具有独立法人资格、"
                + "财务制度健全、信用记录良好的企业和机构。 第四条 施行日期 本办法自2026-03-01 00:00:00起施行。 "
                + "名单 1 平江甲乙科技有限公司 2 平江丙丁数据有限公司 3 平江戊己软件有限公司 4 平江庚辛网络科技有限公司 5 平江壬癸智能装备有限公司";
        List<String> ps = paragraphs(layout("d.txt", page));
        assertEquals(List.of("第一章总则", "第一条目的和依据为规范专项资金管理,根据《平江市财政资金管理办法》,制定本办法。",
                "第二条资金来源专项资金由市级财政安排,2026年3月起执行,最高1 000万元。", "第三条支持对象在本市登记注册、具有独立法人资格、财务制度健全、信用记录良好的企业和机构。",
                "第四条施行日期本办法自2026-03-01 00:00:00起施行。",
                "名单", "1平江甲乙科技有限公司", "2平江丙丁数据有限公司", "3平江戊己软件有限公司", "4平江庚辛网络科技有限公司",
                "5平江壬癸智能装备有限公司"), ps);
        assertTrue(page.length() > FlatLines.MIN_LENGTH);
    }

    @Test
    void aLongParagraphWithAStraySpaceIsNoFlattenedPage() throws Exception {
        String para = "为深入贯彻落实党中央、国务院关于发展数字经济的决策部署,加快推进数据要素市场化配置改革,充分发挥数据要素乘数效应,"
                + "推动数字经济和实体经济深度融合,结合本市实际,现就加快数据要素流通提出如下意见。本市将 持续优化数据基础设施布局,"
                + "推进公共数据授权运营,培育数据交易市场主体,完善数据安全保障体系,力争到2027年数据产业规模突破500亿元,"
                + "形成一批具有全国影响力的数据产品和应用场景,打造数据要素流通的先行示范区。";
        assertTrue(para.length() > FlatLines.MIN_LENGTH);
        assertEquals(1, paragraphs(layout("p.txt", para)).size());
    }

    @Test
    void aTextRunTogetherWithNothingBetweenItsLinesStillCountsItsItems() throws Exception {
        // The list a colon opens (如下:一、…), and a first article glued to its chapter's heading (总则第一条…).
        List<String> notice = paragraphs(layout("e.txt", "现提出如下意见:一、总体要求。坚持数据赋能。二、主要任务。建设数据平台。"));
        assertEquals(List.of("现提出如下意见:", "一、总体要求。坚持数据赋能。", "二、主要任务。建设数据平台。"), notice);
        List<String> law = paragraphs(layout("f.txt", "平江市数据条例第一章总则第一条为了促进数据流通,制定本条例。第二条本条例适用于本市。"
                + "第二章数据流通第三条市数据局负责数据流通工作。"));
        assertEquals(List.of("平江市数据条例", "第一章总则", "第一条为了促进数据流通,制定本条例。", "第二条本条例适用于本市。", "第二章数据流通",
                "第三条市数据局负责数据流通工作。"), law);
        // A colon before Arabic numbers opens no text part: 附件:1.… 2.… stays the attachments' line.
        assertEquals(List.of("现将有关事项通知如下。附件:1.平江市数据目录2.平江市数据清单"),
                paragraphs(layout("h.txt", "现将有关事项通知如下。附件:1.平江市数据目录2.平江市数据清单")));
        // A reference to an article before the text's own 第二条 is still the sentence's.
        List<String> cited = paragraphs(layout("g.txt", "依照平江市数据条例第一条规定,制定本细则,请遵照执行。第二条本细则适用于本市数据流通。"));
        assertTrue(cited.get(0).startsWith("依照平江市数据条例第一条规定,制定本细则"), cited.toString());
    }

    @Test
    void aPageRestatingItsTitleIsOneItem() {
        assertTrue(Segmenter.restates("常熟市关于支持产业园的扶持意见", "常熟市关于支持产业园建设的扶持意见"));
        assertTrue(Segmenter.restates("平江市数据要素流通若干措施", "平江市数据要素流通若干措施(征求意见稿)"));
        assertFalse(Segmenter.restates("平江市数据要素流通若干措施", "平江市人工智能产业发展若干措施"));
        assertFalse(Segmenter.restates("关于印发平江市数据要素流通若干措施的通知", "平江市数据要素流通若干措施"));
    }

    /** The notice as its portal prints it, one line to a line. */
    private static final String LINED = String.join("\n", "平江市人民政府办公室关于印发平江市", "数据要素流通若干措施的通知",
            "平江府办发〔2026〕7号", "各县(市、区)人民政府,市政府各部门:",
            "　　《平江市数据要素流通若干措施》已经市政府同意,现印发给你们,请认真贯彻执行。", "平江市人民政府办公室", "2026年2月9日",
            "平江市数据要素流通若干措施", "　　为加快数据要素流通,制定以下措施。", "　　一、培育市场主体",
            "　　(一)支持数商落户。对新落户的数商给予最高50万元奖励。(牵头单位:市数据局)", "　　二、强化保障",
            "　　本措施自印发之日起施行。");

    @Test
    void lineBreaksWrittenOutAsCharactersAreReadAsTheBreaksTheyStandFor() throws Exception {
        List<String> lined = paragraphs(layout("a.txt", LINED + "\n"));
        assertEquals("平江市人民政府办公室关于印发平江市数据要素流通若干措施的通知", lined.get(0));
        assertEquals(lined, paragraphs(layout("b.txt", LINED.replace("\n", "\\n") + "\n")));
        assertEquals(lined, paragraphs(layout("c.txt", LINED.replace("\n", "\\r\\n") + "\n")));
        assertEquals(lined, paragraphs(layout("d.txt", LINED.replace("\n", "\\\\n") + "\n"))); // escaped twice
        assertEquals(lined, paragraphs(layout("e.txt", LINED.replace("\n", "<br/>").replace("　", "&nbsp;") + "\n")));
        assertEquals(lined, paragraphs(layout("f.txt",
                "<p>" + LINED.replace("\n", "</p><p>").replace("　", "\\u3000") + "</p>\n")));
    }

    @Test
    void escapedLinesStillQuoteTheFileAsItIsWritten() throws Exception {
        String text = LINED.replace("\n", "\\n").replace("　", "&nbsp;") + "\n";
        Layout l = layout("n.txt", text);
        for (Paragraph p : l.paragraphs()) {
            Span s = p.text().source();
            String quoted = text.substring(s.start(), s.end());
            assertEquals(p.string(), quoted.replace("\\n", "").replace("&nbsp;", ""));
        }
        Paragraph number = l.paragraphs().get(1);
        assertEquals("平江府办发〔2026〕7号", text.substring(number.text().source().start(), number.text().source().end()));
    }

    @Test
    void aLoneEscapeInProseIsLeftAsWritten() throws Exception {
        String text = "平江市数据局发布的接口说明写明,换行符在数据文件中写作\\n,制表符写作\\t,请按此解析。\n";
        assertEquals(List.of("平江市数据局发布的接口说明写明,换行符在数据文件中写作\\n,制表符写作\\t,请按此解析。"),
                paragraphs(layout("p.txt", text)));
    }
}
