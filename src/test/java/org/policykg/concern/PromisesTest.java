package org.policykg.concern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykg.ingest.DocumentReader;
import org.policykg.ingest.SourceReader;
import org.policykg.extract.Concerns;
import org.policykg.concern.target.TargetFacts;
import org.policykg.concern.target.DeadlineSource;
import org.policykg.concern.target.TargetConcern;
import org.policykg.concern.measure.MeasureFacts;
import org.policykg.concern.measure.MeasureConcern;
import org.policykg.concern.company.CompanyFacts;
import org.policykg.concern.company.CompanyConcern;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Context;
import org.policykg.analysis.Analyzer;
import org.policykg.analysis.Analysis;

/**
 * Targets, measures and companies on short texts written for the tests: one
 * rule of how policy text states goals, offers money, assigns work or names
 * firms per case. Each text is a provincial plan, so agencies have a region.
 */
class PromisesTest {
    private static final Analyzer ANALYZER = new Analyzer(Context.standard());
    private static final Concerns CONCERNS = Concerns.standard(Context.standard());

    /** A text analysed and run through every concern: what the targets, measures and companies concerns found. */
    private record Found(Analysis analysis, Findings findings) {
        List<TargetFacts> targets() {
            return findings.get(TargetConcern.class);
        }

        List<MeasureFacts> measures() {
            return findings.get(MeasureConcern.class);
        }

        List<CompanyFacts> companies() {
            return findings.get(CompanyConcern.class);
        }
    }
    private static final String PLAN = "# 江苏省算力基础设施发展行动方案（2024—2026年）\n\n";

    @TempDir
    static Path dir;

    private static Found analyze(String body) throws Exception {
        Path f = Files.createTempFile(dir, "doc", ".md");
        Files.writeString(f, PLAN + body, StandardCharsets.UTF_8);
        Analysis a = ANALYZER.analyze(DocumentReader.parse(new SourceReader().read(f)));
        return new Found(a, CONCERNS.resolve(a));
    }

