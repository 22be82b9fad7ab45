package org.policykg.concern.company;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.Lexicon;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Paragraph;
import org.policykg.text.Han;

/**
 * How the text writes about companies when it does not say they are companies: the
 * listed-company phrasing of financial news ("拓维信息10月16日在互动平台表示", "控股子公司湘江鲲鹏")
 * and a list closed by 等 and a kind of company ("闪马、芯翌、华院、深兰等智能计算平台").
 */
final class Phrasing {
    private static final Pattern LISTED = Pattern.compile(
            "^(?<name>[" + Han.RANGE + "A-Za-z]{2,8}?)(?:\\d{1,2}月\\d{1,2}日)?(?:在(?:投资者)?互动平台(?:上)?表示|发布公告|公告称|晚间公告)");
    private static final Pattern SUBSIDIARY = Pattern.compile("(?:控股|全资)?子公司(?<name>[" + Han.RANGE + "A-Za-z]{2,8})");
    /**
     * Words for firms of a kind: 企业 and 公司, the 企 of 企业 after an owner or a trade (央企, 国企, 民企, 外企, 车企,
     * 房企, 药企, 险企: 中央企业, 汽车企业 …), a maker (车厂, 厂家), an investment firm (投资机构, 创投机构: venture
     * and private-equity firms, 云锋基金、高捷资本等8家头部投资机构) and the finance trades' own words for their firms
     * (工行、建行等国有大行 is read by the directory; 招商、中信等头部券商, 高毅、景林等百亿私募, 甲、乙等城商银行 — not 银行业,
     * 银行间, 银行卡).
     */
    private static final String FIRM_WORD = "(?:企业|公司|[央国民外车房药险]企|车厂|厂家|(?:投资|创投|风投)机构|银行(?![业间卡])|券商|私募)";
    /** What may follow a list's 等: a kind of company. */
    private static final Pattern KIND_AFTER = Pattern.compile("^[" + Han.RANGE + "]{0,8}?(?:" + FIRM_WORD + "|厂商|品牌|平台)");
    /**
     * A kind that says the members are firms (等一批行业领军企业, 等龙头企业, 等商业航天企业, 等大型央企, 等车厂,
     * 等国内一流民营或股份制企业, 等世界500强外资企业), not products or platforms.
     */
    private static final Pattern FIRM_KIND_AFTER = Pattern.compile("^(?:一批)?[^\\p{P}\\s为给对向在使让帮]{0,12}?" + FIRM_WORD);
    /**
     * A kind of firm right after the list (等企业, 等知名企业, 等一批龙头企业): only then may its last two members be
     * joined by 和 ({@link #lastJoined}); a kind further on is often the object of a verb after a list of means
     * (算力券、数据券和揭榜挂帅等方式支持人工智能企业).
     */
    private static final Pattern NEAR_FIRM_KIND_AFTER = Pattern.compile("^[^\\p{P}\\s]{0,4}?" + FIRM_WORD);
    /**
     * A kind of company counted as news counts those present (等超100家省内企业, 等30余户企业, 等近千家企业):
     * the members are firms, so brand names made of common words (航天恒星) pass where half the list are names. Makers
     * counted (阿里云、海尔卡奥斯等三家厂商) are firms too, where 手机、电脑等厂商 uncounted names the makers of products.
     */
    private static final Pattern COUNTED_KIND_AFTER = Pattern.compile("^(?:超过|超|近|约|逾)?(?:\\d+|[一二三四五六七八九十百千万两]+)(?:余|多)?[家户个间]["
            + Han.RANGE + "]{0,8}?(?:企业|公司|(?:投资|创投|风投)机构|银行|券商|私募|厂商)");

