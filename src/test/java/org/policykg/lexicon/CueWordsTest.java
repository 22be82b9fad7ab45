package org.policykg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The lexicon's lists are well-formed data: each word once per role, roles the code reads, concepts in the ontology. */
class CueWordsTest {
    private static final CueWords CUES = CueWords.standard();
    /** The lists the rules read, and the roles each may hold. */
    private static final Map<String, Set<String>> LISTS = Map.ofEntries(
            Map.entry("goal-verbs", Set.of("verb", "commit-verb", "commit", "classed", "noun", "advance", "level", "frame", "compound")),
            Map.entry("statistic-markers", Set.of("past", "forecast", "rule")),
            Map.entry("support-words", Set.of("offer", "target", "measure", "base", "threshold", "fund", "founding", "pool", "cap", "selection", "grant-verb", "offers-heading", "withdraw", "payout", "instalment", "raise", "standard", "guides-places")),
            Map.entry("policy-links", Set.of("implements", "repeals", "in-force", "promulgates", "notice-body", "adopted", "issuer-field", "amends", "number-field", "term", "until")),
            Map.entry("self-references", Set.of("work-report", "announces", "compiles", "decides", "notifies", "own-only", "full-text")),
            Map.entry("part-headings", Set.of("review", "review-lead", "year-work")),
            Map.entry("measure-sections", Set.of("introductory", "scope", "notes", "chapter", "basis", "closing", "validity", "appendix", "address", "checklist", "number-column", "task-column", "lead-column", "part-column", "duty-column", "implementation", "footnotes", "schedule", "reply", "reply-subject")),
            Map.entry("page-chrome", Set.of("nav", "opener", "disclaimer")),
            Map.entry("speaker-offices", Set.of("office", "salutation", "session", "hears")),
            Map.entry("person-titles", Set.of("office", "writer")),
            Map.entry("firm-sets", Set.of("lead", "inside", "kind", "tail", "facility", "country", "plan", "form", "trade", "act", "pact", "announce", "closer", "means", "examples", "column", "officer", "line", "ranked", "kind-tail", "opener", "market", "desk", "press-tail", "support", "trade-line", "support-glue")),
            Map.entry("site-names", Set.of("site")),
            Map.entry("field-labels", Set.of("date", "publisher", "author", "source", "title", "summary", "other")),
            Map.entry("law-citations", Set.of("verb")),
            Map.entry("drafting", Set.of("future", "obligation", "making")),
            Map.entry("run-in-titles", Set.of("own-lead", "reported")),
            Map.entry("prose-openings", Set.of("opening", "inside")),
            Map.entry("collective-bodies", Set.of("collective", "schedule", "body-ending", "departments-of", "joiner", "lead", "part", "responsible")),
            Map.entry("responsibility-labels", Set.of("label-word", "noun")),
            Map.entry("latin-subjects", Set.of("unacting", "label", "corporate")),
            Map.entry("act-adverbs", Set.of("adverb")),
            Map.entry("issuing-verbs", Set.of("issue", "launch", "pass", "send")),
            Map.entry("firm-name-context", Set.of("before", "line", "line-unit", "conjunction", "item-joiner", "sub-end", "malware", "object", "kind-before", "edge")));

    @Test
    void everyListHasKnownRolesAndEachWordOnce() {
        LISTS.forEach((name, roles) -> {
            List<CueWords.Entry> entries = CUES.list(name);
            assertFalse(entries.isEmpty(), name);
            Set<String> seen = new HashSet<>();
            for (CueWords.Entry e : entries) {
                assertTrue(roles.contains(e.role()), name + ": unknown role " + e.role() + " of " + e.word());
                assertTrue(seen.add(e.word()), name + ": " + e.word() + " twice");
            }
        });
    }

    /** The lists with a readers column, and the rules (readers) each may name. */
    private static final Map<String, Set<String>> READERS = Map.of("act-adverbs", Set.of("latin", "act", "ranked"));