    /** sentence, section, plan-end: the concept's local name. */
    private static String source(DeadlineSource d) {
        return d == null ? "null" : d.concept().getURI().replaceAll("^.*deadline-", "");
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    // ----------------------------------------------------------------- targets

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // goal sentences: metric, value, comparator, deadline and where the deadline came from
        "到2025年，全省数据中心机架规模达到8万架。|数据中心机架规模 80000 MIN 2025 sentence",
        "力争到2026年，培育10家以上数据交易服务机构。|数据交易服务机构 10 MIN 2026 sentence",
        "智能算力占比提高至45%。|智能算力占比 45 EXACT 2026 plan-end",
        "建成3—5个省级算力调度平台。|省级算力调度平台 3-5 EXACT 2026 plan-end",
        "到2026年，数字经济核心产业增加值占GDP比重达到15%左右。|数字经济核心产业增加值占GDP比重 15 APPROX 2026 sentence",
        // not goals: statistics of the past, money on offer, names with numbers, the plan's own parts
        "截至2023年底，全省已建成5G基站18万个。|",
        "2023年全省软件业务收入完成1.2万亿元，同比增长12%。|",
        "对新建智算中心给予最高500万元奖励。|",
        "支持5G、6G和50G PON技术研发，推广文心4.0等大模型。|",
        "本方案提出18项重点任务。|",
    })
    void targets(String sentence, String expected) throws Exception {
        Found a = analyze(sentence + "\n");
        String got = a.targets().stream().map(t -> t.metric() + " " + plain(t.quantity().value())
                        + (t.quantity().upperValue() == null ? "" : "-" + plain(t.quantity().upperValue()))
                        + " " + t.quantity().comparator() + " " + t.deadline() + " " + source(t.deadlineSource()))
                .collect(Collectors.joining("; "));
        assertEquals(expected == null ? "" : expected, got);
    }

    @Test
    void aGoalSectionGivesItsYearToTheSentencesWithoutOne() throws Exception {
        Found a = analyze("## 一、发展目标\n\n到2025年，算力总规模超过10EFLOPS。"
                + "5G基站总数达到25万个。\n\n## 二、重点任务\n\n新增绿色数据中心20个。\n");
        List<String> got = a.targets().stream().map(t -> t.metric() + " " + t.deadline() + " " + source(t.deadlineSource()))
                .sorted().toList();
        assertEquals(List.of("5G基站总数 2025 section", "算力总规模 2025 sentence", "绿色数据中心 2026 plan-end"), got);
    }

    @Test
    void theSameGoalStatedTwiceIsOneTargetWithTwoEvidences() throws Exception {
        Found a = analyze("> 编者按：方案提出，到2026年全省算力总规模超过20EFLOPS。\n\n"
                + "## 一、发展目标\n\n到2026年，全省算力总规模超过20EFLOPS。\n");
        assertEquals(1, a.targets().size(), a.targets().toString());
        assertEquals(2, a.targets().get(0).evidence().size());
    }

    // ---------------------------------------------------------------- measures

    @Test
    void aSupportMeasureKeepsShareCapPeriodAndInstrument() throws Exception {
        Found a = analyze("## 二、支持措施\n\n（一）降低用算成本。对租用智能算力的企业，按不超过合同金额的20%给予补贴，"
                + "单个企业每年最高100万元。（责任单位：省工信厅、财政厅）\n");
        assertEquals(1, a.measures().size());
        MeasureFacts m = a.measures().get(0);
        assertEquals("(一)", m.ordinal());
        assertEquals("降低用算成本", m.heading());
        assertEquals("支持措施", m.section());
        assertEquals("1000000", plain(m.maxAmount()));
        assertEquals("20", plain(m.maxRatio()));
        MeasureFacts.Support s = m.supports().get(0);
        assertEquals("per-year", s.capPeriod());
        assertTrue(s.instruments().contains("grant"), s.instruments().toString());
        // 财政厅 after 省工信厅 is the province's: the elided 省 is restored.
        assertEquals(List.of("江苏省工业和信息化厅", "江苏省财政厅"), agencies(m.responsible()));
    }

    @Test
    void leadAndParticipatingRolesAreKeptApart() throws Exception {
        Found a = analyze("## 三、保障措施\n\n（一）加强统筹协调。建立省级工作专班。"
                + "（牵头单位：省发展改革委；配合单位：省科技厅、省通信管理局）\n\n"
                + "（二）强化人才支撑。引进高端人才。（省委组织部牵头，省人力资源社会保障厅参与）\n");
        MeasureFacts first = a.measures().get(0);
        MeasureFacts second = a.measures().get(1);
        assertEquals(List.of("江苏省发展和改革委员会"), agencies(first.lead()));
        assertEquals(List.of("江苏省科学技术厅", "江苏省通信管理局"), agencies(first.participating()));
        assertEquals(List.of("中共江苏省委组织部"), agencies(second.lead()));
        assertEquals(List.of("江苏省人力资源和社会保障厅"), agencies(second.participating()));
    }

    @Test
    void contentsLinesAndNewsHeadlinesAreNotMeasures() throws Exception {
        Found a = analyze("## 本期目录\n\n1. 南京市印发《南京市数据产业发展行动方案》……………3\n\n"
                + "## 一、南京市印发《南京市数据产业发展行动方案》\n\n## 二、苏州：数据交易额突破百亿元\n\n"
                + "## 三、重点任务\n\n（一）建设数据交易平台。培育数据商。\n");
        List<String> headings = a.measures().stream().map(MeasureFacts::heading).toList();
        assertEquals(List.of("建设数据交易平台"), headings);
    }

    private static List<String> agencies(List<Fact<org.policykg.reference.Agency>> facts) {
        return facts.stream().map(f -> f.value().name()).toList();
    }

    // --------------------------------------------------------------- companies

    @Test
    void companiesAreNamedFirmsNotKindsOfFirmsOrInstitutes() throws Exception {
        Found a = analyze("南京云擎智算科技有限公司与中国电信签署战略合作协议。专精特新企业、独角兽企业和东南大学、"
                + "紫金山实验室等机构参与建设。\n");
        List<String> names = a.companies().stream().map(CompanyFacts::name).sorted().toList();
        assertEquals(List.of("中国电信", "南京云擎智算科技有限公司"), names);
        CompanyFacts firm = a.companies().stream().filter(c -> c.name().startsWith("南京")).findFirst().orElseThrow();
        assertEquals(List.of("中国电信"), List.copyOf(firm.partners()));
    }

    @Test
    void aStockCodeInBracketsBelongsToTheNameBeforeIt() throws Exception {
        Found a = analyze("算力概念股润泽科技（SZ.300442）盘中大涨。\n");
        assertEquals(1, a.companies().size(), a.companies().toString());
        assertEquals("润泽科技", a.companies().get(0).name());
        assertEquals("SZ.300442", a.companies().get(0).stockCode());
    }
}
