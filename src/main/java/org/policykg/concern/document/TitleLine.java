package org.policykg.concern.document;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.analysis.TitleKey;
import org.policykg.ingest.Format;
import org.policykg.recognize.TitleMention;
import org.policykg.recognize.TitleRecognizer;
import org.policykg.segment.PageChrome;
import org.policykg.segment.Paragraph;
import org.policykg.text.Span;

/**
 * The line a page without a front-matter title is titled by: a level-1 heading in the
 * metadata zone, else a news text's opening headline, else the first title line (the
 * notice a text reprints). A collection's export heads the text with its file name, which
 * restates a front-matter field: the notice title in the text, where it prints that document,
 * wins over it.
 */
final class TitleLine {
    /** A law database's status tag after a title: 【全文废止】, 【现行有效】. */
    private static final Pattern STATUS_TAG = Pattern.compile("【[^【】]{2,8}】$");
    /** The document number a portal writes after a title in brackets: …的通知(岳办发〔2017〕2号). */
    private static final Pattern NUMBER_TAIL = Pattern.compile("[(（]\\p{IsHan}{1,10}[〔\\[](?:19|20)\\d{2}[〕\\]]\\d{1,5}号[)）]$");
    /** The row of asterisks the Hong Kong government's press releases (info.gov.hk) print under the headline. */
    private static final int RULE_STARS = 10;
    /** The longest headline an asterisk rule underlines. */
    private static final int UNDERLINED = 120;

    /**
     * Is the line a headline over a rule of asterisks (创新及科技局局长在…记者会开场发言(附图/短片) / ****)? Such a press
     * release's headline runs past the length of a news headline, and the rule says where it ends.
     */
    private static boolean underlined(CharSequence source, Paragraph p) {
        if (source == null || p.string().length() > UNDERLINED) {
            return false;
        }
        // the rule has no letter and is no paragraph: it is read in the source, on the line after the headline's
        int at = p.span(0, p.string().length()).end();
        while (at < source.length() && (source.charAt(at) == ' ' || source.charAt(at) == '\t' || source.charAt(at) == '\r'
                || source.charAt(at) == '\u3000')) {
            at++;
        }
        if (at >= source.length() || source.charAt(at) != '\n') {
            return false;
        }
        int stars = 0;
        for (at++; at < source.length() && source.charAt(at) == '*'; at++) {
            stars++;
        }
        return stars >= RULE_STARS && (at == source.length() || Character.isWhitespace(source.charAt(at)));
    }

    /** A printing notice's title: 关于印发X的通知, X印发《Y》的通知. */
    private static final Pattern NOTICE_TITLE = Pattern.compile("(?:印发|转发|发布|公布).{2,}的通知$");

    /**
     * A portal's heading of a notice with its number after it (中共X市委办公室X市人民政府办公室印发《Y》的通知(岳办发〔2017〕2号)):
     * a title line, though the number keeps the segmenter from reading it as one.
     */
    private static boolean numberedNotice(Paragraph p) {
        String s = p.string().strip();
        if (s.length() > 100 || s.indexOf('。') >= 0 || s.indexOf(',') >= 0) {
            return false;
        }
        Matcher tail = NUMBER_TAIL.matcher(s);
        return tail.find() && NOTICE_TITLE.matcher(s.substring(0, tail.start())).find();
    }

