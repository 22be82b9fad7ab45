package org.policykg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Inputs;
import org.policykg.pipeline.Pipeline;
import org.policykg.pipeline.Summary;
import org.policykg.rdf.CountingStream;
import org.policykg.rdf.DatasetWriter;

/**
 * The seeds' graph, extracted once per test JVM and shared by every test that only reads
 * it: the pipeline on seeds/ takes seconds, and a test of queries, shapes or quality has
 * no reason to pay for it again. Tests of the extract command itself still run it.
 */
public final class SeedsFixture {
    public static final Path SEEDS = Path.of("seeds");

    /** One run of the pipeline (strict: a seed that fails is a test failure), as streamed. */
    public record Extraction(List<Quad> quads, Summary summary, CountingStream.Counts counted) {
        public Extraction {
            quads = List.copyOf(quads);
        }
    }

    private static Extraction extraction;
    private static Path dir;

    private SeedsFixture() {
    }

    public static synchronized Extraction extraction() {
        if (extraction == null) {
            List<Quad> quads = new ArrayList<>();
            CountingStream counting = new CountingStream(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    quads.add(q);
                }
            });
            Summary s = Pipeline.builder().build().run(List.of(SEEDS), counting);
            extraction = new Extraction(quads, s, counting.counts());
        }
        return extraction;
    }

    /** The quads in written order: document graphs by IRI, each sorted, then the reference graph. */
    public static List<Quad> quads() {
        return extraction().quads();
    }

    /** A new in-memory dataset of the quads, the caller's to change. */
    public static DatasetGraph dataset() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        var load = StreamRDFLib.dataset(ds);
        load.start();
        quads().forEach(load::quad);
        load.finish();
        return ds;
    }

    /** The graph written as {@code kg.trig} or {@code kg.nq} (by the writer extract uses), once per JVM. */
    public static synchronized Path file(DatasetWriter.Syntax syntax) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("policykg-seeds");
                Runtime.getRuntime().addShutdownHook(new Thread(SeedsFixture::deleteDir));
            }
            Path f = dir.resolve(syntax == DatasetWriter.Syntax.TRIG ? "kg.trig" : "kg.nq");
            if (!Files.exists(f)) {
                DatasetWriter.write(quads(), f);
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed documents, as the pipeline collects them. */
    public static List<Path> files() {
        return Inputs.collect(List.of(SEEDS), ErrorPolicy.strict());
    }

    private static void deleteDir() {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a test run for
        }
    }
}
