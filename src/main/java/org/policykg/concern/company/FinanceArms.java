package org.policykg.concern.company;

import java.util.List;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.Lexicon;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Paragraph;
import org.policykg.text.Han;

/**
 * Firms of the finance trade that market news names by a known firm's short form and a word of the trade:
 * <ul>
 * <li>a bank's wealth-management subsidiary (理财子公司), named by the bank's short form and 理财: the first
 * character of the bank's 字号 and 银 (招银理财 of 招商银行, 兴银理财 of 兴业银行), or its 字号 of two characters
 * (平安理财, 光大理财) where the name ends there (a 字号 and 理财 also begins 光大理财产品, the bank's products);</li>
 * <li>a securities firm quoted by its research desk ({@code lexicon/firm-sets.tsv} role desk: 宏观, 固收, 策略)
 * and what the desk says (报告称, 认为, a colon): 中金宏观报告称, 华泰固收： — the firm is the one whose name is the
 * 字号 and 证券 (华泰证券) or the 字号 and 公司 (中金公司) in the company directory, a firm of securities or finance.</li>
 * </ul>
 * Only a bank or a securities firm the directory knows opens such a name; one 理财 or desk word is looked up per
 * occurrence, so a paragraph without them costs one scan.
 */
final class FinanceArms {
    /** What may follow a wealth-management firm named by a bank's 字号: a list's or clause's end, a joiner, a particle. */
    private static final String NAME_END = "、，。；：,;:）)等与和及的在将已于是为也还正以";
    /** What a research desk says, right after the desk: 报告称, 研报指出, 认为, a colon. */
    private static final java.util.regex.Pattern SAYS = java.util.regex.Pattern.compile(
            "(?:最新)?(?:研究)?(?:报告|研报|团队)?(?:称|认为|表示|指出|预计|预测|[：:])");

    private final Dictionaries.Key<String> desks;

    FinanceArms(CueWords cues, Dictionaries.Builder dictionaries) {
        desks = dictionaries.add(PhraseMatcher.keywords(cues.words("firm-sets", "desk").toArray(String[]::new)));
    }

    /** {@code scanned} holds the paragraph's dictionary hits. */
    void find(Paragraph p, Dictionaries.Hits scanned, List<RegionMention> regions, List<AgencyMention> bodies,
              CompanyDirectory directory, Companies found) {
        String text = p.string();
        for (int i = text.indexOf("理财", 2); i >= 0; i = text.indexOf("理财", i + 2)) {
            int start = i - 2;
            char first = text.charAt(start);
            char second = text.charAt(start + 1);
            boolean shortForm = second == '银' && directory.isBankInitial(first);
            boolean zihao = !shortForm && directory.isBankName(text.substring(start, i));
            if (!shortForm && !zihao || !Han.is(first) || covered(regions, bodies, start, i + 2)) {
                continue;
            }
            int end = i + 2;
            if (zihao && end < text.length() && Han.is(text.charAt(end)) && NAME_END.indexOf(text.charAt(end)) < 0) {
                continue; // 光大理财产品, 平安理财业务: the bank's products or business, or a name that runs on
            }
            if (crosses(p, text, start, end)) {
                continue; // 集中银|理财: the characters before 理财 are not a short form there
            }
            found.add(text.substring(start, end));
        }
        for (PhraseMatcher.Hit<String> d : scanned.longest(desks)) {
            int start = d.start() - 2;
            if (start < 0 || !Han.is(text.charAt(start)) || !Han.is(text.charAt(start + 1))
                    || !SAYS.matcher(text).region(d.end(), text.length()).lookingAt()
                    || covered(regions, bodies, start, d.start())) {
                continue;
            }
            String zihao = text.substring(start, d.start());
            CompanyDirectory.Entry firm = broker(directory, zihao);
            if (firm == null || crosses(p, text, start, d.start())) {
                continue;
            }
            found.add(zihao, firm);
        }
    }

    /** The securities or finance firm whose 字号 is {@code zihao} (华泰 of 华泰证券, 中金 of 中金公司), or null. */
    private static CompanyDirectory.Entry broker(CompanyDirectory directory, String zihao) {
        for (String form : new String[] {zihao + "证券", zihao + "公司"}) {
            CompanyDirectory.Entry e = directory.byAlias(form);
            if (e != null && !e.listed() && (e.name().contains("证券") || e.name().contains("金融"))) {
                return e;
            }
        }
        return null;
    }

    private static boolean covered(List<RegionMention> regions, List<AgencyMention> bodies, int start, int end) {
        return NameBounds.overlaps(bodies, start, end)
                || regions.stream().anyMatch(r -> r.range().start() < end && start < r.range().end());
    }

    /** Whether HanLP's words around the span run across its start or end (其中|银行, 集中|银…). */
    private static boolean crosses(Paragraph p, String text, int start, int end) {
        int from = Math.max(p.sentenceAt(start).start(), start - 8);
        int to = Math.min(text.length(), end + 8);
        return Lexicon.wordCrosses(text.substring(from, to), start - from, end - from);
    }
}
