package org.policykg.concern.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;
import org.policykg.text.Tsv;

/**
 * The mainland firms of the 《财富》世界500强 of 2022 (global-companies-mainland.tsv) as the company rules read them: every
 * row loads, a firm another table holds keeps that row, and the forms the table drops or marks stay unknown or are not
 * looked for.
 */
class MainlandGlobalCompaniesTest {
    private final CompanyDirectory directory = CompanyDirectory.get();

    private static List<String[]> rows() {
        return Tsv.rows("/org/policykg/reference/global-companies-mainland.tsv", 1, Integer.MAX_VALUE).stream().map(Tsv.Row::fields).toList();
    }

    @Test
    void everyRowLoadsUnderEveryFormItWrites() throws Exception {
        List<String[]> rows = rows();
        assertEquals(133, rows.size(), "the 145 中国 rows of the list less the twelve seated in Taiwan or Hong Kong");
        for (String[] f : rows) {
            for (String w : f[3].split("\\|")) {
                String form = w.startsWith("~") ? w.substring(1) : w;
                assertNotNull(directory.byAlias(form), f[1] + ": " + form);
            }
        }
    }

    @Test
    void aFirmAnotherTableHoldsKeepsThatRow() {
        // the central SOE of companies.tsv and the listed firm of the stock list keep their names and marks
        assertEquals("中国华电集团有限公司", directory.byAlias("中国华电集团有限公司").name());
        assertEquals("China Huadian Corporation", directory.byAlias("中国华电").en());
        assertFalse(directory.byAlias("中国华电").listed());
        assertEquals("江西铜业", directory.byAlias("江西铜业集团").name(), "the stock list's short name names the firm");
        // a firm new to the directory is the list's name, with the list's English name
        assertEquals("恒力集团有限公司", directory.byAlias("恒力集团").name());
        assertEquals("HENGLI GROUP", directory.byAlias("恒力").en());
    }

    @Test
    void formsThatAreNoNamesAreNotKnown() {
        assertNull(directory.byAlias("山东能源"), "a place and an ordinary word: 山东能源结构");
        assertNull(directory.byAlias("煤业化工"), "a trade left once the place is set aside");
        assertNull(directory.byAlias("华为投资"), "a clause ending with a verb: 华为投资建设");
        assertNull(directory.byAlias("首钢"), "one dictionary word of no name's nature, as the stock list's word rule");
        assertNull(directory.byAlias("能源集团"), "a place is set aside only where a name is left");
        assertNotNull(directory.byAlias("山东能源集团"));
    }

    @Test
    void longFormsAreLookedForAndShortOrMarkedOnesAreNot() {
        List<String> found = directory.findListed("正威国际与青山控股、晋能控股签约").stream().map(PhraseMatcher.Hit::phrase).toList();
        assertEquals(List.of("正威国际", "青山控股", "晋能控股"), found);
        assertTrue(ListedNames.standsAlone("正威国际"));
        assertTrue(ListedNames.standsAlone("青山控股"), "字号 and 控股: the list's own short form of a holding group");
        // two characters, or written ~: known only where the text shows a firm
        assertNotNull(directory.byAlias("河钢"));
        assertNotNull(directory.byAlias("恒力"));
        assertTrue(directory.findListed("河钢与恒力合作").isEmpty());
        assertTrue(directory.findListed("青山绿水与龙湖公园").isEmpty(), "~青山 and ~龙湖 are places and words");
    }

    @Test
    void aFormLessItsTradeWordsIsKnownWhereItIsAName() {
        // the world list's rule (global-companies.tsv), read by the curated path: 戴尔科技 → 戴尔, 福特汽车 → 福特
        assertEquals("戴尔科技公司", directory.byAlias("戴尔").name());
        assertEquals("福特汽车公司", directory.byAlias("福特").name());
        assertEquals(List.of("戴尔", "福特"), directory.find("戴尔与福特签约").stream().map(PhraseMatcher.Hit::phrase).toList());
        // and the mainland table's, read as a stock list's short name: 泰康保险 → 泰康, known only in a firm's context
        assertEquals("泰康保险集团股份有限公司", directory.byAlias("泰康").name());
        assertTrue(directory.findListed("泰康与潞安合作").isEmpty());
        // not a single common noun (雷神/n), a word HanLP marks ~ (日产, 现代), a place (中国 of 中国铝业) or a group's
        // name that opens another firm's (三菱 of 三菱化学 opens 三菱商事株式会社)
        assertNull(directory.byAlias("雷神"));
        assertNull(directory.byAlias("日产"));
        assertNull(directory.byAlias("三菱"));
    }
}
