package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the public endpoint refuses before running anything, and what it rewrites (findings 2, 3, 4 and 6 of issue 11). */
class QueryRulesTest {
    private static final FunctionRegistry FUNCTIONS = SafeFunctions.registry();
    private static final String SVC = "SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o }";

    private static Optional<String> check(String sparql) {
        Query q = QueryRules.rewrite(QueryFactory.create(sparql, Syntax.syntaxARQ));
        return QueryRules.refusal(q, FUNCTIONS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { " + SVC + " }",
        "SELECT * { { SELECT * { " + SVC + " } } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { " + SVC + " } }",
        "SELECT * { ?s ?p ?o } ORDER BY (EXISTS { " + SVC + " })",
        "SELECT (SUM(IF(EXISTS { " + SVC + " }, 1, 0)) AS ?n) { ?s ?p ?o }",
        "SELECT ?k (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY (EXISTS { " + SVC + " } AS ?k)",
        "SELECT * { ?s ?p ?o BIND(NOT EXISTS { " + SVC + " } AS ?b) }",
        "SELECT * { ?s ?p ?o OPTIONAL { ?o ?q ?r FILTER EXISTS { " + SVC + " } } }",
        "SELECT * { ?s ?p ?o } HAVING (EXISTS { " + SVC + " })",
        "ASK { ?s ?p ?o MINUS { " + SVC + " } }",
    })
    void serviceIsFoundWherever(String sparql) {
        assertEquals(Optional.of("SERVICE (federated query) is not allowed on this endpoint"), check(sparql));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?x { BIND(<http://jena.apache.org/ARQ/function#wait>(20000) AS ?x) }",
        "SELECT ?x { BIND(<java:org.apache.jena.sparql.function.library.wait>(20000) AS ?x) }",
        "SELECT ?x { BIND(<http://www.w3.org/2005/xpath-functions#apply>(<http://jena.apache.org/ARQ/function#wait>, 9) AS ?x) }",
        "SELECT ?x { BIND(<http://www.w3.org/2005/xpath-functions#matches>('aaa', '(.*a){12}$') AS ?x) }",
        "SELECT ?x { ?s ?p ?o } ORDER BY (<http://jena.apache.org/ARQ/function#wait>(1))",
        "SELECT (SUM(<http://jena.apache.org/ARQ/function#wait>(1)) AS ?n) { ?s ?p ?o }",
        "SELECT ?x { ?x <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }",
    })
    void onlyAllowedFunctionsRun(String sparql) {
        Optional<String> why = check(sparql);
        assertTrue(why.isPresent() && why.get().contains("not allowed"), sparql + " -> " + why);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { ?s ?p ?o FILTER(REGEX(?o, 'a') && CONCAT(?o, ?o) != REPLACE(?o, 'a', 'b')) }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { ?s ?q ?v FILTER(REGEX(?v, 'x')) } }",
        "SELECT (SUM(IF(REGEX(STR(?o), 'a'), 1, 0)) AS ?n) (GROUP_CONCAT(CONCAT(?o, '!')) AS ?g) { ?s ?p ?o }",
        "SELECT * { ?s ?p ?o } ORDER BY (REPLACE(STR(?o), '(.*a){12}', ''))",
        "SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (REGEX(MAX(STR(?o)), 'a'))",
        "SELECT * { ?s ?p ?o { SELECT (CONCAT(?a, ?a) AS ?c) { ?a ?b ?d } } }",
        "SELECT * { ?s <http://jena.apache.org/text#query> 'x' ; ?p ?o FILTER(STRLEN(?o) > <http://www.w3.org/2001/XMLSchema#integer>('3')) }",
    })
    void theUnboundedBuiltinsAreRewrittenEverywhere(String sparql) {
        assertEquals(Optional.empty(), check(sparql));
        String rewritten = QueryRules.rewrite(QueryFactory.create(sparql, Syntax.syntaxARQ)).toString();
        assertFalse(rewritten.toLowerCase().matches("(?s).*\\b(regex|replace|concat)\\s*\\(.*"), rewritten);
    }

    /** GROUP_CONCAT is capped like CONCAT: a group whose string would pass MAX_STRING is unbound, a smaller one exact. */
    @org.junit.jupiter.api.Test
    void groupConcatIsCapped() {
        org.apache.jena.sparql.core.DatasetGraph ds = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        String chunk = "字".repeat(1_000);
        org.apache.jena.system.Txn.executeWrite(ds, () -> {
            for (int i = 0; i < 100; i++) {
                ds.getDefaultGraph().add(org.apache.jena.graph.NodeFactory.createURI("urn:x:" + (i < 3 ? "small" : "big")),
                        org.apache.jena.graph.NodeFactory.createURI("urn:x:p"),
                        org.apache.jena.graph.NodeFactory.createLiteralString(chunk + i));
            }
        });
        for (String agg : new String[] {"GROUP_CONCAT(?o; separator='|')", "GROUP_CONCAT(DISTINCT ?o; separator='|')"}) {
            Query q = QueryRules.rewrite(QueryFactory.create(
                    "SELECT ?s (" + agg + " AS ?g) { ?s ?p ?o } GROUP BY ?s ORDER BY ?s", Syntax.syntaxARQ));
            java.util.Map<String, String> got = new java.util.TreeMap<>();
            org.apache.jena.system.Txn.executeRead(ds, () -> {
                try (var qe = org.apache.jena.sparql.exec.QueryExec.newBuilder().dataset(ds).query(q)
                        .set(org.apache.jena.sparql.ARQConstants.registryFunctions, FUNCTIONS).build()) {
                    qe.select().forEachRemaining(b -> got.put(b.get("s").getURI(),
                            b.get("g") == null ? null : b.get("g").getLiteralLexicalForm()));
                }
            });
            assertTrue(got.containsKey("urn:x:big") && got.get("urn:x:big") == null, agg + ": 97,000 characters is unbound");
            assertEquals(3 * 1_001 + 2, got.get("urn:x:small").length(), agg);
        }
    }

    /**
     * Finding 6: a regex join on invalid patterns logged a stack trace per row (348 in one query).
     * Each invalid pattern is now an evaluation error (the row is filtered out), and nothing is logged.
     */
    @org.junit.jupiter.api.Test
    void invalidPatternsInAJoinAreQuietErrors() {
        org.apache.jena.sparql.core.DatasetGraph ds = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(ds, () -> {
            for (int i = 0; i < 30; i++) {
                ds.getDefaultGraph().add(org.apache.jena.graph.NodeFactory.createURI("urn:x:" + i),
                        org.apache.jena.graph.NodeFactory.createURI("urn:x:label"),
                        org.apache.jena.graph.NodeFactory.createLiteralString("标签" + i));
            }
        });
        Query q = QueryRules.rewrite(QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) { ?a <urn:x:label> ?x . ?b <urn:x:label> ?y FILTER(REGEX(?x, CONCAT('(', ?y))) }",
                Syntax.syntaxARQ));
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        long[] n = {-1};
        try {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            org.apache.jena.system.Txn.executeRead(ds, () -> {
                try (var qe = org.apache.jena.sparql.exec.QueryExec.newBuilder().dataset(ds).query(q)
                        .set(org.apache.jena.sparql.ARQConstants.registryFunctions, FUNCTIONS).build()) {
                    n[0] = Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
                }
            });
        } finally {
            System.setErr(err);
        }
        assertEquals(0, n[0], "every row's pattern is invalid");
        String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(log.contains("Exception") || log.contains("\tat "), "nothing logged for 900 invalid patterns:\n" + log);
    }
}
