package org.policykg.concern.policy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Mentions;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.TitleMention;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * The clause that issues a title: "{issuers}于近日联合印发《T》" up to the verb, within the
 * title's sentence. {@code verbEnd} is where the matched lead-in (verb and its particles) ends.
 */
public record IssuingClause(Paragraph paragraph, Range sentence, int clauseStart, int verbAt, int verbEnd) {
    /** What stands between an issuer and a title: 于近日联合印发了关于《 …, 印发实施《 (the verb and its 实施/执行: issued and put in force;
     * the verbs are lexicon/issuing-verbs.tsv roles issue, launch and send). */
    private static final Pattern ISSUING = Pattern.compile(
            "(?:于)?(?:近日|日前|近期|最近|今日|今年\\d{1,2}月)?(?:分别|联合|共同|正式)*(?:关于)?(?<verb>"
                    + org.policykg.lexicon.CueWords.standard().alternationOfRoles("issuing-verbs", "issue", "launch", "send") + ")(?:实施|执行)?[了的]?"
                    + "(?:最新一期|新版|新一轮)?(?:关于印发|关于)?$");
    /** The longest text ISSUING can match; the regex only looks this far back from a title. */
    private static final int ISSUING_REACH = 32;

    /** The agencies named between the clause's start and the verb. */
    public List<AgencyMention> agencies(Mentions<AgencyMention> all) {
        return all.within(paragraph.index(), clauseStart, verbAt);
    }

    /** The issuing clause before a title, or null when no verb of issuing leads to it. */
    public static IssuingClause before(Analysis a, TitleMention t) {
        Paragraph p = a.paragraph(t.paragraph());
        String text = p.string();
        int titleStart = t.range().start() - (t.source() == TitleMention.Source.BRACKETS ? 1 : 0);
        Range sentence = p.sentenceAt(t.range().start());
        int window = Math.max(sentence.start(), titleStart - ISSUING_REACH);
        Matcher m = ISSUING.matcher(text.substring(window, Math.max(window, titleStart)));
        if (!m.find()) {
            return null;
        }
        int verbAt = window + m.start();
        return new IssuingClause(p, sentence, p.clauseStart(verbAt), verbAt, verbAt + m.group().length());
    }
}
