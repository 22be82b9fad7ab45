package org.policykg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.ingest.DocumentReader;
import org.policykg.ingest.Source;

class SegmenterTest {
    private static Layout layout(String name, String text) throws Exception {
        return new Segmenter().segment(DocumentReader.parse(Source.of(name, text)));
    }

    private static List<String> paragraphs(Layout l) {
        return l.paragraphs().stream().map(Paragraph::string).toList();
    }

    @Test
    void rejoinsSentencesAndNumbersBrokenByPageBreaks() throws Exception {
        Layout l = layout("p.md", "# 标题\n\n对获评的优质产品，每个给予 50\n\n万元奖励。下一句。\n\n**二、加强保障。**完善机制。\n");
        assertEquals(List.of("标题", "对获评的优质产品,每个给予50万元奖励。下一句。", "二、加强保障。完善机制。"), paragraphs(l));
        Paragraph joined = l.paragraphs().get(1);
        int wan = joined.string().indexOf("50万元");
        // The joined text still maps to the two places in the file.
        assertEquals("50", l.paragraphs().get(1).text().source(wan, wan + 2).length() == 2 ? "50" : "?");
    }

    @Test
    void aHeadlineABylineAndADateLineStandAloneThoughNoneEndsASentence() throws Exception {
        Layout l = layout("h.txt", "甲、乙两市竞相出台算力券 企业用算力成本下降\n\n某某财经记者 张某 甲市、乙市报道\n"
                + "2024-08-16 06:30\n\n算力券正在成为各地的新政策工具。\n");
        assertEquals(List.of("甲、乙两市竞相出台算力券企业用算力成本下降", "某某财经记者张某甲市、乙市报道", "2024-08-16 06:30",
                "算力券正在成为各地的新政策工具。"), paragraphs(l));
        // Further down, a sentence a page break split across a blank line is still joined.
        Layout pdf = layout("p.txt", "简报\n\n对获评的示范项目，按照项目投资额的一定比例给予\n\n奖励，最高不超过100万元。\n");
        assertEquals(List.of("简报", "对获评的示范项目,按照项目投资额的一定比例给予奖励,最高不超过100万元。"), paragraphs(pdf));
    }

    @Test
    void doesNotJoinHeadingsContentsLinesNamesOrUrls() throws Exception {
        Layout l = layout("c.md", "## 本期要目\n\n07 江苏省数据要素市场培育行动计划(2024—2026年)\n\n"
                + "13 浙江省人工智能产业发展若干措施\n\n张三 李四\n\n王五\n\nhttp://example.com/a.html\n\n[返回](//x/y)\n");
        assertEquals(7, l.paragraphs().size(), paragraphs(l).toString());
    }

    @Test
    void plainTextOutlineHeadingsStandAlone() throws Exception {
        Layout l = layout("o.txt", "一、主要目标\n到2026年，全省建成一批示范项目。\n（一）强化算力支撑\n1.建设智能算力中心。推动算力集群建设。\n");
        assertEquals(Paragraph.Role.HEADING, l.paragraphs().get(0).role());
        assertEquals(Paragraph.Role.HEADING, l.paragraphs().get(2).role());
        assertEquals(4, l.paragraphs().size());
    }

    @Test
    void anEditorsNoteAndTheTitleItIntroducesAreOneItemUntilTheSourceLine() throws Exception {
        String md = "## 编者按\n\n近日，某省印发《某省数字经济促进方案》。\n\n# 某省数字经济促进方案\n\n一、总体要求\n\n正文。\n\n"
                + "（来源：某省人民政府）\n\n## 编者按\n\n另一篇按语。\n\n# 另一省数据条例\n\n正文二。\n";
        Layout l = layout("n.md", md);
        assertEquals(2, l.items().size());
        Item first = l.items().get(0);
        assertEquals(0, first.note());
        assertEquals("某省数字经济促进方案", l.paragraphs().get(first.heading()).string());
        assertTrue(l.paragraphs().get(first.last()).string().startsWith("(来源"));
        assertEquals("另一省数据条例", l.paragraphs().get(l.items().get(1).heading()).string());
    }

    @Test
    void newsSectionsAreItems() throws Exception {
        Layout l = layout("s.md", "# 两城齐发力\n\n导语。\n\n## 广州:侧重算力\n\n广州的内容。\n\n## 杭州:侧重数据\n\n杭州的内容。\n");
        assertEquals(3, l.items().size());
    }

