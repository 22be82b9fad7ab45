package org.policykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedsFixture;
import org.policykg.pipeline.Summary;

/**
 * The saved queries in queries/ over the seeds' graph, loaded the way the server holds it: a
 * TDB2 dataset whose default graph is the union of the named graphs. Each query's TSV output
 * with its default parameters must equal queries/expected/NAME.tsv. After a deliberate change,
 * run with -Dqueries.update=true to rewrite the expected files, then check the diff against the
 * annotations (queries/README.md lists the known extraction errors the files record).
 */
class SavedQueriesTest {
    private static final Path QUERIES = Path.of("queries");
    private static final Path EXPECTED = QUERIES.resolve("expected");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final QueryRunner RUNNER = new QueryRunner(60_000);

    private static DatasetGraph dsg;
    private static SavedQueries saved;

    @BeforeAll
    static void load() throws IOException {
        dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> SeedsFixture.quads().forEach(dsg::add));
        Summary summary = SeedsFixture.extraction().summary();
        assertEquals(0, summary.failed(), "every seed is extracted");
        assertEquals(5, summary.documents(), "the five seeds are read");
        saved = SavedQueries.load(QUERIES);
    }

    private static String tsv(SavedQuery q, Map<String, String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> RUNNER.write(dsg, q, args, QueryRunner.Format.TSV, out));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static RowSetRewindable rows(SavedQuery q, Map<String, String> args) {
        return Txn.calculateRead(dsg, () -> RUNNER.select(dsg, q, args));
    }

    private static SavedQuery query(String name) {
        return saved.get(name).orElseThrow(() -> new AssertionError("no saved query " + name));
    }

    @TestFactory
    Stream<DynamicTest> eachQueryGivesItsExpectedResultOnTheSeeds() {
        boolean update = Boolean.getBoolean("queries.update");
        return saved.all().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            String actual = tsv(q, Map.of());
            Path file = EXPECTED.resolve(q.name() + ".tsv");
            if (update) {
                Files.createDirectories(EXPECTED);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(file), "no expected result " + file + " (run with -Dqueries.update=true)");
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                fail(q.name() + ": result differs from " + file + "\n" + diff(expected, actual));
            }
        }));
    }

    /** Lines only in the expected (-) and only in the actual (+) result, plus a note on order. */
    private static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        StringBuilder sb = new StringBuilder();
        e.stream().filter(l -> !a.contains(l)).forEach(l -> sb.append("- ").append(l).append('\n'));
        a.stream().filter(l -> !e.contains(l)).forEach(l -> sb.append("+ ").append(l).append('\n'));
        if (sb.length() == 0) {
            sb.append("same lines, different order or line endings\n");
        }
        return sb.toString();
    }

    @Test
    void everyExpectedFileBelongsToAQuery() throws IOException {
        Set<String> names = saved.all().stream().map(SavedQuery::name).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(EXPECTED)) {
            List<String> orphans = files.map(f -> f.getFileName().toString())
                    .filter(f -> !names.contains(f.replaceFirst("\\.tsv$", "")))
                    .sorted().toList();
            assertEquals(List.of(), orphans, "expected results without a query");
        }
    }

    @Test
    void thereAreAtLeastTwelveQueries() {
        assertTrue(saved.all().size() >= 12, "only " + saved.all().size() + " saved queries");
    }

    @Test
    void everyQueryHasATitleBothQuestionsAndATotalOrder() {
        for (SavedQuery q : saved.all()) {
            assertTrue(NAME.matcher(q.name()).matches(), q.name());
            assertFalse(q.titleZh().isBlank(), q.name() + ": Chinese title");
            assertFalse(q.titleEn().isBlank(), q.name() + ": English title");
            assertFalse(q.questionZh().isBlank(), q.name() + ": Chinese question");
            assertFalse(q.questionEn().isBlank(), q.name() + ": English question");
            assertTrue(q.titleZh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    q.name() + ": the Chinese title is in Chinese");
            assertTrue(q.questionZh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    q.name() + ": the Chinese question is in Chinese");
            Query parsed = QueryFactory.create(q.sparql());
            assertTrue(parsed.hasOrderBy(), q.name() + ": results need an ORDER BY to be deterministic");
        }
    }

    @Test
    void chartsNameColumnsTheQueryReturns() {
        for (SavedQuery q : saved.all()) {
            if (q.chart() == null) {
                continue;
            }
            List<String> vars = QueryFactory.create(q.sparql()).getResultVars();
            assertTrue(vars.contains(q.chart().category()), q.name() + ": chart category " + q.chart().category());
            assertTrue(vars.contains(q.chart().value()), q.name() + ": chart value " + q.chart().value());
            if (q.chart().series() != null) {
                assertTrue(vars.contains(q.chart().series()), q.name() + ": chart series " + q.chart().series());
            }
        }
    }

    @Test
    void chartValuesAreNumbers() {
        for (SavedQuery q : saved.all()) {
            if (q.chart() == null) {
                continue;
            }
            RowSetRewindable rows = rows(q, Map.of());
            int numbers = 0;
            while (rows.hasNext()) {
                Node v = rows.next().get(Var.alloc(q.chart().value()));
                if (v != null) {
                    assertTrue(v.isLiteral() && v.getLiteralValue() instanceof Number,
                            q.name() + ": chart value " + v + " is not a number");
                    numbers++;
                }
            }
            assertTrue(numbers > 0, q.name() + ": the chart has no values on the seeds");
        }
    }

    @Test
    void everyParameterDefaultBindsAndIsUsed() {
        int params = 0;
        for (SavedQuery q : saved.all()) {
            Binding b = QueryRunner.bind(q, Map.of());
            for (SavedQuery.Param p : q.params()) {
                params++;
                assertTrue(p.defaultValue() != null, q.name() + ": parameter " + p.name() + " has a default");
                Node n = b.get(Var.alloc(p.name()));
                assertTrue(n != null, q.name() + ": parameter " + p.name() + " is bound by default");
                if (p.datatype().equals("iri")) {
                    assertTrue(n.isURI(), q.name() + ": " + p.name() + " is an IRI");
                } else {
                    assertTrue(n.isLiteral(), q.name() + ": " + p.name() + " is a literal");
                    assertEquals("http://www.w3.org/2001/XMLSchema#" + p.datatype().substring(4),
                            n.getLiteralDatatypeURI(), q.name() + ": " + p.name() + " has its declared type");
                }
                assertTrue(Pattern.compile("\\?" + Pattern.quote(p.name()) + "\\b").matcher(q.sparql()).find(),
                        q.name() + ": parameter " + p.name() + " is used in the query");
            }
        }
        assertTrue(params >= 5, "the saved queries take parameters");
    }

    @Test
    void aParameterChangesTheResult() {
        SavedQuery q = query("targets-due-by-year");
        RowSetRewindable byDefault = rows(q, Map.of());
        RowSetRewindable by2024 = rows(q, Map.of("year", "2024"));
        assertEquals(16, byDefault.size(), "targets due by 2025 in the seeds");
        assertEquals(4, by2024.size(), "targets due by 2024: the four of the 002 story");
        while (by2024.hasNext()) {
            assertEquals(2024, ((Number) by2024.next().get(Var.alloc("deadline")).getLiteralValue()).intValue());
        }
    }

    @Test
    void badParameterValuesAreRefused() {
        int checked = 0;
        for (SavedQuery q : saved.all()) {
            for (SavedQuery.Param p : q.params()) {
                String bad = switch (p.datatype()) {
                    case "iri" -> "javascript:alert(1)";
                    case "xsd:integer" -> "2025; DROP";
                    default -> null;
                };
                if (bad == null) {
                    continue;
                }
                checked++;
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> rows(q, Map.of(p.name(), bad)), q.name() + ": " + p.name() + "=" + bad);
                assertTrue(e.getMessage().contains(p.name()), e.getMessage());
            }
        }
        assertTrue(checked >= 3, "integer and IRI parameters were tried");
        SavedQuery year = query("targets-due-by-year");
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.bind(year, Map.of("year", "2025; DROP")));
        SavedQuery policy = query("policy-measures");
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.bind(policy, Map.of("policy", "javascript:alert(1)")));
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.bind(policy, Map.of("policy", "not an iri")));
    }

    @Test
    void anUnknownParameterIsRefused() {
        for (SavedQuery q : saved.all()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> QueryRunner.bind(q, Map.of("noSuchParameter", "1")), q.name());
            assertTrue(e.getMessage().contains("noSuchParameter"), e.getMessage());
        }
    }

    @Test
    void aHeaderWithoutTheEnglishQuestionFailsNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fine.rq"), """
                # title: 全部政策 | All policies
                # question-zh: 有哪些政策？
                # question-en: Which policies are there?
                PREFIX pol: <https://w3id.org/policykg/ontology#>
                SELECT ?p WHERE { ?p a pol:Policy } ORDER BY ?p
                """, StandardCharsets.UTF_8);
        assertEquals(1, SavedQueries.load(dir).all().size(), "a complete header loads");
        Files.writeString(dir.resolve("no-english.rq"), """
                # title: 全部政策 | All policies
                # question-zh: 有哪些政策？
                PREFIX pol: <https://w3id.org/policykg/ontology#>
                SELECT ?p WHERE { ?p a pol:Policy } ORDER BY ?p
                """, StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SavedQueries.load(dir));
        assertTrue(e.getMessage().contains("no-english.rq"), e.getMessage());
        assertTrue(e.getMessage().contains("question-en"), e.getMessage());
    }

    /**
     * TDB2 numbers nodes in the order they arrive, and that order drives the order of matches.
     * Loading the same quads in reverse must not change any result: the ORDER BY of every query
     * is total, and the lists built with GROUP_CONCAT are sorted first.
     */
    @Test
    void resultsDoNotDependOnTheLoadOrder() {
        List<Quad> quads = new ArrayList<>(SeedsFixture.quads());
        Collections.reverse(quads);
        DatasetGraph reversed = DatabaseMgr.createDatasetGraph();
        reversed.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(reversed, () -> quads.forEach(reversed::add));
        List<String> mismatches = new ArrayList<>();
        Set<String> results = new TreeSet<>();
        for (SavedQuery q : saved.all()) {
            String expected = tsv(q, Map.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Txn.executeRead(reversed, () -> RUNNER.write(reversed, q, Map.of(), QueryRunner.Format.TSV, out));
            if (!expected.equals(out.toString(StandardCharsets.UTF_8))) {
                mismatches.add(q.name() + "\n" + diff(expected, out.toString(StandardCharsets.UTF_8)));
            }
            results.add(expected);
        }
        assertEquals(List.of(), mismatches, "results that depend on the load order");
        assertEquals(saved.all().size(), results.size(), "no two queries give the same result");
    }
}
