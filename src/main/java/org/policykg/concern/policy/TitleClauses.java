package org.policykg.concern.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Supports;
import org.policykg.analysis.Fact;
import org.policykg.analysis.TitleKey;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.DateMention;
import org.policykg.recognize.DocumentNumberMention;
import org.policykg.recognize.RegionMention;
import org.policykg.recognize.TitleMention;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.Region;
import org.policykg.segment.Item;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * What the text around a title says of it: the region and issuer its title starts with,
 * the issuing clause before it (issuers, date, subject region), the number after it or on
 * the line below, and the signature that closes its notice.
 */
final class TitleClauses {
    /** "记者12日获悉，…近日联合印发": a vague time between a date and the verb says the date is not the issue date. */
    private static final Pattern VAGUE_TIME = Pattern.compile("近日|日前|近期|前不久|不久前");

    private final Analysis doc;
    private final Gazetteer gazetteer;
    private final LocalDate documentDate;

    /** 根据, 废止, 停止执行 right before a 《: the text cites that policy, it does not print it. */
    private final Pattern citing;

    TitleClauses(Analysis doc, Gazetteer gazetteer, LocalDate documentDate, Pattern citing) {
        this.doc = doc;
        this.gazetteer = gazetteer;
        this.documentDate = documentDate;
        this.citing = citing;
    }

    /** The region a title starts with, and an issuer written before 关于 (中央网信办关于…). */
    void titleParts(TitleUse f) {
        String rest = f.display;
        // 2026年浙江省政府工作报告: a year before the region; the year stays in the title's core.
        Matcher year = LEADING_YEAR.matcher(rest);
        String yearPrefix = year.lookingAt() && gazetteer.nameAtStart(rest.substring(year.end())) != null ? year.group() : "";
        rest = rest.substring(yearPrefix.length());
        Gazetteer.NameMatch nm = gazetteer.nameAtStart(rest);
        Paragraph p = doc.paragraph(f.t.paragraph());
        if (nm != null) {
            int end = nm.end();
            Region region = nm.region();
            // 南昌市东湖区…: a division of the region named first is the title's own region.
            String after = rest.substring(end);
            for (int k = Math.min(12, after.length()); k >= 2; k--) {
                Gazetteer.NameMatch deeper = gazetteer.nameEndingAt(after, k, region);
                if (deeper != null && deeper.start() == 0 && within(deeper.region(), region)) {
                    region = deeper.region();
                    end += deeper.end();
                    break;
                }
            }
            f.titleRegion = region;
            int at = titleOffset(f, yearPrefix.length());
            f.titleRegionEvidence = new Evidence(p.span(at, at + end), Supports.JURISDICTION);
            rest = rest.substring(nm.end());
        }
        List<AgencyMention> inTitle = new ArrayList<>();
        for (AgencyMention a : doc.agencyIndex().in(f.t.paragraph())) {
            if (a.range().start() >= f.t.range().start() && a.range().end() < f.t.range().end()) {
                inTitle.add(a);
            }
        }
        for (AgencyMention a : inTitle) {
            if (a.range().start() <= f.t.range().start() + (f.display.length() - rest.length())) {
                // the issuers the title opens with: one (中央网信办关于), or several in a row (中共中央 国务院关于)
                List<AgencyMention> chain = new ArrayList<>(List.of(a));
                Matcher end = LEAD_ISSUER_END.matcher(p.string()).region(a.range().end(), p.string().length());
                while (!end.lookingAt()) {
                    AgencyMention next = following(inTitle, chain.get(chain.size() - 1), p.string());
                    if (next == null || chain.size() >= MAX_ISSUERS) {
                        break;
                    }
                    chain.add(next);
                    end = LEAD_ISSUER_END.matcher(p.string()).region(next.range().end(), p.string().length());
                }
                if (end.lookingAt()) {
                    for (AgencyMention c : chain) {
                        f.issuers.add(new Fact<>(c.agency(), new Evidence(p.span(c.range()), Supports.ISSUED_BY)));
                    }
                    int cut = end.end() - f.t.range().start() - 2; // the core starts at 关于
                    rest = cut <= f.display.length() ? f.display.substring(Math.min(cut, f.display.length())) : rest;
                    break;
                }
            }
        }
        f.core = TitleKey.core(yearPrefix + rest);
    }

