package org.policykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

/** The kept figures' file: read back as written, records replaced graph by graph, a broken file named. */
class GraphStatsTest {
    @TempDir
    Path tmp;

    private static final Node A = NodeFactory.createURI(Iris.GRAPH + "document/a");
    private static final Node B = NodeFactory.createURI(Iris.GRAPH + "document/b");

    private static GraphStats collect(List<Quad> quads) {
        GraphStats.Collector c = new GraphStats.Collector(Map.of());
        c.start();
        quads.forEach(c::quad);
        c.finish();
        return c.stats();
    }

    private static final List<Quad> QUADS = List.of(
            Quad.create(A, Iris.policy("p"), Vocab.type, POL.Policy),
            Quad.create(A, Iris.policy("p"), POL.jurisdiction, Iris.region("310000")),
            Quad.create(A, Iris.policy("p"), Vocab.dcIssued, NodeFactory.createLiteralDT("2023-02-01", XSDDatatype.XSDdate)),
            Quad.create(A, Iris.policy("p"), POL.startYear, NodeFactory.createLiteralString("2022 年\t")), // encoded in the file
            Quad.create(B, NodeFactory.createURI(Iris.RESOURCE + "agency/x"), Vocab.type, POL.Agency),
            Quad.create(B, Iris.policy("q"), Vocab.type, POL.Policy),
            Quad.create(B, Iris.policy("q"), POL.jurisdiction, Iris.region("440000")));

    @Test
    void writtenAndReadBackTheSame() throws IOException {
        GraphStats s = collect(QUADS);
        Path f = tmp.resolve(GraphStats.FILE);
        s.write(f);
        GraphStats back = GraphStats.read(f);
        assertEquals(s.text(), back.text());
        assertEquals(s.totals("unknown"), back.totals("unknown"));
        GraphStats.Totals t = s.totals("unknown");
        assertEquals(Map.of(POL.NS + "Policy", 2L, POL.NS + "Agency", 1L), t.entities());
        assertEquals(Map.of(Iris.region("310000").getURI(), Map.of("2023", 1), Iris.region("440000").getURI(), Map.of("unknown", 1)),
                t.policies());
    }

    @Test
    void replacingAGraphsRecordIsWhatCountingWithoutItAndWithTheNewGives() {
        GraphStats s = collect(QUADS);
        List<Quad> newB = List.of(Quad.create(B, Iris.policy("r"), Vocab.type, POL.Policy));
        GraphStats replaced = s.replace(List.of(B.getURI()), collect(newB));
        GraphStats expected = collect(List.of(QUADS.get(0), QUADS.get(1), QUADS.get(2), QUADS.get(3), newB.get(0)));
        assertEquals(expected.text(), replaced.text());
        assertEquals(replaced.text(), replaced.replace(List.of(B.getURI()), collect(newB)).text(), "doing it twice is doing it once");
    }

    @Test
    void aBrokenFileIsAnErrorNamingItAndTheLine() throws IOException {
        Path f = tmp.resolve(GraphStats.FILE);
        collect(QUADS).write(f);
        String text = Files.readString(f);
        Files.writeString(f, text.replaceFirst("\nclass\t([^\t]*)\t[0-9a-f]+", "\nclass\t$1\tnot-hex"));
        IOException e = assertThrows(IOException.class, () -> GraphStats.read(f));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains(":3: bad line"), e.getMessage());
        Files.writeString(f, "something else\n");
        e = assertThrows(IOException.class, () -> GraphStats.read(f));
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    }
}
