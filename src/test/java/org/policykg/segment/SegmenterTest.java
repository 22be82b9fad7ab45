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
}
