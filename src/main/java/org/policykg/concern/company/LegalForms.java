package org.policykg.concern.company;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.RegionMention;
import org.policykg.recognize.Lexicon;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.text.Han;

/**
 * Names with a legal form ("上海道客网络科技有限公司", "满帮集团", "…农商联合银行"), unless the name before the
 * form is generic (该公司), a public body's or institute's (…研究院), or an ordinary word.
 */
final class LegalForms {
    private static final Pattern LEGAL = Pattern.compile(
            "(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|交易所|交易中心|银行|集团|公司)");
    private static final Pattern NOT_COMPANY = Pattern.compile("(?:研究院|研究所|研究中心|大学|学院|联盟|协会|学会|促进会|委员会|政府|部|局|厅|办|中心)$");

    /** "北交所上市公司", "境内外上市企业": firms listed somewhere are a class of firms, not one firm. */
    private static final Pattern LISTED = Pattern.compile("(?:上市|挂牌)$");
    /** What makes 银行 a word about banking (银行间市场, 银行业金融机构, 银行同业公会), not the end of a bank's name; 银行业绩 is a bank's. */
    private static final Pattern BANKING_WORD = Pattern.compile("(?:间|业(?!绩)|同业)");
    /** A phrase opening with a determiner (此制度涵盖数字资产交易所, 该集团) names a kind, not one firm. */
    private static final Pattern DETERMINER = Pattern.compile("^(?:此|该|这|那|各)");

    /**
     * A count of firms before the form (11家银行, 多家公司, 三家分公司): how many, not which; so is one firm
     * described by its size (一家2万亿美元公司). 万家乐 and 国家电网 hold no count.
     */
    private static final Pattern COUNTED = Pattern.compile(
            "(?:\\d+|[一二两三四五六七八九十]+|多|几|数|若干)家(?:\\p{IsHan}{0,3}|[\\d.]+[万亿千百]*(?:美元|港元|欧元|元)?)$");

    /** The titles ({@code lexicon/person-titles.tsv}) a person's name follows. */
    private final Pattern title;
    /**
     * What makes 公司 a bank's or broker's corporate line of business (公司研究主管, 公司金融部, 公司业务总监), as against
     * its retail side, rather than the legal form ending a firm's name: a line word, then a unit or an officer
     * (lexicon/firm-name-context.tsv roles line and line-unit).
     */
    private final Pattern corporateLine;
    /**
     * What makes 银行 the target of a kind of malware (银行恶意软件, 银行木马, 银行病毒), not the end of a bank's name
     * (lexicon/firm-name-context.tsv role malware).
     */
    private final Pattern bankingMalware;
    /** Words that make the phrase a set of firms ({@code lexicon/firm-sets.tsv}): 市属国有大型商业集团, 各地县公司. */
    private final Pattern setLead;
    private final Pattern setInside;
    /** A stem made only of words for a field or a size of firm (AI公司, 大型互联网公司): a kind, not a name. */
    private final Pattern kind;
    /**
     * What stands before a firm still to be formed ({@code lexicon/firm-sets.tsv} roles plan and form): a plan
     * word and a word of forming (推动组建, 稳妥有序组建), or 筹建 alone. The firm does not exist yet, so it names
     * none; a firm formed (新组建, 组建运营) does.
     */
    private final Pattern planned;
    /** A country opening a stem (中国, 美国: {@code firm-sets} role country), whose firms of a kind are a class. */
    private final Pattern countries;
    /** The trade words of a registered name ({@code firm-sets} roles tail, kind and trade, less 集团 and 股份). */
    private final PhraseMatcher<String> trades;

