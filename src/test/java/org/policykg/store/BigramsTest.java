package org.policykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.POL;

/** What the text index finds with Chinese held as character pairs, through SPARQL as the search page asks. */
class BigramsTest {
    @TempDir
    Path tmp;

    private static final List<String> QUOTES = List.of(
            "对中小企业发放算力券，单个企业最高50万元。",       // 0: a word no dictionary holds
            "设立数据券，支持企业购买数据服务。",               // 1
            "推进大数据中心建设，发展ＡＩ大模型产业。",          // 2: full-width letters
            "加快建设国家级人工智能创新应用先导区。",            // 3
            "數據要素市場化配置改革");                         // 4: traditional script, kept as written

    private Set<Integer> find(DatasetGraph ds, String words) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { (?s ?score) text:query (\""
                + words.replace("\\", "\\\\").replace("\"", "\\\"") + "\" 100) }";
        Set<Integer> out = new TreeSet<>();
        Txn.executeRead(ds, () -> {
            try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(ds))) {
                qe.execSelect().forEachRemaining(b -> out.add(Integer.parseInt(b.getResource("s").getURI().substring("urn:q".length()))));
            }
        });
        return out;
    }

    @Test
    void findsWordsWhereverTheirCharactersStandTogether() throws Exception {
        DatasetGraph ds = TextIndexes.wrap(DatabaseMgr.createDatasetGraph(), tmp.resolve("text"));
        Stores.unionDefaultGraph(ds); // as a store is queried
        Node g = NodeFactory.createURI("urn:doc");
        Txn.executeWrite(ds, () -> {
            for (int i = 0; i < QUOTES.size(); i++) {
                ds.add(Quad.create(g, NodeFactory.createURI("urn:q" + i), POL.quote, NodeFactory.createLiteralString(QUOTES.get(i))));
            }
        });
        assertEquals(Set.of(0), find(ds, "\"算力券\""), "a phrase of three characters");
        assertEquals(Set.of(), find(ds, "券"), "one character is found only where it stands alone (no single characters indexed)");
        assertEquals(Set.of(0, 1), find(ds, "\"力券\" OR \"据券\""), "a voucher of either kind, by its last two characters");
        assertEquals(Set.of(1, 2), find(ds, "\"数据\""), "inside a longer word too (大数据)");
        assertEquals(Set.of(2), find(ds, "ai"), "full-width and upper-case letters folded");
        assertEquals(Set.of(3), find(ds, "\"人工智能\" AND \"先导区\""));
        assertEquals(Set.of(), find(ds, "\"算力数据\""), "characters apart are not a phrase");
        assertEquals(Set.of(4), find(ds, "\"數據要素\""));
        assertEquals(Set.of(), find(ds, "\"数据要素\""), "no script conversion in the index (as before)");
    }
}
