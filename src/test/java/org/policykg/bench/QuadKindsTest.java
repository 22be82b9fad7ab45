package org.policykg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuadKindsTest {
    private static final String G = " <https://w3id.org/policykg/graph/document/a.txt> .\n";
    private static final String EV = "<https://w3id.org/policykg/resource/evidence/a.txt/0-4>";
    private static final String P = "<https://w3id.org/policykg/resource/policy/方案>";
    private static final String NQ = EV + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/policykg/ontology#Evidence>" + G
            + EV + " <https://w3id.org/policykg/ontology#quote> \"上海 方案\"" + G
            + EV + " <https://w3id.org/policykg/ontology#start> \"0\"^^<http://www.w3.org/2001/XMLSchema#integer>" + G
            + P + " <https://w3id.org/policykg/ontology#evidence> " + EV + G
            + P + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/policykg/ontology#Policy>" + G
            + P + " <http://www.w3.org/2000/01/rdf-schema#label> \"方案\"@zh" + G
            + P + " <https://w3id.org/policykg/ontology#mentionedIn> <https://w3id.org/policykg/resource/document/a.txt>" + G
            + P + " <https://w3id.org/policykg/ontology#jurisdiction> <https://w3id.org/policykg/resource/region/310000>" + G
            + "<https://w3id.org/policykg/resource/region/310000> <http://www.w3.org/2000/01/rdf-schema#label> \"上海市\"@zh"
            + " <https://w3id.org/policykg/graph/reference> .\n";

    @TempDir
    Path dir;

    @Test
    void eachQuadIsCountedOnceByWhatItIsFor() throws Exception {
        QuadKinds.Counts c = QuadKinds.count(new ByteArrayInputStream(NQ.getBytes(StandardCharsets.UTF_8)));
        assertEquals(9, c.quads());
        assertEquals(8, c.documentQuads());
        assertEquals(1, c.byKind().get(QuadKinds.Kind.REFERENCE).quads(), "a reference label is reference, not a label");
        assertEquals(NQ.getBytes(StandardCharsets.UTF_8).length, c.bytes(), "bytes are the lines' UTF-8 bytes");
        assertEquals(3, c.byKind().get(QuadKinds.Kind.EVIDENCE_NODE).quads(), "the evidence node's type is evidence too");
        for (QuadKinds.Kind k : new QuadKinds.Kind[] {QuadKinds.Kind.EVIDENCE_LINK, QuadKinds.Kind.TYPE, QuadKinds.Kind.LABEL,
                QuadKinds.Kind.MENTION, QuadKinds.Kind.FACT}) {
            assertEquals(1, c.byKind().get(k).quads(), k.name());
        }
        assertEquals(java.util.List.of("quote", "start", "type"), java.util.List.copyOf(c.evidenceByProperty().keySet()));
        long quoteLine = (EV + " <https://w3id.org/policykg/ontology#quote> \"上海 方案\"" + G).getBytes(StandardCharsets.UTF_8).length;
        assertEquals(quoteLine, c.evidenceByProperty().get("quote").bytes());
    }

    @Test
    void aGzFileIsReadAsItStreams() throws Exception {
        Path f = dir.resolve("kg.nq.gz");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(NQ.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(f, b.toByteArray());
        assertEquals(QuadKinds.count(new ByteArrayInputStream(NQ.getBytes(StandardCharsets.UTF_8))), QuadKinds.count(f));
    }
}
