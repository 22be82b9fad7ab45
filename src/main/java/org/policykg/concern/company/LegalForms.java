package org.policykg.concern.company;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.Lexicon;
import org.policykg.reference.CompanyDirectory;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * Names with a legal form ("上海道客网络科技有限公司", "满帮集团"), unless the name before the
 * form is generic (该公司), a public body's or institute's (…研究院), or an ordinary word.
 */
final class LegalForms {
    private static final Pattern LEGAL = Pattern.compile(
            "(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|交易所|交易中心|集团|公司)");
    private static final Pattern NOT_COMPANY = Pattern.compile("(?:研究院|研究所|研究中心|大学|学院|联盟|协会|学会|促进会|委员会|政府|部|局|厅|办|中心)$");

    private LegalForms() {
    }

    /**
     * Adds the paragraph's names with a legal form; returns where they stand.
     *
     * @param bodies the paragraph's agency mentions: 北京市人民政府 is no company
     */
    static List<Range> find(Paragraph p, List<AgencyMention> bodies, CompanyDirectory directory, Companies found) {
        String text = p.string();
        List<Range> out = new ArrayList<>();
        boolean candidate = text.contains("公司") || text.contains("集团") || text.contains("交易");
        Matcher m = LEGAL.matcher(candidate ? text : "");
        int covered = 0;
        while (m.find()) {
            if (m.start() < covered) {
                continue;
            }
            int end = m.end();
            int start = NameBounds.nameStart(text, m.start(), 24);
            if (m.start() - start < 2) {
                continue;
            }
            start += Lexicon.nameStartAfterVerbs(text.substring(start, m.start()));
            if (m.start() - start < 2) {
                continue;
            }
            String name = text.substring(start, end);
            String stem = text.substring(start, m.start());
            boolean legalForm = m.group().contains("有限") || m.group().equals("集团公司");
            if (NameBounds.GENERIC.matcher(name).find() || (!legalForm && NOT_COMPANY.matcher(stem).find())
                    || NameBounds.overlaps(bodies, start, end)
                    || (!legalForm && Lexicon.isOrdinary(stem)) || stem.startsWith("子公司")) {
                continue;
            }
            CompanyDirectory.Entry known = directory.byAlias(name);
            if (known == null && !legalForm) {
                known = directory.byAlias(stem);
            }
            found.add(name, known);
            // The name without its legal form is how the same text often refers to it again.
            String bare = text.substring(start, m.start() + (m.group().startsWith("集团") ? 2 : 0));
            if (legalForm && bare.length() >= 4 && !bare.equals(name)) {
                found.surfaces.putIfAbsent(bare, found.surfaces.get(name));
            }
            out.add(new Range(start, end));
            covered = end;
        }
        return out;
    }
}
