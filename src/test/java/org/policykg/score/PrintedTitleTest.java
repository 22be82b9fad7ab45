package org.policykg.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A document's title is scored as printed: width and white space are presentation, words are not. */
class PrintedTitleTest {
    private static Score compare(String annotated, String extracted) {
        Score s = new Score();
        Match.one(s, "x: title=", Match.printed(annotated), Match.printed(Set.of(extracted)));
        return s;
    }

    @Test
    void aFullWidthCommaOrASpaceIsTheSameTitle() {
        assertEquals(1, compare("数据以人为本，政策措施要配合", "数据以人为本,政策措施要配合").tp());
        assertEquals(1, compare("某市 数字经济促进办法（试行）", "某市数字经济促进办法(试行)").tp());
    }

    @Test
    void aDifferentWordingIsNot() {
        Score s = compare("数据以人为本，政策措施要配合", "数据以人为本");
        assertEquals(0, s.tp());
        assertEquals(1, s.fp());
        assertEquals(1, s.fn());
    }
}
