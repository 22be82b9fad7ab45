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
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.policykg.ingest.Source;
import org.policykg.ingest.SourceReader;
import org.policykg.pipeline.Pipeline;
import org.policykg.rdf.DatasetWriter;
import org.policykg.rdf.QuadCollector;

/**
 * Golden cases, discovered from src/test/resources/golden/EXTRACTOR/CASE/: the
 * one input file there is run through that extractor alone and the graph must
 * be isomorphic to expected.trig. On failure the sorted N-Triples difference is
 * printed. Run with -Dgolden.update=true to rewrite expected files (then review
 * the diff before committing).
 */
class GoldenExtractorTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final Map<String, Extractor> EXTRACTORS = Map.of(
            "documents", new DocumentExtractor(),
            "regions", new RegionExtractor(),
            "agencies", new AgencyExtractor(),
            "policies", new PolicyExtractor(),
            "reports", new ReportExtractor(),
            "targets", new TargetExtractor(),
            "measures", new MeasureExtractor(),
            "companies", new CompanyExtractor());

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path extractorDir : dirs.sorted().toList()) {
                String extractor = extractorDir.getFileName().toString();
                Extractor x = EXTRACTORS.get(extractor);
                if (x == null) {
                    fail("golden folder for an unknown extractor: " + extractorDir);
                }
                try (Stream<Path> cases = Files.list(extractorDir)) {
                    for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
                        tests.add(DynamicTest.dynamicTest(extractor + "/" + c.getFileName(), () -> check(x, c)));
                    }
                }
            }
        }
        assertTrue(tests.size() >= EXTRACTORS.size(), "every extractor has golden cases");
        return tests.stream();
    }

    private static void check(Extractor x, Path dir) throws Exception {
        Path input;
        try (Stream<Path> files = Files.list(dir)) {
            input = files.filter(f -> f.getFileName().toString().startsWith("input")).findFirst()
                    .orElseThrow(() -> new AssertionError("no input file in " + dir));
        }
        Source source = new SourceReader().read(input);
        QuadCollector quads = Pipeline.builder().extractors(List.of(x)).build().extract(source);
        Path expectedFile = dir.resolve("expected.trig");
        if (Boolean.getBoolean("golden.update")) {
            DatasetWriter.write(quads.sorted(), expectedFile);
            return;
        }
        DatasetGraph actual = DatasetGraphFactory.createTxnMem();
        quads.sorted().forEach(actual::add);
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(expectedFile.toString());
        Graph a = union(actual);
        Graph e = union(expected);
        if (!a.isIsomorphicWith(e)) {
            fail("graph differs from " + expectedFile + "\n" + diff(e, a));
        }
    }

    private static Graph union(DatasetGraph ds) {
        Graph g = GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
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
