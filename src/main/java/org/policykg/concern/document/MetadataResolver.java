package org.policykg.concern.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.lexicon.CueWords;
import org.policykg.reference.Agency;
import org.policykg.reference.AgencyDirectory;
import org.policykg.reference.Publishers;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * What a document states about itself. The rules, and which wins:
 * <ol>
 * <li>{@link FrontMatter} is believed first: its title, date, address and authors.</li>
 * <li>{@link TitleLine}: without a front-matter title, a heading, headline or title line.</li>
 * <li>The metadata zone, the lines before the first paragraph of running text, read top
 * down: a {@link Bylines#dateline dateline} (the first running paragraph may open with one),
 * else a line of {@link FieldTable fields} (a label alone on its line takes the next line as its value,
 * and field lines do not use the zone up), else a {@link DateLines#line date line}, a
 * {@link Bylines#byline byline} or a {@link Mastheads#masthead masthead}. The first
 * publisher and the first plain date found win; among labelled dates the best label wins
 * (发布日期 over 成文日期), and any labelled date wins over a plain one.</li>
 * <li>Publisher: a {@link Mastheads#articleSource 文章来源} line anywhere (the last one) wins
 * over the zone's, which wins over a story's {@link Mastheads#closingSource closing 来源}
 * line, which wins over a {@link Mastheads#photoCredit photo credit} in the zone; then the site a crawler's
 * record names ({@link FrontMatter#site}); then the outlet behind the
 * document's address ({@link Publishers}); last, the issuer's header ({@link Signature#redHeader}).</li>
 * </ol>
 * Without a page date: the date a file-name heading opens with, else the document's own
 * ({@link Signature#date 成文日期 or 题注}), unless the text opens with running prose (a story
 * about the documents it reprints). Without a publisher of the page: the {@link Signature#redHeader 发文机关标志}.
 * Site chrome and print furniture are skipped, but a print footer gives the page's address; else a
 * 原文链接 field does.
 * Authors: the front matter's, then every name the zone's bylines and author fields give, top down;
 * without any, a {@link Bylines#closing closing byline}'s (its paper publishes the story when nothing
 * above names a publisher).
 */
final class MetadataResolver {
    /** How many paragraphs from the top a metadata zone or a title line may reach. */
    private static final int ZONE = 12;

    private final AgencyDirectory directory;
    private final CueWords cues;

    /** How a site's name ends, closing a page title: 门户网站, 人民政府, 网. */
    private final java.util.regex.Pattern siteName;
    /** How a news outlet's name ends ({@code lexicon/outlet-endings.tsv}), anchored at the end. */
    private final java.util.regex.Pattern outletEnding;
    /** A repost badge opening a headline: 原创, 【转载】. */
    private final java.util.regex.Pattern badge;
    /** A line of issuing organs over a title (中共X县委 X县人民政府). */
    private final java.util.regex.Pattern issuers;

    MetadataResolver(AgencyDirectory directory, CueWords cues) {
        this.directory = directory;
        this.cues = cues;
        this.siteName = java.util.regex.Pattern.compile("(?:" + cues.alternation("site-names", "site") + ")$");
        this.outletEnding = java.util.regex.Pattern.compile("(?:" + cues.alternation("outlet-endings", "outlet") + ")$");
        String badges = cues.alternation("title-badges", "badge");
        this.badge = java.util.regex.Pattern.compile("(?:(?<open>[【\\[(])(?:" + badges + ")[】\\])]|(?:" + badges + "))");
        this.issuers = TitleLine.issuerLine(cues.alternation("issuer-endings", "organ"));
    }

    DocumentFacts resolve(Analysis doc) {
        List<Paragraph> all = doc.paragraphs();
        // Site chrome and print furniture are read for the page's address only.
        List<Paragraph> ps = all.stream().filter(p -> p.role() != Paragraph.Role.CHROME).toList();
        FrontMatter front = new FrontMatter(doc.parsed());
        Outlets outlets = new Outlets(directory, doc);
        Bylines bylines = new Bylines(doc, outlets, cues);
        FieldTable fields = new FieldTable(outlets, cues);
        Mastheads mastheads = new Mastheads(outlets, fields);
        int zoneEnd = zoneEnd(ps, fields);

        // A traditional text's front matter in the script of its analysis, as its title lines would be.
        boolean traditional = !doc.parsed().frontMatter().isEmpty()
                && org.policykg.text.Normalizer.isTraditional(doc.parsed().source().text());
        Fact<String> title = unquoted(simplified(front.title(), traditional));
        int titleAt = -1;
        Fact<LocalDate> fileDate = null;
        // The site a page title closes with (…_XX市人民政府门户网站): the page's publisher when it names none itself.
        Fact<String> titleSite = null;
        // Where a title heading run on with the page's fields (…的通知发布日期：…来源：…) has its fields, else -1.
        int headFields = -1;
        if (title == null) {
            TitleLine.Found t = TitleLine.find(doc.parsed().format(), ps, all, zoneEnd, ZONE, front.values(), siteName, badge, issuers,
                    fields::opensWithField, doc.parsed().source().text());
            title = t.title();
            titleAt = t.at();
            fileDate = t.dated();
            titleSite = t.site();
            headFields = titleAt >= 0 ? fields.titleEnd(ps.get(titleAt)) : -1;
            if (headFields > 0) {
                Paragraph h = ps.get(titleAt);
                title = new Fact<>(TitleLine.clean(h.string().substring(0, headFields)), new Evidence(h.span(0, headFields), Supports.TITLE));
                titleSite = null;
            }
        }
        Fact<String> source = front.address(all);
        List<Fact<String>> creators = new ArrayList<>();
        // A post's author field may name the site that publishes the copy (author: 新浪财经): a publisher, not a person.
        Fact<Agency> authorSite = null;
        for (Fact<String> written : front.authors()) {
            Fact<String> a = Bylines.withoutRole(simplified(written, traditional));
            if (a.value().length() >= 3 && outletEnding.matcher(a.value()).find()) {
                authorSite = authorSite != null ? authorSite
                        : new Fact<>(outlets.organisation(a.value(), null), new Evidence(a.evidence().span(), Supports.PUBLISHER));
            } else {
                creators.add(a);
            }
        }

        int fromFront = creators.size();
        Fact<Agency> articleSource = null;
        Fact<Agency> header = null;
        FieldTable.Dated labelled = null;
        Fact<LocalDate> plainDate = null;
        Fact<String> fieldSource = null;
        Fact<String> fieldTitle = null;
        Fact<Agency> credit = null;
        // A report's or speech's 题注 (…在…会议上) in the zone: the office-and-name line near it is the speaker.
        boolean spoken = false;
        for (int i = 0; i <= Math.min(zoneEnd, ps.size() - 1); i++) {
            spoken |= Signature.spoken(ps.get(i));
        }
        int keyed = 0;
        for (int i = 0; i < Math.min(RECORD_HEAD, ps.size()); i++) {
            keyed += RECORD_FIELD.matcher(ps.get(i).string()).matches() ? 1 : 0;
        }
        boolean dump = keyed >= RECORD_HEAD - 1;
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            Fact<Agency> cited = mastheads.articleSource(p);
            articleSource = cited != null ? cited : articleSource;
            if (i > zoneEnd) {
                FieldTable.Line line = dump && RECORD_FIELD.matcher(p.string()).matches() ? fields.read(p) : null;
                if (line != null) {
                    // a crawler's record dumped as key : value lines: its fields after the content are still its own
                    for (FieldTable.Dated d : line.dates()) {
                        labelled = labelled == null || d.rank() < labelled.rank() ? d : labelled;
                    }
                    header = header != null || line.publishers().isEmpty() ? header : line.publishers().get(0);
                }
                continue;
            }
            credit = credit != null ? credit : mastheads.photoCredit(p);
            Bylines.Byline b = bylines.dateline(p);
            if (b == null) {
                // A label alone on its line takes the next line as its value ([ 发布机构 ] then 市发展改革委).
                FieldTable.Line line = i == titleAt && headFields > 0 ? fields.read(p, headFields)
                        : fields.lone(p) == null ? fields.read(p)
                        : i + 1 < ps.size() ? fields.read(p, ps.get(i + 1)) : null;
                if (line != null) {
                    for (FieldTable.Dated d : line.dates()) {
                        labelled = labelled == null || d.rank() < labelled.rank() ? d : labelled;
                    }
                    for (Range r : line.authors()) {
                        creators.addAll(bylines.names(fields.lone(p) == null ? p : ps.get(i + 1), r.start(), r.end()));
                    }
                    header = header != null || line.publishers().isEmpty() ? header : line.publishers().get(0);
                    fieldSource = fieldSource != null || line.sources().isEmpty() ? fieldSource : line.sources().get(0);
                    fieldTitle = fieldTitle != null || line.titles().isEmpty() ? fieldTitle : line.titles().get(0);
                    i += fields.lone(p) == null ? 0 : 1;
                    continue;
                }
                Fact<LocalDate> stamp = DateLines.stamp(p);
                plainDate = plainDate != null ? plainDate : stamp;
                plainDate = plainDate != null ? plainDate : DateLines.adoption(p);
                if (i == zoneEnd || fields.lone(p) != null) {
                    continue; // the first running paragraph may hold a run of fields or a stamp, and nothing else here
                }
                plainDate = plainDate != null ? plainDate : DateLines.line(p);
                boolean nearTitle = titleAt >= 0 && i > titleAt && i <= titleAt + 3;
                b = bylines.byline(p, creators.isEmpty() && nearTitle);
                b = b == null && spoken ? bylines.speaker(p) : b;
            }
            if (b != null) {
                header = header != null ? header : b.outlet();
                creators.addAll(b.names());
                plainDate = plainDate != null ? plainDate : b.date();
            } else if (header == null) {
                header = mastheads.masthead(p);
            }
        }

        // A crawl that prints its own heading and summary table above the portal's field block (发文机关 / 标 题 /
        // 发文字号 / 成文日期 / 发布日期 / 发布机构, a line each, under 全文): the block is the portal's own entry and
        // wins for title, date and publisher.
        Block block = front.title() == null ? block(ps, zoneEnd, fields) : null;
        if (block != null) {
            fieldTitle = block.title();
            title = block.title();
            labelled = block.date() != null ? block.date() : labelled;
            header = block.publisher() != null ? block.publisher() : header;
        }
        source = source != null ? source : fieldSource;
        source = source != null ? source : closingLink(all, title, doc.parsed().source());
        source = ArchivedAddress.original(source);
        // No title line read (a title broken over lines, a crawl): the catalogue's 标题 field names the document.
        title = title != null ? title : fieldTitle;
        // A title line without the issuer line above it (赣州市人民政府 / 关于印发…的通知): the field states it whole.
        // A title line that is the title field itself (法规名称：电子签章法 read as the text's first title line): its value.
        if (fieldTitle != null && title != null && title != fieldTitle && title.evidence().span().start() <= fieldTitle.evidence().span().start()
                && title.evidence().span().end() >= fieldTitle.evidence().span().end()) {
            title = fieldTitle;
        }
        if (fieldTitle != null && title != fieldTitle) {
            String whole = org.policykg.analysis.TitleKey.core(fieldTitle.value());
            String read = org.policykg.analysis.TitleKey.core(title.value());
            title = whole.length() > read.length() && whole.endsWith(read) ? fieldTitle : title;
        }
        Fact<LocalDate> issued = front.date();
        if (issued == null) {
            issued = labelled != null ? labelled.date() : plainDate;
        }
        if (issued == null) {
            // No page date: the document's own, as the file name or the text states it.
            // A text that opens with running prose is a story about the documents it reprints: their dates are not its own.
            issued = fileDate != null ? fileDate : zoneEnd > 0 ? Signature.date(ps) : null;
        }
        // A byline in the text names the writers: a front-matter author that is no person's name (a column, 开放数据观察) is not one.
        if (creators.size() > fromFront && creators.subList(fromFront, creators.size()).stream().anyMatch(c -> Bylines.personLike(c.value()))) {
            List<Fact<String>> kept = new ArrayList<>();
            for (int k = 0; k < creators.size(); k++) {
                if (k >= fromFront || Bylines.personLike(creators.get(k).value())) {
                    kept.add(creators.get(k));
                }
            }
            creators = kept;
        }
        // A story signed at its end, (XX日报记者 张三 通讯员 李四): its reporters, and its paper when nothing above names one.
        Bylines.Byline closing = null;
        for (int i = ps.size() - 1; i >= Math.max(0, ps.size() - 3) && closing == null; i--) {
            closing = bylines.closing(ps.get(i));
        }
        if (closing != null && creators.isEmpty()) {
            creators.addAll(closing.names());
        }
        Fact<Agency> publisher = articleSource != null ? articleSource : header != null ? header : mastheads.closingSource(all);
        publisher = publisher != null || closing == null ? publisher : closing.outlet();
        // Last of the page's own signs: the outlet whose reporter took the photo over the text.
        publisher = publisher != null ? publisher : credit;
        publisher = publisher != null ? publisher : authorSite;
        publisher = publisher != null || titleSite == null ? publisher
                : new Fact<>(outlets.organisation(titleSite.value(), null), titleSite.evidence());
        // The site a crawler's record names (source: 生态环境部) publishes the page when the page names no one itself.
        Fact<String> site = front.site();
        publisher = publisher != null || site == null ? publisher
                : new Fact<>(outlets.organisation(site.value(), null), site.evidence());
        // The outlet or database behind the page's address publishes this text; the issuer's header only names who made it.
        if (publisher == null && source != null) {
            Agency outlet = Publishers.get().forUrl(source.value()).orElse(null);
            if (outlet != null) {
                publisher = new Fact<>(outlet, new Evidence(source.evidence().span(), Supports.PUBLISHER));
            }
        }
        if (publisher == null) {
            publisher = Signature.redHeader(ps, Math.min(ZONE, ps.size()), outlets);
        }
        // An official text with no page around it and no 发文机关标志: its 发文机关署名 publishes it.
        if (publisher == null && zoneEnd > 0) {
            publisher = Signature.signer(ps, outlets);
        }
        return new DocumentFacts(title, issued, fuller(publisher, doc), creators, source);
    }

    /**
     * 信息来源：天河区科技工业和信息化局 over a text that names the body in full (广州市天河区科技工业和信息化局): a page's
     * field drops the city before its district; the body's full name is the one the text gives, in the same division.
     */
    private static Fact<Agency> fuller(Fact<Agency> publisher, Analysis doc) {
        if (publisher == null || !publisher.value().isAgency() || publisher.value().region() == null) {
            return publisher;
        }
        Agency a = publisher.value();
        for (org.policykg.recognize.AgencyMention m : doc.agencies()) {
            Agency b = m.agency();
            if (b.isAgency() && a.region().equals(b.region()) && b.name().length() > a.name().length() && b.name().endsWith(a.name())) {
                return new Fact<>(b, publisher.evidence());
            }
        }
        return publisher;
    }

    /** bdelete : false / id : … / title : …: a crawler's record dumped as key : value lines, opening the text. */
    private static final java.util.regex.Pattern RECORD_FIELD = java.util.regex.Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{1,30} ?:(?!//).*");
    /** How many of a dump's first lines are looked at; all but one must be key : value lines. */
    private static final int RECORD_HEAD = 3;

    /** What a field block after the metadata zone gives: its title, its best labelled date and its publisher. */
    private record Block(Fact<String> title, FieldTable.Dated date, Fact<Agency> publisher) {
    }

    /**
     * A field block below the zone, within {@link #ZONE} paragraphs of it: at least three lines in a row each opening with
     * a field, one of them the title field. A department as publisher (发布机构：科技司) is named under the issuing organ
     * the block's first publisher field gives (发文机关：工业和信息化部办公厅 → 工业和信息化部科技司).
     */
    private Block block(List<Paragraph> ps, int zoneEnd, FieldTable fields) {
        int end = Math.min(ps.size(), zoneEnd + ZONE);
        for (int i = Math.max(0, zoneEnd); i < end; i++) {
            int j = i;
            while (j < ps.size() && fields.opensWithField(ps.get(j)) && !ps.get(j).string().startsWith("|")) {
                j++;
            }
            if (j - i < 3) {
                continue;
            }
            Fact<String> title = null;
            FieldTable.Dated date = null;
            List<Fact<Agency>> publishers = new ArrayList<>();
            for (int k = i; k < j; k++) {
                FieldTable.Line line = fields.read(ps.get(k));
                if (line == null) {
                    continue;
                }
                title = title != null || line.titles().isEmpty() ? title : line.titles().get(0);
                for (FieldTable.Dated d : line.dates()) {
                    date = date == null || d.rank() < date.rank() ? d : date;
                }
                publishers.addAll(line.publishers());
            }
            if (title == null) {
                i = j;
                continue;
            }
            Fact<Agency> publisher = publishers.isEmpty() ? null : publishers.get(publishers.size() - 1);
            if (publisher != null && publishers.size() > 1 && DEPARTMENT.matcher(publisher.value().name()).matches()
                    && !publisher.value().name().startsWith("国家") && directory.byName(publisher.value().name()) == null) {
                String organ = publishers.get(0).value().name();
                java.util.regex.Matcher m = MINISTRY.matcher(organ);
                if (m.lookingAt()) {
                    String name = m.group() + publisher.value().name();
                    Agency known = directory.byName(name);
                    publisher = new Fact<>(known != null ? known : new Agency(name, null, null, Agency.Kind.ORGANIZATION),
                            publisher.evidence());
                }
            }
            return new Block(title, date, publisher);
        }
        return null;
    }

    /** A department of a ministry named alone, as its block's 发布机构 writes it: 科技司, 装备工业一司, 信息通信管理局. */
    private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern.compile("^[\\p{IsHan}]{2,10}(?:司|局)$");
    /** A ministry or commission of the State Council opening an organ's name: 工业和信息化部, 国家发展和改革委员会. */
    private static final java.util.regex.Pattern MINISTRY = java.util.regex.Pattern.compile("^[\\p{IsHan}]{2,12}?(?:部|委员会)");

    /**
     * A repost that ends on a link to where it was first published, the link's text being the post's own
     * title ([重庆专访：…](https://m.thepaper.cn/…), as Hugo and Hexo reposts cite their original): that
     * address is the document's. Only a last paragraph that is the link alone, its text the title in
     * letters and digits, so a related-reading link or a link to another story is not taken.
     */
    private static Fact<String> closingLink(List<Paragraph> all, Fact<String> title, org.policykg.ingest.Source src) {
        if (title == null || all.isEmpty()) {
            return null;
        }
        Paragraph p = all.get(all.size() - 1);
        if (p.links().size() != 1 || !p.links().get(0).href().startsWith("http")) {
            return null;
        }
        Paragraph.Link l = p.links().get(0);
        String text = p.string().substring(l.range().start(), l.range().end());
        if (!p.string().strip().equals(text.strip()) || !letters(text).equals(letters(title.value())) || letters(text).length() < 6) {
            return null;
        }
        // The address as written after the link's text: [text](address)
        String raw = src.text();
        int at = src.utf16(p.span(l.range()).end());
        String href = l.href();
        if (at < 0 || !raw.startsWith("](", at) || !raw.startsWith(href, at + 2) || href.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        org.policykg.text.Span span = new org.policykg.text.Span(src.codePoint(at + 2), src.codePoint(at + 2 + href.length()));
        return new Fact<>(href, new Evidence(span, Supports.SOURCE));
    }

    /** A title's letters and digits only: a repost's link text writes its separators (｜ 丨, spaces) as it likes. */
    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> Character.isLetterOrDigit(c) && c != '丨').forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * A front-matter title without its 《》, as a title line is read ({@link TitleLine#clean}): a post
     * on a policy is often titled with the policy's name in 《》 (《X方案》解读∣…), and the document graph
     * states titles without them.
     */
    private static Fact<String> unquoted(Fact<String> f) {
        if (f == null || f.value().indexOf('《') < 0 && f.value().indexOf('》') < 0) {
            return f;
        }
        return new Fact<>(f.value().replace("《", "").replace("》", ""), f.evidence());
    }

    /** Are most of the line's letters Han? A broken font prints its glyphs as letters of other scripts (෭๗ғ). */
    private static boolean mostlyHan(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han * 2 >= letters;
    }

    /**
     * The metadata zone ends at the first paragraph of running text, within {@link #ZONE} paragraphs
     * that are not fields: a catalogue entry set out a field a line ([ 索引号 ] / value / …) does not
     * use the zone up.
     */
    private static int zoneEnd(List<Paragraph> ps, FieldTable fields) {
        int counted = 0;
        int i = 0;
        for (; i < ps.size() && counted < ZONE; i++) {
            Paragraph p = ps.get(i);
            // A table row, a field line (法规网址：https://…) or a run of broken-font glyphs is not prose.
            if (p.role() == Paragraph.Role.BODY && p.string().length() > 60 && !p.string().startsWith("|") && !fields.isField(p)
                    && mostlyHan(p.string()) && !Signature.spoken(p)) {
                return i; // (a 题注 re-joined with the speaker and caption under it is still the head)
            }
            if (fields.lone(p) != null && i + 1 < ps.size()) {
                i++; // the label's value
            } else if (!fields.isField(p) && p.string().strip().length() > 2) {
                counted++; // a portal's one- or two-char chrome (>, 首页, 【字体：/小/中/大/】 a line each) is no line of the head
            }
        }
        return Math.min(i, ps.size());
    }

    /**
     * A value read outside the analysis text (a front matter field) in the form its paragraphs take:
     * full-width ASCII folded (APEC报告：广东… as APEC报告:广东…, as a title line would read), and
     * simplified when the document is traditional.
     */
    private static Fact<String> simplified(Fact<String> f, boolean traditional) {
        if (f == null) {
            return null;
        }
        StringBuilder folded = new StringBuilder(f.value().length());
        for (char c : f.value().toCharArray()) {
            folded.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        String v = folded.toString();
        return new Fact<>(traditional ? org.policykg.text.Normalizer.simplified(v) : v, f.evidence());
    }
}
