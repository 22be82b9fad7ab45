package org.policykg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stream's pieces: the writer's file, moved into place only when the stream finishes, and the counting wrapper. */
class StreamsTest {
    private static final Node G = Iris.graph("a.txt");
    private static final Node P = Iris.policy("p");
    private static final List<Quad> QUADS = List.of(
            Quad.create(G, P, Vocab.type, POL.Policy),
            Quad.create(G, P, Vocab.label, NodeFactory.createLiteralLang("条例", "zh-Hans")),
            Quad.create(G, Iris.policy("q"), Vocab.type, POL.Policy));

    @TempDir
    Path dir;

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void theFileAppearsWhenTheStreamFinishesWithWhatAListWrites() throws Exception {
        Path f = dir.resolve("kg.trig");
        try (DatasetWriter.FileStream out = DatasetWriter.open(f)) {
            out.start();
            QUADS.forEach(out::quad);
            assertTrue(Files.notExists(f), "nothing at the file's name before the finish");
            out.finish();
        }
        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        DatasetWriter.write(QUADS, DatasetWriter.Syntax.TRIG, listed);
        assertEquals(listed.toString(StandardCharsets.UTF_8), Files.readString(f));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aGzName() throws Exception {
        Path f = dir.resolve("kg.nq.gz");
        assertEquals(DatasetWriter.Syntax.NQUADS, DatasetWriter.Syntax.forFile(f));
        try (DatasetWriter.FileStream out = DatasetWriter.open(f)) {
            out.start();
            QUADS.forEach(out::quad);
            out.finish();
        }
        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        DatasetWriter.write(QUADS, DatasetWriter.Syntax.NQUADS, listed);
        byte[] gz = Files.readAllBytes(f);
        assertEquals(0x1f, gz[0] & 0xff, "gzip magic");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            assertEquals(listed.toString(StandardCharsets.UTF_8), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(DatasetWriter.Syntax.TRIG, DatasetWriter.Syntax.forFile(dir.resolve("KG.TRIG.GZ")));
        assertThrows(IllegalArgumentException.class, () -> DatasetWriter.Syntax.forFile(dir.resolve("kg.gz")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aStreamClosedWithoutAFinishLeavesTheEarlierFileWhole() throws Exception {
        Path f = dir.resolve("kg.nq");
        Files.writeString(f, "earlier run\n");
        try (DatasetWriter.FileStream out = DatasetWriter.open(f)) {
            out.start();
            QUADS.forEach(out::quad);
            // the run fails here: no finish
        }
        assertEquals("earlier run\n", Files.readString(f));
        assertEquals(List.of(), leftovers(), "no temporary file left");
    }

    @Test
    void anUnwritablePlaceIsKnownBeforeAnyWork() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertThrows(IOException.class, () -> DatasetWriter.open(notAFolder.resolve("kg.nq")));
        assertThrows(IllegalArgumentException.class, () -> DatasetWriter.open(dir.resolve("kg.ttl")));
    }

    @Test
    void countingCountsQuadsAndDistinctPoliciesAndPassesEverythingOn() {
        QuadCollector behind = new QuadCollector();
        CountingStream counting = new CountingStream(behind);
        counting.start();
        QUADS.forEach(counting::quad);
        counting.quad(QUADS.get(0)); // the same policy typed again is still one policy
        counting.finish();
        assertEquals(new CountingStream.Counts(4, 2), counting.counts());
        assertEquals(3, behind.size());
    }

    @Test
    void countingKeepsDistinctPoliciesExactBeyondItsFirstTable() {
        CountingStream counting = new CountingStream(new QuadCollector());
        Node g = NodeFactory.createURI("https://w3id.org/policykg/graph/document/x");
        for (int round = 0; round < 2; round++) { // the second round repeats every policy
            for (int i = 0; i < 5_000; i++) {
                Node p = NodeFactory.createURI("https://w3id.org/policykg/resource/policy/政策" + i);
                counting.quad(Quad.create(g, p, Vocab.type, POL.Policy));
            }
        }
        counting.quad(Quad.create(g, NodeFactory.createURI("https://w3id.org/policykg/resource/agency/x"), Vocab.type, POL.Agency));
        assertEquals(new CountingStream.Counts(10_001, 5_000), counting.counts());
    }

    @Test
    void nQuadsFormattedADocumentAtATimeAreWhatTheStreamWritesAndAreCounted() throws Exception {
        Path one = dir.resolve("one.nq");
        DatasetWriter.write(QUADS, one);
        Path chunked = dir.resolve("chunked.nq.gz");
        CountingStream counted;
        try (DatasetWriter.FileStream out = DatasetWriter.open(chunked)) {
            counted = new CountingStream(out);
            assertTrue(counted.chunked());
            counted.start();
            counted.append(counted.format(QUADS.subList(0, 2)), QUADS.subList(0, 2));
            counted.append(counted.format(QUADS.subList(2, 3)), QUADS.subList(2, 3));
            counted.finish();
        }
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(chunked))) {
            assertEquals(Files.readString(one), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(new CountingStream.Counts(3, 2), counted.counts());
    }

    @Test
    void trigIsNotFormattedApartAndChunksDoNotFollowSingleQuads() throws Exception {
        try (DatasetWriter.FileStream trig = DatasetWriter.open(dir.resolve("kg.trig"))) {
            assertTrue(!trig.chunked(), "TriG's graph blocks and prefixes span documents");
        }
        try (DatasetWriter.FileStream nq = DatasetWriter.open(dir.resolve("kg.nq"))) {
            nq.start();
            nq.quad(QUADS.get(0));
            byte[] rest = nq.format(QUADS.subList(1, 3));
            assertThrows(IllegalStateException.class, () -> nq.append(rest, QUADS.subList(1, 3)));
        }
    }
}