    /** A column tag a site puts before a title: 【通知公告】. */
    private static final Pattern COLUMN_TAG = Pattern.compile("^【[^】]{1,8}】");
    /** A file name's date prefix: 20241231国家数据基础设施建设指引. */
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?=\\p{IsHan}|《)");
    /** A notice that prints, forwards or publishes another document. */
    private static final Pattern PRINTS = Pattern.compile("关于(?:印发|转发|发布|公布)");
    /** The document a notice title prints: 关于印发X的通知 gives X. */
    private static final Pattern PRINTED = Pattern.compile("关于(?:印发|转发|发布|公布)(.+?)的通知$");
    /**
     * A notice title closing a line whose start is something else: a field run in a broken font
     * (෭๗ғ ๶რғ…), then 内蒙古自治区人民政府关于印发…的通知. The notice starts after the last char
     * that cannot belong to a title.
     */
    private static final Pattern NOTICE_TAIL = Pattern.compile(
            "[\\p{IsHan}“”《》()0-9\\-+~]{2,40}关于(?:印发|转发|发布|公布)[\\p{IsHan}“”《》()0-9\\-+~]{4,80}的通知$");
    /**
     * A line of issuing organs only, as a joint document heads its title (GB/T 9704 发文机关标志):
     * 中共柳州县委 柳州县人民政府, 省发展改革委 省财政厅.
     */
    /** A line of one to four organs' names, by how they end ({@code lexicon/issuer-endings.tsv}). */
    static Pattern issuerLine(String endings) {
        return Pattern.compile("^(?:\\p{IsHan}{2,20}?(?:" + endings + ")\\s*){1,4}$");
    }
    /** A title run on with its 题注 date in brackets: 关于支持…的实施意见(2023年2月8日). */
    private static final Pattern TITLE_DATED = Pattern.compile(
            "^(?<title>\\p{IsHan}[^()]{3,80}?)\\((?<date>\\d{4}年\\d{1,2}月\\d{1,2}日)\\)$");
    /** A database's own field line, a bracketed label and a code: 【法宝引证码】CLI.11.4619854. */
    /**
     * A line that is a document number alone (鲁政办字〔2025〕49号), as an official document prints it over its
     * addressees: the head of a notice, not a headline.
     */
    private static final Pattern NUMBER_LINE = Pattern.compile("^\\p{IsHan}{1,10}[〔\\[(【](?:19|20)\\d{2}[〕\\])】]\\d{1,5}号$");
    private static final Pattern DATABASE_FIELD = Pattern.compile("^【[^】]{1,10}】[^\\p{IsHan}]*$");
    /** A saved page's title closes with the site, perhaps after its channel: …的通知-市政务和数据局-深圳市司法局网站. */
    /** A news headline opening with the document's name: 《X》近日印发. */
    private static final Pattern HEADLINE = Pattern.compile("^《([^《》]{4,60})》(\\p{IsHan}{2,8})$");
    /**
     * {{ filterTitle(`X`) }}, {{ '标题' }}: a page template's placeholder left unrendered, holding the
     * headline as its one string literal.
     */
    private static final Pattern TEMPLATE = Pattern.compile(
            "^\\{\\{[^{}`'\"]*[`'\"](?<t>[^`'\"{}]*\\p{IsHan}[^`'\"{}]*)[`'\"][^{}`'\"]*\\}\\}$");
    /** A line of script, not of text: no Han character in it (var result = {). */
    /**
     * A part's heading numbered as a 公文 numbers its body (一、 （一） 第一章): a body stored without its title opens
     * with one (一、总体目标), and it is not the text's headline.
     */
    private static final Pattern NUMBERED_PART = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十百]{1,4}[章节部分])");
    private static final Pattern CODE_LINE = Pattern.compile("^[^\\p{IsHan}]*[={}();][^\\p{IsHan}]*$");
    /** The title field of a script's object literal: title: "X", "title":"X". */
    private static final Pattern RECORD_TITLE = Pattern.compile(
            "(?:^|[{,]\\s*)[\"']?title[\"']?\\s*:\\s*[\"'](?<t>[^\"'<>]*\\p{IsHan}[^\"'<>]*)[\"']");
    /** How many lines from the top a record's title field may stand. */
    private static final int RECORD_LINES = 3;
    /** A line this long that opens the text is a whole page flattened into one line. */
    private static final int CRAWL_LINE = 200;
    /** bdelete : false, id : 8aad…: a line of a crawler's record dumped as key : value lines, no headline. */
    private static final Pattern RECORD_FIELD = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{1,30} ?:(?!//).*");
    private static final Pattern SITE_SUFFIX = Pattern.compile("[-_|](\\p{IsHan}{2,20})$");

    /**
     * @param title the title, or null
     * @param at    the paragraph of the level-1 heading it came from, else -1: bare names
     *              under a heading are its authors
     * @param dated the date a file-name heading opens with (20241231…), or null
     */
    record Found(Fact<String> title, int at, Fact<java.time.LocalDate> dated, Fact<String> site) {
        Found(Fact<String> title, int at, Fact<java.time.LocalDate> dated) {
            this(title, at, dated, null);
        }
    }

    private TitleLine() {
    }

    /**
     * @param ps      the paragraphs, chrome left out
     * @param zoneEnd where the metadata zone ends: a title heading stands before it
     * @param zone    how far a title line may stand from the top
     * @param fields  the front matter's values: a heading restating one is a file name
     * @param siteName how a site's name ends ({@code lexicon/site-names.tsv}), anchored at the end
     * @param badge    a repost badge opening a headline ({@code lexicon/title-badges.tsv}), bracketed or bare
     * @param issuers  a line of issuing organs' names ({@link #issuerLine}), which a title line under it wins over
     * @param source   the text as read, before segmenting: a headline's underline of asterisks is no paragraph
     */
    static Found find(Format format, List<Paragraph> ps, List<Paragraph> all, int zoneEnd, int zone, Collection<String> fields,
                      Pattern siteName, Pattern badge, Pattern issuers, java.util.function.Predicate<Paragraph> fieldLine,
                      CharSequence source) {
        for (int i = 0; i < zoneEnd; i++) {
            Paragraph p = ps.get(i);
            if (p.role() == Paragraph.Role.HEADING && p.level() == 1 && !issuersOver(ps, i, issuers)) {
                if (fields.stream().anyMatch(v -> same(v, p.string()))) {
                    return fileName(p, i, ps, all, zone);
                }
                // A page title closing with its site (…_XX市人民政府门户网站) is cut before the site and its channel;
                // a crawler writes the site after spaces instead (…的通知  广东省人民政府门户网站), which the normaliser drops.
                Matcher site = SITE_SUFFIX.matcher(p.string());
                int to = site.find() && siteName.matcher(site.group(1)).find() ? siteless(p.string(), 0) : p.string().length();
                int spaced = to == p.string().length() ? spacedSite(p, siteName) : -1;
                to = spaced > 0 ? spaced : to;
                Evidence e = to == p.string().length() ? whole(p) : new Evidence(p.span(0, to), Supports.TITLE);
                return new Found(new Fact<>(clean(p.string().substring(0, to)), e), i, null, siteOf(p, to));
            }
        }
        boolean newsText = format == Format.PLAIN || format == Format.MARKDOWN;
        Fact<String> crawled = newsText && !ps.isEmpty() ? crawlTitle(ps.get(0)) : null;
        if (crawled != null) {
            return new Found(crawled, -1, null);
        }
        // A stray bracket or icon a page's tool bar left (the 】 of 【字号：大 中 小】) is not a line of the text.
        int open = 0;
        while (open < ps.size() && (ps.get(open).string().codePoints().noneMatch(Character::isLetter) || crumb(ps, open)
                || column(all, ps.get(open)))) {
            open++;
        }
        // A script's data record saved as text (var result = {…, title: "X", content: "<p>…"}): its title field.
        for (int i = open; newsText && i < Math.min(open + RECORD_LINES, ps.size()); i++) {
            Matcher record = RECORD_TITLE.matcher(ps.get(i).string());
            if (CODE_LINE.matcher(ps.get(open).string()).matches() && record.find()) {
                return new Found(new Fact<>(clean(record.group("t")), new Evidence(ps.get(i).span(record.start("t"), record.end("t")),
                        Supports.TITLE)), -1, null);
            }
        }
        if (newsText && open < ps.size() && ps.get(open).level() == 0) {
            // A news text without a title heading opens with its headline: a short line that does not end a sentence.
            Paragraph first = ps.get(open);
            String s = first.string();
            Matcher template = TEMPLATE.matcher(s);
            if (template.matches()) {
                // A repost saved before its page script ran: the headline is the string the placeholder would print.
                return new Found(new Fact<>(template.group("t"), new Evidence(first.span(template.start("t"), template.end("t")),
                        Supports.TITLE)), -1, null);
            }
            // The issuers' names over the title (中共X县委 X县人民政府, then 关于…的实施意见): the title line names the text.
            boolean overIssuers = issuersOver(ps, open, issuers);
            Matcher dated = overIssuers ? TITLE_DATED.matcher(ps.get(open + 1).string()) : null;
            if (dated != null && dated.matches() && org.policykg.reference.DocumentTypes.isTitleLike(dated.group("title"))) {
                // 关于…的实施意见（2023年2月8日）: the title with its 题注 date, which dates the document
                Paragraph t = ps.get(open + 1);
                Fact<java.time.LocalDate> when = DateLines.within(t, dated.start("date"), dated.end("date"));
                return new Found(new Fact<>(clean(dated.group("title")), new Evidence(t.span(0, dated.end("title")), Supports.TITLE)),
                        -1, when);
            }
            if (!overIssuers && (s.length() <= 40 || underlined(source, first)) && s.indexOf('。') < 0 && s.indexOf(',') < 0 && !s.endsWith("!") && !s.endsWith("?")
                    && first.role() != Paragraph.Role.TITLE_LINE && !DATABASE_FIELD.matcher(s).matches()
                    && !NUMBERED_PART.matcher(s).lookingAt() && !fieldLine.test(first) && !NUMBER_LINE.matcher(s).matches()
                    && !RECORD_FIELD.matcher(s).matches()) {
                int from = afterBadge(first, badge);
                Matcher number = NUMBER_TAIL.matcher(s);
                int to = number.find() && number.start() > from ? number.start() : s.length(); // …的通知(江政办发〔2024〕7号)
                return new Found(new Fact<>(s.substring(from, to), from == 0 && to == s.length() ? whole(first)
                        : new Evidence(first.span(from, to), Supports.TITLE)), -1, null);
            }
        }
        // A text without a headline: its first title line (the notice it reprints) names it.
        for (int i = 0; i < Math.min(zone, ps.size()); i++) {
            Paragraph p = ps.get(i);
            // (or a page's lower heading opening the text and named as a document is, as a component's <h3> titles its notice)
            boolean openingHeading = i == open && p.isHeading() && org.policykg.reference.DocumentTypes.isTitleLike(p.string());
            if ((p.role() == Paragraph.Role.TITLE_LINE || openingHeading || numberedNotice(p)) && !issuersOver(ps, i, issuers)) {
                // A page's banner over the document's head (加快X意见 / 中共X县委 X县人民政府 / 关于…的实施意见（2023年2月8日）):
                // the title under the issuers names the document, and its 题注 date dates it.
                Matcher dated = issuersOver(ps, i + 1, issuers) ? TITLE_DATED.matcher(ps.get(i + 2).string()) : null;
                if (dated != null && dated.matches() && org.policykg.reference.DocumentTypes.isTitleLike(dated.group("title"))) {
                    Paragraph t = ps.get(i + 2);
                    return new Found(new Fact<>(clean(dated.group("title")), new Evidence(t.span(0, dated.end("title")), Supports.TITLE)),
                            -1, DateLines.within(t, dated.start("date"), dated.end("date")));
                }
                int from = afterBadge(p, badge);
                return new Found(new Fact<>(clean(p.string().substring(from)), from == 0 ? whole(p)
                        : new Evidence(p.span(from, p.string().length()), Supports.TITLE)), -1, null);
            }
        }
        return new Found(null, -1, null);
    }

    /**
     * Where a page title's site starts when spaces, not a separator, part it from the title (a crawler's heading:
     * 关于印发…的通知  广东省人民政府门户网站): the last dropped space before a site name closing the line, at least 6
     * chars in; -1 when there is none.
     */
    private static int spacedSite(Paragraph p, Pattern siteName) {
        String s = p.string();
        for (int k = s.length() - 2; k >= 6; k--) {
            if (!Character.isIdeographic(s.codePointAt(k))) {
                return -1; // a site's name is Han only
            }
            if (Bylines.gapBefore(p, k) && s.length() - k <= 20 && siteName.matcher(s.substring(k)).find()) {
                return k;
            }
        }
        return -1;
    }

    /** The site a page title closes with, after {@code to} (its channel before it left out): the page's publisher. */
    private static Fact<String> siteOf(Paragraph p, int to) {
        String s = p.string();
        if (to >= s.length()) {
            return null;
        }
        int from = to;
        Matcher m = SITE_SUFFIX.matcher(s).region(to, s.length());
        if (m.find()) {
            from = m.start(1); // 标题_频道_XX市人民政府门户网站: the last part is the site
        } else {
            while (from < s.length() && !Character.isIdeographic(s.codePointAt(from))) {
                from++;
            }
        }
        String name = s.substring(from).strip();
        if (name.length() < 4 || !name.codePoints().allMatch(Character::isIdeographic)) {
            return null;
        }
        return new Fact<>(name, new Evidence(p.span(from, s.length()), Supports.PUBLISHER));
    }

    /** A breadcrumb's separator on a line of its own: >, ›, », /. */
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("^[>›»/＞]$");
    /** 国家保密局网站>>政策法规>>法律法规: a breadcrumb on one line, three or more items between separators. */
    private static final Pattern CRUMB_LINE = Pattern.compile("^[^>›»＞]{1,20}(?:\\s*(?:>>|[>›»＞])\\s*[^>›»＞]{1,20}){2,}$");
    /** The longest a breadcrumb's item runs (政务信息, 宁夏要闻, 政策解读). */
    private static final int CRUMB = 8;

    /**
     * 首页 / > / 政务信息 / > / 宁夏要闻: a portal's breadcrumb with its items a line each; a short line next
     * to a separator line is one of its items, not the headline.
     */
    private static boolean crumb(List<Paragraph> ps, int i) {
        if (CRUMB_LINE.matcher(ps.get(i).string().strip()).matches()) {
            return true;
        }
        return ps.get(i).string().strip().length() <= CRUMB
                && (i + 1 < ps.size() && CRUMB_SEPARATOR.matcher(ps.get(i + 1).string().strip()).matches()
                || i > 0 && CRUMB_SEPARATOR.matcher(ps.get(i - 1).string().strip()).matches());
    }

    /** How many paragraphs from the top a breadcrumb naming a page's column may stand. */
    private static final int CRUMB_REACH = 12;
    /** A breadcrumb's separators between items: >, >>, ›, », ＞. */
    private static final Pattern CRUMB_SPLIT = Pattern.compile("\\s*(?:>>|[>›»＞])\\s*");

    /**
     * 政策法规 over 您当前的位置: 首页 > 政策法规 > 地方及其他 > 正文: a portal prints its column's name as a
     * line of its own near the breadcrumb; a short line that is one of the breadcrumb's items names the
     * column, not the document. Only a line of {@link #CRUMB} chars or fewer, and only the first
     * {@link #CRUMB_REACH} paragraphs are looked at for the breadcrumb.
     */
    private static boolean column(List<Paragraph> all, Paragraph p) {
        String s = p.string().strip();
        if (s.isEmpty() || s.length() > CRUMB) {
            return false;
        }
        for (int i = 0; i < Math.min(CRUMB_REACH, all.size()); i++) {
            String line = all.get(i).string();
            if (all.get(i) == p || line.indexOf('>') < 0 && line.indexOf('›') < 0 && line.indexOf('»') < 0 && line.indexOf('＞') < 0) {
                continue;
            }
            String[] items = CRUMB_SPLIT.split(line.strip());
            // not the first item (您当前的位置: 首页), which is the site's, nor a line with one separator
            for (int k = 1; items.length >= 3 && k < items.length; k++) {
                if (items[k].strip().equals(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A title line run on with its date: 关于…的实施意见(2023年2月8日). */
    private static boolean titleDated(String s) {
        Matcher m = TITLE_DATED.matcher(s);
        return m.matches() && org.policykg.reference.DocumentTypes.isTitleLike(m.group("title"));
    }

    /** Is paragraph {@code i} a line of issuing organs over a title line (中共X县委 X县人民政府 / 关于…的实施意见)? */
    private static boolean issuersOver(List<Paragraph> ps, int i, Pattern issuers) {
        return i + 1 < ps.size() && issuers.matcher(ps.get(i).string().strip()).matches()
                && (ps.get(i + 1).role() == Paragraph.Role.TITLE_LINE || titleDated(ps.get(i + 1).string())
                    || ps.get(i + 1).isHeading() && org.policykg.reference.DocumentTypes.isTitleLike(ps.get(i + 1).string()))
                && !issuers.matcher(ps.get(i + 1).string().strip()).matches();
    }

    /**
     * Where a headline starts after a repost badge set off before it (原创 山东颁…, 【转载】…, 独家|…):
     * a bracketed badge, or one that a space (dropped by the normaliser), | or 丨 parts from the words;
     * 0 when the line opens otherwise.
     */
    static int afterBadge(Paragraph p, Pattern badge) {
        String s = p.string();
        Matcher m = badge.matcher(s);
        if (!m.lookingAt() || m.end() >= s.length() - 4) {
            return 0;
        }
        int k = m.end();
        boolean bracketed = m.group("open") != null;
        boolean setOff = bracketed || s.charAt(k) == '|' || s.charAt(k) == '丨' || s.charAt(k) == ' '
                || p.span(k - 1, k).end() < p.span(k, k + 1).start();
        if (!setOff) {
            return 0;
        }
        while (k < s.length() && (s.charAt(k) == '|' || s.charAt(k) == '丨' || s.charAt(k) == ' ')) {
            k++;
        }
        return k;
    }

    /**
     * A heading that is the export's file name: a saved page's title (Title_Channel_Site, Title - Site),
     * perhaps with a date prefix. The notice title the text prints wins when it prints this document,
     * whether as a title line, at the end of a line of broken-font fields, or in a browser print's
     * header; else a news story's own headline that restates the name (《X》近日印发).
     */
    private static Found fileName(Paragraph heading, int at, List<Paragraph> ps, List<Paragraph> all, int zone) {
        String name = heading.string();
        Fact<java.time.LocalDate> dated = null;
        int from = 0;
        Matcher d = DATE_PREFIX.matcher(name);
        if (d.find()) {
            dated = compactDate(heading, d);
            from = d.end();
        }
        int to = name.indexOf('_', from);
        to = siteless(name.substring(0, to < 0 ? name.length() : to), from);
        String title = clean(name.substring(from, to));
        String core = bare(title);
        int end = Math.min(at + 1 + zone, ps.size());
        for (int i = at + 1; i < end; i++) {
            Paragraph p = ps.get(i);
            if (p.role() == Paragraph.Role.TITLE_LINE && p.string().contains("关于")) {
                String body = clean(p.string());
                if (printsThis(body, core)) {
                    return new Found(new Fact<>(body, whole(p)), -1, dated);
                }
                break;
            }
            Matcher tail = NOTICE_TAIL.matcher(p.string());
            if (p.role() != Paragraph.Role.TITLE_LINE && tail.find() && tail.start() > 0 && printsThis(clean(tail.group()), core)) {
                return new Found(new Fact<>(clean(tail.group()), new Evidence(p.span(tail.start(), tail.end()), Supports.TITLE)),
                        -1, dated);
            }
        }
        for (Paragraph p : all.subList(0, Math.min(all.size(), zone + heading.index()))) {
            String printed = p.role() == Paragraph.Role.CHROME ? PageChrome.printedTitle(p.string()) : null;
            if (printed != null && PRINTS.matcher(printed).find()) {
                String body = clean(printed.substring(0, siteless(printed, 0)));
                if (printsThis(body, core)) {
                    int s = p.string().indexOf(printed);
                    int e = s + siteless(printed, 0);
                    return new Found(new Fact<>(body, new Evidence(p.span(s, e), Supports.TITLE)), -1, dated);
                }
            }
        }
        Found headline = headline(ps, at + 1, end, core, dated);
        if (headline != null) {
            return headline;
        }
        if (title.isEmpty()) {
            return new Found(null, -1, dated);
        }
        return new Found(new Fact<>(title, new Evidence(heading.span(from, to), Supports.TITLE)), -1, dated);
    }

    /** Where a page title ends once the site and channel closing it are cut off (never before {@code from} + 6). */
    private static int siteless(String name, int from) {
        int to = name.length();
        Matcher m = SITE_SUFFIX.matcher(name).region(from, to);
        while (m.find() && m.start() - from >= 6) {
            to = m.start();
            m = SITE_SUFFIX.matcher(name).region(from, to);
        }
        return to;
    }

    /**
     * Does the notice title print the document of that (bare) core? The same title; or a notice that
     * prints it, in full or without the region its issuer already names (内蒙古自治区人民政府关于印发
     * 促进…若干政策的通知 prints 内蒙古自治区促进…若干政策).
     */
    private static boolean printsThis(String notice, String core) {
        String body = bare(notice);
        if (body.equals(core)) {
            return true;
        }
        if (!PRINTS.matcher(notice).find()) {
            return false;
        }
        Matcher m = PRINTED.matcher(body);
        return body.contains(core) || m.find() && m.group(1).length() >= 6 && core.endsWith(m.group(1));
    }

    /**
     * A news story's headline restating the file name, as a print breaks it over two lines:
     * 《数字中国建设2025年 / 行动方案》近日印发. The name in 《》 opens it and a few words close it.
     */
    private static Found headline(List<Paragraph> ps, int from, int to, String core, Fact<java.time.LocalDate> dated) {
        for (int i = from; i < to; i++) {
            Paragraph p = ps.get(i);
            if (p.role() == Paragraph.Role.HEADING || !p.string().startsWith("《")) {
                continue;
            }
            Paragraph last = p;
            String line = p.string();
            if (line.indexOf('》') < 0 && i + 1 < to) {
                last = ps.get(i + 1);
                line = line + last.string();
            }
            Matcher m = HEADLINE.matcher(line);
            if (m.matches() && bare(m.group(1)).equals(core)) {
                Span span = p.span(0, p.text().length()).union(last.span(0, last.text().length()));
                return new Found(new Fact<>(clean(line), new Evidence(span, Supports.TITLE)), -1, dated);
            }
            return null;
        }
        return null;
    }

    /**
     * A page flattened to one line (a crawler's cell) opens with the page's title, up to the first
     * dropped space, and restates it in its catalogue entry or over the text: 徐汇区…扶持意见 上海城市精神…
     * The title is one of the policy types.
     */
    private static Fact<String> crawlTitle(Paragraph p) {
        String text = p.string();
        if (text.length() <= CRAWL_LINE) {
            return null;
        }
        int k = 1;
        while (k < text.length() && text.charAt(k) != ' ' && p.text().sourceStart(k) <= p.text().sourceEnd(k - 1)) {
            k++;
        }
        String run = text.substring(0, k).strip();
        if (run.length() < 6 || run.length() > 60 || TitleRecognizer.classify(run) != TitleMention.Kind.POLICY
                || text.indexOf(run, k) < 0) {
            return null;
        }
        return new Fact<>(clean(run), new Evidence(p.span(0, k), Supports.TITLE));
    }

    private static Fact<java.time.LocalDate> compactDate(Paragraph p, Matcher d) {
        try {
            java.time.LocalDate v = java.time.LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(3)));
            return new Fact<>(v, new Evidence(p.span(d.start(), d.end()), Supports.ISSUED));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * Does the front-matter value say what the heading says (the heading restates it)? Front-matter
     * values are not normalised: compatibility forms (（试行）, ⼈) are folded as the heading's were.
     */
    private static boolean same(String value, String heading) {
        String v = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC);
        return TitleKey.core(folded(v)).equals(TitleKey.core(folded(heading)));
    }

    /** A front-matter value is raw text; the heading was normalised (full-width brackets folded, spaces dropped). */
    private static String folded(String s) {
        return s.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }

    /** The title as the document graph states it: no column tag, no 《》, spaces and periods as {@link TitleKey#display}. */
    static String clean(String s) {
        String t = COLUMN_TAG.matcher(s.strip()).replaceFirst("");
        t = STATUS_TAG.matcher(t).replaceFirst(""); // …的通知【全文废止】: a law database's status tag
        t = NUMBER_TAIL.matcher(t).replaceFirst(""); // …的通知(岳办发〔2017〕2号): the number a portal writes after the title
        return TitleKey.display(t.replace("《", "").replace("》", ""));
    }

    /** The comparison form: no brackets or what they hold (a 试行 or a period a notice title leaves out). */
    private static String bare(String s) {
        return TitleKey.core(s).replaceAll("\\([^()]*\\)", "");
    }

    private static Evidence whole(Paragraph p) {
        return new Evidence(p.span(0, p.text().length()), Supports.TITLE);
    }
}
