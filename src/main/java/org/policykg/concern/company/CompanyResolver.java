package org.policykg.concern.company;

import java.util.List;
import org.policykg.analysis.Analysis;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * Named enterprises. Government bodies, institutes, alliances and generic nouns are not
 * companies. The rules run paragraph by paragraph in this order, and the first to see a
 * surface form (in that paragraph or one before) decides which company it names:
 * <ol>
 * <li>{@link StockCodes}: a code beside the name (财富趋势（SH.688318）), then a finance site's
 * quote link (a code in parentheses overrides one seen before; a link's code does not);</li>
 * <li>{@link LegalForms}: a legal form (…有限公司, …集团; a 字号 read as a verb kept where the document's
 * headings give it, {@link NameHeadings}), and {@link LatinLegalForms} one in Latin
 * letters (… Company Limited, … Co., Ltd.);</li>
 * <li>{@link FirmColumns}: the cells of a table's column of firms (排序 | 企业 | 所在省);</li>
 * <li>{@link Phrasing}: listed-company phrasing (X在互动平台表示, 控股子公司X), then a list
 * closed by 等…企业, and {@link OpenedLists} one opened by its count (10家上市公司…，包括：甲、乙…);</li>
 * <li>{@link ProjectOwners}: the firms named at the head of a list of projects (宝丰煤制烯烃、飞鹤婴幼儿配方奶粉等项目);</li>
 * <li>{@link FirmRankings}: the firms a list or ranking of firms takes in (星岚传动入选全国民营企业…典型案例);</li>
 * <li>{@link FirmActs}: a 字号 and trade word acting as a firm (星澜科技落户…, 与北辰智能签署…), and {@link LatinActs} a
 * Latin name (VulnCheck 发现…, SimpleHelp已发布补丁);</li>
 * <li>{@link DirectoryHits}: the directory of well-known companies, outside the names with a
 * legal form;</li>
 * <li>{@link ListMates}: the other members of a list whose members are mostly firms found so far (a ranking's
 * winners, a table cell of typical firms).</li>
 * </ol>
 * Then, over the whole document: {@link ShortForms} joins 上海道客公司 to the full name it
 * begins and turns every occurrence into a mention (a name never found as a word is
 * dropped), and {@link Partners} reads cooperation sentences.
 * Each rule adds to one {@link Companies} register; those that could mistake a body or a
 * place for a company also read the paragraph's agency and region mentions.
 */
final class CompanyResolver {
    private final CompanyDirectory directory;
    private final LegalForms legalForms;
    private final ProjectOwners projects;
    private final TradeNames trade;
    private final FirmRankings rankings;
    private final FirmActs acts;
    private final ListMates mates;
    private final FirmColumns columns;
    private final LatinActs latinActs;
    private final OpenedLists opened;
    /**
     * A news outlet's name ending that follows a directory name (新浪|财经, 腾讯|新闻): the endings of
     * {@code lexicon/outlet-endings.tsv} of two characters or more; 网 and 社 begin common words
     * (网络, 社会) after a firm's name.
     */
    private final java.util.regex.Pattern outlet;
    /** What closes a list of firms before its kind ({@code lexicon/firm-sets.tsv} role closer): 等, 这样的, 这类. */
    private final PhraseMatcher<String> closers;
    /** Words after a closer that make a list one of means ({@code firm-sets} role means: 等方式, 等措施). */
    private final PhraseMatcher<String> means;
    /** A company officer's title ({@code lexicon/person-titles.tsv}): where a subsidiary's name ends. */
    private final java.util.regex.Pattern titles;
    /** Banks' wealth-management firms and brokers' research desks ({@link FinanceArms}). */
    private final FinanceArms finance;
    /** Joint ventures named by their parents' short names glued (一汽丰田, 一汽-大众: {@link JointVentures}). */
    private final JointVentures ventures;
    /** The directory's names and the rules' words that each paragraph is scanned for once ({@link Dictionaries}). */
    private final Dictionaries dictionaries;
    /** A business line a group's subsidiary is named by after the group's short name ({@code firm-sets} role line). */
    private final PhraseMatcher<String> lines;

    CompanyResolver(CompanyDirectory directory, CueWords cues) {
        this.directory = directory;
        this.legalForms = new LegalForms(cues);
        this.projects = new ProjectOwners(cues);
        this.trade = new TradeNames(cues);
        Dictionaries.Builder words = Dictionaries.builder(directory);
        this.rankings = new FirmRankings(cues, words);
        this.acts = new FirmActs(cues, words);
        this.mates = new ListMates(PhraseMatcher.keywords(cues.wordsOfRoles("firm-sets", "tail", "trade", "trade-line")
                .toArray(String[]::new)));
        this.columns = new FirmColumns(cues);
        this.latinActs = new LatinActs(cues, words);
        this.finance = new FinanceArms(cues, words);
        this.ventures = new JointVentures(cues, directory, words);
        this.opened = new OpenedLists(cues, words);
        this.dictionaries = words.build();
        this.titles = java.util.regex.Pattern.compile(cues.alternation("person-titles", "office"));
        PhraseMatcher.Builder<String> c = PhraseMatcher.builder();
        cues.words("firm-sets", "closer").forEach(w -> c.add(w, "closer"));
        cues.words("firm-sets", Phrasing.EXAMPLES).forEach(w -> c.add(w, Phrasing.EXAMPLES));
        this.closers = c.build();
        this.means = PhraseMatcher.keywords(cues.words("firm-sets", "means").toArray(String[]::new));
        // lines, and the finance trades a group's licensed subsidiary is named by (中粮期货: role trade-line)
        this.lines = PhraseMatcher.keywords(cues.wordsOfRoles("firm-sets", "line", "trade-line").toArray(String[]::new));
        this.outlet = java.util.regex.Pattern.compile(cues.words("outlet-endings", "outlet").stream()
                .filter(w -> w.length() >= 2).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|")));
    }

    List<CompanyFacts> resolve(Analysis doc) {
        Companies found = new Companies();
        FirmColumns.State table = columns.start();
        found.headings.addAll(NameHeadings.names(doc.paragraphs()));
        for (Paragraph p : doc.paragraphs()) {
            List<RegionMention> regions = doc.regionIndex().in(p.index());
            List<AgencyMention> bodies = doc.agencyIndex().in(p.index());
            Dictionaries.Hits scanned = dictionaries.scan(p.string());
            StockCodes.inParentheses(p, found);
            StockCodes.quoteLinks(p, found);
            List<Range> legal = new java.util.ArrayList<>(legalForms.find(p, bodies, regions, directory, found));
            legal.addAll(LatinLegalForms.find(p, directory, found));
            legal.addAll(ventures.find(p, scanned, regions, bodies, legal, directory, found));
            List<Range> cells = new java.util.ArrayList<>();
            columns.find(table, p, regions, bodies, legal, directory, found, cells);
            legal.addAll(cells);
            Phrasing.listed(p, titles, found);
            Phrasing.lists(p, regions, bodies, directory, closers, means, trade, found);
            Phrasing.countedLists(p, regions, bodies, directory, found);
            opened.find(p, scanned, regions, bodies, directory, found);
            projects.find(p, regions, bodies, directory, found);
            rankings.find(p, scanned, regions, bodies, directory, found);
            acts.find(p, scanned, regions, bodies, directory, found);
            latinActs.find(p, scanned, directory, found);
            finance.find(p, scanned, regions, bodies, directory, found);
            DirectoryHits.find(p, scanned.directory(), regions, bodies, legal, directory, outlet, lines, found);
            mates.find(p, regions, bodies, directory, found);
        }
        ShortForms.merge(found);
        List<List<PhraseMatcher.Hit<String>>> hits = ShortForms.occurrences(doc.layout(), found);
        ShortForms.mentions(doc.layout(), hits, found);
        Partners.find(doc.layout(), hits, found);
        return found.facts();
    }
}