    /** Whether {@code child} lies within {@code parent}, by their GB/T 2260 codes. */
    private static boolean within(Region child, Region parent) {
        String c = child.code();
        String p = parent.code();
        if (c.length() != 6 || p.length() != 6 || c.equals(p)) {
            return false;
        }
        String prefix = p.endsWith("0000") ? p.substring(0, 2) : p.endsWith("00") ? p.substring(0, 4) : p;
        return c.startsWith(prefix);
    }

    /** Co-issuers a title may open with. */
    private static final int MAX_ISSUERS = 12;

    /** The longest name starting where {@code last} ends, or after a 、 there. */
    private static AgencyMention following(List<AgencyMention> in, AgencyMention last, String text) {
        int at = last.range().end();
        if (at < text.length() && text.charAt(at) == '、') {
            at++;
        }
        AgencyMention next = null;
        for (AgencyMention a : in) {
            if (a.range().start() == at && (next == null || a.range().end() > next.range().end())) {
                next = a;
            }
        }
        return next;
    }

    /** After the issuer a title opens with: 关于, or 等部门关于 / 等六部门关于 when it leads several (only it is named). */
    private static final Pattern LEAD_ISSUER_END = Pattern.compile(
            "关于|等(?:[0-9一二三四五六七八九十]+个?)?部(?:门|委)关于");

    private static final Pattern LEADING_YEAR = Pattern.compile("(?:19|20)\\d{2}年");

    private static int titleOffset(TitleUse f, int i) {
        return f.t.range().start() + i;
    }

