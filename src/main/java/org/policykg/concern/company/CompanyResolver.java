package org.policykg.concern.company;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.Lexicon;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Layout;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.text.Han;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Supports;
import org.policykg.segment.Sentences;

/**
 * Named enterprises. Evidence that a name is a company, strongest first: a stock
 * code beside it (财富趋势（SH.688318）), a legal form (…有限公司, …集团), a
 * listed-company pattern (X在互动平台表示, 控股子公司X), the dictionary of
 * well-known companies, a finance site's quote link — unless the sentence uses
 * the linked word as an ordinary word (海量数据的规模效应). Government bodies,
 * institutes, alliances and generic nouns are not companies.
 */
final class CompanyResolver {
    private static final Pattern STOCK_CODE = Pattern.compile(
            "[(（]\\s*(?<ex>SH|SZ|BJ|HK|sh|sz|bj|hk)\\s*[.:：]?\\s*(?<code>\\d{4,6})\\s*[)）]"
                    + "|[(（]\\s*(?<code2>\\d{6})\\s*\\.\\s*(?<ex2>SH|SZ|BJ)\\s*[)）]"
                    // A bare A-share code: its leading digits say the exchange (60x/688 Shanghai, 00x/30x Shenzhen, 8xx/920 Beijing).
                    + "|[(（]\\s*(?<code3>(?:60[0135]|68[89]|00[0-3]|30[01]|8[3-8]\\d|920)\\d{3})\\s*[)）]");
    /** A stock quote page on a finance site, with the exchange and code in its path. */
    private static final Pattern QUOTE_PAGE = Pattern.compile(
            "(?i)^https?://(?:quote\\.eastmoney\\.com|xueqiu\\.com/S|finance\\.sina\\.com\\.cn/realstock/company|stockpage\\.10jqka\\.com\\.cn)/"
                    + "(sh|sz|bj)(\\d{6})\\b");
    private static final Pattern LINK_LABEL = Pattern.compile("查看|点击|行情|详情|股价|链接|更多");
    private static final Pattern LEGAL = Pattern.compile(
            "(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|交易所|交易中心|集团|公司)");
    /** Words a company name may not start with (they end the phrase before it). */
    private static final String BOUNDARY_CHARS = "、,，。;；:：“”\"《》()（）[]【】|｜—– 和与及同由将被是为对在从向跟比以等的了";
    private static final Pattern LISTED = Pattern.compile(
            "^(?<name>[" + Han.RANGE + "A-Za-z]{2,8}?)(?:\\d{1,2}月\\d{1,2}日)?(?:在(?:投资者)?互动平台(?:上)?表示|发布公告|公告称|晚间公告)");
    private static final Pattern SUBSIDIARY = Pattern.compile("(?:控股|全资)?子公司(?<name>[" + Han.RANGE + "A-Za-z]{2,8})");
    /** Nouns that name a kind of company, not one company. */
    private static final Pattern GENERIC = Pattern.compile(
            "^(?:本|该|此|各|子|分|母|其|上市|科技|企业|大企业|平台|服务|第三方|金融|运营|管理|人工智能技术)?(?:公司|集团|企业集团|交易所|交易中心)$");
    private static final Pattern NOT_COMPANY = Pattern.compile("(?:研究院|研究所|研究中心|大学|学院|联盟|协会|学会|促进会|委员会|政府|部|局|厅|办|中心)$");
    private static final Pattern COOPERATION = Pattern.compile("合作|签署|携手|战略合作");

    private final CompanyDirectory directory;

    CompanyResolver(CompanyDirectory directory) {
        this.directory = directory;
    }

    /** One company as this document names it. */
    private static final class Found {
        final String name;
        String en;
        final TreeSet<String> aliases = new TreeSet<>();
        final List<Evidence> mentions = new ArrayList<>();
        String stockCode;
        Evidence stockCodeEvidence;
        final TreeSet<String> partners = new TreeSet<>();
        final List<Evidence> partnerEvidence = new ArrayList<>();

        Found(String name, String en) {
            this.name = name;
            this.en = en;
        }
    }

