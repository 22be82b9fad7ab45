package org.policykg.concern.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;

/** One scan of a paragraph for the directory's names and the rules' words gives each what its own matcher finds. */
class DictionariesTest {
    private final CompanyDirectory directory = CompanyDirectory.get();
    /** Words that overlap each other and the directory's names (科技 inside 星澜科技, 华为 a directory name). */
    private final PhraseMatcher<String> kinds = PhraseMatcher.keywords("龙头企业", "企业", "私募");
    private final PhraseMatcher<String> acts = PhraseMatcher.<String>builder().add("签署", "pact").add("签", "pact")
            .add("落户", "act").add("董事长", "officer").add("华为", "act").build();
    private final PhraseMatcher<String> empty = PhraseMatcher.<String>builder().build();

    private static final List<String> TEXTS = List.of(
            "市政府与华为、深南电路、科大讯飞签署战略合作协议，龙头企业星澜科技落户高新区。",
            "私募温莎资本董事长表示，企业将与一汽-大众签约。",
            "",
            "没有任何一个词。");

    @Test
    void eachDictionaryGetsTheHitsOfItsOwnMatcher() {
        Dictionaries.Builder b = Dictionaries.builder(directory);
        Dictionaries.Key<String> k = b.add(kinds);
        Dictionaries.Key<String> a = b.add(acts);
        Dictionaries.Key<String> e = b.add(empty);
        Dictionaries d = b.build();
        for (String text : TEXTS) {
            Dictionaries.Hits scanned = d.scan(text);
            assertEquals(kinds.all(text), scanned.all(k), text);
            assertEquals(kinds.longest(text), scanned.longest(k), text);
            assertEquals(acts.all(text), scanned.all(a), text);
            assertEquals(acts.longest(text), scanned.longest(a), text);
            assertEquals(List.of(), scanned.all(e), text);
            CompanyDirectory.Hits own = directory.scan(text);
            assertEquals(own.curated(), scanned.directory().curated(), text);
            assertEquals(own.listed(), scanned.directory().listed(), text);
        }
        assertFalse(d.scan(TEXTS.get(0)).all(a).isEmpty(), "the test text holds the words it tests");
        assertFalse(d.scan(TEXTS.get(0)).directory().curated().isEmpty(), "the test text holds directory names");
    }

    @Test
    void aDictionaryAddedAfterTheBuildIsAnError() {
        Dictionaries.Builder b = Dictionaries.builder(directory);
        b.build();
        assertThrows(IllegalStateException.class, () -> b.add(kinds));
    }
}
