package org.policykg.concern.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;
import org.policykg.text.Tsv;

/**
 * The regulated financial firms of the regulators' lists of December 2023 (financial-institutions.tsv) as the company
 * rules read them: every row loads under every form it writes, a firm another table holds keeps that row, the lists'
 * counts hold, and a licensed trade after a 字号 stands alone where a place and the trade do not.
 */
class FinancialInstitutionsTest {
    private final CompanyDirectory directory = CompanyDirectory.get();

    private static List<String[]> rows() {
        return Tsv.rows("/org/policykg/reference/financial-institutions.tsv", 1, Integer.MAX_VALUE).stream().map(Tsv.Row::fields).toList();
    }

    @Test
    void everyRowLoadsUnderEveryFormItWritesAndTheListsCountsHold() throws Exception {
        List<String[]> rows = rows();
        assertEquals(840, rows.size(), "790 firms of the provinces' lists less 6 on two lists, and 56 supervised directly");
        Map<String, Integer> kinds = new TreeMap<>();
        for (String[] f : rows) {
            for (String kind : f[0].split(",")) {
                kinds.merge(kind, 1, Integer::sum);
            }
            for (String form : f[2].split("\\|")) {
                assertNotNull(directory.byAlias(form), f[1] + ": " + form);
            }
        }
        // the regulators' counts of December 2023: 125 city and 19 private banks, 67 trust firms, 13 insurance groups,
        // 88 property and 75 life insurers, 146 securities firms, 163 public-fund managers, 150 futures firms; 国都证券股份
        // of the fund managers' list is its own row beside 国都证券 of the securities firms'
        assertEquals(Map.of("city-bank", 125, "private-bank", 19, "trust", 67, "insurance-group", 13, "property-insurer", 88,
                "life-insurer", 75, "securities", 146, "fund-manager", 163, "futures", 150), kinds);
    }

    @Test
    void aFirmAnotherTableHoldsKeepsThatRow() {
        assertFalse(directory.byAlias("中信证券").listed(), "companies.tsv's securities firm");
        assertEquals("东吴证券", directory.byAlias("东吴证券").name(), "the stock list's firm");
        assertEquals("南方基金管理股份", directory.byAlias("南方基金").name(), "a firm new to the directory is the list's name");
        assertEquals("中意财产保险", directory.byAlias("中意财险").name());
    }

    @Test
    void theTradesShortFormsAreDerivedAndSharedOrShortFormsAreNot() {
        assertNotNull(directory.byAlias("华夏基金"), "基金管理 → 基金");
        assertNotNull(directory.byAlias("晟鑫期货"), "期货经纪 → 期货");
        assertNotNull(directory.byAlias("大和证券"), "less its closing （中国）");
        assertNotNull(directory.byAlias("万向信托"), "less its closing 股份公司");
        // 国都证券 is the securities firms' row and the form 国都证券股份 of the fund managers' list gives: the row's own
        assertEquals("国都证券", directory.byAlias("国都证券").name());
        assertNull(directory.byAlias("国都证"), "fewer than four characters and no name");
    }

    @Test
    void aLicensedTradeAfterAZihaoStandsAloneAndAPlaceAndTheTradeDoNot() {
        assertTrue(ListedNames.standsAlone("华夏基金"), "华夏/n and 基金");
        assertTrue(ListedNames.standsAlone("中信信托"));
        assertTrue(ListedNames.standsAlone("淳厚基金"), "淳厚/a and 基金");
        assertFalse(ListedNames.standsAlone("北京银行"), "河北银行机构, 北京银行保险机构: a place's banks");
        assertFalse(ListedNames.standsAlone("上海证券"), "上海证券市场");
        assertFalse(ListedNames.standsAlone("北京人寿"));
        List<String> found = directory.findListed("据华夏基金与中信信托公告，永安期货、瑞泰人寿参与").stream()
                .map(PhraseMatcher.Hit::phrase).toList();
        assertEquals(List.of("华夏基金", "中信信托", "永安期货", "瑞泰人寿"), found);
    }
}
