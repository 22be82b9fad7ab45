package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.Test;

/** The bounded REGEX, REPLACE and CONCAT: same answers as SPARQL's on ordinary input, bounded on hostile input. */
class SafeFunctionsTest {
    private static NodeValue s(String v) {
        return NodeValue.makeString(v);
    }

    private static boolean regex(String text, String pattern, String flags) {
        return new SafeFunctions.Regex().exec(flags == null ? List.of(s(text), s(pattern)) : List.of(s(text), s(pattern), s(flags)))
                .getBoolean();
    }

    @Test
    void regexAnswersAsSparqlDoes() {
        assertTrue(regex("上海市算力券实施办法", "算力(券|补贴)", null));
        assertTrue(regex("ABC", "^abc$", "i"));
        assertTrue(regex("a\nb", "^b$", "m"));
        assertTrue(regex("a\nb", "a.b", "s"));
        assertTrue(regex("a.b", ".", "q") && !regex("ab", "a.b", "q"));
        assertTrue(regex("产业规模", "产业.*(规模|产值)", null));
        assertThrows(ExprEvalException.class, () -> regex("a", "(", null));
        assertThrows(ExprEvalException.class, () -> regex("a", "a", "z"));
    }

    /** Finding 3: java.util.regex took 21.6 s on this; RE2/J is linear in the text. */
    @Test
    void catastrophicBacktrackingIsLinear() {
        long t0 = System.nanoTime();
        assertEquals(false, regex("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "(.*a){12}$", null));
        assertEquals(false, regex("a".repeat(20_000) + "!", "(a|aa|a*)*b", null));
        assertTrue((System.nanoTime() - t0) / 1e9 < 5, "seconds, not minutes");
    }

    @Test
    void repetitionThatWouldExpandWithoutBoundIsRefused() {
        assertThrows(ExprEvalException.class, () -> regex("a", "((a{1000}){1000}){1000}", null));
        assertThrows(ExprEvalException.class, () -> regex("a", "(x{100}|y){200}", null));
        assertThrows(ExprEvalException.class, () -> regex("a", "a".repeat(SafeFunctions.MAX_PATTERN + 1), null));
        assertTrue(regex("aaa", "a{3}", null));
        assertEquals(3, SafeFunctions.expandedSize("a[bc]\\d"));
        assertEquals(60, SafeFunctions.expandedSize("(ab|c){20}"));
    }

    @Test
    void replaceKeepsLanguageAndReferences() {
        NodeValue r = new SafeFunctions.Replace().exec(List.of(NodeValue.makeLangString("abcb", "zh"), s("b"), s("[$0]")));
        assertEquals("a[b]c[b]", r.asNode().getLiteralLexicalForm());
        assertEquals("zh", r.asNode().getLiteralLanguage());
        assertThrows(ExprEvalException.class, () -> new SafeFunctions.Replace().exec(List.of(s("abc"), s("x*"), s("y"))));
    }

    /** Finding 4: 29 chained CONCAT(?x, ?x) built a 512M-character string; now the 16th doubling is refused. */
    @Test
    void builtStringsAreCapped() {
        SafeFunctions.Concat concat = new SafeFunctions.Concat();
        NodeValue x = s("ab");
        int doublings = 0;
        try {
            for (; doublings < 29; doublings++) {
                x = concat.exec(List.of(x, x));
            }
        } catch (ExprEvalException e) {
            assertTrue(e.getMessage().contains("longer than"), e.getMessage());
        }
        assertTrue(doublings < 29 && x.asString().length() <= SafeFunctions.MAX_STRING, "stopped at " + doublings);
        assertThrows(ExprEvalException.class, () -> new SafeFunctions.Replace()
                .exec(List.of(s("a".repeat(10_000)), s("a"), s("$0$0$0$0$0$0$0$0"))));
    }
}
