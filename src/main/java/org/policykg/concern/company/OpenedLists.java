package org.policykg.concern.company;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;
import org.policykg.text.Han;

/**
 * A list of firms that news opens with their count and kind and then names in full: "已有10家上市公司披露…，包括：甲、乙、…、
 * 癸", "共有15间银行下调存款利率，分别为甲、乙…及丙" ({@code lexicon/firm-sets.tsv} role opener). When the members after
 * the opener are exactly as many as the count, each names one firm, short names that are also words (大众, 恒生, 蚂蚁)
 * included, as a list closed by its exact count does ({@link Phrasing#countedLists}). A member written as a group's
 * subsidiary (甲旗下乙) names both, and a name in parentheses after a member (思恩客（SNK）) is its other name.
 */
final class OpenedLists {
    /**
     * A count of firms of a kind (10家上市公司, 15间银行, 13家券商, 三家理财子): 家, 间 (Hong Kong's classifier for
     * banks and firms) or 户, up to eight characters of kind, then a word for firms.
     */
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.])(?<n>\\d{1,3}|[两二三四五六七八九十]{1,3})[家间户](?<kind>["
            + Han.RANGE + "A-Za-z]{0,8}?)(?:企业|公司|[央国民外车房药险]企|车厂|厂家|银行|券商|私募|理财子|(?:投资|创投|风投)机构)");
    /** How far before its opener the count may stand, within the sentence. */
    private static final int REACH = 60;
    /** The most members read, and the longest member. */
    private static final int MAX_ITEMS = 40;
    private static final int MAX_NAME = 12;
    /** What ends a sentence: the count must stand in the opener's. */
    private static final String SENTENCE_END = "。！？；!?;";
    /** A member that is an amount or a share (分别为20.98亿元、47亿元), not a name. */
    private static final Pattern AMOUNT = Pattern.compile("^[\\d.]+(?:[%％万亿千百元个家间户位名次倍年月日号]|$)");

    private final Dictionaries.Key<String> openers;

    OpenedLists(CueWords cues, Dictionaries.Builder dictionaries) {
        openers = dictionaries.add(PhraseMatcher.keywords(cues.words("firm-sets", "opener").toArray(String[]::new)));
    }

    /** {@code scanned} holds the paragraph's dictionary hits. */
    void find(Paragraph p, Dictionaries.Hits scanned, List<RegionMention> regions, List<AgencyMention> bodies,
              CompanyDirectory directory, Companies found) {
        String text = p.string();
        if (text.indexOf('家') < 0 && text.indexOf('间') < 0 && text.indexOf('户') < 0) {
            return; // no count of firms: no opener is looked at
        }
        for (PhraseMatcher.Hit<String> h : scanned.longest(openers)) {
            int n = countBefore(text, h.start());
            if (n < 2) {
                continue;
            }
            List<int[]> items = itemsAfter(text, h.end(), n);
            if (items.size() != n) {
                continue;
            }
            List<int[]> names = new ArrayList<>();
            boolean all = true;
            for (int[] item : items) {
                List<int[]> parts = parts(text, item);
                for (int[] r : parts) {
                    if (!name(text, r[0], r[1], regions, bodies)) {
                        all = false;
                    }
                }
                names.addAll(parts);
            }
            if (!all) {
                continue;
            }
            for (int[] r : names) {
                String name = text.substring(r[0], r[1]);
                Companies.Company firm = found.add(name, directory.byAlias(name));
                if (r.length > 2 && r[2] < r[3]) {
                    found.add(firm.name, text.substring(r[2], r[3]), null); // 思恩客（SNK）: its other name
                }
            }
        }
    }

    /** The count of the last kind of firm counted in the sentence before {@code at}; 0 when there is none. */
    private static int countBefore(String text, int at) {
        int from = at;
        while (from > 0 && at - from < REACH && SENTENCE_END.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        Matcher m = COUNT.matcher(text).region(from, at);
        int n = 0;
        while (m.find()) {
            n = number(m.group("n"));
        }
        return n;
    }

    private static int number(String s) {
        return Character.isDigit(s.charAt(0)) ? Integer.parseInt(s) : Ordinals.chinese(s);
    }

    /**
     * The members after the opener (a colon may follow it), joined by 、 and the last by 及, 和 or 与, up to the
     * clause's end: each {start, end, aliasStart, aliasEnd}, the alias being a name in parentheses right after the
     * member. Empty when the list runs on into something else (等, a verb's clause) or has more members than
     * {@code count}.
     */
    private static List<int[]> itemsAfter(String text, int at, int count) {
        while (at < text.length() && (text.charAt(at) == '：' || text.charAt(at) == ':' || text.charAt(at) == ' ')) {
            at++;
        }
        List<int[]> items = new ArrayList<>();
        while (items.size() <= MAX_ITEMS) {
            int start = at;
            if (at < text.length() && text.charAt(at) == '*') {
                at++; // *ST海越: a share under special treatment keeps its mark
            }
            while (at < text.length() && at - start < 2 * MAX_NAME && (NameBounds.isNameChar(text.charAt(at)) || text.charAt(at) == ' '
                    && at + 1 < text.length() && text.charAt(at - 1) < 0x80 && text.charAt(at + 1) < 0x80)) {
                at++;
            }
            int end = at;
            int aliasStart = 0;
            int aliasEnd = 0;
            if (at < text.length() && (text.charAt(at) == '（' || text.charAt(at) == '(')) {
                int close = at + 1;
                while (close < text.length() && close - at <= MAX_NAME && NameBounds.isNameChar(text.charAt(close))) {
                    close++;
                }
                if (close >= text.length() || text.charAt(close) != '）' && text.charAt(close) != ')') {
                    return List.of();
                }
                aliasStart = at + 1;
                aliasEnd = close;
                at = close + 1;
            }
            if (end - start < 2) {
                return List.of();
            }
            items.add(new int[] {start, end, aliasStart, aliasEnd});
            if (at < text.length() && text.charAt(at) == '、') {
                at++;
                continue;
            }
            if (at < text.length() && "，。；！？,;!?".indexOf(text.charAt(at)) < 0) {
                return List.of(); // 甲、乙等: the list goes on, or was no list of names
            }
            break;
        }
        if (items.size() == count - 1) {
            // 甲、乙及丙: the last member holds the joiner; split it where both sides are two characters or more
            int[] last = items.get(items.size() - 1);
            for (int k = last[1] - 2; k >= last[0] + 2; k--) {
                // a conjunction ending at k + 1 (甲、乙及丙, 甲、乙以及丙); 以及 is cut whole where two characters stand before it
                int and = Conjunctions.endingAt(text, k + 1);
                if (and > 0 && last[2] == 0) {
                    int before = k + 1 - and >= last[0] + 2 ? k + 1 - and : k;
                    items.set(items.size() - 1, new int[] {last[0], before, 0, 0});
                    items.add(new int[] {k + 1, last[1], 0, 0});
                    break;
                }
            }
        }
        return items;
    }

    /** A member's firms: the group and its subsidiary of 甲旗下乙, else the member itself. */
    private static List<int[]> parts(String text, int[] item) {
        int under = text.indexOf("旗下", item[0]);
        if (under >= item[0] + 2 && under + 4 <= item[1]) {
            return List.of(new int[] {item[0], under}, new int[] {under + 2, item[1], item[2], item[3]});
        }
        return List.of(item);
    }

    /** Whether a member reads as a firm's name: no amount, no place alone, no body, no word for firms of a kind. */
    private static boolean name(String text, int start, int end, List<RegionMention> regions, List<AgencyMention> bodies) {
        String s = text.substring(start, end);
        return end - start >= 2 && !AMOUNT.matcher(s).find() && !NameBounds.GENERIC.matcher(s).find()
                && !NameBounds.overlaps(bodies, start, end)
                && !NameBounds.coveredBy(regions, start, end);
    }
}
