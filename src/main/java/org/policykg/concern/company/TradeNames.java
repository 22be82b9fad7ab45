package org.policykg.concern.company;

import java.util.List;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.PhraseMatcher;

/**
 * The shape of a firm's short name as reports and the press write it in a list of firms: a 字号 and the trade
 * word the registered name goes on with (企业名称登记管理规定: 行政区划 + 字号 + 行业 + 组织形式; 天衡科技,
 * 东岭矿业), or a group named by its trade (能源发展集团, the provinces' groups). HanLP reads many 字号 as
 * ordinary words (天衡, 东岭), so a list of such names closed by a kind of firm (等商业航天企业, 等6家企业) looked
 * like a list of fields; a field (生物科技, 信息技术) is trade words throughout and has no 字号.
 */
final class TradeNames {
    /** The longest 字号 read before the trade word. */
    private static final int MAX_MARK = 4;

    /** The trade words a short name ends with ({@code lexicon/firm-sets.tsv} role tail). */
    private final PhraseMatcher<String> tails;
    /** Words of a field, a trade or a kind of firm (roles tail, kind, trade): no 字号 is made only of them. */
    private final PhraseMatcher<String> fields;
    /** Words of a kind of firm only (role kind: 大型, 知名, 民营): 大型集团 is no group's name. */
    private final PhraseMatcher<String> kinds;

    TradeNames(CueWords cues) {
        this.tails = PhraseMatcher.keywords(cues.wordsOfRoles("firm-sets", "tail", "kind-tail").toArray(String[]::new));
        this.fields = PhraseMatcher.keywords(cues.wordsOfRoles("firm-sets", "tail", "kind", "kind-tail", "trade", "trade-line")
                .toArray(String[]::new));
        this.kinds = PhraseMatcher.keywords(cues.words("firm-sets", "kind").toArray(String[]::new));
    }

    /**
     * Whether {@code text[start, end)} is a 字号 of two to four characters and a trade word (天衡科技, 东岭矿业),
     * or a name ending in 集团 (能源发展集团); not when the 字号 is a place (北京科技) or only field words
     * (生物科技, 数字科技).
     */
    boolean shaped(String text, int start, int end, List<RegionMention> regions) {
        String item = text.substring(start, end);
        for (PhraseMatcher.Hit<String> t : tails.all(item)) {
            if (t.end() != item.length() || t.start() < 2 || t.start() > MAX_MARK && !"集团".equals(t.phrase())) {
                continue;
            }
            String mark = item.substring(0, t.start());
            int markEnd = start + t.start();
            if (NameBounds.GENERIC.matcher(item).find()
                    || NameBounds.coveredBy(regions, start, markEnd)) {
                return false;
            }
            if ("集团".equals(t.phrase()) ? !kinds.tiles(mark) : !fields.tiles(mark)) {
                return true; // 能源发展集团: a group by its trade is a name (LegalForms reads 能源集团、大数据集团 so)
            }
        }
        return false;
    }
}