    List<CompanyFacts> resolve(Layout layout, List<AgencyMention> agencies, List<RegionMention> regions) {
        Map<String, Found> found = new LinkedHashMap<>();
        Map<String, String> surfaceToName = new LinkedHashMap<>();
        for (Paragraph p : layout.paragraphs()) {
            String text = p.string();
            stockCodes(p, text, found, surfaceToName);
            tickerLinks(p, found, surfaceToName);
            List<Range> legal = legalNames(p, text, agencies, found, surfaceToName);
            listedPatterns(p, text, found, surfaceToName);
            enumerations(p, text, regions, agencies, found, surfaceToName);
            dictionary(p, text, regions, agencies, legal, found, surfaceToName);
        }
        shortForms(found, surfaceToName);
        List<List<PhraseMatcher.Hit<String>>> hits = occurrences(layout, found, surfaceToName);
        mentions(layout, hits, found);
        partners(layout, hits, found);
        List<CompanyFacts> out = new ArrayList<>();
        for (Found f : found.values()) {
            out.add(new CompanyFacts(f.name, f.en, f.aliases, f.stockCode, f.stockCodeEvidence, f.mentions, f.partners,
                    f.partnerEvidence));
        }
        return out;
    }

    private static Found add(Map<String, Found> found, Map<String, String> surfaces, String name, String surface, String en) {
        String existing = surfaces.get(surface);
        Found f = found.get(existing != null ? existing : name);
        if (f == null) {
            f = new Found(name, en);
            found.put(name, f);
        }
        if (f.en == null) {
            f.en = en; // a quote link may name the company before the dictionary does
        }
        surfaces.putIfAbsent(surface, f.name);
        surfaces.putIfAbsent(name, f.name);
        if (!surface.equals(f.name)) {
            f.aliases.add(surface);
        }
        return f;
    }

    /** "财富趋势（SH.688318）": the name before a code in parentheses. */
    private void stockCodes(Paragraph p, String text, Map<String, Found> found, Map<String, String> surfaces) {
        Matcher m = STOCK_CODE.matcher(text.indexOf('(') >= 0 || text.indexOf('（') >= 0 ? text : "");
        while (m.find()) {
            String code = m.group("code") != null ? m.group("code") : m.group("code2") != null ? m.group("code2") : m.group("code3");
            String ex = m.group("ex") != null ? m.group("ex") : m.group("ex2") != null ? m.group("ex2")
                    : code.startsWith("6") ? "SH" : code.startsWith("0") || code.startsWith("3") ? "SZ" : "BJ";
            ex = ex.toUpperCase(java.util.Locale.ROOT);
            int end = m.start();
            int start = nameStart(text, end, 8);
            if (end - start < 2) {
                continue;
            }
            String name = text.substring(start, end);
            Found f = add(found, surfaces, name, name, null);
            f.stockCode = ex + "." + code;
            f.stockCodeEvidence = new Evidence(p.span(start, m.end()), Supports.STOCK_CODE);
        }
    }