    LegalForms(CueWords cues) {
        this.title = Pattern.compile(cues.alternation("person-titles", "office"));
        this.corporateLine = Pattern.compile("(?:" + cues.alternation("firm-name-context", "line") + ")(?:"
                + cues.alternation("firm-name-context", "line-unit") + ")");
        this.bankingMalware = Pattern.compile("(?:" + cues.alternation("firm-name-context", "malware") + ")");
        this.setLead = Pattern.compile("^(?:" + cues.alternation("firm-sets", "lead") + ")");
        this.setInside = Pattern.compile(cues.alternation("firm-sets", "inside"));
        this.kind = Pattern.compile("^(?:" + cues.alternationOfRoles("firm-sets", "kind", "kind-tail") + ")+$");
        this.countries = Pattern.compile("(?:中国|" + cues.alternation("firm-sets", "country") + ")");
        this.trades = PhraseMatcher.keywords(cues.wordsOfRoles("firm-sets", "tail", "kind", "kind-tail", "trade", "trade-line")
                .stream().filter(w -> !w.equals("集团") && !w.equals("股份")).toArray(String[]::new));
        this.planned = Pattern.compile("(?:(?:" + cues.alternation("firm-sets", "plan") + ")(?:" + cues.alternation("firm-sets", "form")
                + ")|筹建|筹设)$");
    }

    /** Whether the words right before {@code start} say the firm is still to be formed (推动组建|省物流集团). */
    private boolean stillToForm(String text, int start) {
        return planned.matcher(text).region(Math.max(0, start - 8), start).find();
    }

    /**
     * Whether the words before the legal form (the stem, at {@code start}) describe a set of firms rather
     * than name one; a count inside a place's name (五家渠) is no count.
     */
    private boolean setOfFirms(String stem, int start, List<RegionMention> regions) {
        Matcher c = COUNTED.matcher(stem);
        boolean counted = c.find() && !NameBounds.overlaps(regions, start + c.start(), start + stem.indexOf('家', c.start()) + 1);
        // a place and a kind (中国科技公司, 美国互联网公司): the firms of a place as a class; a place alone before the
        // form (宁波银行) stays a name
        boolean placeKind = regions.stream().anyMatch(r -> r.range().start() == start && r.range().end() < start + stem.length()
                && kindOfFirm(stem.substring(r.range().end() - start)));
        Matcher country = countries.matcher(stem);
        placeKind |= country.lookingAt() && country.end() < stem.length() && kindOfFirm(stem.substring(country.end()));
        return setLead.matcher(stem).find() || setInside.matcher(stem).find() || kind.matcher(stem).matches() || counted || placeKind;
    }

    /** Whether the words before a form name a kind of firm (互联网, 大型软件; 科技 and the other kinds of {@link NameBounds#GENERIC}). */
    private boolean kindOfFirm(String words) {
        return kind.matcher(words).matches() || NameBounds.GENERIC.matcher(words + "公司").matches();
    }