    /**
     * Stocks closing a list, as market news counts them (等多只AI概念股, 等十余股集体涨停, 等多股): a listed firm's
     * stock is written by the firm's short name, so the members are firms. Bare 股 needs its count (等股东 is no
     * stock) and is the first 股 after it (等3名股东共同持股: shareholders, who hold shares); 概念股, 龙头股, 个股 and
     * 股票 name stocks themselves.
     */
    private static final Pattern STOCKS_AFTER = Pattern.compile("^(?:超过|超|近|约|逾)?(?:(?:\\d+|[一二两三四五六七八九十百千]+|多|数|几)(?:余|多)?"
            + "(?:只|个|家)?[" + Han.RANGE + "A-Za-z&&[^股]]{0,6}?(?:概念股|龙头股|个股|股票|股(?![东权份价市本息民指]))"
            + "|[" + Han.RANGE + "A-Za-z]{0,6}?(?:概念股|龙头股|个股|股票))");

    /**
     * A count of firms right after a list (天门电信、移动、联通三家通信商; 甲、乙两家企业), or the count a statistical
     * report gives them in 户 and says what they are (其中甲、乙、丙3户为高新技术企业): when the count equals the
     * list's items, each item names one firm, short forms (移动, 联通) included.
     */
    private static final Pattern EXACT_COUNT = Pattern.compile("^(?<n>[两二三四五六七八九]|\\d)[家户](?:为|是)?[" + Han.RANGE
            + "]{0,6}?(?:企业|公司|通信商|运营商|银行|集团|厂商|券商)");
    private static final String COUNT_DIGITS = "两二三四五六七八九";

    private Phrasing() {
    }

    /**
     * "拓维信息10月16日在互动平台表示" opening a paragraph, and every "控股子公司X"; X ends before an officer's title
     * ({@code titles}: 子公司中国电子云副总裁李树翀 names 中国电子云, then its vice-president).
     */
    static void listed(Paragraph p, Pattern titles, Companies found) {
        String text = p.string();
        Matcher m = LISTED.matcher(text.contains("互动平台") || text.contains("公告") ? text : "");
        if (m.find()) {
            // 随后星澜科技发布公告: a time word or connective opening the paragraph is no part of the name
            int start = NameBounds.afterEdge(text, m.start("name"), m.end("name"));
            found.add(text.substring(start, m.end("name")));
        }
        Matcher s = SUBSIDIARY.matcher(text.contains("子公司") ? text : "");
        while (s.find()) {
            if (Lexicon.segment(text.substring(s.start("name"), Math.min(text.length(), s.start("name") + 4))).get(0).nature
                    .toString().startsWith("t")) {
                continue; // 银行理财子公司上半年业绩出炉: subsidiaries of a kind, then a time, no name
            }
            // The name runs to the next verb: take HanLP's first tokens up to one.
            String rest = s.group("name");
            StringBuilder name = new StringBuilder();
            int tokens = 0;
            for (var t : Lexicon.segment(text.substring(s.start("name"), Math.min(text.length(), s.start("name") + 12)))) {
                String nature = t.nature.toString();
                // 控股子公司华夏基金上半年实现…: a time word ends the name as a verb does
                if (nature.startsWith("v") || nature.equals("p") || nature.startsWith("t") || NameBounds.BOUNDARY_CHARS.contains(t.word)) {
                    break;
                }
                name.append(t.word);
                tokens++;
            }
            if (name.length() == 0) {
                continue; // 全资子公司开展资产管理业务: a verb right after 子公司, which is its subject, no name
            }
            if (tokens == 1 && Lexicon.isOrdinary(name.toString())) {
                continue; // 补充境内外子公司资本金, 子公司股权: one common noun, what the subsidiaries have, no name
            }
            String n = name.length() >= 2 ? name.toString() : rest;
            Matcher officer = titles.matcher(n);
            if (officer.find() && officer.start() >= 2) {
                n = n.substring(0, officer.start());
            }
            if (!NameBounds.GENERIC.matcher(n).find()) {
                found.add(n);
            }
        }
    }

