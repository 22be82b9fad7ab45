package org.policykg.concern.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.DocumentReader;
import org.policykg.ingest.Source;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.segment.Segmenter;

class OwnTextRepealsTest {
    private static Paragraph paragraph(String text) throws Exception {
        return new Segmenter().segment(DocumentReader.parse(Source.of("r.txt", text))).paragraphs().get(0);
    }

    @Test
    void aTitleWithoutBracketsThatEndsAtTheClauseEndIsRead() throws Exception {
        // A title read without brackets ends where the comma is: the text after it in its clause is empty.
        Paragraph p = paragraph("废止甲市人民政府关于加强乙工作的通知，自发布之日起施行。");
        String s = p.string();
        int end = s.indexOf("通知") + 2;
        assertTrue(OwnText.repeals(p, new Range(s.indexOf("甲市"), end)));
        Paragraph q = paragraph("甲市人民政府关于加强乙工作的通知，自发布之日起施行。");
        String t = q.string();
        assertFalse(OwnText.repeals(q, new Range(0, t.indexOf("通知") + 2)));
    }

    @Test
    void theRepealAfterABracketedTitleInItsClause() throws Exception {
        Paragraph p = paragraph("本办法自2026年1月1日起施行，《甲市乙管理办法》同时废止。");
        String s = p.string();
        int open = s.indexOf('《');
        assertTrue(OwnText.repeals(p, new Range(open + 1, s.indexOf('》'))));
    }
}
