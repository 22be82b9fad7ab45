package org.policykg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.pipeline.Pipeline;
import org.policykg.score.Annotations;
import org.policykg.score.Score;

/**
 * Two targets of one plan with the same number and unit (100个 and 100个以上) are paired with
 * their annotations by comparator and metric too, not by the order they were written in.
 */
class TargetPairingTest {
    @TempDir
    Path dir;

    @Test
    void sameNumberTargetsArePairedByComparatorAndMetric() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Path annotations = Files.createDirectories(dir.resolve("annotations"));
        Files.writeString(texts.resolve("plan.md"), "# 宜春市数据中心建设行动方案\n\n一、发展目标\n\n"
                + "到2026年，全市建成标准机架100个，培育数据企业100个以上。\n");
        // Annotated in the other order than written: the first annotation must not take the first target.
        Files.writeString(annotations.resolve("plan.md.yaml"), String.join("\n",
                "file: plan.md",
                "policies:",
                "  - title: 宜春市数据中心建设行动方案",
                "    self: true",
                "    type: 方案",
                "targets:",
                "- policy: 宜春市数据中心建设行动方案",
                "  metric: 培育数据企业",
                "  value: 100",
                "  unit: count",
                "  counter: 个",
                "  comparator: min",
                "  deadline: 2026",
                "  expression: 100个以上",
                "- policy: 宜春市数据中心建设行动方案",
                "  metric: 全市建成标准机架",
                "  value: 100",
                "  unit: count",
                "  counter: 个",
                "  comparator: exact",
                "  deadline: 2026",
                "  expression: 100个",
                ""));
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        Pipeline.builder().build().run(List.of(texts), StreamRDFLib.dataset(ds));
        Map<String, Score> scores = new Evaluator(ds).evaluate(Annotations.load(annotations));
        assertEquals(2, scores.get("Target").tp(), "both targets found");
        assertEquals(2, scores.get("Target.comparator").tp(), "each paired with its own comparator");
        assertEquals(0, scores.get("Target.comparator").fp());
    }
}