    @Test
    void siteChromeAndPrintFurnitureStandAloneAndASentenceGoesOnAfterAPageBreak() throws Exception {
        Layout l = layout("p.md", "# 某市政策\n\n首页 政务公开 互动交流 无障碍\n\n当前位置：首页 > 政策文件\n\n"
                + "对入选的示范项目，按照投资额的一定比例给予\n\nhttps://www.example.gov.cn/a/1.html 第1/2页\n"
                + "某市某局 5/6/25 上午9:30\n\n奖励，最高不超过80万元。\n\n分享 打印 关闭\n");
        List<String> ps = paragraphs(l);
        assertEquals(List.of("某市政策", "首页政务公开互动交流无障碍", "当前位置:首页>政策文件",
                "对入选的示范项目,按照投资额的一定比例给予奖励,最高不超过80万元。",
                "https://www.example.gov.cn/a/1.html第1/2页", "某市某局5/6/25上午9:30", "分享打印关闭"), ps);
        assertEquals(Paragraph.Role.CHROME, l.paragraphs().get(1).role());
        assertEquals(Paragraph.Role.CHROME, l.paragraphs().get(2).role());
        assertEquals(Paragraph.Role.BODY, l.paragraphs().get(3).role());
        assertEquals(Paragraph.Role.CHROME, l.paragraphs().get(4).role());
        assertEquals(Paragraph.Role.CHROME, l.paragraphs().get(6).role());
    }

    @Test
    void aFieldLineOrAUrlLineIsNotGluedToTheTitleAfterIt() throws Exception {
        Layout l = layout("f.txt", "原文链接:https://www.example.com/law/abc.html\n某省公共数据开放办法\n"
                + "发布时间:2024年5月6日 来源:某省数据局 领导之窗 机构设置\n某省数据条例\n");
        assertEquals(List.of("原文链接:https://www.example.com/law/abc.html", "某省公共数据开放办法",
                "发布时间:2024年5月6日来源:某省数据局领导之窗机构设置", "某省数据条例"), paragraphs(l));
    }

    @Test
    void aTitleSetOverSeveralLinesIsOneTitleLine() throws Exception {
        Layout l = layout("t.md", "# x\n\n某市数据局某市财政局\n关于印发《某市数字化转型\n专项资金管理\n细则》的通知\n某数发〔2024〕3号\n\n"
                + "某省发展改革委关于促进数据产业发展\n的实施意见\n\n某市算力设施发展方案\n（2024—2026年）\n");
        List<String> ps = paragraphs(l);
        assertTrue(ps.contains("某市数据局某市财政局关于印发《某市数字化转型专项资金管理细则》的通知"), ps.toString());
        assertTrue(ps.contains("某省发展改革委关于促进数据产业发展的实施意见"), ps.toString());
        assertTrue(ps.contains("某市算力设施发展方案(2024—2026年)"), ps.toString());
    }

    @Test
    void aShortLineRepeatedOnEveryPageIsARunningHeader() throws Exception {
        Layout l = layout("r.txt", "某研究院简报第3期\n一、动态\n对入选企业，按投资额的比例给予\n—1—\n某研究院简报第3期\n奖励。\n"
                + "—2—\n某研究院简报第3期\n二、观察\n");
        assertEquals(Paragraph.Role.CHROME, l.paragraphs().get(0).role());
        assertTrue(paragraphs(l).contains("对入选企业,按投资额的比例给予奖励。"), paragraphs(l).toString());
    }

    @Test
    void itemsRunInlineStandOnLinesOfTheirOwn() throws Exception {
        // A paragraph listing its items sentence after sentence: cut before each, the lead sentence kept.
        Layout l = layout("r.txt", "今年重点办好三件实事。①新建社区食堂20个。②改造老旧小区30个。③新增停车位5000个。\n");
        assertEquals(List.of("今年重点办好三件实事。", "①新建社区食堂20个。", "②改造老旧小区30个。", "③新增停车位5000个。"), paragraphs(l));
        // An ordinal that does not count on from 1 stays in its sentence: 依照第三条, a lone (2).
        Layout cited = layout("c.txt", "对违反本办法的行为依法处理。第三条规定的情形除外,由主管部门责令改正并予以公示。(2)项另行规定。\n");
        assertEquals(1, cited.paragraphs().size());
        // A crawler's cell: articles after dropped line breaks.
        Layout crawl = layout("k.txt", "某区专项资金管理办法 首页 政务公开 第一章 总则 第一条 为规范专项资金管理,制定本办法。"
                + " 第二条 专项资金由区级财政预算安排。 第二章 附则 第三条 本办法自发布之日起施行。\n");
        assertEquals(List.of("某区专项资金管理办法首页政务公开", "第一章总则", "第一条为规范专项资金管理,制定本办法。",
                "第二条专项资金由区级财政预算安排。", "第二章附则", "第三条本办法自发布之日起施行。"), paragraphs(crawl));
    }
}
