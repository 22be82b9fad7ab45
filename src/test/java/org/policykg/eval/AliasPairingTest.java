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
 * A policy pairs with its annotation by the annotation's title or one of its aliases; its measures
 * and targets pair with it the same way. An annotator who titles a plan with its issuers
 * (X等部门关于…的意见) and lists the printed title as an alias gets the plan's items compared, not
 * counted missed while the policy itself counts found.
 */
class AliasPairingTest {
    @TempDir
    Path dir;

    private static final String TEXT = String.join("\n",
            "# 关于促进云州算力产业发展的指导意见", "",
            "为加快算力产业发展，制定本意见。", "",
            "一、主要目标", "",
            "到2027年，全市建成智能算力中心10个以上。", "",
            "二、重点任务", "",
            "（一）建设智能算力中心。支持企业建设智能算力中心。", "",
            "（二）培育算力服务企业。支持算力服务企业做大做强。", "");

    private Map<String, Score> scored(String title, String aliases) throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Path annotations = Files.createDirectories(dir.resolve("annotations"));
        Files.writeString(texts.resolve("plan.md"), TEXT);
        Files.writeString(annotations.resolve("plan.md.yaml"), String.join("\n",
                "file: plan.md",
                "policies:",
                "  - title: " + title,
                "    aliases: " + aliases,
                "    self: true",
                "    type: 意见",
                "targets:",
                "- policy: " + title,
                "  metric: 全市建成智能算力中心",
                "  value: 10",
                "  unit: count",
                "  counter: 个",
                "  comparator: min",
                "  deadline: 2027",
                "  expression: 10个以上",
                "measures:",
                "- policy: " + title,
                "  count: 2",
                "  items:",
                "  - ordinal: (一)",
                "    section: 重点任务",
                "    heading: 建设智能算力中心",
                "  - ordinal: (二)",
                "    section: 重点任务",
                "    heading: 培育算力服务企业",
                ""));
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        Pipeline.builder().build().run(List.of(texts), StreamRDFLib.dataset(ds));
        return new Evaluator(ds).evaluate(Annotations.load(annotations));
    }

    @Test
    void measuresAndTargetsFollowAPolicyPairedByTheAnnotationsAlias() throws Exception {
        Map<String, Score> s = scored("云州市发展改革委等部门关于促进云州算力产业发展的指导意见", "[关于促进云州算力产业发展的指导意见]");
        assertEquals(1, s.get("Policy").tp(), "the policy pairs by the annotation's alias");
        assertEquals(2, s.get("Measure").tp(), "its measures follow it");
        assertEquals(0, s.get("Measure").fn());
        assertEquals(1, s.get("Target").tp(), "its target follows it");
    }

    @Test
    void anAliasThatPairsNothingLeavesTheItemsMissed() throws Exception {
        Map<String, Score> s = scored("云州市发展改革委等部门关于促进云州算力产业发展的指导意见", "[云州算力意见]");
        assertEquals(0, s.get("Policy").tp());
        assertEquals(0, s.get("Measure").tp());
        assertEquals(2, s.get("Measure").fn());
        assertEquals(0, s.get("Target").tp());
    }
}
