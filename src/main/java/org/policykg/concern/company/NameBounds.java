package org.policykg.concern.company;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.recognize.Mention;
import org.policykg.text.Han;

/** Where a company name begins and ends in running text, and which names are only kinds of company. */
final class NameBounds {
    /** Words a company name may not start with (they end the phrase before it). */
    static final String BOUNDARY_CHARS = "、,，。;；:：！!？?“”\"《》()（）[]【】|｜—– +和与及或同由将被是为对在从向跟比以等的了";
    /** Nouns that name a kind of company, not one company. */
    static final Pattern GENERIC = Pattern.compile(
            "^(?:本|该|此|这些|那些|各|子|分|母|其|上市|科技|企业|大企业|平台|服务|第三方|金融|运营|管理|人工智能技术)?(?:公司|集团|企业集团|交易所|交易中心|银行|商业银行|农商银行|政策性银行)$");

    /** What ends a branch's name (公司登记管理条例: the company's name, the place, 分公司; a bank's 分行, 支行). */
    private static final Pattern BRANCH = Pattern.compile("(?:分公司|分行|支行)");
    /**
     * Characters that make the words between a place and 分行 no branch's own name (安徽省各分行, 省内支行, 所属分公司,
     * 省分行和支行): a determiner, a word of belonging or a joiner.
     */
    private static final String NOT_BRANCH_NAME = "各等及和与或的下属所辖内外有全该其每";

    /** Words before a firm's name that are not part of it (lexicon/firm-name-context.tsv), applied in file order. */
    private static final List<String> BEFORE_NAME = org.policykg.lexicon.CueWords.standard().words("firm-name-context", "before");
    /**
     * Verbs whose object is a firm (增持, 接手: lexicon/firm-name-context.tsv role object): a name starts after one, and
     * where one ends the phrase the word after it (公司) is the firm the text is about, named before.
     */
    private static final List<String> OBJECT_VERBS = org.policykg.lexicon.CueWords.standard().words("firm-name-context", "object");

    private NameBounds() {
    }

    /**
     * Where a firm's name ends when its branch follows it: the place or places the text names right after it, at
     * most four characters of the branch's own name, then 分公司, 分行 or 支行 (中国银行江苏省分行, 中国出口信用保险公司
     * 安徽分公司, 建设银行广州南沙气候支行). {@code end} itself when no branch follows.
     */
    static int branchEnd(String text, int end, List<? extends Mention> regions) {
        int at = end;
        boolean placed = true;
        while (placed) {
            placed = false;
            for (Mention r : regions) {
                if (r.range().start() == at && r.range().end() > at) {
                    at = r.range().end();
                    placed = true;
                    break;
                }
            }
        }
        if (at == end) {
            return end;
        }
        for (int k = at; k <= at + 4 && k < text.length(); k++) {
            Matcher b = BRANCH.matcher(text).region(k, text.length());
            if (b.lookingAt()) {
                return b.end();
            }
            char c = text.charAt(k);
            if (!Han.is(c) || NOT_BRANCH_NAME.indexOf(c) >= 0) {
                return end;
            }
        }
        return end;
    }

    /**
     * Words no firm's name runs across (lexicon/firm-name-context.tsv role edge: 我们, 随后, 培育), longest first, and the
     * longest of them: a name starts after the last one, even one that straddles the {@code max} characters read back.
     */
    private static final List<String> EDGE = org.policykg.lexicon.CueWords.standard().words("firm-name-context", "edge");
    private static final int EDGE_MAX = EDGE.stream().mapToInt(String::length).max().orElse(0);
    /** The first characters of the words of role edge: a window holding none of them is read no further. */
    private static final String EDGE_FIRST = EDGE.stream().map(w -> w.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());

