package org.policykg.concern.company;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.hankcs.hanlp.seg.common.Term;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.Lexicon;

/**
 * Whether a listed firm's short name (listed-companies.tsv) names the firm wherever it stands, or
 * only where the text shows it is a firm (a list of firms closed by 等企业, a project's owner, a
 * name with 公司 after it: the rules that read those forms know every listed name).
 * <p>
 * A short name stands alone when it has four characters or more and, once a place or time word
 * that opens it is set aside, is not made of ordinary words: 科大讯飞, 深信服科技 and 上海贝岭 stand
 * alone; 中国软件 (中国 + 软件), 数字认证, 信息发展, 南京熊猫, 今天国际 are phrases a text writes
 * about other things; names of two or three characters (天下秀, 新大陆, 指南针, 同花顺) are too often
 * words or parts of words. A name the list writes as 字号 and 股份 or 控股 (宝钢股份, 华联控股) is a company's
 * short form whatever its 字号 (HanLP tags 宝钢 a noun), once a place that opens it is set aside (东莞|控股 is not).
 * A name that opens with a 字号 HanLP tags a proper noun (中海|物业, 五矿|资本) stands alone whatever words follow.
 */
final class ListedNames {
    /** Fewer characters than this never stand alone. */
    static final int MIN_ALONE = org.policykg.reference.CompanyDirectory.LOOKED_FOR;

    private static final Map<String, Boolean> ALONE = new ConcurrentHashMap<>();

    /**
     * The endings of a listed firm's short name that say it is a company: X股份 (of X股份有限公司) and X控股 after a
     * 字号 of two characters or more. No phrase of running text ends so (股份制 runs on, and a word crossing the
     * name's edge is checked where the name is found).
     */
    private static final java.util.regex.Pattern CORPORATE = java.util.regex.Pattern.compile("^\\p{IsHan}{2,}(?:股份|控股)$");

    /**
     * The trades a name may carry only with the regulator's licence (商业银行法 art. 11 for 银行, 证券法 art. 118 for 证券,
     * 期货和衍生品法 for 期货, 保险法 and 信托公司管理办法 for 人寿, 财险, 保险 and 信托) and the fund managers' 基金, after a
     * 字号 of two characters or more: a short name so built (华夏基金, 中信信托, 东方证券, 中意人寿) is a licensed firm's,
     * whatever HanLP tags its 字号 (华夏/n, 淳厚/a); a place and the trade alone (北京银行, 上海证券) is not, for texts write
     * it for a place's banks or market (河北银行机构, 上海证券市场).
     */
    private static final java.util.regex.Pattern LICENSED = java.util.regex.Pattern.compile(
            "^\\p{IsHan}{2,}(?:银行|证券|期货|信托|人寿|财险|保险|基金)$");

    private ListedNames() {
    }

    /** The trade words of a firm's short name (lexicon/firm-sets.tsv roles trade and trade-line): a 字号 is none of them. */
    private static final Set<String> TRADES = Set.copyOf(CueWords.standard().wordsOfRoles("firm-sets", "trade", "trade-line"));

    /**
     * Whether the name, from {@code from} (after a place or time that opens it), opens with one word of two characters or
     * more that HanLP tags a proper noun (nz: 中海, 五矿, 宇通, 用友) and that is no trade itself (新能源/nz, 物联网/nz are
     * fields), then runs on in words: a 字号 the tagger knows as a name, as FirmActs reads one before a firm's tail. A
     * listed name so built names the firm wherever it stands as a word of its sentence (a word crossing its edge is
     * checked where the name is found).
     */
    private static boolean properNounOpens(List<Term> terms, int from) {
        int at = 0;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (at == from) {
                return i + 1 < terms.size() && t.word.length() >= 2 && t.nature.toString().equals("nz") && !TRADES.contains(t.word);
            }
            at += t.word.length();
        }
        return false;
    }

    static boolean standsAlone(String name) {
        return ALONE.computeIfAbsent(name, ListedNames::judge);
    }

    private static boolean judge(String name) {
        if (name.length() < MIN_ALONE) {
            return false;
        }
        List<Term> terms = Lexicon.segment(name);
        int from = 0;
        for (Term t : terms) {
            String nature = t.nature.toString();
            if (!nature.startsWith("ns") && !nature.equals("t")) {
                break;
            }
            from += t.word.length(); // 中国|软件, 南京|熊猫, 今天|国际: the place or time opens a phrase
        }
        String rest = name.substring(from);
        if (rest.length() >= 4 && CORPORATE.matcher(rest).find()) {
            return true; // 宝钢股份, 华联控股: the stock list's own short form of a 股份有限公司 or a holding firm
        }
        if (rest.length() >= 4 && LICENSED.matcher(rest).find()) {
            return true; // 华夏基金, 中信信托: a 字号 and a licensed trade
        }
        if (rest.length() >= 4 && properNounOpens(terms, from)) {
            return true; // 中海|物业, 五矿|资本, 宇通|客车: a 字号 HanLP knows as a proper noun, then the firm's trade
        }
        return rest.length() >= 2 && !Lexicon.isOrdinary(rest);
    }
}