    /**
     * Adds the paragraph's names with a legal form; returns where they stand.
     *
     * @param bodies  the paragraph's agency mentions: 北京市人民政府 is no company
     * @param regions the paragraph's region mentions: where a firm's name glued to a person's opens
     */
    List<Range> find(Paragraph p, List<AgencyMention> bodies, List<RegionMention> regions, CompanyDirectory directory,
                     Companies found) {
        String text = p.string();
        List<Range> out = new ArrayList<>();
        boolean candidate = text.contains("公司") || text.contains("集团") || text.contains("交易") || text.contains("银行");
        Matcher m = LEGAL.matcher(candidate ? text : "");
        int covered = 0;
        // Names rejected only because their stem is an ordinary word (能源集团), kept for a list.
        List<int[]> ordinary = new ArrayList<>();
        while (m.find()) {
            if (m.start() < covered || m.end() < text.length() && text.charAt(m.end()) == '化') {
                continue; // 集团化办学, 公司化运作: the form as a way of organising, not a firm's name
            }
            if (m.group().equals("公司") && corporateLine.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // 亚太区公司研究主管, 公司金融部: a bank's corporate line of business, not a firm's legal form
            }
            if (m.group().equals("银行") && BANKING_WORD.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // 银行间市场, 银行业金融机构: words about banking, not a bank's name
            }
            if (m.group().equals("银行") && bankingMalware.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // Astaroth 银行恶意软件, 银行木马: malware that robs bank accounts, named by its family, no bank
            }
            int end = m.end();
            int open = placeInParentheses(text, m.start(), regions);
            // 腾讯科技（深圳）有限公司: 字号（行政区划）组织形式, the place in parentheses inside the name
            int start = NameBounds.nameStart(text, open >= 0 ? open : m.start(), 24);
            start = clauseOpening(text, start, m.start());
            if (m.start() - start < 2) {
                continue;
            }
            int phrase = start;
            boolean headed = false;
            int row = afterRowNumber(text, start, m.start(), m.end() == text.length());
            if (row >= 0) {
                start = row; // a table's row number glued before the name: no verbs stand between them
            } else {
                int named = start + Lexicon.nameStartAfterVerbs(text.substring(start, m.start()));
                // 腾跃信息技术有限公司: a 字号 HanLP reads as a verb (腾跃, 飞腾) with only trade words left after it; a
                // registered name (…有限公司) holds a 字号 (企业名称登记管理规定), so the "verb" is it. A short form
                // (能源集团) may drop its 字号, so the rule is the registered name's only.
                boolean registered = m.group().contains("有限") && named > start && named < m.start()
                        && Lexicon.segment(text.substring(start, named)).size() == 1;
                start = registered && tradeWords(text.substring(named, m.start())) ? start : named;
                // 为修正药业集团下属子公司 under the heading 修正药业集团柳河制药有限公司: the 字号 the heading gives
                int mark = start == named ? NameHeadings.markBefore(text, phrase, named, m.start(), found.headings) : -1;
                headed = mark >= 0;
                start = headed ? mark : start;
                start += Phrasing.afterHave(text.substring(start, m.start())); // 新能源类项目有|庞大集团
                start = Math.max(start, relativeStart(text, phrase, m.start()));
                start = acrossGrammarChar(text, phrase, start, m.start(), regions, bodies);
            }
            start = knownEnding(text, start, end, directory, regions);
            start = afterPerson(p, text, start, m.start(), regions);
            // A branch after any legal form: 中国出口信用保险公司安徽分公司, 中国银行江苏省分行.
            end = NameBounds.branchEnd(text, end, regions);
            if (m.start() - start < 2 || m.group().equals("银行") && m.start() - start < 4
                    && !shortBank(text, start, m.start(), m.end(), regions)) {
                continue; // a bank's name says whose it is and what kind: 巴塞尔银行监管…, 非属银行 are not names
            }
            String name = text.substring(start, end);
            String stem = text.substring(start, m.start());
            if (elidedBranch(stem, m.group(), start, regions) || stillToForm(text, start)) {
                continue; // 中信保广东分公司、深圳分公司: the second branch's company is named before it
            }
            if (m.group().equals("公司") && LatinLegalForms.latinBeforeGongsi(text.substring(phrase, m.start()))) {
                continue; // SlashNext公司: the Latin name is the firm's ({@link LatinLegalForms})
            }
            if ((m.group().equals("公司") || m.group().equals("集团")) && LatinLegalForms.describesLatinName(text, stem, m.end())) {
                continue; // 美国电动汽车公司Rivian: the words say what the firm named in Latin letters is
            }
            boolean legalForm = m.group().contains("有限") || m.group().equals("集团公司");
            if (NameBounds.GENERIC.matcher(name).find() || DETERMINER.matcher(name).find() || (!legalForm && NOT_COMPANY.matcher(stem).find())
                    || NameBounds.overlaps(bodies, start, end) || stem.startsWith("子公司") || LISTED.matcher(stem).find()
                    || m.group().equals("公司") && stem.endsWith("子") || setOfFirms(stem, start, regions)) {
                continue; // "设立AI科技子公司": a kind of company
            }
            boolean own = (stem.startsWith("省") || stem.startsWith("市")) && m.group().startsWith("集团"); // 省水投集团, 市数据集团
            // 聚星公司 after 绵阳聚星汽车零部件制造有限公司: the 字号 of a firm named before, with 公司, is that firm
            String owner = m.group().equals("公司") ? found.surfaces.get(stem) : null;
            if (!legalForm && !own && owner == null && !headed && Lexicon.isOrdinary(stem)) {
                ordinary.add(new int[] {start, end});
                continue;
            }
            CompanyDirectory.Entry known = directory.byAlias(name);
            if (known == null && !legalForm && end == m.end()) { // a branch (…公司甘肃分公司) is not its parent
                known = directory.byAlias(stem);
            }
            owner = known == null ? owner : null;
            Companies.Company firm = owner != null ? found.add(owner, name, null) : found.add(name, known);
            // The name without its legal form is how the same text often refers to it again.
            String bare = text.substring(start, m.start() + (m.group().startsWith("集团") ? 2 : 0));
            if (legalForm && bare.length() >= 4 && !bare.equals(name)) {
                found.surfaces.putIfAbsent(bare, found.surfaces.get(name));
            }
            if (legalForm && end == m.end()) {
                shortForms(text, start, m.start(), end, regions, firm, found);
                StockCodes.afterName(p, start, end, firm);
            }
            out.add(new Range(start, end));
            covered = end;
        }
        listed(text, ordinary, out, directory, found);
        return out;
    }

