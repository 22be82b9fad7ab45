package org.policykg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.TitleKey;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.RegionMention;
import org.policykg.recognize.TitleMention;
import org.policykg.recognize.TitleRecognizer;
import org.policykg.reference.DocumentTypes;
import org.policykg.reference.Region;
import org.policykg.segment.Layout;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * Reads a text as an official document (GB/T 9704-2012; 党政机关公文处理工作条例): a policy's own
 * text calls itself by its type word (制定本办法, 本方案自印发之日起施行) or is numbered in articles;
 * its title is the title line over its text, or the 《X》 a wrapper notice prints (关于印发《X》的通知);
 * a notice that prints two policies carries two texts, each starting at its own title line.
 * A text with no title of its own (a body stored without it) still carries one policy, labelled
 * by its region and type.
 */
public final class StructureReader {
    /** 第一条, 第十二条, 第 12 條: an article of a regulation or rules (Taiwan's law database numbers them in figures). */
    private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零〇两0-9]{1,6}条");
    /** 第一章, 第二节: a chapter or section line of a regulation. */
    private static final Pattern CHAPTER = Pattern.compile("^第[一二三四五六七八九十百零〇]{1,4}[章节]");
    /** 关于印发《X》(和《Y》)的通知: a notice that prints the policies it names. */
    private static final Pattern WRAPPER = Pattern.compile("关于(?:印发|转发|发布|公布)《");
    /** A line that can be a title: no sentence or clause punctuation. */
    private static final Pattern TITLE_LINE = Pattern.compile("[^。，,;；:：!！?？]+");
    /** The type word a work report's opening stands for. */
    private static final String WORK_REPORT = "政府工作报告";
    /** How many articles make a text one that is numbered in articles. */
    private static final int ARTICLES = 3;
    /** An article's own heading alone on its line: （目的和依据）, 【适用范围】. */
    private static final Pattern ARTICLE_HEADING = Pattern.compile("\\s*[(（【\\[][^)）】\\]]{1,16}[)）】\\]]\\s*");
    /** How many paragraphs a preamble may run before the first numbered part. */
    private static final int PREAMBLE = 3;
    /** How many lines without prose (a page's fields and links) a preamble may pass over. */
    private static final int LABEL_LINES = 6;
    /** A title line closed by its 题注 date in brackets (GB/T 9704-2012 7.3.3 for a text dated under its title). */
    private static final Pattern DATED_TITLE = Pattern.compile("^(\\p{IsHan}[^()]{5,60}?)\\(\\d{4}年\\d{1,2}月\\d{1,2}日\\)$");
    /** Prose: a clause or sentence ends in it. */
    private static final Pattern PROSE = Pattern.compile("[，。；,;]");

    /** Formulas of a genre that stand for 本+type: 向大会报告工作 opens a 政府工作报告. */
    private final List<String> workReportOpenings;
    /** Formulas that announce the text's own type word: 现提出如下意见, 制定以下政策. */
    private final List<String> announcements;
    /** 通知如下: a notice announces its own body (self-references, notifies). */
    private final List<String> notifies;
    /** Verbs by which a preface names the text it opens: 组织编制了《X》 under the title line X. */
    private final List<String> compiles;
    /** How far into the text a preface may name the text it opens. */
    private static final int PREFACE = 12;
    /** 《X》全文如下。: a line that says the text below is X's (self-references, full-text). */
    private final Pattern fullText;
    /** A reply to a suggestion or proposal (答复如下), read once per text for every concern. */
    private final Replies replies;

    public StructureReader(CueWords cues) {
        this.replies = new Replies(cues);
        this.workReportOpenings = cues.words("self-references", "work-report");
        this.titleLabels = java.util.Set.copyOf(cues.words("field-labels", "title"));
        this.announcements = cues.words("self-references", "announces");
        this.notifies = cues.words("self-references", "notifies");
        this.compiles = cues.words("self-references", "compiles");
        this.fullText = Pattern.compile("^[《〈][^》〉]+[》〉](?:" + cues.alternation("self-references", "full-text") + ")[。：:]?$");
        this.decides = java.util.regex.Pattern.compile("(?:" + cues.alternation("self-references", "decides") + ")\\s*《");
        this.noticeBody = Pattern.compile(cues.alternation("policy-links", "notice-body"));
        this.taskColumns = java.util.Set.copyOf(cues.words("measure-sections", "task-column"));
        java.util.Set<String> carriers = new java.util.HashSet<>();
        for (String role : List.of("lead-column", "part-column", "duty-column")) {
            carriers.addAll(cues.words("measure-sections", role));
        }
        this.carrierColumns = java.util.Set.copyOf(carriers);
    }

    /** The header words of a task table's task column (lexicon/measure-sections.tsv, task-column): 重点任务, 工作任务 …. */
    private final java.util.Set<String> taskColumns;
    /** The header words of its columns of who carries a task (lead-, part-, duty-column): 牵头单位, 责任单位 …. */
    private final java.util.Set<String> carrierColumns;
    /** How far under its title line a task table's header may stand (a caption or a note between). */
    private static final int TABLE_REACH = 3;

    /**
     * 2025年X重点工作任务分工方案 over 序号 | 重点任务 | 牵头单位 | 完成时限: a plan published as its title line and its task
     * table (a 工作要点, 分工方案 or 任务清单 without a sentence of its own) is that policy's own text, as 本方案 would say.
     */
    private void tabled(List<Paragraph> ps, List<TitleMention> titles, List<Structure.SelfReference> out) {
        for (TitleMention t : titles) {
            if (t.paragraph() > PREFACE || t.kind() != TitleMention.Kind.POLICY || t.source() != TitleMention.Source.HEADING
                    || !standsAlone(ps.get(t.paragraph()), t)) {
                continue;
            }
            var type = DocumentTypes.policyType(DocumentTypes.withoutPeriod(TitleKey.display(t.title())));
            if (type.isEmpty() || DECISION_TYPES.contains(type.get().word())) {
                continue;
            }
            for (int i = t.paragraph() + 1; i <= Math.min(ps.size() - 1, t.paragraph() + TABLE_REACH); i++) {
                if (taskHeader(ps.get(i).string()) || flatTaskHeader(ps, i)) {
                    out.add(new Structure.SelfReference(t.paragraph(), t.range(), type.get().word()));
                    return;
                }
            }
            return; // the first title line decides
        }
    }

    /** Whether a table row is a task table's header: a task column and a column of who carries it. */
    private boolean taskHeader(String row) {
        if (!Paragraph.isTableRow(row)) {
            return false;
        }
        boolean task = false;
        boolean carrier = false;
        for (String cell : row.split("\\|")) {
            String c = cell.replaceAll("[\\s\u3000]", "");
            task |= taskColumns.contains(c);
            carrier |= carrierColumns.contains(c);
        }
        return task && carrier;
    }

    /** How many cells a flattened task table's header may run to. */
    private static final int FLAT_HEADER = 12;

    /**
     * Whether a task table's header flattened a cell a line (序号 | / 重点任务 | / 责任单位 |) starts at paragraph
     * {@code from}: its cells, up to the first that is not a flattened cell, name a task column and a column of who
     * carries it.
     */
    private boolean flatTaskHeader(List<Paragraph> ps, int from) {
        boolean task = false;
        boolean carrier = false;
        for (int i = from; i < Math.min(ps.size(), from + FLAT_HEADER) && ps.get(i).isFlatCell(); i++) {
            String c = ps.get(i).string().replace("|", "").replaceAll("[\\s\u3000]", "");
            task |= taskColumns.contains(c);
            carrier |= carrierColumns.contains(c);
        }
        return task && carrier;
    }

    private final java.util.Set<String> titleLabels;
    /** 现将《X》印发给你们: the body of a notice that prints the texts it names (GB/T 9704 正文 of a 印发 notice). */
    private final Pattern noticeBody;

    /** 决定停止执行《, 决定对《: the formula by which a 公文 acts on the force of another policy. */
    private final Pattern decides;
    /** A 发文字号 alone on its line (GB/T 9704: under the 发文机关标志, over the title). */
    private static final Pattern NUMBER_LINE = Pattern.compile("^\\p{IsHan}{1,10}[〔\\[(【](?:19|20)\\d{2}[〕\\])】]\\d{1,5}号$");
    /** A 主送机关 line: short, no sentence stop, ending in its colon (各区人民政府，市政府各部门：). */
    private static final Pattern ADDRESSEES = Pattern.compile("^[^。；;]{2,80}[:：]$");
    /** How many lines over the decision a 公文's head (number, addressees) may stand. */
    private static final int HEAD = 4;
    /** The type words a decision on other policies calls itself by when its title does not say: a notice, or a decision. */
    private static final List<String> DECISION_TYPES = List.of("通知", "决定");

    public Structure read(Layout layout, List<TitleMention> titles, Map<Integer, Region> itemRegions) {
        return read(layout, titles, itemRegions, List.of());
    }

    /**
     * As {@link #read(Layout, List, Map)}, with the region mentions of the text: a text with no title that
     * says whose rules it sets (结合官渡区实际，特制定如下措施) takes that region for its label.
     */
    public Structure read(Layout layout, List<TitleMention> titles, Map<Integer, Region> itemRegions, List<RegionMention> regions) {
        return parts(layout, titles, itemRegions, regions).withReply(replies.replies(layout.paragraphs()));
    }

    private Structure parts(Layout layout, List<TitleMention> titles, Map<Integer, Region> itemRegions, List<RegionMention> regions) {
        List<Paragraph> ps = layout.paragraphs();
        List<Structure.SelfReference> selfRefs = new ArrayList<>();
        int articles = 0;
        int firstArticle = -1;
        for (Paragraph p : ps) {
            selfReferences(p, selfRefs);
            announced(p, selfRefs);
            for (String w : workReportOpenings) {
                int at = p.string().indexOf(w);
                // 市长X代表市政府向大会作政府工作报告: news tells the delivery in the third person; the report says 我代表….
                if (at >= 0 && !TitleRecognizer.spokenBy(p.string(), at)) {
                    selfRefs.add(new Structure.SelfReference(p.index(), new Range(at, at + w.length()), WORK_REPORT));
                    break;
                }
            }
            if (ARTICLE.matcher(p.string()).lookingAt()) {
                articles++;
                firstArticle = firstArticle < 0 ? p.index() : firstArticle;
            }
        }
        dropDefinedForOthers(ps, selfRefs);
        // 现将《X》印发给你们 where X's own title line is not on the page: the 《X》 the notice body prints names the text.
        List<TitleMention> printedHere = new ArrayList<>();
        dropPrintingNotice(ps, titles, selfRefs, printedHere);
        if (selfRefs.isEmpty() && articles < ARTICLES) {
            compiled(ps, titles, selfRefs);
        }
        if (selfRefs.isEmpty() && articles < ARTICLES) {
            decision(ps, selfRefs);
        }
        if (selfRefs.isEmpty() && articles < ARTICLES) {
            printedBelow(ps, titles, selfRefs);
        }
        if (selfRefs.isEmpty() && articles < ARTICLES) {
            printedHere(ps, titles, selfRefs, printedHere);
        }
        if (selfRefs.isEmpty() && articles < ARTICLES) {
            tabled(ps, titles, selfRefs);
        }
        if (selfRefs.isEmpty() && articles < ARTICLES) {
            pageOf(ps, titles, selfRefs);
        }
        if (selfRefs.isEmpty() && articles < ARTICLES) {
            return Structure.none();
        }
        // Candidate own titles: policy titles standing as lines, or printed by a wrapper notice,
        // of the type the text calls itself by.
        int zoneEnd = ps.size() - 1;
        if (!selfRefs.isEmpty()) {
            zoneEnd = selfRefs.get(0).paragraph();
        }
        if (firstArticle >= 0) {
            zoneEnd = Math.min(zoneEnd, firstArticle);
        }
        List<TitleMention> candidates = new ArrayList<>();
        java.util.Set<Integer> titled = new java.util.HashSet<>();
        for (TitleMention t : titles) {
            titled.add(t.paragraph());
            if (t.kind() == TitleMention.Kind.POLICY && (standsAlone(ps.get(t.paragraph()), t)
                    || fillsTitleCell(ps.get(t.paragraph()), t) || printedBy(ps.get(t.paragraph()), t, titles) || printedHere.contains(t))
                    && (selfRefs.isEmpty() || sameType(t.title(), selfRefs))) {
                candidates.add(t);
            }
        }
        // A plain line in the opening that is a title of the text's own type: a text printed
        // without markup has its title as a body line (2026年浙江省政府工作报告).
        for (int i = 0; i <= zoneEnd; i++) {
            String text = ps.get(i).string();
            // A field table's 标题 row (|标　　题|X|): its value cell is the text's title line.
            int from = titleCell(text);
            if (from >= 0) {
                text = text.substring(from, text.indexOf('|', from));
            }
            // A title run on with its 题注 date in brackets (关于…的实施意见(2023年2月8日)): the title is the line before it.
            Matcher dated = DATED_TITLE.matcher(text);
            if (from < 0 && dated.matches()) {
                text = dated.group(1);
            }
            TitleMention.Kind kind = TitleRecognizer.classify(text);
            // A title line may be the type word alone when that is the document's name: 政府工作报告.
            boolean titleKind = kind == TitleMention.Kind.POLICY
                    || kind == TitleMention.Kind.GENERIC && text.length() >= 6 && ps.get(i).role() == Paragraph.Role.TITLE_LINE;
            if (!titled.contains(i) && text.length() >= 6 && text.length() <= 60 && TITLE_LINE.matcher(text).matches()
                    && titleKind && (selfRefs.isEmpty() || sameType(text, selfRefs))
                    && !TitleRecognizer.tellsDelivery(text)) {
                // (a headline telling the delivery, 市委书记X主持开幕式 市长Y作政府工作报告, is news, not the report's title)
                int at = Math.max(0, from);
                candidates.add(new TitleMention(i, new Range(at, at + text.length()), text, TitleMention.Kind.POLICY,
                        TitleMention.Source.HEADING));
            }
        }
        // A page flattened to one line (a crawler's cell) still shows where its lines were: a run
        // between two dropped spaces that is a title of the text's own type is a title line.
        if (candidates.isEmpty()) {
            for (int i = 0; i <= zoneEnd; i++) {
                if (!titled.contains(i) || ps.get(i).string().length() > 200) {
                    runs(ps.get(i), selfRefs, candidates);
                }
            }
        }
        candidates.sort(java.util.Comparator.comparingInt(TitleMention::paragraph)
                .thenComparingInt(t -> t.range().start()));
        List<String> printed = wrapperPrints(ps, candidates, zoneEnd, noticeBody);
        if (printed.size() >= 2) {
            return new Structure(true, printedParts(ps, candidates, printed, selfRefs));
        }
        if (reprints(layout, titles, selfRefs)) {
            return Structure.none();
        }
        // The first title line in the opening; of its forms, the fullest.
        TitleMention title = null;
        for (TitleMention t : candidates) {
            if (t.paragraph() > zoneEnd) {
                continue;
            }
            if (title == null || (sameTitle(t, title) || shortForm(title, t)) && t.title().length() > title.title().length()) {
                title = t;
            }
        }
        // A web page's own title over its fields (发布时间：…, 来源：…) and then the text it prints under that text's own
        // title line (嘉兴…人才政策 / 发布时间 / 阅读 / 来源 / 关于…的若干政策): the text is the policy its title line names.
        TitleMention pageTitle = null;
        if (title != null) {
            for (TitleMention t : candidates) {
                if (t.paragraph() > title.paragraph() && t.paragraph() <= zoneEnd && t.source() == TitleMention.Source.HEADING
                        && !sameTitle(t, title) && !shortForm(t, title) && !shortForm(title, t)
                        && fieldsBetween(ps, title.paragraph(), t.paragraph())) {
                    pageTitle = title;
                    title = t;
                    break;
                }
            }
        }
        // The other forms of that title (the page's title without the body title's 建设): one policy.
        List<TitleMention> variants = new ArrayList<>();
        for (TitleMention t : candidates) {
            if (title != null && t.paragraph() <= zoneEnd && !core(t).equals(core(title)) && (sameTitle(t, title) || shortForm(t, title))
                    && variants.stream().noneMatch(v -> core(v).equals(core(t)))) {
                variants.add(t);
            }
        }
        if (pageTitle != null) {
            variants.add(pageTitle); // the page's name for the text it prints
        }
        List<Structure.Part> parts = new ArrayList<>();
        Structure.SelfReference ref = selfRefs.isEmpty() ? null : selfRefs.get(0);
        String word = ref == null ? null : ref.word();
        int textStart = 0;
        if (title != null) {
            for (TitleMention t : candidates) {
                if (t.paragraph() <= zoneEnd && (core(t).equals(core(title)) || sameAbout(t, title))) {
                    textStart = Math.max(textStart, t.paragraph());
                }
            }
            textStart = Math.max(textStart, title.paragraph());
        }
        List<TitleMention> attached = attachments(ps, titles, textStart, title == null ? null : core(title));
        int end = attached.isEmpty() ? ps.size() - 1 : attached.get(0).paragraph() - 1;
        if (title == null) {
            Region region = FittedTo.region(ps, regions, 0, Math.min(end, OWN_REGION_REACH - 1));
            region = region != null ? region : itemRegions.get(0);
            String label = (region == null ? "" : region.name()) + (word == null ? "条例" : word);
            parts.add(new Structure.Part(null, List.of(), label, region, word, ref, 0, end, preamble(ps, 0, end), decides(ps, ref)));
        } else {
            int body = printedUnderNotice(ps, candidates, title, end);
            parts.add(new Structure.Part(title, variants, null, null, word, ref, 0, end, preamble(ps, textStart + 1, end), decides(ps, ref),
                    body));
        }
        for (int i = 0; i < attached.size(); i++) {
            TitleMention t = attached.get(i);
            int last = i + 1 < attached.size() ? attached.get(i + 1).paragraph() - 1 : ps.size() - 1;
            Structure.SelfReference own = null;
            for (Structure.SelfReference r : selfRefs) {
                if (r.paragraph() > t.paragraph() && r.paragraph() <= last) {
                    own = r;
                    break;
                }
            }
            parts.add(new Structure.Part(t, List.of(), null, null, own == null ? null : own.word(), own, t.paragraph(), last,
                    preamble(ps, t.paragraph() + 1, last)));
        }
        return new Structure(true, parts);
    }

    /** A 成文日期 alone on its line: 2025年3月1日, 二〇二五年三月一日 (GB/T 9704 7.3.5, under the 发文机关署名). */
    private static final Pattern DATE_LINE = Pattern.compile("^(?:(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$");

    /**
     * Where the text a notice prints starts (GB/T 9704: the notice's 正文 — 现将《X》印发给你们 and its own requirements,
     * 一、提高思想认识 … — then its 落款 or a 附件 line, then X's title line over X's text): X's first title line after the
     * notice body, when a 成文日期 or a 附件 line stands between them; else 0, the text runs from the top.
     */
    private int printedUnderNotice(List<Paragraph> ps, List<TitleMention> candidates, TitleMention title, int end) {
        int notice = noticeBodyLine(ps, Math.min(end, PREFACE) + 1);
        if (notice < 0) {
            return 0;
        }
        for (TitleMention t : candidates) {
            if (t.paragraph() <= notice || t.paragraph() > end || t.source() != TitleMention.Source.HEADING
                    || !standsAlone(ps.get(t.paragraph()), t) || !core(t).equals(core(title))) {
                continue;
            }
            for (int i = notice + 1; i < t.paragraph(); i++) {
                String line = ps.get(i).string().strip();
                if (DATE_LINE.matcher(line).matches() || ATTACHMENT.matcher(line).matches()) {
                    return t.paragraph();
                }
            }
            return 0;
        }
        return 0;
    }

    /** 附件, 附件2: the line GB/T 9704 sets over an attachment's first page, above its title. */
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*[0-9一二三四五六七八九十]{0,2}\\s*[:：]?$");
    /** How far below its 附件 line an attachment's title stands. */
    private static final int ATTACHMENT_REACH = 2;

    /**
     * Policies printed as attachments after the text (GB/T 9704 附件): a 附件 line over the title
     * line of a policy other than the text's own, with numbered parts below it. A form, a table
     * or a list of tasks has no policy title and stays part of the text it is attached to.
     */
    private static List<TitleMention> attachments(List<Paragraph> ps, List<TitleMention> titles, int from, String ownCore) {
        List<TitleMention> out = new ArrayList<>();
        for (int i = from + 1; i < ps.size(); i++) {
            if (!ATTACHMENT.matcher(ps.get(i).string()).matches()) {
                continue;
            }
            for (int k = i + 1; k <= Math.min(i + ATTACHMENT_REACH, ps.size() - 1); k++) {
                Paragraph p = ps.get(k);
                String text = p.string();
                if (text.length() < 6 || text.length() > 60 || !TITLE_LINE.matcher(text).matches()
                        || TitleRecognizer.classify(text) != TitleMention.Kind.POLICY) {
                    continue;
                }
                TitleMention t = null;
                for (TitleMention m : titles) {
                    if (m.paragraph() == k && m.kind() == TitleMention.Kind.POLICY && m.range().start() == 0
                            && m.range().end() == text.length()) {
                        t = m;
                    }
                }
                if (t == null) {
                    t = new TitleMention(k, new Range(0, text.length()), text, TitleMention.Kind.POLICY,
                            TitleMention.Source.HEADING);
                }
                if (!core(t).equals(ownCore) && numberedBelow(ps, k)) {
                    out.add(t);
                }
                break;
            }
        }
        return out;
    }

    /** Is the paragraph one of the few lines over {@code titleParagraph} that read 附件 (GB/T 9704)? */
    public static boolean underAttachmentLine(List<Paragraph> ps, int titleParagraph) {
        for (int i = Math.max(0, titleParagraph - ATTACHMENT_REACH); i < titleParagraph; i++) {
            if (ATTACHMENT.matcher(ps.get(i).string()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether numbered parts (一、, (一), 第一条) follow the line within a few paragraphs. */
    private static boolean numberedBelow(List<Paragraph> ps, int line) {
        for (int i = line + 1; i <= Math.min(line + PREAMBLE + 1, ps.size() - 1); i++) {
            String s = ps.get(i).string();
            if (Ordinals.at(s) != null || ARTICLE.matcher(s).lookingAt() || CHAPTER.matcher(s).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A newsletter that reprints several policies, each calling itself 本方案, 本措施…, is not one
     * text: its self-references fall in several items that are headed by different policy titles
     * or call themselves by different types. One text that a page or a stray heading splits into
     * items (a field table's 内容概述 repeating the preamble) still calls itself by one type under
     * one title.
     */
    private static boolean reprints(Layout layout, List<TitleMention> titles, List<Structure.SelfReference> selfRefs) {
        java.util.Set<Integer> items = new java.util.TreeSet<>();
        List<TitleMention> headingTitles = new ArrayList<>();
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (Structure.SelfReference r : selfRefs) {
            var item = layout.itemOf(r.paragraph());
            items.add(item.index());
            DocumentTypes.policyType(r.word()).ifPresent(t -> types.add(t.concept()));
            for (TitleMention t : titles) {
                if (t.paragraph() == item.heading() && t.kind() == TitleMention.Kind.POLICY) {
                    // A running head or heading that keeps the title's words (人工智能产业若干政策措施 under 江阴市关于支持
                    // 人工智能产业加快发展的若干政策措施) heads a later part of the same text, not a second policy.
                    if (headingTitles.stream().noneMatch(h -> core(h).equals(core(t)) || sameTitle(h, t)
                            || keepsWords(core(t), core(h)) || keepsWords(core(h), core(t)))) {
                        headingTitles.add(t);
                    }
                    break;
                }
            }
        }
        return items.size() > 1 && (headingTitles.size() > 1 || types.size() > 1);
    }

    /**
     * A preface that names the text by the title printed over it — 国家数据基础设施建设指引 / 前言 /
     * …组织编制了《国家数据基础设施建设指引》 — shows the text is that policy's own, as 本指引 would.
     */
    private void compiled(List<Paragraph> ps, List<TitleMention> titles, List<Structure.SelfReference> out) {
        for (TitleMention line : titles) {
            if (line.paragraph() > PREFACE || line.kind() != TitleMention.Kind.POLICY
                    || line.source() != TitleMention.Source.HEADING || !standsAlone(ps.get(line.paragraph()), line)) {
                continue;
            }
            for (TitleMention t : titles) {
                if (t.source() != TitleMention.Source.BRACKETS || t.paragraph() <= line.paragraph()
                        || t.paragraph() > line.paragraph() + PREFACE || !core(t).equals(core(line))) {
                    continue;
                }
                String text = ps.get(t.paragraph()).string();
                String before = text.substring(ps.get(t.paragraph()).clauseStart(t.range().start()), Math.max(0, t.range().start() - 1));
                var type = DocumentTypes.policyType(DocumentTypes.withoutPeriod(TitleKey.display(t.title())));
                if (type.isPresent() && compiles.stream().anyMatch(before::endsWith)) {
                    out.add(new Structure.SelfReference(t.paragraph(), t.range(), type.get().word()));
                    return;
                }
            }
        }
    }

    /**
     * 依数位经济发展条例（以下简称本条例）: a 本X that a 以下简称 makes the short name of a cited
     * policy refers to that policy wherever the text uses it, not to the text itself.
     */
    private static void dropDefinedForOthers(List<Paragraph> ps, List<Structure.SelfReference> selfRefs) {
        java.util.Set<String> defined = new java.util.HashSet<>();
        for (Structure.SelfReference r : selfRefs) {
            String before = ps.get(r.paragraph()).string().substring(0, r.range().start());
            if (before.endsWith("简称") || before.endsWith("简称为") || before.endsWith("下称")) {
                defined.add(r.word());
            }
        }
        selfRefs.removeIf(r -> defined.contains(r.word()));
    }

    /**
     * 现将《X》印发给你们，并就有关事项通知如下: the 通知 a notice's body announces is the notice's own, and a notice that
     * prints a text is no policy of its own (关于印发《X》的通知, GB/T 9704): when the printed text calls itself by its
     * own type below (制定本方案), the notice's self-reference is dropped, so the document carries one text, X's.
     */
    private void dropPrintingNotice(List<Paragraph> ps, List<TitleMention> titles, List<Structure.SelfReference> selfRefs,
                                    List<TitleMention> printedHere) {
        int prints = noticeBodyLine(ps, Math.min(PREFACE, ps.size()));
        if (prints < 0) {
            return;
        }
        // 现印发给你们，并提出以下意见: the 意见 the sentence goes on to announce are the notice's requirements, no text of its own.
        String body = ps.get(prints).string();
        Matcher verb = noticeBody.matcher(body);
        if (verb.find()) {
            int after = verb.end();
            selfRefs.removeIf(r -> r.paragraph() == prints && r.range().start() >= after && r.range().start() - after <= ANNOUNCED_AFTER
                    && body.substring(after, r.range().start()).indexOf('。') < 0);
        }
        int printed = -1;
        for (Structure.SelfReference r : selfRefs) {
            if (r.paragraph() > prints && !notifiesType(r.word())) {
                printed = r.paragraph();
                break;
            }
        }
        if (printed < 0) {
            // X never calls itself 本方案: its title line standing below the notice shows it is printed there
            // (as printedBelow reads a notice that has no 通知如下), so the notice's own 通知 is still not the text's.
            printed = printedLineBelow(ps, titles, prints);
        }
        if (printed < 0) {
            // Nor does X's title line stand below (the page stops at the notice, or runs on into X's items without it):
            // the notice still prints X, and is no policy of its own (关于印发《X》的通知, eval/annotations/README.md).
            TitleMention x = printedByBody(ps, titles, prints);
            if (x != null && selfRefs.removeIf(r -> notifiesType(r.word()) && r.paragraph() >= prints)) {
                selfRefs.add(0, new Structure.SelfReference(x.paragraph(), x.range(), printedType(x)));
                printedHere.add(x);
            }
            return;
        }
        int from = prints;
        int to = printed;
        selfRefs.removeIf(r -> notifiesType(r.word()) && r.paragraph() >= from && r.paragraph() < to);
    }

    /**
     * A notice whose body prints 《X》 (现将《X》印发给你们) over numbered paragraphs, with no title line of X below — a page
     * that starts at its 发文字号 or 主送机关 (the heading not kept) or that runs from the notice into X's items: the text is
     * X's, as 本X would say (GB/T 9704 印发 notice).
     */
    private void printedHere(List<Paragraph> ps, List<TitleMention> titles, List<Structure.SelfReference> out,
                             List<TitleMention> printedHere) {
        int prints = noticeBodyLine(ps, Math.min(PREFACE, ps.size()));
        if (prints < 0 || !numberedBelow(ps, prints)) {
            return;
        }
        boolean head = false;
        for (int k = 0; k < prints; k++) {
            String line = ps.get(k).string().strip();
            // the notice's title, 发文字号 or 主送机关 over its body (a news story that tells of the notice has none)
            head |= ps.get(k).isHeading() || NUMBER_LINE.matcher(line.replace(" ", "")).matches() || ADDRESSEES.matcher(line).matches();
        }
        TitleMention x = head ? printedByBody(ps, titles, prints) : null;
        if (x != null) {
            out.add(new Structure.SelfReference(x.paragraph(), x.range(), printedType(x)));
            printedHere.add(x);
        }
    }

    /**
     * The policy the notice body {@code prints} prints: the title in 《》 nearest before its verb (现将《X》(以下简称《方案》)印发给你们,
     * 《X》已经市政府同意，现印发给你们), not one it implements before that (为贯彻落实《Y》，…); null when the body prints
     * two texts (《X》和《Y》) or a notice or decision (read as before).
     */
    private TitleMention printedByBody(List<Paragraph> ps, List<TitleMention> titles, int prints) {
        String text = ps.get(prints).string();
        Matcher verb = noticeBody.matcher(text);
        if (!verb.find()) {
            return null;
        }
        TitleMention found = null;
        TitleMention before = null;
        for (TitleMention t : titles) {
            if (t.paragraph() != prints || t.source() != TitleMention.Source.BRACKETS || t.kind() != TitleMention.Kind.POLICY
                    || t.range().end() > verb.start()) {
                continue;
            }
            if (found == null || t.range().start() > found.range().start()) {
                before = found;
                found = t;
            } else if (before == null || t.range().start() > before.range().start()) {
                before = t;
            }
        }
        if (found == null) {
            return null;
        }
        String type = printedType(found);
        if (type == null || DECISION_TYPES.contains(type)) {
            return null;
        }
        if (before != null && !core(before).equals(core(found))
                && !PROSE.matcher(text.substring(Math.min(before.range().end(), found.range().start()), found.range().start())).find()) {
            return null; // 现将《X》和《Y》印发给你们: two texts, each its own part (printedParts)
        }
        return found;
    }

    private static String printedType(TitleMention t) {
        return DocumentTypes.policyType(DocumentTypes.withoutPeriod(TitleKey.display(t.title()))).map(DocumentTypes.PolicyType::word).orElse(null);
    }

    /** How far after the printing verb the sentence may announce the notice's own requirements (，并提出以下意见). */
    private static final int ANNOUNCED_AFTER = 12;

    /** The first of the paragraphs before {@code limit} that is a notice's body printing a text (现将《X》印发给你们), or -1. */
    private int noticeBodyLine(List<Paragraph> ps, int limit) {
        for (int i = 0; i < limit; i++) {
            if (noticeBody.matcher(ps.get(i).string()).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The paragraph of the title line, standing alone below the notice body {@code prints}, of a policy that body prints in 《》; or -1. */
    private int printedLineBelow(List<Paragraph> ps, List<TitleMention> titles, int prints) {
        for (TitleMention t : titles) {
            if (t.paragraph() != prints || t.source() != TitleMention.Source.BRACKETS || t.kind() != TitleMention.Kind.POLICY
                    || DocumentTypes.policyType(DocumentTypes.withoutPeriod(TitleKey.display(t.title()))).isEmpty()) {
                continue;
            }
            for (TitleMention line : titles) {
                if (line.paragraph() > prints && line.source() == TitleMention.Source.HEADING
                        && standsAlone(ps.get(line.paragraph()), line) && core(line).equals(core(t))) {
                    return line.paragraph();
                }
            }
        }
        return -1;
    }

    /** 通知, 公告, 通告: the type word a notifies formula (通知如下) gives its notice. */
    private boolean notifiesType(String word) {
        for (String n : notifies) {
            if (n.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 经市政府研究，决定停止执行《X》第5条: a 公文 that suspends, repeals or amends (clauses of) another
     * policy is an act of its own — a notice or a decision, whether or not its title was kept —
     * when it opens as one: its 发文字号 or its 主送机关 line stands over the sentence (a news
     * story that reports such a decision has neither).
     */
    private void decision(List<Paragraph> ps, List<Structure.SelfReference> out) {
        for (int i = 0; i < Math.min(PREFACE, ps.size()); i++) {
            Matcher m = decides.matcher(ps.get(i).string());
            if (!m.find()) {
                continue;
            }
            boolean head = false;
            for (int k = Math.max(0, i - HEAD); k < i && !head; k++) {
                String line = ps.get(k).string().strip();
                head = NUMBER_LINE.matcher(line).matches() || ADDRESSEES.matcher(line).matches();
            }
            if (head) {
                Range at = new Range(m.start(), m.end() - 1);
                for (String w : DECISION_TYPES) {
                    out.add(new Structure.SelfReference(i, at, w));
                }
                return;
            }
        }
    }

    /**
     * 《X》已经市人民政府同意，现印发给你们 and, below the notice's 落款, X's title line over its text: a notice that
     * prints one text (GB/T 9704) carries it as its own, as 本X would say, though the text never names itself.
     */
    private void printedBelow(List<Paragraph> ps, List<TitleMention> titles, List<Structure.SelfReference> out) {
        for (TitleMention t : titles) {
            if (t.paragraph() > PREFACE || t.kind() != TitleMention.Kind.POLICY || t.source() != TitleMention.Source.BRACKETS
                    || !noticeBody.matcher(ps.get(t.paragraph()).string()).find()) {
                continue;
            }
            var type = DocumentTypes.policyType(DocumentTypes.withoutPeriod(TitleKey.display(t.title())));
            if (type.isEmpty()) {
                continue;
            }
            for (TitleMention line : titles) {
                if (line.paragraph() > t.paragraph() && line.source() == TitleMention.Source.HEADING
                        && standsAlone(ps.get(line.paragraph()), line) && core(line).equals(core(t))) {
                    out.add(new Structure.SelfReference(line.paragraph(), line.range(), type.get().word()));
                    return;
                }
            }
        }
    }

    /** How far down a page its head (Page 8 - X) may stand: under a blank or chrome line at most. */
    private static final int PAGE_HEAD_REACH = 1;

    /**
     * Page 8 - 关于…的若干政策意见 over a page of running text: the page a flipbook host shows is a page of the
     * document its head names, so the text is that policy's own, as 本意见 would say, though this page never names
     * itself. A head naming no policy (a newsletter's issue, a report) gives nothing.
     */
    private static void pageOf(List<Paragraph> ps, List<TitleMention> titles, List<Structure.SelfReference> out) {
        for (TitleMention t : titles) {
            if (t.paragraph() > PAGE_HEAD_REACH || t.kind() != TitleMention.Kind.POLICY || t.source() != TitleMention.Source.HEADING) {
                continue;
            }
            Matcher head = org.policykg.segment.Segmenter.PAGE_HEAD.matcher(ps.get(t.paragraph()).string());
            var type = DocumentTypes.policyType(DocumentTypes.withoutPeriod(TitleKey.display(t.title())));
            if (head.lookingAt() && head.end() == t.range().start() && type.isPresent()) {
                out.add(new Structure.SelfReference(t.paragraph(), t.range(), type.get().word()));
                return;
            }
        }
    }

    /** Is the text's self-reference its decision on other policies (决定停止执行《)? */
    private boolean decides(List<Paragraph> ps, Structure.SelfReference ref) {
        return ref != null && DECISION_TYPES.contains(ref.word())
                && decides.matcher(ps.get(ref.paragraph()).string()).region(ref.range().start(), ps.get(ref.paragraph()).string().length())
                .lookingAt();
    }

    /** "现提出如下意见", "制定以下政策": a formula that announces the text by its own type word. */
    private void announced(Paragraph p, List<Structure.SelfReference> out) {
        String text = p.string();
        // 现将有关事项通知如下: the notice's own body, its type word the formula's first two chars.
        for (String n : notifies) {
            int at = text.indexOf(n);
            if (at >= 0 && DocumentTypes.isGenericReference(n.substring(0, 2))) {
                out.add(new Structure.SelfReference(p.index(), new Range(at, at + 2), n.substring(0, 2)));
            }
        }
        for (String a : announcements) {
            for (int at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) {
                int from = at + a.length();
                String best = null;
                for (int len = 2; len <= 4 && from + len <= text.length(); len++) {
                    if (DocumentTypes.isGenericReference(text.substring(from, from + len))) {
                        best = text.substring(from, from + len);
                    }
                }
                if (best != null) {
                    out.add(new Structure.SelfReference(p.index(), new Range(from, from + best.length()), best));
                }
            }
        }
    }

    /**
     * Runs of a paragraph between gaps in its source (whitespace the normaliser dropped) that are
     * titles of the text's own type. A title the page broke in two is one run: 徐汇区关于…大模型 /
     * 科创街区建设的扶持意见 (a 关于 line before the line with the type word), X / (征求意见稿).
     */
    private static void runs(Paragraph p, List<Structure.SelfReference> selfRefs, List<TitleMention> out) {
        String text = p.string();
        List<Range> runs = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= text.length(); k++) {
            boolean gap = k == text.length() || p.text().sourceStart(k) > p.text().sourceEnd(k - 1)
                    || text.charAt(k) == ' ';
            if (!gap) {
                continue;
            }
            String run = text.substring(start, k);
            int lead = run.length() - run.stripLeading().length();
            if (!run.isBlank()) {
                runs.add(new Range(start + lead, start + lead + run.strip().length()));
            }
            start = k < text.length() && text.charAt(k) == ' ' ? k + 1 : k;
        }
        for (int i = 0; i < runs.size(); i++) {
            Range r = runs.get(i);
            String run = text.substring(r.start(), r.end());
            Range next = i + 1 < runs.size() ? runs.get(i + 1) : null;
            String after = next == null ? "" : text.substring(next.start(), next.end());
            Range found = null;
            if (ownTitle(run, selfRefs)) {
                found = next != null && ADDENDUM.matcher(after).matches() ? new Range(r.start(), next.end()) : r;
            } else if (next != null && run.contains("关于") && ownTitle(run + after, selfRefs)) {
                found = new Range(r.start(), next.end());
            }
            if (found != null) {
                out.add(new TitleMention(p.index(), found, TitleKey.display(text.substring(found.start(), found.end())),
                        TitleMention.Kind.POLICY, TitleMention.Source.HEADING));
                i += found.end() > r.end() ? 1 : 0;
            }
        }
    }

    /** What a title may carry set apart from it: (征求意见稿), (试行), (2025年版). */
    private static final Pattern ADDENDUM = Pattern.compile("^\\([^()]{1,12}\\)$");

    private static boolean ownTitle(String run, List<Structure.SelfReference> selfRefs) {
        return run.length() >= 6 && run.length() <= 60 && TITLE_LINE.matcher(run).matches()
                && TitleRecognizer.classify(run) == TitleMention.Kind.POLICY
                && (selfRefs.isEmpty() || sameType(run, selfRefs));
    }

    /** How many characters one form of a title may add to another: 科创街区(建设)的扶持意见. */
    private static final int VARIANT_GAP = 4;

    /**
     * Two forms of one title: the same core, the same but for a status, edition or period
     * (X / X(征求意见稿)), or one the other with a few characters left out, with the same start
     * and type word.
     */
    private static boolean sameTitle(TitleMention a, TitleMention b) {
        String x = core(a);
        String y = core(b);
        if (x.equals(y) || TitleKey.core(DocumentTypes.withoutPeriod(x)).equals(TitleKey.core(DocumentTypes.withoutPeriod(y)))
                || namedRelatively(x, y) || namedRelatively(y, x) || datedByHeading(x, y) || datedByHeading(y, x)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        var ts = DocumentTypes.policyType(shorter);
        var tl = DocumentTypes.policyType(longer);
        if (longer.length() - shorter.length() > VARIANT_GAP || shorter.length() < 8 || ts.isEmpty() || tl.isEmpty()
                || !ts.get().word().equals(tl.get().word()) || !longer.startsWith(shorter.substring(0, 3))) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < longer.length() && k < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(k)) {
                k++;
            }
        }
        return k == shorter.length();
    }

    /** The year a yearly plan's title opens with: 2024年. */
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d{2}年");

    /**
     * A notice's heading names the year of the text it prints (关于印发2024年政府工作报告重点工作责任分解的通知) and the
     * text's 《》 and title line leave it out (政府工作报告重点工作责任分解): {@code dated} is the year, then {@code bare}.
     */
    private static boolean datedByHeading(String dated, String bare) {
        Matcher m = LEADING_YEAR.matcher(dated);
        return m.lookingAt() && !LEADING_YEAR.matcher(bare).lookingAt() && bare.length() >= 6
                && dated.length() - m.end() == bare.length() && dated.endsWith(bare);
    }

    /** The longest region name that may stand where a title says 本区 or 本市 (上海市金山区, 宁夏回族自治区 is longer but no 本区). */
    private static final int REGION_NAME = 8;

    /**
     * A notice's heading names the text it prints relatively (关于印发本区X的通知) and the text's own title line by the
     * region's name (金山区X, 上海市金山区X): {@code relative} is 本 + the level (区, 市, 县, 省, 州, 旗) + X, and
     * {@code named} a short name ending in that level, then X.
     */
    private static boolean namedRelatively(String relative, String named) {
        if (relative.length() < 3 || relative.charAt(0) != '本' || "区市县省州旗".indexOf(relative.charAt(1)) < 0) {
            return false;
        }
        String rest = relative.substring(2);
        int prefix = named.length() - rest.length();
        return rest.length() >= 4 && prefix >= 2 && prefix <= REGION_NAME && named.endsWith(rest)
                && named.charAt(prefix - 1) == relative.charAt(1) && named.chars().limit(prefix).allMatch(Character::isIdeographic);
    }

    /** How many characters a short form must keep besides its type word: 重点产业 in 加快重点产业实施意见. */
    private static final int SHORT_FORM_CONTENT = 4;

    /**
     * A short form of a title line in the same opening: a banner over it that keeps some of the
     * title's words, in any order, with its type word (加快重点产业实施意见 over 关于支持重点产业加快
     * 发展的实施意见). Every character of the short form is one of the title's, and the type words agree.
     */
    private static boolean shortForm(TitleMention shortTitle, TitleMention fullTitle) {
        return shortTitle.paragraph() < fullTitle.paragraph() && keepsWords(core(shortTitle), core(fullTitle));
    }

    /**
     * Whether {@code s} keeps some of {@code f}'s words, in any order, with its type word: every character of
     * {@code s} is one of {@code f}'s, the type words agree and {@code s} keeps a few characters besides its own.
     */
    private static boolean keepsWords(String s, String f) {
        if (s.length() >= f.length()) {
            return false;
        }
        var ts = DocumentTypes.policyType(s);
        var tf = DocumentTypes.policyType(f);
        if (ts.isEmpty() || tf.isEmpty() || !ts.get().word().equals(tf.get().word()) || !s.endsWith(ts.get().word())
                || s.length() - ts.get().word().length() < SHORT_FORM_CONTENT) {
            return false;
        }
        char[] a = s.toCharArray();
        char[] b = f.toCharArray();
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        int k = 0;
        for (int i = 0; i < b.length && k < a.length; i++) {
            if (b[i] == a[k]) {
                k++;
            }
        }
        return k == a.length;
    }

    /**
     * 两部委关于X (a portal's heading, the issuers counted) and 工业和信息化部办公厅 农业农村部办公厅关于X (the title line
     * over the text): the same title with its issuers written or counted, so the text starts under the later line.
     */
    private static boolean sameAbout(TitleMention a, TitleMention b) {
        String x = TitleKey.display(a.title());
        String y = TitleKey.display(b.title());
        int i = x.indexOf("关于");
        int j = y.indexOf("关于");
        return i > 0 && j > 0 && !x.substring(0, i).contains("《") && !y.substring(0, j).contains("《")
                && x.substring(i).equals(y.substring(j));
    }

    private static String core(TitleMention t) {
        return TitleKey.core(TitleKey.display(t.title()));
    }

    /** The cores of the titles a wrapper notice in the opening prints: 关于印发《X》和《Y》的通知. */
    private static List<String> wrapperPrints(List<Paragraph> ps, List<TitleMention> candidates, int zoneEnd, Pattern noticeBody) {
        for (Paragraph p : ps) {
            if (p.index() > zoneEnd) {
                break;
            }
            if (!WRAPPER.matcher(p.string()).find() && !noticeBody.matcher(p.string()).find()) {
                continue;
            }
            List<String> cores = new ArrayList<>();
            for (TitleMention t : candidates) {
                if (t.paragraph() == p.index() && !cores.contains(core(t))) {
                    cores.add(core(t));
                }
            }
            if (!cores.isEmpty()) {
                return cores;
            }
        }
        return List.of();
    }

    /** Each printed policy's text starts at its own title line after the notice and runs to the next one's. */
    private static List<Structure.Part> printedParts(List<Paragraph> ps, List<TitleMention> candidates, List<String> printed,
                                                     List<Structure.SelfReference> selfRefs) {
        List<TitleMention> lines = new ArrayList<>();
        java.util.Set<TitleMention> exact = new java.util.HashSet<>();
        for (TitleMention t : candidates) {
            if (printed.contains(core(t)) && (t.source() == TitleMention.Source.HEADING || t.source() == TitleMention.Source.CONTENTS)) {
                exact.add(t);
            }
        }
        for (String c : printed) {
            TitleMention named = null;
            TitleMention line = null;
            for (TitleMention t : candidates) {
                if (!core(t).equals(c)) {
                    continue;
                }
                named = named == null ? t : named;
                if (t.source() == TitleMention.Source.HEADING || t.source() == TitleMention.Source.CONTENTS) {
                    line = t; // the last title line: the one over its text
                }
            }
            if (line == null && named != null) {
                // The title line over the printed text may carry its status or edition (X(试行)) or a fuller form
                // (江阴市促进数据产业高质量发展的若干措施 for the notice's 《江阴市数据产业发展若干措施》): the same text's line,
                // when no other printed title has it as its own.
                for (TitleMention t : candidates) {
                    if (t.source() == TitleMention.Source.HEADING && t.paragraph() > named.paragraph() && !exact.contains(t)
                            && (sameTitle(t, named) || keepsWords(c, core(t)))) {
                        line = t;
                    }
                }
            }
            lines.add(line != null ? line : named);
        }
        List<Structure.Part> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int first = lines.get(i).paragraph();
            int last = ps.size() - 1;
            for (TitleMention o : lines) {
                if (o.paragraph() > first) {
                    last = Math.min(last, o.paragraph() - 1);
                }
            }
            Structure.SelfReference ref = null;
            for (Structure.SelfReference r : selfRefs) {
                if (r.paragraph() >= first && r.paragraph() <= last) {
                    ref = r;
                    break;
                }
            }
            parts.add(new Structure.Part(lines.get(i), List.of(), null, null, ref == null ? null : ref.word(), ref, first, last,
                    preamble(ps, first + 1, last)));
        }
        return parts;
    }

    /** "本办法", "本行动计划": the longest type word after 本, outside a title in 《》. */
    private static void selfReferences(Paragraph p, List<Structure.SelfReference> out) {
        String text = p.string();
        for (int at = text.indexOf('本'); at >= 0; at = text.indexOf('本', at + 1)) {
            if (text.lastIndexOf('《', at) > text.lastIndexOf('》', at)) {
                continue;
            }
            String best = null;
            for (int len = 2; len <= 4 && at + 1 + len <= text.length(); len++) {
                String w = text.substring(at + 1, at + 1 + len);
                if (DocumentTypes.isGenericReference(w)) {
                    best = w;
                }
            }
            if (best != null) {
                out.add(new Structure.SelfReference(p.index(), new Range(at, at + 1 + best.length()), best));
            }
        }
    }

    /**
     * A title the body of a notice prints (…拟定的《X》和《Y》已经国务院同意，现印发给你们) when the notice's
     * own title does not carry it in 《》 (关于印发X和Y两个规定的通知): a text of the notice, as a
     * title a wrapper line prints is — when it also stands as a title line over its text below.
     */
    private boolean printedBy(Paragraph p, TitleMention t, List<TitleMention> titles) {
        if (t.source() != TitleMention.Source.BRACKETS || !noticeBody.matcher(p.string()).find()) {
            return false;
        }
        java.util.Set<String> printed = new java.util.HashSet<>();
        boolean below = false;
        for (TitleMention o : titles) {
            if (o.paragraph() == p.index() && o.source() == TitleMention.Source.BRACKETS && o.kind() == TitleMention.Kind.POLICY) {
                printed.add(core(o));
            }
            below |= o.paragraph() > p.index() && o.source() == TitleMention.Source.HEADING && core(o).equals(core(t));
        }
        return printed.size() >= 2 && below; // one printed text keeps its title line (关于印发X的通知 over it)
    }

    /** How long a page's field line (发布时间：2020-10-31, 来源：…) under its title runs at most. */
    private static final int FIELD_LINE = 40;

    /**
     * Whether the lines strictly between paragraphs {@code from} and {@code to} are a page's fields: one or more, each
     * a short line of a label, its colon and a value, with no clause of prose.
     */
    private static boolean fieldsBetween(List<Paragraph> ps, int from, int to) {
        if (to - from < 2 || to - from > LABEL_LINES + 1) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            String s = ps.get(i).string().strip();
            int colon = s.indexOf(':') >= 0 ? s.indexOf(':') : s.indexOf('：');
            if (s.length() > FIELD_LINE || colon < 1 || colon > 6 || PROSE.matcher(s).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the value cell of a table row labelled as the title (field-labels.tsv, role title)
     * starts, or -1: a portal's field table gives the title there when the page does not repeat it.
     */
    private int titleCell(String row) {
        if (!Paragraph.isTableRow(row)) {
            return -1;
        }
        int start = 1;
        for (int bar = row.indexOf('|', start); bar > 0; start = bar + 1, bar = row.indexOf('|', start)) {
            String label = row.substring(start, bar).replaceAll("[\\s\u3000:：]", "");
            if (titleLabels.contains(label)) {
                int end = row.indexOf('|', bar + 1);
                return end > bar + 1 ? bar + 1 : -1;
            }
        }
        return -1;
    }

    private boolean fillsTitleCell(Paragraph p, TitleMention t) {
        String row = p.string();
        int from = titleCell(row);
        return from >= 0 && t.range().start() == from && t.range().end() == row.indexOf('|', from);
    }

    private boolean standsAlone(Paragraph p, TitleMention t) {
        if (t.source() == TitleMention.Source.HEADING || t.source() == TitleMention.Source.CONTENTS) {
            return true;
        }
        if (t.source() != TitleMention.Source.BRACKETS) {
            return false;
        }
        String text = p.string();
        if (t.range().start() == 1 && fullText.matcher(text).matches()) {
            return true; // 《X》全文如下。: the text below is X's, as under its title line
        }
        if (WRAPPER.matcher(text).find() && text.length() <= t.title().length() * 3 + 40) {
            return true;
        }
        return t.range().length() >= (text.length() - 2) * 0.8;
    }

    private static boolean sameType(String title, List<Structure.SelfReference> refs) {
        Optional<DocumentTypes.PolicyType> own = DocumentTypes.policyType(DocumentTypes.withoutPeriod(TitleKey.display(title)));
        if (own.isEmpty()) {
            return false;
        }
        for (Structure.SelfReference r : refs) {
            Optional<DocumentTypes.PolicyType> t = DocumentTypes.policyType(r.word());
            if (t.isPresent() && t.get().concept().equals(own.get().concept())) {
                return true;
            }
        }
        return false;
    }

    /** The paragraphs from {@code from} up to the first numbered part, article or heading, at most a few. */
    private static List<Integer> preamble(List<Paragraph> ps, int from, int last) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= last && out.size() < PREAMBLE && i < from + PREAMBLE + LABEL_LINES; i++) {
            Paragraph p = ps.get(i);
            String s = p.string();
            if (p.role() == Paragraph.Role.BODY && !PROSE.matcher(s).find() && Ordinals.at(s) == null
                    && !ARTICLE.matcher(s).lookingAt()) {
                continue; // a page's field or link line under the title (发布日期：…, 政策解读：《X》) opens nothing
            }
            Matcher article = ARTICLE.matcher(s);
            if (article.lookingAt()) {
                out.add(i); // 第一条 states what the rules are made under
                if (i + 1 <= last && ARTICLE_HEADING.matcher(s.substring(article.end())).matches()) {
                    out.add(i + 1); // 第一条（目的和依据） over its text, as Shanghai's rules and law databases set it
                }
                break;
            }
            if (CHAPTER.matcher(s).lookingAt() || p.isHeading() && out.isEmpty()) {
                continue; // 第一章 总则, a heading over the text
            }
            if (Ordinals.at(s) != null || p.isHeading()) {
                break;
            }
            out.add(i);
        }
        return out;
    }

    /** How many paragraphs from the text's start the opening saying 结合X实际 may stand in. */
    private static final int OWN_REGION_REACH = 6;
}