    @Test
    void everyReaderIsKnownAndTakesItsWordsInAnOrderThatCutsTheLongerFirst() {
        READERS.forEach((name, readers) -> {
            for (CueWords.Entry e : CUES.list(name)) {
                assertFalse(e.readers().isEmpty(), name + ": " + e.word() + " has no readers");
                e.readers().forEach(r -> assertTrue(readers.contains(r), name + ": unknown reader " + r + " of " + e.word()));
            }
            for (String reader : readers) {
                // a rule cuts the first word that ends where the act starts: a word it ends with must not stand above it
                List<String> ws = CUES.words(name, "adverb", reader);
                for (int i = 0; i < ws.size(); i++) {
                    for (int j = 0; j < i; j++) {
                        assertFalse(ws.get(i).endsWith(ws.get(j)), name + " " + reader + ": " + ws.get(j) + " above " + ws.get(i));
                    }
                }
            }
        });
    }

    @Test
    void aReaderTakesOnlyTheWordsItsColumnNames() {
        List<String> latin = CUES.words("act-adverbs", "adverb", "latin");
        List<String> act = CUES.words("act-adverbs", "adverb", "act");
        List<String> ranked = CUES.words("act-adverbs", "adverb", "ranked");
        assertTrue(latin.contains("今日") && !act.contains("今日") && !ranked.contains("今日"), "a time word for Latin names only");
        assertTrue(latin.contains("近日") && act.contains("近日") && !ranked.contains("近日"), "a time word for two readers");
        assertTrue(act.contains("于近日") && !latin.contains("于近日") && act.indexOf("于近日") < act.indexOf("近日"), "longer first");
        assertTrue(ranked.contains("分别") && act.contains("分别") && !latin.contains("分别"));
        assertTrue(latin.contains("已") && act.contains("已") && ranked.contains("已"), "one row, three readers");
        assertTrue(latin.indexOf("已经") < latin.indexOf("已"), "file order");
        // the note is the last column, the readers the third
        assertEquals("(甲再次入选) again", CUES.list("act-adverbs").stream().filter(e -> e.word().equals("再次")).findFirst().orElseThrow().note());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> CUES.words("latin-subjects", "unacting", "latin")).getMessage().contains("no readers column"));
    }

    @Test
    void aRoleOfOneCharacterEachIsOneStringAndALongerWordIsAnError() {
        String glue = CUES.characters("firm-sets", "support-glue");
        assertEquals(CUES.words("firm-sets", "support-glue").size(), glue.length());
        assertTrue(glue.indexOf('成') >= 0 && glue.indexOf('模') >= 0 && glue.indexOf('为') < 0, glue);
        String longer = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> CUES.characters("firm-sets", "support")).getMessage();
        assertTrue(longer.contains("firm-sets.tsv role support") && longer.contains("鼓励"), longer);
    }

    @Test
    void aBadReadersColumnIsAnErrorNamingTheFileAndLine() {
        CueWords bad = new CueWords("/org/policykg/lexicon-bad/", "/org/policykg/ontology/concepts.ttl");
        String empty = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> bad.list("empty-reader")).getMessage();
        assertTrue(empty.contains("empty-reader.tsv line 3") && empty.contains("no readers"), empty);
        String four = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> bad.list("four-fields")).getMessage();
        assertTrue(four.contains("four-fields.tsv line 2") && four.contains("got 4"), four);
    }

    @Test
    void alternationsPreferTheLongerWord() {
        Pattern p = Pattern.compile(CUES.alternation("goal-verbs", "verb"));
        var m = p.matcher("产值达到100亿元");
        assertTrue(m.find());
        assertEquals("达到", m.group(), "达到 wins over its prefix 达");
    }

    @Test
    void conceptWordsComeFromTheOntologyWithTheirConcepts() {
        List<CueWords.Label> instruments = CUES.labels("instrument", "instrument-");
        assertTrue(instruments.contains(new CueWords.Label("算力券", "compute-voucher")));
        assertTrue(instruments.contains(new CueWords.Label("专项资金", "funding")));
        assertTrue(CUES.labels("cap-period", "cap-").contains(new CueWords.Label("每年", "per-year")));
        List<CueWords.Label> types = CUES.labels("policy-type", "policy-type-");
        assertTrue(types.contains(new CueWords.Label("行动方案", "programme")));
        for (int i = 1; i < types.size(); i++) {
            assertTrue(types.get(i - 1).word().length() >= types.get(i).word().length(), "longest first");
        }
        // No instrument word is also a support word of the lexicon: one source each.
        Set<String> support = new HashSet<>(CUES.words("support-words", null));
        instruments.forEach(l -> assertFalse(support.contains(l.word()), l.word() + " is listed twice"));
    }
}
