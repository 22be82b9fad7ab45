package org.policykg.concern.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.recognize.Lexicon;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;

/** The A-share stock list of every trade (listed-companies.tsv) as the company rules read it. */
class ListedCompaniesTest {
    private final CompanyDirectory directory = CompanyDirectory.get();

    @Test
    void theWholeListLoadsUnderThePressShortNames() {
        assertNotNull(directory.byAlias("深南电路"));
        assertNotNull(directory.byAlias("兆易创新"));
        // *ST, ST, -U and a trailing A are marks of the stock list, not of the firm's name
        assertNotNull(directory.byAlias("寒武纪"));
        assertNotNull(directory.byAlias("华讯"));
        assertNull(directory.byAlias("寒武纪-U"));
        assertNull(directory.byAlias("*ST华讯"));
        assertEquals("深桑达", directory.byAlias("深桑达").name());
    }

    @Test
    void aCuratedRowAndANewsOutletKeepTheirNames() {
        // 科大讯飞 is in companies.tsv with its English name; the stock list does not replace it
        assertEquals("iFlytek", directory.byAlias("科大讯飞").en());
        // 人民网 and 新华网 are outlets (outlets.tsv), not firms looked for by the stock list
        assertNull(directory.byAlias("人民网"));
        assertTrue(directory.findListed("据人民网报道").isEmpty());
    }

    @Test
    void findsListedNamesInRunningText() {
        List<PhraseMatcher.Hit<CompanyDirectory.Entry>> hits = directory.findListed("市政府与深南电路、兆易创新签约");
        assertEquals(List.of("深南电路", "兆易创新"), hits.stream().map(PhraseMatcher.Hit::phrase).toList());
        // a name marked context in the table is known but not looked for: 线上线下 is a phrase
        assertNotNull(directory.byAlias("线上线下"));
        assertTrue(directory.findListed("实现线上线下一网通办").isEmpty());
    }

    @Test
    void oneScanFindsBothTablesEachLeftmostLongestOnItsOwn() {
        CompanyDirectory.Hits hits = directory.scan("华为与深南电路、科大讯飞签约");
        assertEquals(List.of("华为", "科大讯飞"), hits.curated().stream().map(PhraseMatcher.Hit::phrase).toList());
        assertEquals(List.of("深南电路"), hits.listed().stream().map(PhraseMatcher.Hit::phrase).toList());
        assertTrue(hits.curated().stream().noneMatch(h -> h.values().get(0).listed()));
        assertTrue(hits.listed().stream().allMatch(h -> h.values().get(0).listed()));
        assertEquals(hits.curated(), directory.find("华为与深南电路、科大讯飞签约"));
    }

    @Test
    void aShortNameThatIsOrdinaryWordsDoesNotStandAlone() {
        assertTrue(ListedNames.standsAlone("深南电路"));
        assertTrue(ListedNames.standsAlone("兆易创新"));
        assertFalse(ListedNames.standsAlone("天下秀"), "three characters: too often a word");
        assertFalse(ListedNames.standsAlone("指南针"));
        assertFalse(ListedNames.standsAlone("中国软件"), "a place and a trade word: 中国软件产业");
        assertFalse(ListedNames.standsAlone("数字认证"), "ordinary words: 数字认证服务");
        assertFalse(ListedNames.standsAlone("今天国际"), "a time word and an ordinary word");
    }

    @Test
    void theListHoldsEveryTradeWithItsDelistingAndNewListingMarksDropped() {
        assertNotNull(directory.byAlias("中联重科"), "工程机械, a trade outside the digital ones");
        assertNotNull(directory.byAlias("佳发教育"), "300559, a row the first copy of the list had lost");
        assertNotNull(directory.byAlias("富控"), "退富控: 退 marks the delisting period");
        assertNull(directory.byAlias("退富控"));
        assertNotNull(directory.byAlias("金沃"), "N金沃: N marks a new listing");
        assertEquals(List.of("中联重科"), directory.findListed("市政府与中联重科签约").stream().map(PhraseMatcher.Hit::phrase).toList());
        // a name of two or three characters is known to the rules that read a firm's context, never looked for
        assertNotNull(directory.byAlias("天下秀"));
        assertTrue(directory.findListed("天下秀与中华文化").isEmpty());
    }

    @Test
    void aNameThatIsOneOrdinaryWordOrAPlaceIsNotKnownAtAll() {
        // use word: a list of industries (新能源汽车、机器人、商业航天等) or of places would read them as firms
        assertNull(directory.byAlias("机器人"));
        assertNull(directory.byAlias("太阳能"));
        assertNull(directory.byAlias("陆家嘴"));
        assertTrue(directory.findListed("推进机器人、太阳能产业发展，建设陆家嘴金融城").isEmpty());
    }

    @Test
    void aFirmNamedAfterTheFacilityItRunsIsKnownOnlyInAFirmsContext() {
        // use context for the trades that run a railway, road, port, airport, park or sight: texts name the thing
        assertNotNull(directory.byAlias("京沪高铁"));
        assertNotNull(directory.byAlias("张江高科"));
        assertTrue(directory.findListed("沿京沪高铁布局物流节点").isEmpty());
        assertTrue(directory.findListed("建设张江高科技园区").isEmpty());
    }

    @Test
    void aShortNameOfAJointStockOrHoldingFirmStandsAloneWhateverItsZihao() {
        assertTrue(ListedNames.standsAlone("宝钢股份"), "HanLP tags 宝钢 a noun; 股份 says it is a firm");
        assertTrue(ListedNames.standsAlone("华联控股"));
        assertFalse(ListedNames.standsAlone("东莞控股"), "a place and 控股: 东莞控股的企业 reads as a phrase");
        assertFalse(ListedNames.standsAlone("渤海股份"));
    }

    @Test
    void aWordCrossingTheEdgeOfANameCutsItFromALongerWord() {
        assertTrue(Lexicon.wordCrosses("借鉴张江高科技园区经验", 2, 6), "张江|高科技|园区");
        assertTrue(Lexicon.wordCrosses("鼓励外国投资本地企业", 3, 7), "外国|投资 crosses the start of 国投资本");
        assertFalse(Lexicon.wordCrosses("市政府与兆易创新签约", 4, 8));
    }

    @Test
    void theShanghaiListOfLate2025AddsLaterListingsAndNewNames() {
        // listed-companies-sse.tsv: STAR and main-board listings after mid-2021 and firms' new names
        assertNotNull(directory.byAlias("龙芯中科"));
        assertNotNull(directory.byAlias("豪威集团"), "韦尔股份's new name");
        assertNotNull(directory.byAlias("韦尔股份"), "the 2021 list's name stays known");
        assertEquals(List.of("龙芯中科"), directory.findListed("与龙芯中科签约").stream().map(PhraseMatcher.Hit::phrase).toList());
        // an ex-rights display name is cut to fit (XD东方创): not a short name
        assertNull(directory.byAlias("东方创"));
        assertNotNull(directory.byAlias("佳通"), "S佳通: S marks a share reform not done");
    }
}
