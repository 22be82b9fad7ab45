package org.policykg.concern.company;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Supports;
import org.policykg.recognize.Lexicon;
import org.policykg.segment.Paragraph;

/**
 * Names the text ties to a stock code, the strongest evidence of a company: a code in
 * parentheses after the name (财富趋势（SH.688318）), or a link to the name's quote page.
 */
final class StockCodes {
    private static final Pattern STOCK_CODE = Pattern.compile(
            "[(（]\\s*(?<ex>SH|SZ|BJ|HK|sh|sz|bj|hk)\\s*[.:：]?\\s*(?<code>\\d{4,6})\\s*[)）]"
                    + "|[(（]\\s*(?<code2>\\d{6})\\s*\\.\\s*(?<ex2>SH|SZ|BJ)\\s*[)）]"
                    // A bare A-share code: its leading digits say the exchange (60x/688 Shanghai, 00x/30x Shenzhen, 8xx/920 Beijing).
                    // 宁德时代（300750）, …股份有限公司（股票代码：300750）, 天融信（股票代码 002212）: the label's colon is often a space
                    + "|[(（]\\s*(?:(?:股票|证券|股份)?代码\\s*[:：]?\\s*)?(?<code3>(?:60[0135]|68[89]|00[0-3]|30[01]|8[3-8]\\d|920)\\d{3})\\s*[)）]");
    /** A registered name before the code: {@link LegalForms} finds where it starts ({@link #afterName}). */
    private static final Pattern REGISTERED = Pattern.compile("(?:有限公司|有限责任公司)$");
    /** A stock quote page on a finance site, with the exchange and code in its path. */
    private static final Pattern QUOTE_PAGE = Pattern.compile(
            "(?i)^https?://(?:quote\\.eastmoney\\.com|xueqiu\\.com/S|finance\\.sina\\.com\\.cn/realstock/company|stockpage\\.10jqka\\.com\\.cn)/"
                    + "(sh|sz|bj)(\\d{6})\\b");
    private static final Pattern LINK_LABEL = Pattern.compile("查看|点击|行情|详情|股价|链接|更多");

    private StockCodes() {
    }

    /** "财富趋势（SH.688318）": the name before a code in parentheses; the last code given wins. */
    static void inParentheses(Paragraph p, Companies found) {
        String text = p.string();
        Matcher m = STOCK_CODE.matcher(text.indexOf('(') >= 0 || text.indexOf('（') >= 0 ? text : "");
        while (m.find()) {
            int end = m.start();
            if (REGISTERED.matcher(text).region(Math.max(0, end - 6), end).find()) {
                continue; // a registered name runs further back than a short one: LegalForms reads it
            }
            int start = NameBounds.nameStart(text, end, 8);
            if (end - start < 2) {
                continue;
            }
            Companies.Company f = found.add(text.substring(start, end));
            f.stockCode = codeOf(m);
            f.stockCodeEvidence = new Evidence(p.span(start, m.end()), Supports.STOCK_CODE);
        }
    }

    /** The exchange and code a match of {@link #STOCK_CODE} gives (SZ.300750); a bare code's digits say the exchange. */
    private static String codeOf(Matcher m) {
        String code = m.group("code") != null ? m.group("code") : m.group("code2") != null ? m.group("code2") : m.group("code3");
        String ex = m.group("ex") != null ? m.group("ex") : m.group("ex2") != null ? m.group("ex2")
                : code.startsWith("6") ? "SH" : code.startsWith("0") || code.startsWith("3") ? "SZ" : "BJ";
        return ex.toUpperCase(Locale.ROOT) + "." + code;
    }

    /** "宁德时代新能源科技股份有限公司（股票代码：300750）": a code in parentheses right after a registered name, at {@code end}. */
    static void afterName(Paragraph p, int start, int end, Companies.Company firm) {
        String text = p.string();
        Matcher m = STOCK_CODE.matcher(text).region(end, Math.min(text.length(), end + 24));
        if (firm.stockCode == null && m.lookingAt()) {
            firm.stockCode = codeOf(m);
            firm.stockCodeEvidence = new Evidence(p.span(start, m.end()), Supports.STOCK_CODE);
        }
    }

    /**
     * A finance site's quote link, by its address or by the code the page gives the link; a
     * company unless the sentence uses the word as ordinary words. A code given before wins.
     */
    static void quoteLinks(Paragraph p, Companies found) {
        for (Paragraph.Link l : p.links()) {
            String word = p.string().substring(l.range().start(), l.range().end());
            Matcher q = l.href() == null ? null : QUOTE_PAGE.matcher(l.href());
            if (l.code() == null && q != null && q.find()) {
                // A quote page's address carries the code: quote.eastmoney.com/sz000063.html, xueqiu.com/S/SZ000063.
                // The address vouches for the name, so ordinary-looking names (中兴通讯) count; link labels do not.
                if (word.length() >= 2 && word.length() <= 12 && !LINK_LABEL.matcher(word).find()) {
                    code(found, p, l, word, q.group(1).toUpperCase(Locale.ROOT) + "." + q.group(2));
                }
                continue;
            }
            String[] parts = l.code() == null ? new String[0] : l.code().split(",");
            if (parts.length != 2) {
                continue;
            }
            String exchange = switch (parts[0]) {
                case "0" -> "SZ";
                case "1" -> "SH";
                case "116", "128" -> "HK";
                case "105", "106", "107" -> "US";
                default -> null; // 90: a sector board (BK…), not a company
            };
            if (exchange != null && word.length() >= 2 && !Lexicon.isOrdinary(word)) {
                code(found, p, l, word, exchange + "." + parts[1]);
            }
        }
    }

    private static void code(Companies found, Paragraph p, Paragraph.Link l, String word, String code) {
        Companies.Company f = found.add(word);
        if (f.stockCode == null) {
            f.stockCode = code;
            f.stockCodeEvidence = new Evidence(p.span(l.range()), Supports.STOCK_CODE);
        }
    }
}
