package org.policykg.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.policykg.rdf.QuadCollector;
import org.policykg.rdf.ReferenceData;

class GraphValidatorTest {
    private static DatasetGraph with(String trig) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        QuadCollector ref = new QuadCollector();
        ReferenceData.emit(ref);
        ref.sorted().forEach(ds::add);
        RDFParser.create().source(new StringReader(trig)).lang(Lang.TRIG).parse(ds);
        return ds;
    }

    private static final String PREFIXES = """
            PREFIX pol: <https://w3id.org/policykg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            BASE <https://w3id.org/policykg/resource/>
            """;

    @Test
    void reportsWhatIsMissingOrWrong() {
        DatasetGraph ds = with(PREFIXES + """
                GRAPH <https://w3id.org/policykg/graph/document/x> {
                  <policy/p> a pol:Policy ; rdfs:label "无证据的政策"@en ;
                      pol:documentNumber "第51号" ; pol:jurisdiction <region/310000> .
                  <evidence/x/9-3> a pol:Evidence ; pol:quote "" ; pol:start 9 ; pol:end 3 .
                }
                """);
        GraphValidator.Report r = GraphValidator.standard().validate(ds);
        assertFalse(r.conforms());
        List<String> lines = r.violations().stream().map(GraphValidator.Violation::line).toList();
        String all = String.join("\n", lines);
        assertTrue(all.contains("needs an rdfs:label in simplified Chinese"), all);
        assertTrue(all.contains("every fact needs evidence"), all);
        assertTrue(all.contains("pol:title") || all.contains("ontology#title"), all);
        assertTrue(all.contains("沪府〔2023〕51号"), "the number pattern message: " + all);
        assertTrue(all.contains("ontology#document"), "evidence without its document: " + all);
        assertTrue(lines.stream().anyMatch(l -> l.contains("ontology#start")), "start must be less than end: " + all);
    }

    @Test
    void aMinimalCorrectGraphConforms() {
        DatasetGraph ds = with(PREFIXES + """
                GRAPH <https://w3id.org/policykg/graph/document/x> {
                  <document/x> a pol:Document ; rdfs:label "文档"@zh-Hans ; pol:sourceFile "x" ;
                      pol:sha256 "0000000000000000000000000000000000000000000000000000000000000000" ;
                      pol:namedGraph <https://w3id.org/policykg/graph/document/x> .
                  <policy/p> a pol:Policy ; rdfs:label "某方案"@zh-Hans ; pol:title "某方案"@zh-Hans ;
                      pol:mentionedIn <document/x> ; pol:evidence <evidence/x/0-3> .
                  <evidence/x/0-3> a pol:Evidence ; pol:document <document/x> ; pol:quote "某方案" ;
                      pol:start 0 ; pol:end 3 .
                }
                """);
        assertTrue(GraphValidator.standard().validate(ds).conforms());
    }
}
