package org.policykg.concern.company;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.hankcs.hanlp.seg.common.Term;
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
 * words or parts of words.
 */
final class ListedNames {
    /** Fewer characters than this never stand alone. */
    static final int MIN_ALONE = 4;

    private static final Map<String, Boolean> ALONE = new ConcurrentHashMap<>();

    private ListedNames() {
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
        return rest.length() >= 2 && !Lexicon.isOrdinary(rest);
    }
}
