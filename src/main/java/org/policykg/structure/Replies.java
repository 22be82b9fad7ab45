package org.policykg.structure;

import java.util.List;
import java.util.regex.Pattern;
import org.policykg.lexicon.CueWords;
import org.policykg.segment.Paragraph;

/**
 * A reply to a deputy's suggestion or a member's proposal (建议提案答复: …代表：您提出的“…”的建议收悉。经认真研究，
 * 答复如下：), as ministries publish them: what follows reports what the replying body has done and will do. Its
 * numbered parts ((一)印发《…实施方案》…) are that body's work, not the items of the policies it cites, and its
 * figures (已建成…个, 2022年以来…稳定在90%以上) are where things stand. Known by the opening paragraph that names the
 * suggestion or proposal and says 答复如下 (lexicon/measure-sections.tsv: reply, reply-subject). Read once per text by
 * {@link StructureReader}, which records it as {@link Structure#reply()} for the concerns.
 */
final class Replies {
    /** How many paragraphs from the top a reply's opening may stand (page chrome and the salutation come first). */
    private static final int REACH = 20;

    private final Pattern subject;
    private final Pattern opening;

    Replies(CueWords cues) {
        this.subject = Pattern.compile(cues.alternation("measure-sections", "reply-subject"));
        this.opening = Pattern.compile(cues.alternation("measure-sections", "reply"));
    }

    /** Whether the text replies to a deputy's suggestion or a member's proposal. */
    boolean replies(List<Paragraph> paragraphs) {
        int n = Math.min(REACH, paragraphs.size());
        for (int i = 0; i < n; i++) {
            String text = paragraphs.get(i).string();
            if (opening.matcher(text).find() && subject.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
