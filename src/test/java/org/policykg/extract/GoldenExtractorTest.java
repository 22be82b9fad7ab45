package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.policykg.analysis.Context;
import org.policykg.concern.Concern;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.policykg.ingest.Source;
import org.policykg.ingest.SourceReader;
import org.policykg.pipeline.Pipeline;
import org.policykg.rdf.DatasetWriter;
import org.policykg.rdf.QuadCollector;

/**
 * Golden cases, discovered from src/test/resources/golden/CONCERN/CASE/ for every
 * concern of the registry: the one input file there is run through every concern, only
 * that concern's findings are written, and each named graph must be isomorphic to the
 * same graph of expected.trig (so a triple in the wrong graph fails too). On failure the
 * sorted N-Triples difference is printed. Run with -Dgolden.update=true to rewrite expected files (then review
 * the diff before committing).
 */
class GoldenExtractorTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final Concerns CONCERNS = Concerns.standard(Context.standard());

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path extractorDir : dirs.sorted().toList()) {
                String extractor = extractorDir.getFileName().toString();
                Concern<?> x = CONCERNS.named(extractor);
                if (x == null) {
                    fail("golden folder for an unknown concern: " + extractorDir);
                }
                try (Stream<Path> cases = Files.list(extractorDir)) {
                    for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
                        tests.add(DynamicTest.dynamicTest(extractor + "/" + c.getFileName(), () -> check(x, c)));
                    }
                }
            }
        }
        for (String name : CONCERNS.names()) {
            assertTrue(Files.isDirectory(ROOT.resolve(name)), "concern " + name + " has golden cases");
        }
        return tests.stream();
    }

    private static void check(Concern<?> x, Path dir) throws Exception {
        Path input;
        try (Stream<Path> files = Files.list(dir)) {
            input = files.filter(f -> f.getFileName().toString().startsWith("input")).findFirst()
                    .orElseThrow(() -> new AssertionError("no input file in " + dir));
        }
        Source source = new SourceReader().read(input);
        QuadCollector quads = Pipeline.builder().emit(List.of(x)).build().extract(source);
        Path expectedFile = dir.resolve("expected.trig");
        if (Boolean.getBoolean("golden.update")) {
            DatasetWriter.write(quads.sorted(), expectedFile);
            return;
        }
        DatasetGraph actual = DatasetGraphFactory.createTxnMem();
        quads.sorted().forEach(actual::add);
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(expectedFile.toString());
        TreeSet<String> graphs = new TreeSet<>();
        actual.listGraphNodes().forEachRemaining(n -> graphs.add(n.getURI()));
        expected.listGraphNodes().forEachRemaining(n -> graphs.add(n.getURI()));
        for (String g : graphs) {
            Graph a = actual.getGraph(NodeFactory.createURI(g));
            Graph e = expected.getGraph(NodeFactory.createURI(g));
            if (!a.isIsomorphicWith(e)) {
                fail("graph <" + g + "> differs from " + expectedFile + "\n" + diff(e, a));
            }
        }
        if (!actual.getDefaultGraph().isIsomorphicWith(expected.getDefaultGraph())) {
            fail("default graph differs from " + expectedFile + "\n" + diff(expected.getDefaultGraph(), actual.getDefaultGraph()));
        }
    }

    /** Lines only in the expected graph (-) and only in the actual graph (+), sorted. */
    static String diff(Graph expected, Graph actual) {
        TreeSet<String> e = lines(expected);
        TreeSet<String> a = lines(actual);
        StringBuilder sb = new StringBuilder();
        for (String l : e) {
            if (!a.contains(l)) {
                sb.append("- ").append(l).append('\n');
            }
        }
        for (String l : a) {
            if (!e.contains(l)) {
                sb.append("+ ").append(l).append('\n');
            }
        }
        return sb.toString();
    }

    private static TreeSet<String> lines(Graph g) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFWriter.source(g).format(RDFFormat.NTRIPLES).output((OutputStream) out);
        return new TreeSet<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
    }
}