    /**
     * Whether a bank named by two or three characters is one bank: the stem is a name or a place (恒丰银行,
     * 中原银行, 齐鲁银行, a city's commercial bank 宁波银行), not ordinary words or grammar (非属银行), and
     * 银行 is not the start of a word about banking (银行业, 银行间, 银行卡, 银行监管).
     */
    private static boolean shortBank(String text, int start, int formStart, int formEnd, List<RegionMention> regions) {
        if (formEnd < text.length() && "业间卡监".indexOf(text.charAt(formEnd)) >= 0) {
            return false;
        }
        String stem = text.substring(start, formStart);
        if (regions.stream().anyMatch(r -> r.range().start() == start && r.range().end() == formStart)) {
            return true;
        }
        var terms = Lexicon.segment(stem);
        if (terms.size() == 1) {
            String nature = terms.get(0).nature.toString();
            return nature.startsWith("ns") || nature.startsWith("nr") || nature.startsWith("nt") || nature.equals("nz")
                    || nature.equals("j");
        }
        // 恒|丰: characters HanLP knows only as morphemes, none of them grammar, a verb, a count or a pronoun
        return terms.stream().allMatch(t -> t.word.length() == 1 && "upcdvmqrb".indexOf(t.nature.toString().charAt(0)) < 0);
    }

    /** What joins two names of a list (能源集团、大数据集团; 海螺集团与皖维集团): 、 or a conjunction of one character. */
    private static final String LIST_JOINERS = "、" + Conjunctions.oneCharacterEach();

    /**
     * "完成能源集团、大数据集团、民航集团…重组", "新组建农发集团、纺织集团、外经贸集团", "海螺集团与皖维集团启动重组":
     * in a list of names joined by 、 or a conjunction, a group named by an ordinary word is a name like its neighbours.
     */
    private static void listed(String text, List<int[]> ordinary, List<Range> accepted, CompanyDirectory directory,
                               Companies found) {
        for (int[] r : ordinary) {
            if (neighbour(text, r, ordinary, accepted)) {
                String name = text.substring(r[0], r[1]);
                found.add(name, directory.byAlias(name));
                accepted.add(new Range(r[0], r[1]));
            }
        }
        accepted.sort(java.util.Comparator.comparingInt(Range::start));
    }