    /**
     * Lists of three or more names closed by 等 (or another closer of {@code lexicon/firm-sets.tsv}, role closer:
     * 这样的, 这类) and a kind of company, none of them a region, body or ordinary word: {@code regions} and
     * {@code bodies} are the paragraph's mentions. A closer followed by a word of {@code means} (role means:
     * 等方式, 等措施) closes a list of means.
     */
    static void lists(Paragraph p, List<RegionMention> regions, List<AgencyMention> bodies, CompanyDirectory directory,
                      PhraseMatcher<String> closers, PhraseMatcher<String> means, TradeNames trade, Companies found) {
        String text = p.string();
        // Found from each closer backwards, item by item: a regex for the whole list backtracks badly.
        for (PhraseMatcher.Hit<String> closer : closers.all(text)) {
            int deng = closer.start();
            int to = Math.min(text.length(), closer.end() + 19);
            boolean counted;
            boolean firms;
            boolean joinable;
            if (EXAMPLES.equals(closer.values().get(0))) {
                // 广州有四家上榜企业，以甲、乙和丙为代表。: the kind of firm stands before the list, in its sentence
                if (deng == 0 || text.charAt(deng - 1) == '、' || closer.end() < text.length()
                        && !CLAUSE_END.contains(text.substring(closer.end(), closer.end() + 1)) || !firmKindBefore(text, deng)) {
                    continue;
                }
                counted = false;
                firms = true;
                joinable = true;
            } else {
                if (deng == 0 || text.charAt(deng - 1) == '、' || !kindWordIn(text, closer.end(), to)) {
                    continue; // most 等 close lists of tasks or fields: no kind of firm, stock or platform follows
                }
                String after = text.substring(closer.end(), to);
                counted = COUNTED_KIND_AFTER.matcher(after).find() || STOCKS_AFTER.matcher(after).find();
                firms = counted || FIRM_KIND_AFTER.matcher(after).find();
                if (!firms && !KIND_AFTER.matcher(after).find() || after.startsWith("品牌")) {
                    continue; // 做强绿铝、绿铜、绿硅等品牌: products' brands, not firms
                }
                if (after.length() >= 2 && !means.get(after.substring(0, 2)).isEmpty()) {
                    continue; // 算力券、数据券等方式支持人工智能企业: means, and the firms are the verb's object
                }
                joinable = counted || firms && NEAR_FIRM_KIND_AFTER.matcher(after).find();
            }
            List<int[]> items = itemsBefore(text, deng, Integer.MAX_VALUE, joinable ? directory : null);
            if (firms && !joinable) {
                // 甲、百度和中兴通讯等全球知名IT企业: the kind further on, but both sides of the last conjunction are firms
                // found or in the directory, so the conjunction joins two members, not two words of one
                List<int[]> joined = itemsBefore(text, deng, Integer.MAX_VALUE, directory);
                if (joined.size() == items.size() + 1 && joined.subList(joined.size() - 2, joined.size()).stream()
                        .allMatch(r -> found.surfaces.containsKey(text.substring(r[0], r[1]))
                                || directory.byAlias(text.substring(r[0], r[1])) != null)) {
                    items = joined;
                }
            }
            if (items.size() < (firms ? 2 : 3)) {
                continue;
            }
            if (!firms && items.stream().skip(1).anyMatch(r -> !found.surfaces.containsKey(text.substring(r[0], r[1]))
                    && !isName(text, r[0], r[1], regions, bodies))) {
                continue; // a list closed by a platform or brand keeps all its members names; the later ones are known already
            }
            // The list starts after the words before it: "高通将与|中国移动", "加快|闪马".
            int[] first = items.get(0);
            int begin = NameBounds.nameStart(text, first[1], 8);
            int lead = Lexicon.nameStartAfterVerbs(text.substring(begin, first[1]));
            if (first[1] - begin - lead < 2 && NameBounds.edgeEndsAt(text, begin)) {
                lead = 0; // 支持|超聚变: the verb before a name made of verbs (超|聚变) was cut as a word of role edge
            } else if (first[1] - begin - lead < 2 && first[1] - begin >= 4) {
                // 培育了|超聚变: a name made of verbs (超|聚变) loses only the words before it
                lead = Math.min(lead, Lexicon.segment(text.substring(begin, first[1])).get(0).word.length());
            }
            first[0] = begin + lead;
            first[0] += afterHave(text.substring(first[0], first[1])); // 技术装备展区已有|米其林、佛瑞亚…等企业
            first[0] += afterPlace(text, first[0], first[1], directory);
            if (first[1] - first[0] < 2 && items.size() > 2) {
                items.remove(0); // 三六零、因赛集团…等十余股: the words before the list took all of the first item
            }
            // A list half or more of whose members are places alone (ListMates) lists where, not whose: 在美国、智利、
            // 西班牙等世界各地都设有公司, where a place's name reads as a name to the tagger. Among firms a place word is a
            // firm's short name (汇添富、中欧、鹏华、永赢等一批基金公司: 中欧 of 中欧基金), so one such member keeps the list.
            long places = items.stream().filter(r -> ListMates.barePlace(text.substring(r[0], r[1]))).count();
            if (2 * places >= items.size()) {
                continue;
            }
            // A member another rule already took for a company (能源集团, by its legal form) is a name too.
            long strict = 0;
            long names = 0;
            // Under a kind of firm, a 字号 and its trade word (天衡科技, 东岭矿业) is a firm's short name, words or not.
            boolean[] shaped = new boolean[items.size()];
            for (int i = 0; i < items.size(); i++) {
                shaped[i] = firms && trade.shaped(text, items.get(i)[0], items.get(i)[1], regions);
            }
            int at = 0;
            for (int[] r : items) {
                String item = text.substring(r[0], r[1]);
                boolean name = isName(text, r[0], r[1], regions, bodies); // HanLP's segmenter: once per member
                if (name || found.surfaces.containsKey(item) || counted && directory.byAlias(item) != null || shaped[at++]) {
                    strict++;
                }
                if (firms && !name && (directory.byAlias(item) != null || properNoun(item))) {
                    names++;
                }
            }
            names += strict;
            // Closed by a kind of firm (等一批龙头企业, 等30余户企业), half the members names and one a name HanLP
            // does not know: brand names made of common words pass (超聚变、中创智领等一批行业领军企业), a list of
            // fields (新能源汽车、光伏等龙头企业) or one with a common noun (高校、科研院所) does not.
            boolean members = firms && strict >= 1 && 2 * names >= items.size();
            for (int i = 0; i < items.size() && members; i++) {
                int[] r = items.get(i);
                members = r[1] - r[0] >= 2 && !NameBounds.coveredBy(regions, r[0], r[1]) && !NameBounds.overlaps(bodies, r[0], r[1])
                        && (counted || shaped[i] || directory.byAlias(text.substring(r[0], r[1])) != null
                        || !commonNoun(text.substring(r[0], r[1]))); // 吉利, 天下秀: a firm's name that is also a word
            }
            if (names == items.size() && items.size() >= 3 || members) {
                for (int[] r : items) {
                    String name = text.substring(r[0], r[1]);
                    found.add(name, directory.byAlias(name));
                }
            }
        }
    }

