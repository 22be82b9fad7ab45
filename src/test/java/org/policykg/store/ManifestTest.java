package org.policykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.Iris;

/** The manifest reads back what was written, whatever a file is named; graphs are told to their files. */
class ManifestTest {
    @TempDir
    Path tmp;

    @Test
    void roundTripsOddNamesAndEmptyGraphLists() throws IOException {
        Manifest m = new Manifest("abc", Map.of(
                "with\ttab\nand newline.txt", new Manifest.Entry("h1", List.of("https://x/g1")),
                "表格 1.csv", new Manifest.Entry("h2", List.of("https://x/t-row-2", "https://x/t-row-3")),
                "failed.txt", new Manifest.Entry("h3", List.of())));
        Path f = tmp.resolve("MANIFEST");
        m.write(f);
        assertEquals(m, Manifest.read(f));
        assertEquals(List.of("https://x/t-row-2", "https://x/t-row-3", "https://x/g1"),
                m.graphs(List.of("表格 1.csv", "gone.txt", "with\ttab\nand newline.txt")));
        assertEquals(List.of(), List.of(tmp.toFile().list()).stream().filter(n -> n.endsWith(".tmp")).toList());
    }

    @Test
    void aDamagedManifestIsAnErrorNamingTheFile() throws IOException {
        Path f = tmp.resolve("MANIFEST");
        Files.writeString(f, "policykg-manifest 1\ncode\tabc\nfile\tonly-two-fields\n");
        IOException e = assertThrows(IOException.class, () -> Manifest.read(f));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("only-two-fields"), e.getMessage());
        Files.writeString(f, "something else\n");
        assertThrows(IOException.class, () -> Manifest.read(f));
    }

    @Test
    void graphsAreToldToTheirFilesRowsIncluded() {
        GraphsByFile g = new GraphsByFile(StreamRDFLib.sinkNull(),
                List.of(Path.of("a/doc.txt"), Path.of("b/table.csv"), Path.of("c/book.xlsx")));
        for (String name : List.of("doc.txt", "table.csv#row-2", "table.csv#row-10", "doc.txt",
                "book.xlsx#row-2", "book.xlsx#sheet-2-row-2")) {
            g.quad(Quad.create(Iris.graph(name), NodeFactory.createURI("s"), NodeFactory.createURI("p"), NodeFactory.createURI("o")));
        }
        g.quad(Quad.create(Iris.REFERENCE_GRAPH, NodeFactory.createURI("s"), NodeFactory.createURI("p"), NodeFactory.createURI("o")));
        assertEquals(List.of(Iris.graph("doc.txt").getURI()), g.of("doc.txt"));
        assertEquals(List.of(Iris.graph("table.csv#row-2").getURI(), Iris.graph("table.csv#row-10").getURI()), g.of("table.csv"));
        assertEquals(List.of(Iris.graph("book.xlsx#row-2").getURI(), Iris.graph("book.xlsx#sheet-2-row-2").getURI()),
                g.of("book.xlsx"), "rows of a workbook's later sheets are the workbook's too");
        assertEquals(List.of(), g.of("other.txt"));
        assertThrows(IllegalStateException.class, () -> g.quad(Quad.create(Iris.graph("stranger.txt"),
                NodeFactory.createURI("s"), NodeFactory.createURI("p"), NodeFactory.createURI("o"))));
    }
}