    private static boolean neighbour(String text, int[] r, List<int[]> ordinary, List<Range> accepted) {
        boolean before = r[0] > 0 && LIST_JOINERS.indexOf(text.charAt(r[0] - 1)) >= 0;
        boolean after = r[1] < text.length() && LIST_JOINERS.indexOf(text.charAt(r[1])) >= 0;
        for (int[] o : ordinary) {
            if (o != r && (before && o[1] == r[0] - 1 || after && o[0] == r[1] + 1)) {
                return true;
            }
        }
        for (Range a : accepted) {
            if (before && a.end() == r[0] - 1 || after && a.start() == r[1] + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the name goes on before a place in parentheses inside it, or -1: a firm registered as
     * 字号（行政区划）组织形式 (腾讯科技（深圳）有限公司, 阿里巴巴（中国）有限公司) or as 字号（行政区划）行业
     * 组织形式 (解螺旋（上海）科技有限公司), the words after the place up to the form being name characters.
     */
    private static int placeInParentheses(String text, int formStart, List<RegionMention> regions) {
        int close = formStart - 1;
        while (close >= 0 && formStart - close <= 8 && "）)".indexOf(text.charAt(close)) < 0) {
            if (!NameBounds.isNameChar(text.charAt(close))) {
                return -1;
            }
            close--;
        }
        if (close < 3 || formStart - close > 8) {
            return -1;
        }
        int open = Math.max(text.lastIndexOf('（', close - 1), text.lastIndexOf('(', close - 1));
        if (open < 1 || close - open > 8 || !NameBounds.isNameChar(text.charAt(open - 1))) {
            return -1;
        }
        int closing = close;
        String inner = text.substring(open + 1, close);
        boolean place = inner.equals("中国") || regions.stream()
                .anyMatch(r -> r.range().start() == open + 1 && r.range().end() == closing);
        return place ? open : -1;
    }

    /** Units and time words a number before a name counts (2024年, 3家): the number is no row number then. */
    private static final String COUNTED_BY = "年月日号个家亿万千百元次届期批项条款名位户座所";

    /**
     * Where the name starts after a table's row number, or -1: a number of one to three digits glued
     * between a name character (the row before, a column label: 企业名称1中惠医疗科技…, …有限公司44盛铂科技…)
     * and the name, or opening a line the name ends (a table row read as a line: 16 某某科技有限公司). A number
     * the phrase opens with is otherwise part of the name (360集团).
     */
    private static int afterRowNumber(String text, int start, int formStart, boolean rowLine) {
        for (int i = formStart - 2; i >= Math.max(start, 1); i--) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                int digits = i;
                while (digits > 0 && text.charAt(digits - 1) >= '0' && text.charAt(digits - 1) <= '9') {
                    digits--;
                }
                // after the row before it (…有限公司16某某…), or opening a row's own line that the name ends
                // (16 某某科技有限公司; 58同城有限公司宣布… opens with its own number)
                boolean afterName = digits == 0 ? rowLine : Han.is(text.charAt(digits - 1));
                boolean counted = COUNTED_BY.indexOf(text.charAt(i + 1)) >= 0;
                return afterName && i - digits < 3 && !counted && Han.is(text.charAt(i + 1)) ? i + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * Where a name cut at a grammar character starts when that character opens its clause (，同方股份有限公司): cut
     * there, the name keeps one character before its form, no 字号; no phrase stands before the grammar character
     * for it to end, so it is the name's first character when the two are one word.
     */
    private static int clauseOpening(String text, int start, int formStart) {
        if (formStart - start >= 2 || start < 1 || NameBounds.BOUNDARY_CHARS.indexOf(text.charAt(start - 1)) < 0
                || !Han.is(text.charAt(start - 1))) {
            return start;
        }
        int grammar = start - 1;
        boolean opens = grammar == 0 || !NameBounds.isNameChar(text.charAt(grammar - 1));
        // the grammar character and the one after it are one word (同方), not a preposition and a pronoun (与该)
        return opens && Lexicon.segment(text.substring(grammar, formStart)).get(0).word.length() >= 2 ? grammar : start;
    }

    /** Characters that join names in a list (、, 或, a conjunction of one character): a name never runs on across them. */
    private static final String JOINERS = "或、" + Conjunctions.oneCharacterEach();

    /**
     * Where a name cut at a grammar character inside it starts (上海为克实业有限公司, 上海慧众同康生物科技有限
     * 公司: 为 and 同 end a phrase in running text): when what is left before the form has no 字号 (实业,
     * 康生物科技) and the words before the grammar character open with a place, the registered name's first
     * element, the name runs on from the place. A member of a list of registered names (…、福建亿同世纪软件有限公司,
     * …、湖南宜和数据科技股份有限公司) runs on from the place that opens it after the 、 whatever is left, even across
     * a joiner, when a 字号 character follows the place and no body stands in it.
     */
    private static int acrossGrammarChar(String text, int phrase, int start, int formStart, List<RegionMention> regions,
                                         List<AgencyMention> bodies) {
        if (phrase < 2 || NameBounds.BOUNDARY_CHARS.indexOf(text.charAt(phrase - 1)) < 0 || !Han.is(text.charAt(phrase - 1))
                || !Han.is(text.charAt(phrase - 2))) {
            return start; // a punctuation mark (珠海边检总站，省机场集团) ends a name; only a grammar character may cut one
        }
        int run = phrase - 1;
        while (run > 0 && phrase - run < 8 && Han.is(text.charAt(run - 1))) {
            run--;
        }
        int from = run;
        // 、湖南宜和数据…: a 字号 character stands between the place and the cut (not 、湖南和江西…)
        boolean member = Han.is(text.charAt(phrase - 1)) && run > 0 && text.charAt(run - 1) == '、' && !NameBounds.overlaps(bodies, run, phrase)
                && regions.stream().anyMatch(r -> r.range().start() == from && r.range().end() < phrase - 1);
        if (member) {
            return run;
        }
        String stem = text.substring(start, formStart);
        boolean noName = Lexicon.isOrdinary(stem) || stem.length() >= 3 && Lexicon.isOrdinary(stem.substring(1))
                && Lexicon.segment(stem).get(0).word.length() == 1;
        if (!noName || JOINERS.indexOf(text.charAt(phrase - 1)) >= 0) {
            return start;
        }
        boolean place = regions.stream().anyMatch(r -> r.range().start() == from && r.range().end() <= phrase - 1);
        return place ? run : start;
    }

    /** "（以下简称“星澜智能”）", "(简称：云峦数据)" right after a registered name: the short name the text goes on with. */
    private static final Pattern CALLED = Pattern.compile("^[(（](?:以下)?简称[:：]?[“\"「]?(?<name>[" + Han.RANGE + "A-Za-z0-9]{2,12}?)[”\"」]?[)）]");

    /**
     * The short forms of a registered name (企业名称登记管理规定: 行政区划 + 字号 + 行业 + 组织形式): the one the text gives
     * (以下简称…), and the 字号 with the place or without it, followed by none, some or all of its trade words
     * ({@code firm-sets} roles tail, kind and trade): 宁德时代新能源科技股份有限公司 → 宁德时代, 宁德时代新能源; 北京云峦数据技术
     * 有限公司 → 云峦数据. A form is kept when only trade words follow it in the name, so 南方电网 (…数字电网集团) and 中国移动
     * (…通信集团江西) are not short forms of their subsidiaries. Each is a surface of the firm ({@link ShortForms}).
     */
    private void shortForms(String text, int start, int formStart, int end, List<RegionMention> regions, Companies.Company firm,
                            Companies found) {
        Matcher called = CALLED.matcher(text).region(end, Math.min(text.length(), end + 24));
        if (called.lookingAt()) {
            String name = called.group("name");
            firm.shortForms.add(name);
            found.surfaces.putIfAbsent(name, firm.name);
        }
        String stem = text.substring(start, formStart);
        int place = 0;
        for (RegionMention r : regions) {
            if (r.range().start() == start && r.range().end() < formStart) {
                place = Math.max(place, r.range().end() - start);
            }
        }
        for (int from : place > 0 ? new int[] {0, place} : new int[] {0}) {
            // with its place, the form holds a 字号 of two chars or more after it (江西省 of 江西省投资集团 is the place)
            for (int cut = stem.length() - 1; cut - from >= 3 && cut >= place + 2; cut--) {
                String form = stem.substring(from, cut);
                if (!tradeWords(stem.substring(cut)) || tradeWords(form) || form.length() < 4 && Lexicon.isOrdinary(form)) {
                    continue; // a trade alone (数据科技) is no firm's; a 字号 of ordinary words (松涛时代) needs four chars
                }
                firm.shortForms.add(form);
                found.surfaces.putIfAbsent(form, firm.name);
            }
        }
    }

    /** Whether {@code s} is made only of trade words (新能源科技, 数据技术), longest first from the left. */
    private boolean tradeWords(String s) {
        return trades.tiles(s);
    }

    /**
     * Whether the phrase is only a place and 分公司 (…广东分公司、深圳分公司): a branch of the company named
     * before it in a list, written without that company's name; alone it names no firm.
     */
    private static boolean elidedBranch(String stem, String form, int start, List<RegionMention> regions) {
        if (!form.equals("公司") || !stem.endsWith("分")) {
            return false;
        }
        int place = start + stem.length() - 1;
        return regions.stream().anyMatch(r -> r.range().start() == start && r.range().end() == place);
    }

    /**
     * Where a firm's name starts when a person's is glued before it, as a table row or a signature line
     * reads once its spaces are gone: after a dropped space that a place opens (王建华 江西省投资集团有限公司),
     * or after a title and a name (会长王建华江西省投资集团有限公司, 总经理张三省投资集团有限公司).
     */
    private int afterPerson(Paragraph p, String text, int start, int formStart, List<RegionMention> regions) {
        int cut = start;
        for (RegionMention r : regions) {
            int at = r.range().start();
            if (at > cut && at < formStart - 1 && p.span(at - 1, at).end() < p.span(at, at + 1).start()) {
                cut = at; // a dropped space before the place
            }
        }
        Matcher t = title.matcher(text).region(start, formStart);
        while (t.find()) {
            // The person's name is two to four chars; the firm's opens with a place or with 省/市.
            for (int at = t.end() + 2; at <= t.end() + 4 && at < formStart - 2; at++) {
                int k = at;
                boolean place = text.charAt(k) == '省' || text.charAt(k) == '市'
                        || regions.stream().anyMatch(r -> r.range().start() == k);
                if (place && at > cut) {
                    cut = at;
                    break;
                }
            }
        }
        return cut;
    }

    /**
     * "…储存伦敦金属交易所": a well-known name the candidate ends with is where the name starts. A stock-list short
     * name right after a place is not cut out (辽宁|方大集团 is Liaoning's 方大集团, not the listed 方大集团 of
     * Shenzhen): the list's short names are 字号 and a trade word that many firms share, the place is the name's own.
     */
    private static int knownEnding(String text, int start, int end, CompanyDirectory directory, List<RegionMention> regions) {
        for (int k = start + 1; k < end - 2; k++) {
            CompanyDirectory.Entry known = directory.byAlias(text.substring(k, end));
            if (known != null) {
                int at = k;
                if (known.listed() && regions.stream().anyMatch(r -> r.range().end() == at && r.range().start() >= start)) {
                    return start;
                }
                return k;
            }
        }
        return start;
    }

    /**
     * "做强省纺织集团", "加快市数据集团…": a name opening with 省 or 市 after verbs starts there,
     * the province's or city's own firm.
     */
    private static int relativeStart(String text, int start, int formStart) {
        for (int i = start + 1; i < formStart - 1; i++) {
            char c = text.charAt(i);
            int lead = Lexicon.nameStartAfterVerbs(text.substring(start, i));
            // All verbs, or a verb and its one-char result (做强, 做大): 做强|省纺织集团.
            if ((c == '省' || c == '市') && lead > 0 && i - start - lead <= 1) {
                return i;
            }
        }
        return start;
    }
}