    /**
     * The items of a list joined by 、 that ends at {@code end}, found backwards (at most
     * {@code max}): each a run of 2 to 8 name characters. Given the {@code directory}, the last two may
     * be joined by a conjunction instead (甲、乙和丙等企业; 甲和乙等企业; {@link #lastJoined}).
     */
    private static List<int[]> itemsBefore(String text, int end, int max, CompanyDirectory directory) {
        List<int[]> items = new ArrayList<>();
        int[] last = directory == null ? null : lastJoined(text, end, directory);
        if (last != null && max >= 2) {
            items.add(new int[] {last[0] + 1, end});
            end = last[0];
        }
        while (items.size() < max) {
            int start = end;
            while (start > 0 && end - start < 8 && NameBounds.isNameChar(text.charAt(start - 1))) {
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
        return items.size() == 1 && last != null ? List.of() : items;
    }

    /**
     * Where a conjunction joins the list's last item to the one before it ({@code [at, at + 1)}: 乙和丙, 乙与丙,
     * 乙及丙), each side two to eight name characters; null when there is none. A firm's own 和 stands after one
     * character (中和农信, 万和电气, 天和防务) or opens the name (和而泰), and a known name that holds one (a directory
     * alias) is kept whole. HanLP is no judge here: it reads 智造和 of 鸿途智造和青屿声学 as a person's name.
     */
    private static int[] lastJoined(String text, int end, CompanyDirectory directory) {
        int start = end;
        while (start > 0 && end - start < 17 && NameBounds.isNameChar(text.charAt(start - 1))) {
            start--;
        }
        for (int at = end - 3; at >= start + 2 && at >= end - 9; at--) {
            char c = text.charAt(at);
            if (c == '和' || c == '与' || c == '及') {
                int from = Math.max(start, at - 8);
                return directory.byAlias(text.substring(from, end)) == null ? new int[] {at, at + 1} : null;
            }
        }
        return null;
    }

    /**
     * Where a known firm's name begins after a place phrase glued before the list's first member (高新区内|宁德时代,
     * 榜单中|谷歌): 0 unless the member ends in a directory name that follows 内, 中 or 里 and two characters or more
     * stand before it.
     */
    static int afterPlace(String text, int start, int end, CompanyDirectory directory) {
        for (int at = start + 2; at <= end - 3; at++) {
            if ("内中里".indexOf(text.charAt(at)) >= 0 && directory.byAlias(text.substring(at + 1, end)) != null) {
                return at + 1 - start;
            }
        }
        return 0;
    }

    /**
     * Lists of firms joined by 、 and closed by their exact count and a kind of firm (天门电信、移动、联通三家通信商), the
     * count also after the list's 等 (甲、乙、丙等3家试点示范企业).
     */
    static void countedLists(Paragraph p, List<RegionMention> regions, List<AgencyMention> bodies, CompanyDirectory directory,
                             Companies found) {
        String text = p.string();
        for (int jia = nextCount(text, 0); jia > 0; jia = nextCount(text, jia + 1)) {
            int at = jia - 1;
            Matcher m = EXACT_COUNT.matcher(text.substring(at, Math.min(text.length(), jia + 12)));
            if (!m.find() || at == 0 || text.charAt(at - 1) == '、' || Character.isDigit(text.charAt(at - 1))) {
                continue; // 江波龙、TCL科技等42家公司: 42 is no count of 2
            }
            char c = m.group("n").charAt(0);
            int n = Character.isDigit(c) ? c - '0' : c == '两' ? 2 : COUNT_DIGITS.indexOf(c) + 1;
            // 甲、乙、丙等3家企业: the list's 等 stands between its last member and the count
            int end = at > 1 && text.charAt(at - 1) == '等' && text.charAt(at - 2) != '、' ? at - 1 : at;
            List<int[]> items = itemsBefore(text, end, n + 1, directory);
            if (n < 2 || items.size() != n) {
                continue;
            }
            int[] first = items.get(0);
            first[0] = NameBounds.nameStart(text, first[1], 8);
            first[0] += Lexicon.nameStartAfterVerbs(text.substring(first[0], first[1]));
            first[0] += afterHave(text.substring(first[0], first[1]));
            first[0] += afterPlace(text, first[0], first[1], directory);
            boolean names = items.stream().allMatch(r -> r[1] - r[0] >= 2
                    && !NameBounds.GENERIC.matcher(text.substring(r[0], r[1])).find() && !predicate(text.substring(r[0], r[1]))
                    && !NameBounds.overlaps(bodies, r[0], r[1])
                    && regions.stream().noneMatch(g -> g.range().start() <= r[0] && g.range().end() >= r[1]));
            if (names) {
                for (int[] r : items) {
                    String name = text.substring(r[0], r[1]);
                    found.add(name, directory.byAlias(name));
                }
            }
        }
    }

    /** The next classifier of a count of firms from {@code from} on (家, or the 户 of statistical reports), or -1. */
    private static int nextCount(String text, int from) {
        int jia = text.indexOf('家', from);
        int hu = text.indexOf('户', from);
        return jia < 0 ? hu : hu < 0 ? jia : Math.min(jia, hu);
    }

    /**
     * Whether a member runs on into a verb after its first word (英特尔和R2同意解除两家公司之间的诉讼: R2同意解除 is a
     * clause, the count is of its object): a firm's name may open with a word HanLP reads as a verb (联想), never
     * hold one further on.
     */
    private static boolean predicate(String item) {
        var terms = Lexicon.segment(item);
        for (int i = 1; i < terms.size(); i++) {
            String nature = terms.get(i).nature.toString();
            if (terms.get(i).word.length() >= 2 && (nature.equals("v") || nature.equals("vi"))) { // 移动/vn of 中国移动 is a noun
                return true;
            }
        }
        return false;
    }

    /**
     * Where a counted list's first member begins after the 有 that introduces the list
     * (央企类项目有中国融通、中建市政、中铁置业3家企业: the projects' kind, then the firms); 0 when
     * HanLP finds no 有 on its own (有色, 有研 are words of a name).
     */
    static int afterHave(String phrase) {
        int at = 0;
        int after = 0;
        for (var t : Lexicon.segment(phrase)) {
            at += t.word.length();
            if (have(t) && at < phrase.length()) {
                after = at;
            }
        }
        return after;
    }

    /**
     * 有 on its own, or a verb of having that ends in it (已有, 还有, 共有, 拥有: a verb or adverb to HanLP); 国有 and 所有
     * (distinguishing words) and 有色 are other words.
     */
    private static boolean have(com.hankcs.hanlp.seg.common.Term t) {
        if (t.word.equals("有")) {
            return true;
        }
        String nature = t.nature.toString();
        return t.word.length() == 2 && t.word.endsWith("有") && (nature.startsWith("v") || nature.startsWith("d"));
    }

    /** One person's or organisation's name or abbreviation to HanLP (牧原/nr, 平高/nr): in a list of firms, a firm's. */
    private static boolean properNoun(String s) {
        var terms = Lexicon.segment(s);
        return terms.size() == 1 && s.length() >= 2 && terms.get(0).nature.toString().matches("nr\\w*|nt\\w*|j");
    }

    /**
     * Common nouns, verbs or adjectives to HanLP (高校, 制造业, 科研院所), or a trade and 商 (物流商, 采购商): a
     * field or a kind, no firm's name. HanLP's other proper nouns (nz) are names (宇通) and terms (光伏) alike.
     */
    static boolean commonNoun(String s) {
        var terms = Lexicon.segment(s);
        boolean common = terms.stream().allMatch(t -> t.nature.toString().matches("n|vn|nis|nnt|nl|b|a|v|f|s"));
        boolean trader = s.endsWith("商") && s.length() >= 3 && Lexicon.isOrdinary(s.substring(0, s.length() - 1));
        return common && (terms.size() == 1 || terms.stream().noneMatch(t -> t.word.length() == 1)) || trader;
    }

    /** The role of a closer whose kind of firm stands before the list ({@code firm-sets} role examples: 为代表). */
    static final String EXAMPLES = "examples";
    /** What ends a clause after a list closed by its examples' closer (以甲、乙为代表。). */
    private static final String CLAUSE_END = "，。；！？,;";
    private static final Pattern FIRM_WORD_ANYWHERE = Pattern.compile(FIRM_WORD);

    /** Whether the sentence before {@code at} (back to 。 ； ！ ？ or the paragraph's start) names a kind of firm. */
    private static boolean firmKindBefore(String text, int at) {
        int from = at;
        while (from > 0 && "。；！？;".indexOf(text.charAt(from - 1)) < 0 && at - from < 80) {
            from--;
        }
        return FIRM_WORD_ANYWHERE.matcher(text).region(from, at).find();
    }

    private static boolean isName(String text, int start, int end, List<RegionMention> regions, List<AgencyMention> bodies) {
        return end - start >= 2 && !NameBounds.overlaps(regions, start, end) && !NameBounds.overlaps(bodies, start, end)
                && !Lexicon.isOrdinary(text.substring(start, end));
    }

    /**
     * Whether a character that ends a kind of firm, platform, brand or stock (企业, 公司, 央企, 车厂, 厂商, 品牌,
     * 平台, 概念股, 银行, 券商, 私募: 企 司 厂 牌 台 股 行 商 募) stands in {@code [from, to)}: every pattern of what follows a list's 等
     * needs one, and a character test is cheaper than four patterns at each 等.
     */
    private static boolean kindWordIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("企司厂牌台股行商募".indexOf(text.charAt(i)) >= 0 || text.startsWith("机构", i) && i >= from + 2
                    && "资投".indexOf(text.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
