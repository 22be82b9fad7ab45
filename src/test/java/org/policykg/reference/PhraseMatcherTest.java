package org.policykg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private final PhraseMatcher<String> trades = PhraseMatcher.keywords("新能源", "能源", "科技", "数据", "技术");

    @Test
    void longestTakesLeftmostLongestWithoutOverlap() {
        List<String> found = trades.longest("新能源科技").stream().map(PhraseMatcher.Hit::phrase).toList();
        assertEquals(List.of("新能源", "科技"), found);
    }

    @Test
    void tilesWhenPhrasesCoverTheTextFromStartToEnd() {
        assertTrue(trades.tiles("新能源科技"));
        assertTrue(trades.tiles("数据技术"));
        assertTrue(trades.tiles(""));
    }

    @Test
    void forEachGivesEveryPhraseOnceWithItsValuesInTheOrderOfItsCharacters() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("能源", "trade").add("新能源", "trade").add("新能源", "field")
                .add("数据", "trade").build();
        List<String> seen = new java.util.ArrayList<>();
        m.forEach((phrase, values) -> seen.add(phrase + "=" + values));
        assertEquals(List.of("数据=[trade]", "新能源=[trade, field]", "能源=[trade]"), seen);
    }

    @Test
    void longestOfHitsIsLongestOfTheText() {
        String text = "新能源科技与数据技术";
        assertEquals(trades.longest(text), PhraseMatcher.longest(trades.all(text)));
    }

    @Test
    void doesNotTileWithAWordBeforeBetweenOrAfterThePhrases() {
        assertFalse(trades.tiles("松涛科技"), "a name before the trade");
        assertFalse(trades.tiles("数据与技术"), "a word between");
        assertFalse(trades.tiles("科技园"), "a word after");
    }
}
