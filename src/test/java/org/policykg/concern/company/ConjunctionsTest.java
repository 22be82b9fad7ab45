package org.policykg.concern.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.api.Test;
import org.policykg.recognize.Lexicon;

/** The conjunctions of lexicon/firm-name-context.tsv, read as written characters and as the segmenter's words. */
class ConjunctionsTest {
    @Test
    void aTwoCharacterConjunctionIsReadWholeBeforeTheOneItEndsWith() {
        assertEquals(2, Conjunctions.at("华为以及腾讯", 2));
        assertEquals(1, Conjunctions.at("华为和腾讯", 2));
        assertEquals(0, Conjunctions.at("华为以及腾讯", 0));
        assertEquals(2, Conjunctions.endingAt("华为以及腾讯", 4));
        assertEquals(1, Conjunctions.endingAt("华为与腾讯", 3));
        assertEquals(1, Conjunctions.endingAt("及", 1));
        assertEquals(0, Conjunctions.endingAt("华为以及腾讯", 3), "以 alone is none");
        assertTrue(Conjunctions.in("甲、乙以及丙"));
        assertFalse(Conjunctions.in("甲、乙或丙"));
    }

    @Test
    void theOneCharacterConjunctionsAreTheCharactersThatEndAnItem() {
        String one = Conjunctions.oneCharacterEach();
        assertEquals(3, one.length());
        assertTrue(one.indexOf('和') >= 0 && one.indexOf('与') >= 0 && one.indexOf('及') >= 0);
        assertFalse(one.contains("以"));
    }

    @Test
    void aWordIsAConjunctionWhereTheSegmenterTagsItSo() {
        boolean seen = false;
        for (Term t : Lexicon.segment("华为以及腾讯")) {
            if (t.word.equals("以及")) {
                assertTrue(Conjunctions.word(t));
                seen = true;
            }
        }
        assertTrue(seen, "以及 is one word");
        assertTrue(Conjunctions.is("以及") && Conjunctions.is("和") && !Conjunctions.is("或"));
    }
}
