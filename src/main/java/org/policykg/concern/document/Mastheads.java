package org.policykg.concern.document;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.reference.Agency;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.segment.Segmenter;

/**
 * Lines of their own that name who publishes a page: a masthead (**主办**西部数字经济研究院,
 * 主　办：…), a 文章来源 line anywhere, and the one 来源 line closing a story.
 */
final class Mastheads {
    private static final Pattern ARTICLE_SOURCE = Pattern.compile("^[(]?(?:文章来源|稿件来源|转载自|原文来源)[:：]\\s*(?<pub>[^)]{2,40})[)]?$");
    private static final Set<String> MASTHEAD_LABELS = Set.of("主编", "主办", "主办单位", "编印", "出版", "出品", "编辑出版");
    /** The same labels written with a colon on a plain line ("主　办：西部数字经济研究院"); 主编 there names a person. */
    private static final Pattern MASTHEAD_LINE = Pattern.compile("^(?:主办|主办单位|编印|出品|编辑出版|出版单位):(?<pub>[^:]{2,30})$");
    /** A story's closing line naming where it ran: 来源：南方网. */
    private static final Pattern CLOSING_SOURCE = Pattern.compile("^\\(?(?:来源|信息来源|稿件来源):(?<pub>[^()]{2,30})\\)?$");

    /**
     * A photo credit naming the outlet's reporter, closing a caption over the text: 政府工作报告。
     * 贵州日报天眼新闻记者李森摄. The outlet is the paper, agency, site or station (…报, …社, …网, …台)
     * the credit opens with; a column or app name after it is not part of it.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:^|。)(?<pub>\\p{IsHan}{2,10}?(?:报|社|网|台))\\p{IsHan}{0,6}?(?:记者|摄影记者)\\s*\\p{IsHan}{2,4}\\s*摄$");

    private final Outlets outlets;
    private final FieldTable fields;

    Mastheads(Outlets outlets, FieldTable fields) {
        this.outlets = outlets;
        this.fields = fields;
    }

    /** A line that is a 文章来源 / 转载自 note, wherever it stands; null otherwise. */
    Fact<Agency> articleSource(Paragraph p) {
        Matcher a = ARTICLE_SOURCE.matcher(p.string());
        if (!a.matches()) {
            return null;
        }
        // The quote is the whole value as written, the name is its stripped form.
        return new Fact<>(outlets.organisation(a.group("pub").strip(), p),
                new Evidence(p.span(a.start("pub"), a.end("pub")), Supports.PUBLISHER));
    }

    /** A masthead: a bold label then the body (**主办**X), else a 主办：X line; null otherwise. */
    Fact<Agency> masthead(Paragraph p) {
        String s = p.string();
        Range lead = p.leadingBold();
        if (lead != null && MASTHEAD_LABELS.contains(s.substring(lead.start(), lead.end()).strip()) && lead.end() < s.length()) {
            return outlets.named(p, s.substring(lead.end()).strip(), lead.end());
        }
        Matcher m = MASTHEAD_LINE.matcher(s);
        return m.matches() ? outlets.at(p, m.start("pub"), m.end("pub")) : null;
    }

    /** The outlet a photo credit over the text names (贵州日报天眼新闻记者李森摄 gives 贵州日报), or null. */
    Fact<Agency> photoCredit(Paragraph p) {
        Matcher m = PHOTO_CREDIT.matcher(p.string());
        return m.find() ? outlets.at(p, m.start("pub"), m.end("pub")) : null;
    }

    /** The one 来源 line closing a story (来源：南方网); a newsletter with one per item names no publisher there. */
    Fact<Agency> closingSource(List<Paragraph> ps) {
        Paragraph found = null;
        for (Paragraph p : ps) {
            if (Segmenter.isSourceLine(p.string())) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        if (found == null || found.index() < ps.size() - 3) {
            return null;
        }
        String line = found.string();
        int end = fields.valueEnd(line, line.indexOf(':') + 1); // 来源：长沙晚报 责任编辑：罗毅
        Matcher m = CLOSING_SOURCE.matcher(line).region(0, end);
        if (!m.matches()) {
            return null;
        }
        int vs = m.start("pub");
        int ve = m.end("pub");
        while (ve > vs && Character.isWhitespace(line.charAt(ve - 1))) {
            ve--;
        }
        return line.substring(vs, ve).contains("://") ? null : outlets.at(found, vs, ve);
    }
}
