package org.policykg.concern.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Analyzer;
import org.policykg.analysis.Context;
import org.policykg.ingest.DocumentReader;
import org.policykg.ingest.Source;
import org.policykg.recognize.AgencyMention;
import org.policykg.segment.Paragraph;

/** The two readers of the bodies named before a title, and where they differ on purpose. */
class BodiesBeforeTest {
    private static final Analyzer ANALYZER = new Analyzer(Context.standard());

    /** The document of one line, and that line. */
    private record Line(Analysis doc, Paragraph p) {
        int open() {
            return p.string().indexOf('《');
        }

        List<String> names(List<AgencyMention> run) {
            return run.stream().map(a -> p.string().substring(a.range().start(), a.range().end())).toList();
        }
    }

    private static Line line(String text) throws Exception {
        Analysis doc = ANALYZER.analyze(DocumentReader.parse(Source.of("t.txt", text + "\n")));
        for (Paragraph p : doc.paragraphs()) {
            if (p.string().contains("《")) {
                return new Line(doc, p);
            }
        }
        throw new AssertionError("no title in " + text);
    }

    @Test
    void newsJoinsBodiesByConjunctionsAndTheRunMustReachTheTitle() throws Exception {
        Line l = line("2025年，科技部和教育部《关于加强数据标注人才培养的意见》提出，到2027年建成一批基地。");
        BodiesBefore.Run run = BodiesBefore.joined(l.doc(), l.p(), l.p().clauseStart(l.open()), l.open());
        assertTrue(run.fills(l.open()));
        assertEquals(List.of("科技部", "教育部"), l.names(run.bodies()));
        // a 转发 notice's list is read item by item between 、: 和 inside an item is prose, no run
        assertEquals(List.of(), BodiesBefore.forwarded(l.doc(), l.p(), l.p().clauseStart(l.open()), l.open()));
    }

    @Test
    void aForwardedListMayHoldACoSigningCompany() throws Exception {
        Line l = line("科技部、教育部、中国云帆数据集团有限公司《关于加强数据标注人才培养的意见》已经国务院同意，现转发给你们。");
        int from = l.p().clauseStart(l.open());
        assertEquals(List.of("科技部", "教育部"), l.names(BodiesBefore.forwarded(l.doc(), l.p(), from, l.open())));
        // in news the company's name is text between bodies and title: the run does not fill the clause
        BodiesBefore.Run run = BodiesBefore.joined(l.doc(), l.p(), from, l.open());
        assertFalse(run.fills(l.open()));
    }

    @Test
    void theBodiesOpeningAClauseAreReadWhateverFollowsThem() throws Exception {
        Line l = line("国家数据局举行新闻发布会，发布《数据标注产业发展行动计划》。");
        int verbClause = l.p().clauseStart(l.open()); // 发布 opens the clause after the comma
        BodiesBefore.Run run = BodiesBefore.joined(l.doc(), l.p(), 0, verbClause);
        assertEquals(List.of("国家数据局"), l.names(run.bodies()));
        assertFalse(run.fills(verbClause), "the clause goes on after the body");
    }

    @Test
    void aVerbBeforeTheBodiesLeavesNoRun() throws Exception {
        Line l = line("为落实科技部《关于加强数据标注人才培养的意见》，制定本方案。");
        BodiesBefore.Run run = BodiesBefore.joined(l.doc(), l.p(), l.p().clauseStart(l.open()), l.open());
        assertTrue(run.bodies().isEmpty());
        assertFalse(run.fills(l.open()));
        assertEquals(List.of(), BodiesBefore.forwarded(l.doc(), l.p(), l.p().clauseStart(l.open()), l.open()));
    }
}
