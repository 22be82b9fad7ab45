package org.policykg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The world list (global-companies.tsv) as the directory reads it beside the curated table. */
class CompanyDirectoryTest {
    private final CompanyDirectory directory = CompanyDirectory.get();

    private List<String> found(String text) {
        return directory.find(text).stream().map(PhraseMatcher.Hit::phrase).toList();
    }

    @Test
    void aWorldListFirmIsFoundByItsNameLessItsLegalForm() {
        assertEquals(List.of("福特汽车"), found("福特汽车上月交付两万辆"));
        assertEquals("福特汽车公司", directory.byAlias("福特汽车").name());
        assertEquals("FORD MOTOR", directory.byAlias("福特汽车").en());
    }

    @Test
    void aTransliterationIsFoundWithItsJoiningMarkWrittenAnyWay() {
        for (String written : List.of("伯克希尔哈撒韦", "伯克希尔·哈撒韦", "伯克希尔-哈撒韦", "伯克希尔－哈撒韦")) {
            assertEquals(List.of(written), found(written + "增持股份"), written);
            assertEquals("伯克希尔－哈撒韦公司", directory.byAlias(written).name(), written);
        }
    }

    @Test
    void aFormThatIsAlsoOrdinaryWordsIsKnownButNotLookedFor() {
        assertEquals(List.of(), found("该市日产汽车零部件三万件，苹果种植面积稳定"));
        assertEquals("日产汽车", directory.byAlias("日产汽车").name());
        assertEquals("苹果公司", directory.byAlias("苹果").name());
        assertEquals(List.of("苹果公司"), found("苹果公司发布新品"), "with its legal form the name stands alone");
    }

    @Test
    void aFirmOfTheCuratedTableKeepsItsRowAndGainsTheListsForms() {
        CompanyDirectory.Entry ge = directory.byAlias("通用电气公司");
        assertNotNull(ge);
        assertEquals("通用电气", ge.name());
        assertEquals("General Electric", ge.en(), "the curated row's English name");
        assertEquals("通用电气", directory.byName("通用电气").name());
        assertNull(directory.byName("通用电气公司"), "no second firm under the list's name");
    }

    @Test
    void legalFormsAreCutOneAfterAnother() {
        for (String form : List.of("菲尼克斯集团控股公司", "菲尼克斯集团", "菲尼克斯")) {
            assertEquals("菲尼克斯集团控股公司", directory.byAlias(form).name(), form);
        }
        assertEquals("菲尼克斯医药公司", directory.byAlias("菲尼克斯医药").name(), "another firm of the list");
    }

    @Test
    void theListsEnglishNamesAreNotLookedFor() {
        assertEquals(List.of(), found("TARGET 2030 ORANGE METRO"));
    }
}