    /** "{issuers}于近日联合印发《T》": issuers, date and subject region of the clause before the verb. */
    void clause(TitleUse f, List<TitleUse> all) {
        boolean wholeLine = f.t.source() == TitleMention.Source.HEADING || f.t.source() == TitleMention.Source.CONTENTS;
        if (wholeLine && f.t.range().start() == 0) {
            return; // a heading that is the title itself has no issuing clause
        }
        IssuingClause c = IssuingClause.before(doc, f.t);
        if (c == null) {
            makersBefore(f);
            return;
        }
        Paragraph p = c.paragraph();
        String text = p.string();
        Range sentence = c.sentence();
        int verbAt = c.verbAt();
        int clauseStart = c.clauseStart();
        for (AgencyMention a : c.agencies(doc.agencyIndex())) {
            f.issuers.add(new Fact<>(a.agency(), new Evidence(p.span(a.range()), Supports.ISSUED_BY)));
        }
        if (f.issuers.isEmpty() && f.t.source() == TitleMention.Source.BRACKETS && text.substring(clauseStart, verbAt).isBlank()
                && clauseStart > sentence.start()) {
            subjectOfClauseBefore(f, p, sentence, clauseStart);
        }
        for (DateMention d : doc.dateIndex().within(p.index(), sentence.start(), verbAt)) {
            // 废止时间: 2026-04-11 名称: X关于印发《T》的通知 — a catalogue's fields on one line: a label's colon between
            // the date and the verb makes the date another field's value, not the day the clause issued T.
            if (text.indexOf(':', d.range().end()) >= 0 && text.indexOf(':', d.range().end()) < verbAt) {
                continue;
            }
            if (!VAGUE_TIME.matcher(text.substring(d.range().end(), c.verbEnd())).find()) {
                LocalDate date = date(d);
                if (date != null) {
                    f.issued = new Fact<>(date, new Evidence(p.span(d.range()), Supports.ISSUED));
                    break;
                }
            }
        }
        if (f.issued == null && (SAME_DAY.matcher(text.substring(clauseStart, verbAt)).find()
                || SAME_DAY_CLAUSE.matcher(text.substring(Math.max(0, clauseStart - 6), clauseStart)).find())) {
            f.issued = dayBefore(p.index(), clauseStart);
        }
        List<RegionMention> subjects = new ArrayList<>();
        for (RegionMention r : doc.regionIndex().within(p.index(), clauseStart, verbAt)) {
            if (!insideAgency(r) && r.region().level() != Region.Level.COUNTY) {
                subjects.add(r);
            }
        }
        if (subjects.isEmpty()) {
            // "中国同缅甸……等国家共同发布了《…》", "我国发布…": the country issued it.
            String agent = text.substring(clauseStart, verbAt);
            if (f.issuers.isEmpty() && (agent.startsWith("中国") || agent.startsWith("我国"))) {
                f.subject = gazetteer.country();
                f.subjectEvidence = new Evidence(p.span(clauseStart, clauseStart + 2), Supports.JURISDICTION);
            } else if (f.issuers.isEmpty() && COUNTED_DEPARTMENTS.matcher(agent).matches()) {
                int from = clauseStart + (agent.length() - agent.stripLeading().length());
                f.subject = gazetteer.country();
                f.subjectEvidence = new Evidence(p.span(from, verbAt), Supports.JURISDICTION);
            }
            return;
        }
        boolean respectively = text.substring(clauseStart, c.verbEnd()).contains("分别");
        if (respectively && subjects.size() > 1) {
            // "上海和深圳分别发布了《A》和《B》": the n-th region issued the n-th title.
            List<TitleUse> titlesAfter = new ArrayList<>();
            for (TitleUse o : all) {
                if (o.t.paragraph() == p.index() && o.t.range().start() > verbAt && o.t.range().start() < sentence.end()
                        && o.t.source() == TitleMention.Source.BRACKETS) {
                    titlesAfter.add(o);
                }
            }
            int i = titlesAfter.indexOf(f);
            if (titlesAfter.size() == subjects.size() && i >= 0) {
                RegionMention r = subjects.get(i);
                f.subject = r.region();
                f.subjectEvidence = new Evidence(p.span(r.range()), Supports.JURISDICTION);
            }
        } else if (!respectively) {
            RegionMention r = subjects.get(subjects.size() - 1);
            f.subject = r.region();
            f.subjectEvidence = new Evidence(p.span(r.range()), Supports.JURISDICTION);
            // The same clause issued any other title in the sentence ("印发了《A》和《B》").
        }
    }

