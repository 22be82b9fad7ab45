package org.policykg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;
import org.policykg.score.Annotations;
import org.policykg.score.Score;

/**
 * A body stored without its title is annotated as an untitled own policy whose measures name it
 * (self); it is scored against the policy the document embodies, whatever title was derived.
 */
class OwnPolicyTitlesTest {
    @TempDir
    Path dir;

    @Test
    void anUntitledOwnPolicyIsScoredAgainstTheEmbodiedPolicy() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Path annotations = Files.createDirectories(dir.resolve("annotations"));
        Files.writeString(texts.resolve("body.md"), "为加快数字经济发展，结合我市实际，制定本措施。\n\n"
                + "一、支持算力设施建设。对新建智算中心给予最高500万元补助。（责任单位：市发展改革委）\n\n"
                + "二、支持数据要素流通。对数据交易给予最高100万元奖励。（责任单位：市数据局）\n");
        Files.writeString(annotations.resolve("body.md.yaml"), String.join("\n",
                "file: body.md",
                "policies:",
                "  - self: true",
                "    type: 措施",
                "measures:",
                "  - policy: \"(self)\"",
                "    items:",
                "      - ordinal: 一、",
                "        maxAmount: 5000000",
                "      - ordinal: 二、",
                "        maxAmount: 1000000",
                ""));
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        Pipeline.builder().build().run(List.of(texts), StreamRDFLib.dataset(ds));
        Map<String, Score> scores = new Evaluator(ds).evaluate(Annotations.load(annotations));
        assertEquals(1, scores.get("Policy").tp(), "the untitled own policy pairs with the embodied one");
        assertEquals(0, scores.get("Policy").fp());
        assertEquals(2, scores.get("Measure").tp(), "its (self) measures follow it");
        assertEquals(1, scores.get("Measure.count").tp());
    }

    @Test
    void aDocumentTheExtractorFailsOnMissesEveryFactItHolds() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Path annotations = Files.createDirectories(dir.resolve("annotations"));
        Files.writeString(texts.resolve("ok.md"), "为加快数字经济发展，制定本措施。\n\n一、对新建智算中心给予最高500万元补助。\n");
        Files.writeString(texts.resolve("broken.pdf"), "%PDF-1.7\n为加快数字经济发展，制定本措施。\n"); // a broken PDF: fails
        for (String f : List.of("ok.md", "broken.pdf")) {
            Files.writeString(annotations.resolve(f + ".yaml"), String.join("\n",
                    "file: " + f,
                    "policies:",
                    "  - self: true",
                    "    type: 措施",
                    "measures:",
                    "  - policy: \"(self)\"",
                    "    items:",
                    "      - ordinal: 一、",
                    "        maxAmount: 5000000",
                    ""));
        }
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        // As eval runs it: a failed document is reported and the others go on.
        Pipeline.builder().errors(ErrorPolicy.report(new PrintStream(OutputStream.nullOutputStream()))).build()
                .run(List.of(texts), StreamRDFLib.dataset(ds));
        Map<String, Score> scores = new Evaluator(ds).evaluate(Annotations.load(annotations));
        assertEquals(1, scores.get("Policy").tp());
        assertEquals(1, scores.get("Policy").fn(), "the failed document's policy is missed");
        assertEquals(1, scores.get("Measure.maxAmount").tp());
        assertEquals(1, scores.get("Measure.maxAmount").fn(), "and its measure's money");
        assertEquals(0, scores.get("Policy").fp());
    }

    @Test
    void aCitedPolicyWithoutTitleIsAnAnnotationError() throws IOException {
        Path annotations = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(annotations.resolve("x.md.yaml"), "file: x.md\npolicies:\n  - type: 办法\n");
        IOException e = assertThrows(IOException.class, () -> Annotations.load(annotations));
        assertTrue(e.getMessage().contains("x.md.yaml") && e.getMessage().contains("without title"), e.getMessage());
    }
}
