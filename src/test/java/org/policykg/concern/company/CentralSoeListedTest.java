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
 * The listed firms of the central SOE groups (central-soe-listed.tsv) as the company rules read them: every row loads
 * under every form it writes, the page's totals hold, a firm another table holds keeps that row, and a form that is an
 * ordinary word is recorded but not known.
 */
class CentralSoeListedTest {
    private final CompanyDirectory directory = CompanyDirectory.get();

    private static List<String[]> rows() {
        return Tsv.rows("/org/policykg/reference/central-soe-listed.tsv", 1, Integer.MAX_VALUE).stream().map(Tsv.Row::fields).toList();
    }

    @Test
    void everyRowLoadsUnderEveryFormItWritesAndThePagesTotalsHold() throws Exception {
        List<String[]> rows = rows();
        assertEquals(401, rows.size(), "436 stock rows of 401 registered names");
        int a = 0;
        int h = 0;
        int none = 0;
        for (String[] f : rows) {
            for (String form : f[3].split("\\|")) {
                if (form.startsWith("!")) {
                    // not known by that form, or known as another table's firm (鞍钢 of companies.tsv is the group)
                    CompanyDirectory.Entry e = directory.byAlias(form.substring(1));
                    assertTrue(e == null || !e.name().equals(f[2]), f[2] + ": a word is not this row's form");
                } else {
                    assertNotNull(directory.byAlias(form), f[2] + ": " + form);
                }
            }
            if (f[1].isEmpty()) {
                none++;
                continue;
            }
            for (String code : f[1].split("\\|")) {
                if (code.length() == 6) {
                    a++;
                } else {
                    h++;
                }
            }
        }
        // the page's 335 A-share and 94 Hong Kong rows and 7 without a code, less the rows of one firm and code written
        // twice (中国铝业's two pairs; 华贸物流, 国统股份, 中储股份 under two groups)
        assertEquals(335 - 4, a);
        assertEquals(94 - 1, h);
        assertEquals(7, none);
    }

    @Test
    void aFirmAnotherTableHoldsKeepsThatRowAndANewOneIsTheListsName() {
        assertFalse(directory.byAlias("中国移动").listed(), "companies.tsv's firm");
        assertEquals("华润置地有限公司", directory.byAlias("华润置地").name());
        assertEquals("中国海外发展有限公司", directory.byAlias("中国海外发展").name());
        assertEquals("华润啤酒(控股)有限公司", directory.byAlias("华润啤酒").name(), "less its legal form and (控股)");
        assertNotNull(directory.byAlias("英力特"), "the page's spaces dropped");
    }

    @Test
    void aWordIsNotKnownAndASharedFormIsDropped() {
        assertNull(directory.byAlias("太阳能"), "中节能太阳能's short name is one ordinary word");
        assertNotNull(directory.byAlias("中节能太阳能"));
        List<String> found = directory.findListed("太阳能发电项目由华润置地与南网储能承建").stream()
                .map(PhraseMatcher.Hit::phrase).toList();
        assertEquals(List.of("华润置地", "南网储能"), found);
        // 中国稀土 is the short name of two registered firms (the A share's and the Hong Kong one's): neither row writes it,
        // and companies.tsv's group keeps it
        assertEquals("中国稀土集团有限公司", directory.byAlias("中国稀土").name());
        assertNull(directory.byAlias("中国稀土集团资源"), "no form the rules do not write");
        assertTrue(ListedNames.standsAlone("华润置地"));
        assertFalse(ListedNames.standsAlone("中国电力"), "a place and a trade: 中国电力行业");
    }
}
