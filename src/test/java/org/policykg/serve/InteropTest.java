package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An independent client: RDF4J's SPARQLRepository on the endpoint and Rio on the dumps agree with Jena. */
@Tag("integration") // starts a server
class InteropTest {
    private static final TestServer S = TestServer.get();
    private static SPARQLRepository repo;

    @BeforeAll
    static void connect() {
        repo = new SPARQLRepository(S.url("/kg/sparql"));
        repo.init();
    }

    @AfterAll
    static void close() {
        repo.shutDown();
    }

    /** Jena, in process, on the same store: rows as sorted strings. */
    private static List<String> jena(String sparql) {
        List<String> rows = new ArrayList<>();
        Txn.executeRead(S.store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(S.store.dataset()).query(sparql).build()) {
                var rs = qe.select();
                var vars = rs.getResultVars();
                rs.forEachRemaining((Binding b) -> {
                    StringBuilder row = new StringBuilder();
                    for (var v : vars) {
                        if (b.get(v) != null) {
                            row.append(v.getVarName()).append('=').append(b.get(v).isLiteral()
                                    ? b.get(v).getLiteralLexicalForm() : b.get(v).toString()).append(' ');
                        }
                    }
                    rows.add(row.toString().strip());
                });
            }
        });
        return rows;
    }

    private static List<String> rdf4j(String sparql) {
        List<String> rows = new ArrayList<>();
        try (RepositoryConnection c = repo.getConnection();
             TupleQueryResult r = c.prepareTupleQuery(QueryLanguage.SPARQL, sparql).evaluate()) {
            List<String> names = r.getBindingNames();
            for (BindingSet b : r) {
                StringBuilder row = new StringBuilder();
                for (String n : names) {
                    Value v = b.getValue(n);
                    if (v != null) {
                        row.append(n).append('=').append(v.isLiteral() ? v.stringValue() : v.stringValue()).append(' ');
                    }
                }
                rows.add(row.toString().strip());
            }
        }
        return rows;
    }

    @Test
    void selectResultsMatchJena() {
        String q = "PREFIX pol: <https://w3id.org/policykg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?t ?metric ?value WHERE { ?p pol:hasTarget ?t . ?t pol:metric ?metric ; pol:value ?value } "
                + "ORDER BY ?t";
        List<String> viaHttp = rdf4j(q);
        List<String> local = jena(q).stream().map(s -> s.replace("<", "").replace(">", "")).toList();
        assertTrue(viaHttp.size() > 40, "targets: " + viaHttp.size());
        assertEquals(local, viaHttp);
    }

    @Test
    void aggregatesAndLanguageTagsSurviveTheWire() {
        String q = "PREFIX pol: <https://w3id.org/policykg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?label (COUNT(?m) AS ?n) WHERE { ?a a pol:Agency ; rdfs:label ?label . ?m pol:responsibleAgency ?a "
                + "FILTER(LANG(?label) = 'zh-Hans') } GROUP BY ?label ORDER BY DESC(?n) ?label";
        assertEquals(jena(q), rdf4j(q));
    }

    @Test
    void constructThroughRdf4jIsTheSameGraph() {
        String q = "PREFIX pol: <https://w3id.org/policykg/ontology#> CONSTRUCT { ?p ?x ?y } WHERE { ?p a pol:Policy ; ?x ?y }";
        Model m;
        try (RepositoryConnection c = repo.getConnection()) {
            m = QueryResults.asModel(c.prepareGraphQuery(QueryLanguage.SPARQL, q).evaluate());
        }
        long jenaSize = Txn.calculateRead(S.store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(S.store.dataset()).query(q).build()) {
                return (long) qe.construct().size();
            }
        });
        assertEquals(jenaSize, m.size());
    }

    @ParameterizedTest
    @CsvSource({"policykg.trig, TRIG", "policykg.nq, NQUADS", "policykg.jsonld, JSONLD"})
    void rioParsesEveryDumpToTheStoresQuads(String file, String format) throws Exception {
        String body = S.get("/dumps/" + file, null).body();
        RDFFormat f = switch (format) {
            case "TRIG" -> RDFFormat.TRIG;
            case "NQUADS" -> RDFFormat.NQUADS;
            default -> RDFFormat.JSONLD;
        };
        Model m = Rio.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "", f);
        assertEquals(S.store.size(), m.size(), file);
        TreeSet<String> graphs = new TreeSet<>();
        m.contexts().forEach(c -> graphs.add(String.valueOf(c)));
        assertTrue(graphs.contains("https://w3id.org/policykg/graph/reference"), "named graphs survive: " + graphs);
    }

    @Test
    void rioReadsLinkedDataTurtle() throws Exception {
        String body = S.get("/resource/region/310000", "text/turtle").body();
        Model m = Rio.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "", RDFFormat.TURTLE);
        assertTrue(m.size() > 5);
    }
}