    /** Where a name ending at {@code end} starts: after the last boundary, a context word, or {@code max} chars back. */
    static int nameStart(String text, int end, int max) {
        int start = end;
        while (start > 0 && end - start < max && BOUNDARY_CHARS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        start = afterEdge(text, start, end);
        start = afterDate(text, start, end);
        // "券商IT概念股财富趋势", "A股睿能科技": a category or market word before the name is not part of it; so is
        // a firm's role in its trade written before its name (移动电话服务提供商中国移动有限公司, 云服务商星澜科技).
        String s = text.substring(start, end);
        for (String w : BEFORE_NAME) {
            int at = s.lastIndexOf(w);
            if (at >= 0 && at + w.length() < s.length()) {
                start += at + w.length();
                s = text.substring(start, end);
            }
        }
        // 董事长钟宝申增持|公司, 宗馥莉全面接手|杭州娃哈哈集团公司: the verb's object starts after it, at the end or not
        for (String w : OBJECT_VERBS) {
            int at = s.lastIndexOf(w);
            if (at >= 0) {
                start += at + w.length();
                s = text.substring(start, end);
            }
        }
        return start;
    }

    /**
     * Where a name read back from {@code end} to {@code start} starts after a date written in digits (2021年|期货公司分类,
     * 8月6日|星澜科技): no registered name holds a year, month or day in digits (企业名称登记管理规定: 字号, 行业, 组织形式), so
     * a name starts after the last one. {@code start} when none stands in the phrase.
     */
    static int afterDate(String text, int start, int end) {
        for (int i = end - 2; i >= Math.max(start, 1); i--) {
            char c = text.charAt(i);
            if ((c == '年' || c == '月' || c == '日') && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') {
                return i + 1;
            }
        }
        return start;
    }

    /**
     * Where a name read back from {@code end} to {@code start} starts once the words of role edge are cut: after the last
     * one that ends inside it (我们培育壮大星河源: 星河源; the 我 of 我们 may stand before {@code start}).
     */
    static int afterEdge(String text, int start, int end) {
        if (end - start < 3) {
            return start;
        }
        int from = Math.max(0, start - EDGE_MAX + 1);
        boolean any = false;
        for (int i = from; i < end - 1 && !any; i++) {
            any = EDGE_FIRST.indexOf(text.charAt(i)) >= 0;
        }
        if (!any) {
            return start; // no word of role edge can start in the window
        }
        String window = text.substring(from, end);
        int cut = start;
        for (String w : EDGE) {
            int at = window.lastIndexOf(w);
            if (at >= 0) {
                int after = from + at + w.length();
                if (after > cut && end - after >= 2) {
                    cut = after;
                }
            }
        }
        return cut;
    }

    /** Whether a word of role edge ends right before {@code at} (支持|超聚变). */
    static boolean edgeEndsAt(String text, int at) {
        for (String w : EDGE) {
            if (text.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** A count of an index's constituents and the word 指数 (标普|500指数, 富时|100指数, 中证|1000指数). */
    private static final Pattern INDEX_COUNT = Pattern.compile("\\d{2,4}指数");

    /**
     * Whether the words right after a firm's name at {@code end} make it an index's name (标普500指数, 富时100指数): an
     * index named by its publisher and its count of constituents, as market news writes prices; the index is no act of
     * the firm and no mention of it.
     */
    static boolean opensIndex(String text, int end) {
        return end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9'
                && INDEX_COUNT.matcher(text).region(end, Math.min(text.length(), end + 6)).lookingAt();
    }

    static boolean isNameChar(char c) {
        return Han.is(c) || (c < 0x80 && Character.isLetterOrDigit(c));
    }

    /** Whether one of a paragraph's mentions overlaps {@code [start, end)}: a region or a body is no company. */
    static boolean overlaps(List<? extends Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.range().start() < end && start < m.range().end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the mentions covers {@code [start, end)} whole: 北京 of 北京、上海等企业; 冰城 inside 蜜雪冰城 does not. */
    static boolean coveredBy(List<? extends Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.range().start() <= start && m.range().end() >= end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code at} stands inside markup a crawled cell kept as text: an HTML tag (its attributes:
     * {@code <span style="font-family: 微软雅黑">}) or a CSS font declaration ({@code font-family: 微软雅黑,
     * "Microsoft YaHei";}). A font named after a firm (微软雅黑) is no mention of the firm.
     */
    static boolean inMarkup(String text, int at) {
        int lt = text.lastIndexOf('<', at - 1);
        if (lt >= 0 && at - lt <= 400 && text.lastIndexOf('>', at - 1) < lt) {
            return true;
        }
        for (int i = at - 1; i >= 0 && at - i <= 40; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == '{' || c == '}' || c == '>' || c == '\n' || c == '。') {
                return false;
            }
            if (c == ':') {
                int end = i;
                while (end > 0 && text.charAt(end - 1) == ' ') {
                    end--;
                }
                int start = end;
                while (start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) >= 'a' && text.charAt(start - 1) <= 'z')) {
                    start--;
                }
                String property = text.substring(start, end);
                return property.equals("font-family") || property.equals("font");
            }
        }
        return false;
    }
}