    /** Where a name ending at {@code end} starts: after the last boundary, a context word, or {@code max} chars back. */
    private static int nameStart(String text, int end, int max) {
        int start = end;
        while (start > 0 && end - start < max && BOUNDARY_CHARS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        // "券商IT概念股财富趋势": a category word before the name is not part of it.
        String s = text.substring(start, end);
        for (String w : new String[] {"概念股", "龙头股", "成分股", "公司", "企业", "品牌", "旗下", "包括", "大厂", "巨头", "龙头", "厂商"}) {
            int at = s.lastIndexOf(w);
            if (at >= 0 && at + w.length() < s.length()) {
                start += at + w.length();
                s = text.substring(start, end);
            }
        }
        return start;
    }

    /** A finance site's quote link: a company unless the sentence uses the word as ordinary words. */
    private void tickerLinks(Paragraph p, Map<String, Found> found, Map<String, String> surfaces) {
        for (Paragraph.Link l : p.links()) {
            Matcher q = l.href() == null ? null : QUOTE_PAGE.matcher(l.href());
            if (l.code() == null && q != null && q.find()) {
                // A quote page's address carries the code: quote.eastmoney.com/sz000063.html, xueqiu.com/S/SZ000063.
                String word = p.string().substring(l.range().start(), l.range().end());
                // The address vouches for the name, so ordinary-looking names (中兴通讯) count; link labels do not.
                if (word.length() >= 2 && word.length() <= 12 && !LINK_LABEL.matcher(word).find()) {
                    Found f = add(found, surfaces, word, word, null);
                    if (f.stockCode == null) {
                        f.stockCode = q.group(1).toUpperCase(java.util.Locale.ROOT) + "." + q.group(2);
                        f.stockCodeEvidence = new Evidence(p.span(l.range()), Supports.STOCK_CODE);
                    }
                }
                continue;
            }
            if (l.code() == null) {
                continue;
            }
            String[] parts = l.code().split(",");
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
            String word = p.string().substring(l.range().start(), l.range().end());
            if (exchange == null || word.length() < 2 || Lexicon.isOrdinary(word)) {
                continue;
            }
            Found f = add(found, surfaces, word, word, null);
            if (f.stockCode == null) {
                f.stockCode = exchange + "." + parts[1];
                f.stockCodeEvidence = new Evidence(p.span(l.range()), Supports.STOCK_CODE);
            }
        }
    }

    /** "上海道客网络科技有限公司", "满帮集团": a legal form, and a name before it that is not generic. */
    private List<Range> legalNames(Paragraph p, String text, List<AgencyMention> agencies, Map<String, Found> found,
                                   Map<String, String> surfaces) {
        List<Range> out = new ArrayList<>();
        boolean candidate = text.contains("公司") || text.contains("集团") || text.contains("交易");
        Matcher m = LEGAL.matcher(candidate ? text : "");
        int covered = 0;
        while (m.find()) {
            if (m.start() < covered) {
                continue;
            }
            int end = m.end();
            int start = nameStart(text, m.start(), 24);
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
            if (GENERIC.matcher(name).find() || (!legalForm && NOT_COMPANY.matcher(stem).find())
                    || insideAgency(p, start, end, agencies) || (!legalForm && Lexicon.isOrdinary(stem))
                    || stem.startsWith("子公司")) {
                continue;
            }
            CompanyDirectory.Entry known = directory.byAlias(name);
            if (known == null && !legalForm) {
                known = directory.byAlias(stem);
            }
            add(found, surfaces, known != null ? known.name() : name, name, known != null ? known.en() : null);
            // The name without its legal form is how the same text often refers to it again.
            String bare = text.substring(start, m.start() + (m.group().startsWith("集团") ? 2 : 0));
            if (legalForm && bare.length() >= 4 && !bare.equals(name)) {
                surfaces.putIfAbsent(bare, surfaces.get(name));
            }
            out.add(new Range(start, end));
            covered = end;
        }
        return out;
    }

    private static boolean insideAgency(Paragraph p, int start, int end, List<AgencyMention> agencies) {
        for (AgencyMention a : agencies) {
            if (a.paragraph() == p.index() && a.range().start() < end && start < a.range().end()) {
                return true;
            }
        }
        return false;
    }

    /** "拓维信息10月16日在互动平台表示", "控股子公司湘江鲲鹏": how listed companies are written about. */
    private void listedPatterns(Paragraph p, String text, Map<String, Found> found, Map<String, String> surfaces) {
        Matcher m = LISTED.matcher(text.contains("互动平台") || text.contains("公告") ? text : "");
        if (m.find()) {
            add(found, surfaces, m.group("name"), m.group("name"), null);
        }
        Matcher s = SUBSIDIARY.matcher(text.contains("子公司") ? text : "");
        while (s.find()) {
            // The name runs to the next verb: take HanLP's first tokens up to one.
            String rest = s.group("name");
            StringBuilder name = new StringBuilder();
            for (var t : Lexicon.segment(text.substring(s.start("name"), Math.min(text.length(), s.start("name") + 12)))) {
                if (t.nature.toString().startsWith("v") || t.nature.toString().equals("p") || BOUNDARY_CHARS.contains(t.word)) {
                    break;
                }
                name.append(t.word);
            }
            String n = name.length() >= 2 ? name.toString() : rest;
            if (!GENERIC.matcher(n).find()) {
                add(found, surfaces, n, n, null);
            }
        }
    }

    /** "闪马、芯翌、华院、深兰等智能计算平台": a list of names closed by 等 and a kind of company. */
    private static final Pattern KIND_AFTER = Pattern.compile("^[" + Han.RANGE + "]{0,8}?(?:企业|公司|厂商|品牌|平台)");

    private void enumerations(Paragraph p, String text, List<RegionMention> regions, List<AgencyMention> agencies,
                              Map<String, Found> found, Map<String, String> surfaces) {
        // Found from each 等 backwards, item by item: a regex for the whole list backtracks badly.
        for (int deng = text.indexOf('等'); deng >= 0; deng = text.indexOf('等', deng + 1)) {
            if (deng == 0 || text.charAt(deng - 1) == '、' || !KIND_AFTER.matcher(text.substring(deng + 1,
                    Math.min(text.length(), deng + 13))).find()) {
                continue;
            }
            List<int[]> items = new ArrayList<>();
            int end = deng;
            while (true) {
                int start = end;
                while (start > 0 && end - start < 8 && isNameChar(text.charAt(start - 1))) {
                    start--;
                }
                if (end - start < 2) {
                    break;
                }
                items.add(0, new int[] {start, end});
                if (start > 0 && text.charAt(start - 1) == '、') {
                    end = start - 1;
                } else {
                    break;
                }
            }
            if (items.size() < 3) {
                continue;
            }
            // The list starts after the words before it: "高通将与|中国移动", "加快|闪马".
            int[] first = items.get(0);
            int begin = nameStart(text, first[1], 8);
            begin += Lexicon.nameStartAfterVerbs(text.substring(begin, first[1]));
            first[0] = begin;
            boolean allNames = true;
            for (int[] r : items) {
                String name = text.substring(r[0], r[1]);
                if (name.length() < 2 || Lexicon.isOrdinary(name) || overlapsAny(p, r[0], r[1], regions, agencies)) {
                    allNames = false;
                    break;
                }
            }
            if (!allNames) {
                continue;
            }
            for (int[] r : items) {
                String name = text.substring(r[0], r[1]);
                CompanyDirectory.Entry known = directory.byAlias(name);
                add(found, surfaces, known != null ? known.name() : name, name, known != null ? known.en() : null);
            }
        }
    }

    private static boolean isNameChar(char c) {
        return Han.is(c) || (c < 0x80 && Character.isLetterOrDigit(c));
    }

    private static boolean overlapsAny(Paragraph p, int start, int end, List<RegionMention> regions, List<AgencyMention> agencies) {
        for (RegionMention r : regions) {
            if (r.paragraph() == p.index() && r.range().start() < end && start < r.range().end()) {
                return true;
            }
        }
        return insideAgency(p, start, end, agencies);
    }

    /** Well-known companies by short name, where the name is a word of its sentence. */
    private void dictionary(Paragraph p, String text, List<RegionMention> regions, List<AgencyMention> agencies,
                            List<Range> legal, Map<String, Found> found, Map<String, String> surfaces) {
        for (PhraseMatcher.Hit<CompanyDirectory.Entry> h : directory.find(text)) {
            if (insideAgency(p, h.start(), h.end(), agencies) || overlapsRegion(p, h, regions)
                    || legal.stream().anyMatch(r -> r.start() <= h.start() && h.end() <= r.end())) {
                continue; // 南方电网 inside 南方电网数字电网集团有限公司 names the subsidiary, not the parent
            }
            if (h.length() <= 2) {
                // 海信 inside 上海信息化, 联想 in 联想词: not the company. A window around the hit is enough context.
                int from = Math.max(sentenceStart(text, h.start()), h.start() - WINDOW);
                int to = Math.min(text.length(), h.end() + WINDOW);
                if (!Lexicon.isNameToken(text.substring(from, to), h.start() - from, h.phrase())) {
                    continue;
                }
            }
            CompanyDirectory.Entry e = h.values().get(0);
            add(found, surfaces, e.name(), h.phrase(), e.en());
        }
    }

    private static boolean overlapsRegion(Paragraph p, PhraseMatcher.Hit<?> h, List<RegionMention> regions) {
        for (RegionMention r : regions) {
            if (r.paragraph() == p.index() && r.range().start() < h.end() && h.start() < r.range().end()
                    && (r.range().start() < h.start() || r.range().end() > h.end())) {
                return true;
            }
        }
        return false;
    }

    /** Characters of context HanLP sees on each side of a short dictionary hit. */
    private static final int WINDOW = 8;

    private static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && "。!?！？;；".indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** "上海道客公司" is 上海道客网络科技有限公司: a short form + 公司 that begins a full name. */
    private static void shortForms(Map<String, Found> found, Map<String, String> surfaces) {
        List<String> names = new ArrayList<>(found.keySet());
        for (String shortName : names) {
            if (!shortName.endsWith("公司") || shortName.contains("有限")) {
                continue;
            }
            String stem = shortName.substring(0, shortName.length() - 2);
            for (String full : names) {
                if (!full.equals(shortName) && full.startsWith(stem) && full.length() > shortName.length()) {
                    Found shortF = found.remove(shortName);
                    Found fullF = found.get(full);
                    fullF.aliases.add(shortName);
                    fullF.aliases.addAll(shortF.aliases);
                    surfaces.put(shortName, full);
                    break;
                }
            }
        }
    }

    /** Every occurrence of every name and alias found, per paragraph, longest match first. */
    private static List<List<PhraseMatcher.Hit<String>>> occurrences(Layout layout, Map<String, Found> found,
                                                                     Map<String, String> surfaces) {
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
        surfaces.forEach((surface, name) -> {
            if (found.containsKey(name)) {
                b.add(surface, name);
            }
        });
        PhraseMatcher<String> m = b.build();
        List<List<PhraseMatcher.Hit<String>>> out = new ArrayList<>();
        for (Paragraph p : layout.paragraphs()) {
            out.add(found.isEmpty() ? List.of() : m.longest(p.string()));
        }
        return out;
    }

    /** Every occurrence as evidence; a name that never occurs as a whole word is dropped. */
    private static void mentions(Layout layout, List<List<PhraseMatcher.Hit<String>>> hits, Map<String, Found> found) {
        for (Paragraph p : layout.paragraphs()) {
            for (PhraseMatcher.Hit<String> h : hits.get(p.index())) {
                Found f = found.get(h.values().get(0));
                f.mentions.add(new Evidence(p.span(h.start(), h.end()), null));
            }
        }
        found.values().removeIf(f -> f.mentions.isEmpty());
    }

    /**
     * "A与B签署战略合作", "A将与B、C、D等五家中国企业开展最新合作": cooperation
     * between companies the same sentence names; "公司…与B" means the company
     * the paragraph is about.
     */
    private static void partners(Layout layout, List<List<PhraseMatcher.Hit<String>>> allHits, Map<String, Found> found) {
        String lastSubject = null;
        for (Paragraph p : layout.paragraphs()) {
            String text = p.string();
            List<PhraseMatcher.Hit<String>> hits = allHits.get(p.index());
            if (!hits.isEmpty() && hits.get(0).start() <= 2) {
                lastSubject = hits.get(0).values().get(0);
            }
            if (hits.isEmpty() || text.indexOf('与') < 0) {
                continue;
            }
            for (Range s : Sentences.of(text)) {
                String sentence = text.substring(s.start(), s.end());
                int with = sentence.indexOf('与');
                if (with < 0 || !COOPERATION.matcher(sentence.substring(with)).find()) {
                    continue;
                }
                String a = null;
                List<String> bs = new ArrayList<>();
                for (PhraseMatcher.Hit<String> h : hits) {
                    if (h.start() < s.start() || h.end() > s.end()) {
                        continue;
                    }
                    int at = h.start() - s.start();
                    if (at < with) {
                        a = h.values().get(0);
                    } else if (!h.values().get(0).equals(a)) {
                        bs.add(h.values().get(0));
                    }
                }
                if (a == null && sentence.substring(0, with).contains("公司")) {
                    a = lastSubject; // "公司在人工智能AI领域与华为全方位战略合作"
                }
                if (a == null || bs.isEmpty()) {
                    continue;
                }
                Evidence ev = new Evidence(p.span(s.start(), s.end()), Supports.PARTNER);
                for (String other : bs) {
                    if (!other.equals(a) && found.containsKey(a) && found.containsKey(other)) {
                        found.get(a).partners.add(other);
                        found.get(other).partners.add(a);
                        found.get(a).partnerEvidence.add(ev);
                    }
                }
            }
        }
    }
}