    /**
     * 安徽省人民政府举行新闻发布会，发布《…行动方案》: a verb of issuing that opens its clause has the subject of the clause
     * before it in the sentence, when that clause opens with bodies (a run of them joined by 、/和: {@link BodiesBefore#joined},
     * the reader {@link #makersBefore} shares). Only for a title in
     * 《》: a phrase without them (…，出台配套措施) is a title only when its own clause names who issued it.
     */
    private void subjectOfClauseBefore(TitleUse f, Paragraph p, Range sentence, int clauseStart) {
        String text = p.string();
        int from = Math.max(sentence.start(), p.clauseStart(Math.max(sentence.start(), clauseStart - 1)));
        while (from < clauseStart && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        for (AgencyMention a : BodiesBefore.joined(doc, p, from, clauseStart).bodies()) {
            f.issuers.add(new Fact<>(a.agency(), new Evidence(p.span(a.range()), Supports.ISSUED_BY)));
        }
    }

    /**
     * 2024年，中共中央、国务院《关于…的意见》强调: bodies standing alone before a title, with no verb between, are its
     * makers (the possessive of news and replies). The clause from its start to the 《 must hold nothing but bodies and
     * 、/和 between them ({@link BodiesBefore#joined} filling it), so 落实国务院《…》 or 根据省政府《…》 (a verb before the
     * bodies) give nothing here.
     */
    private void makersBefore(TitleUse f) {
        if (f.t.source() != TitleMention.Source.BRACKETS || !f.issuers.isEmpty()) {
            return;
        }
        Paragraph p = doc.paragraph(f.t.paragraph());
        int open = f.t.range().start() - 1;
        if (open < 1 || p.string().charAt(open) != '《') {
            return;
        }
        BodiesBefore.Run run = BodiesBefore.joined(doc, p, p.clauseStart(open), open);
        if (!run.fills(open)) {
            return;
        }
        for (AgencyMention a : run.bodies()) {
            f.issuers.add(new Fact<>(a.agency(), new Evidence(p.span(a.range()), Supports.ISSUED_BY)));
        }
    }

    /**
     * 十二部门印发《…》, 三部门出台《…》: departments counted without a region or a lead body are ministries of the State
     * Council, as national news writes them (a province's are 省十部门 or 省发展改革委等十部门).
     */
    private static final Pattern COUNTED_DEPARTMENTS = Pattern.compile("^\\s*[一二三四五六七八九十两0-9]{1,3}个?(?:部门|部委)$");

    /** 同日，辽宁省印发《…》: the clause issues on the day the text named last (4月22日，吉林省…印发《…》；同日，…). */
    private static final Pattern SAME_DAY = Pattern.compile("^\\s*(?:同日|当日|当天|同一天)");
    /** The same word as a clause of its own right before the issuing clause (；同日，辽宁省印发). */
    private static final Pattern SAME_DAY_CLAUSE = Pattern.compile("(?:^|[。；;，,\\s\u3000])(?:同日|当日|当天|同一天)[，,]\\s*$");
    /**
     * The last day (month and day at least) named before {@code at} in paragraph {@code p} or above it: 同日 is the day
     * the text named last, however many paragraphs of detail a news story's lead is followed by.
     */
    private Fact<LocalDate> dayBefore(int p, int at) {
        for (int k = p; k >= 0; k--) {
            List<DateMention> ds = k == p ? doc.dateIndex().within(k, 0, at) : doc.dateIndex().in(k);
            for (int i = ds.size() - 1; i >= 0; i--) {
                DateMention d = ds.get(i);
                if (d.month() > 0 && d.day() > 0) {
                    LocalDate date = date(d);
                    return date == null ? null : new Fact<>(date, new Evidence(doc.paragraph(k).span(d.range()), Supports.ISSUED));
                }
            }
        }
        return null;
    }

    private boolean insideAgency(RegionMention r) {
        return doc.agencyIndex().covers(r.paragraph(), r.range().start(), r.range().end());
    }

    /** A date without a year takes the latest year that does not put it after the document's own date. */
    private LocalDate date(DateMention d) {
        if (d.hasYear()) {
            return LocalDate.of(d.year(), d.month(), d.day());
        }
        if (documentDate == null) {
            return null;
        }
        LocalDate x = LocalDate.of(documentDate.getYear(), d.month(), d.day());
        return x.isAfter(documentDate) ? x.minusYears(1) : x;
    }

    /** Between a printed title and the number closing its notice's heading: 的通知( . */
    private static final Pattern NOTICE_NUMBER_GAP = Pattern.compile("^的(?:通知|决定|通告|公告)[(（]$");

    /** 《T》(沪府〔2023〕51号): a number right after a title. */
    void inlineNumber(TitleUse f, List<DocumentNumberMention> numbers) {
        int after = f.t.range().end();
        if (f.t.source() == TitleMention.Source.BRACKETS) {
            // after the closing 》, which for 《…关于印发X的通知》 is past the carried title
            int close = doc.paragraph(f.t.paragraph()).string().indexOf('》', f.t.range().end());
            after = close < 0 ? after + 1 : close + 1;
        }
        String text = doc.paragraph(f.t.paragraph()).string();
        for (DocumentNumberMention n : numbers) {
            // …印发《T》的通知(岳办发〔2017〕2号): a portal writes the notice's number after its title, and the notice's
            // number is the printed T's
            boolean notice = n.paragraph() == f.t.paragraph() && n.range().start() > after + 1
                    && NOTICE_NUMBER_GAP.matcher(text.substring(after, n.range().start())).matches();
            if (n.paragraph() == f.t.paragraph() && n.range().start() >= after && n.range().start() <= after + 1 || notice) {
                f.number = new Fact<>(n.number(), new Evidence(doc.paragraph(n.paragraph()).span(n.range()), Supports.DOCUMENT_NUMBER));
            }
        }
    }

    /**
     * A line holding only a number belongs to the title line just above it; in an official
     * document's head (GB/T 9704: 发文机关标志, 发文字号, then 标题) to the title line below it.
     */
    void numberLines(List<TitleUse> fulls, List<DocumentNumberMention> numbers) {
        for (DocumentNumberMention n : numbers) {
            Paragraph p = doc.paragraph(n.paragraph());
            if (n.range().length() < p.string().length() * 0.8) {
                continue;
            }
            Item item = doc.layout().itemOf(p.index());
            TitleUse target = null;
            // a portal's lines between the title and its number (发布时间：…, 来源：…, 字号：[大][中][小]) are the page's, not
            // the document's head: they do not count toward the two lines a title may stand above its number
            int own = 0;
            int skipped = 0;
            for (int back = p.index() - 1; back >= item.first() && own < 2 && skipped <= PAGE_LINES && target == null; back--) {
                if (pageLine(doc.paragraph(back))) {
                    skipped++;
                    continue;
                }
                own++;
                for (TitleUse f : fulls) {
                    if (f.t.paragraph() == back && doc.paragraph(back).isHeading() && f.number == null) {
                        target = f;
                        break;
                    }
                }
            }
            for (int ahead = p.index() + 1; target == null && ahead <= Math.min(doc.paragraphs().size() - 1, p.index() + HEAD_REACH); ahead++) {
                for (TitleUse f : fulls) {
                    if (f.t.paragraph() == ahead && f.number == null && standsAsLine(f)) {
                        target = f;
                        break;
                    }
                }
            }
            if (target != null) {
                target.number = new Fact<>(n.number(), new Evidence(p.span(n.range()), Supports.DOCUMENT_NUMBER));
            }
        }
    }

    /** How many of a portal's own lines may stand between a title and its number line (发布时间, 来源, 字号, [大][中][小]). */
    private static final int PAGE_LINES = 8;
    /**
     * 发布时间：2026-06-03, 来源：中国政府网, 发文字号：…: a labelled field line of the page or its catalogue table
     * (lexicon/field-labels.tsv, every role) with a short value, which the segmenter already sets apart as a field.
     */
    private static final java.util.regex.Pattern PAGE_FIELD = java.util.regex.Pattern.compile(
            "^(?:" + org.policykg.lexicon.CueWords.standard().alternation("field-labels", null) + ")\\s*[:：].{0,40}$");

    /** [大] [中] [小], 【大 中 小】: a portal's font-size buttons, a line each or together. */
    private static final java.util.regex.Pattern FONT_SIZE = java.util.regex.Pattern.compile("^[\\[【(]?\\s*(?:[大中小]\\s*[\\]】)]?\\s*[\\[【(]?\\s*){1,3}[\\]】)]?$");

    /** A line of the page around the document (chrome, or a portal's info field), not of the document's head. */
    private static boolean pageLine(Paragraph p) {
        String t = p.string().strip();
        return p.role() == Paragraph.Role.CHROME || PAGE_FIELD.matcher(t).matches() || FONT_SIZE.matcher(t).matches();
    }

    /** How far below a number line its document's title may stand (a blank line, a notice's two-line title). */
    private static final int HEAD_REACH = 4;

    /** A title that is its line, or is carried by a notice title line (关于印发《X》的通知). */
    private boolean standsAsLine(TitleUse f) {
        if (f.t.source() == TitleMention.Source.HEADING || f.t.source() == TitleMention.Source.CONTENTS) {
            return true;
        }
        String text = doc.paragraph(f.t.paragraph()).string();
        return f.t.source() == TitleMention.Source.BRACKETS && text.length() <= f.t.title().length() + 30
                && (text.contains("通知") || f.t.range().length() >= text.length() * 0.8);
    }

    /** An agency line over a date line closes a notice: the issuer and date of the title above. */
    void signatures(List<TitleUse> fulls) {
        List<Paragraph> ps = doc.layout().paragraphs();
        for (int i = 0; i + 1 < ps.size(); i++) {
            Paragraph who = ps.get(i);
            Paragraph when = ps.get(i + 1);
            AgencyMention a = onlyAgency(who);
            DateMention d = onlyDate(when);
            if (a == null || d == null || !d.hasYear()) {
                continue;
            }
            Item item = doc.layout().itemOf(i);
            TitleUse target = null;
            for (TitleUse f : fulls) {
                if (f.t.paragraph() < i && f.t.paragraph() >= Math.max(item.first(), i - 5) && !cited(f)) {
                    target = f;
                }
            }
            if (target != null) {
                target.issuers.add(new Fact<>(a.agency(), new Evidence(who.span(a.range()), Supports.ISSUED_BY)));
                if (target.issued == null) {
                    target.issued = new Fact<>(LocalDate.of(d.year(), d.month(), d.day()),
                            new Evidence(when.span(d.range()), Supports.ISSUED));
                }
            }
        }
    }

    /**
     * 根据《X》, 决定停止执行《…关于印发X的通知》, 对《X》作如下修改: a policy the text rests on or acts on, which the
     * signature under the text does not sign (the 《 may open the notice that printed X).
     */
    private boolean cited(TitleUse f) {
        if (f.t.source() != TitleMention.Source.BRACKETS) {
            return false;
        }
        Paragraph p = doc.paragraph(f.t.paragraph());
        String text = p.string();
        int open = text.lastIndexOf('《', f.t.range().start());
        int close = text.indexOf('》', f.t.range().end() - 1);
        if (open < 0) {
            return false;
        }
        String before = text.substring(p.clauseStart(open), open).strip();
        if (close >= 0 && CITED_NUMBER.matcher(text).region(close + 1, text.length()).lookingAt()) {
            return true; // 《X》(粤办函〔2025〕46号): a document cited by its title, then its number (GB/T 9704 引用公文)
        }
        if (close >= 0 && CITED_ARTICLE.matcher(text).region(close + 1, text.length()).lookingAt()) {
            return true; // 《X》第九条: the text refers to a clause of X, which is in force already
        }
        return citing.matcher(before).find() || before.endsWith("对") && close >= 0
                && OwnText.AMEND_AFTER.matcher(text.substring(close + 1)).lookingAt();
    }

    /** A cited document's number in brackets right after its title: （粤办函〔2025〕46号）, (国发〔2024〕3号). */
    private static final Pattern CITED_NUMBER = Pattern.compile("[(（][^()（）]{1,16}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,4}号[)）]");
    /** 《X》第九条, 《X》第二章: one of X's clauses or chapters. */
    private static final Pattern CITED_ARTICLE = Pattern.compile("第[0-9一二三四五六七八九十百]+[条章款]");

    private AgencyMention onlyAgency(Paragraph p) {
        for (AgencyMention a : doc.agencyIndex().in(p.index())) {
            if (a.range().length() >= p.string().length() * 0.9 && a.agency().isAgency()) {
                return a;
            }
        }
        return null;
    }

    private DateMention onlyDate(Paragraph p) {
        for (DateMention d : doc.dateIndex().in(p.index())) {
            if (d.range().length() >= p.string().length() * 0.9) {
                return d;
            }
        }
        return null;
    }
}
