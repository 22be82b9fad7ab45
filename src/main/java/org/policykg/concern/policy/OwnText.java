package org.policykg.concern.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.analysis.TitleKey;
import org.policykg.lexicon.CueWords;
import org.policykg.reference.DocumentTypes;
import org.policykg.recognize.DateMention;
import org.policykg.recognize.TitleMention;
import org.policykg.segment.Item;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.structure.Structure;

/**
 * The policies whose own text the document carries ({@link Structure}): each is one group
 * (its title line, wrapper notice and short forms together), the subject of the items of its
 * text, and what its text says of other policies — the ones it implements (根据/贯彻落实《…》
 * in its preamble or first article), repeals (《…》同时废止) — and when it takes effect
 * (自2025年1月1日起施行). A text without a title gets a group labelled by region and type.
 */
final class OwnText {
    private final Analysis doc;
    private final Pattern implementsCue;
    private final Pattern repealsCue;
    /** 停止执行, 修改: a verb right before the 《 of the policy it changes. */
    private final Pattern amendsCue;
    private final Pattern inForce;

    OwnText(Analysis doc, CueWords cues) {
        this.doc = doc;
        this.implementsCue = Pattern.compile(cues.alternation("policy-links", "implements"));
        this.repealsCue = Pattern.compile(cues.alternation("policy-links", "repeals"));
        this.amendsCue = Pattern.compile("(?:" + cues.alternation("policy-links", "amends") + ")$");
        this.inForce = Pattern.compile("^\\s*起(?:" + cues.alternation("policy-links", "in-force") + ")");
        this.compiled = Pattern.compile("(?:" + cues.alternation("self-references", "compiles") + ")$");
    }

    /** 组织编制了, 起草了 right before the 《 of the text's own title in its preface. */
    private final Pattern compiled;

    /**
     * A preface that says who compiled the text under its own title — 国家发展改革委、国家数据局、
     * 工业和信息化部在充分调研的基础上，组织编制了《X》 — names its issuers when nothing else does: the
     * bodies of the nearest clause before the verb that names any (not one that opens with 按照/根据,
     * whose bodies the text rests on).
     */
    void compilers(Map<Structure.Part, TitleGroup> own, List<TitleUse> uses) {
        parts:
        for (Map.Entry<Structure.Part, TitleGroup> e : own.entrySet()) {
            TitleGroup g = e.getValue();
            if (e.getKey().derived() || g.uses.stream().anyMatch(u -> !u.issuers.isEmpty())) {
                continue;
            }
            for (TitleUse u : uses) {
                if (!u.key.equals(g.key) || u.t.source() != TitleMention.Source.BRACKETS || u.t.range().start() == 0) {
                    continue;
                }
                Paragraph p = doc.paragraph(u.t.paragraph());
                String text = p.string();
                int open = u.t.range().start() - 1;
                if (text.charAt(open) != '《' || !compiled.matcher(text.substring(p.clauseStart(open), open)).find()) {
                    continue;
                }
                int sentence = p.sentenceAt(open).start();
                int end = p.clauseStart(open);
                while (end > sentence) {
                    int start = p.clauseStart(end - 1);
                    List<org.policykg.recognize.AgencyMention> bodies = new ArrayList<>();
                    for (var a : doc.agencyIndex().in(p.index())) {
                        if (a.range().start() >= start && a.range().end() <= end && a.agency().isAgency()) {
                            bodies.add(a);
                        }
                    }
                    if (!bodies.isEmpty()) {
                        if (!implementsCue.matcher(text.substring(start, Math.min(end, start + 4))).lookingAt()) {
                            TitleUse target = g.uses.get(0);
                            for (var a : bodies) {
                                target.issuers.add(new Fact<>(a.agency(), new Evidence(p.span(a.range()), Supports.ISSUED_BY)));
                            }
                        }
                        continue parts;
                    }
                    end = start - 1;
                }
            }
        }
    }

    /** A title use for each part that has no title: the label placed where the text calls itself. */
    List<TitleUse> derivedUses() {
        List<TitleUse> out = new ArrayList<>();
        for (Structure.Part part : doc.structure().parts()) {
            if (!part.derived()) {
                continue;
            }
            int paragraph = part.selfRef() != null ? part.selfRef().paragraph() : part.first();
            Range range = part.selfRef() != null ? part.selfRef().range()
                    : new Range(0, Math.min(4, doc.paragraph(paragraph).string().length()));
            TitleMention t = new TitleMention(paragraph, range, part.label(), TitleMention.Kind.POLICY,
                    TitleMention.Source.DERIVED);
            TitleUse use = new TitleUse(t, part.label(), doc.layout().itemOf(paragraph).index());
            String bare = part.region() != null && part.label().startsWith(part.region().name())
                    ? part.label().substring(part.region().name().length()) : part.label();
            use.core = TitleKey.core(bare);
            if (part.region() != null) {
                // The label's region, with the first span that names it as evidence.
                for (var r : doc.regions()) {
                    if (r.region().code().equals(part.region().code())) {
                        use.titleRegion = part.region();
                        use.titleRegionEvidence = new Evidence(doc.paragraph(r.paragraph()).span(r.range()), Supports.JURISDICTION);
                        break;
                    }
                }
            }
            out.add(use);
        }
        return out;
    }

    /**
     * GB/T 9704: the 发文字号 stands alone on its line in the head, over the title and the body. A
     * text whose title was not kept still has it over its body: the number of its own policy, when
     * no title line has taken it.
     */
    void headNumber(List<TitleUse> uses, List<org.policykg.recognize.DocumentNumberMention> numbers) {
        List<Structure.Part> parts = doc.structure().parts();
        for (Structure.Part part : parts) {
            TitleUse use = null;
            int bodyAt;
            if (part.derived()) {
                for (TitleUse u : uses) {
                    if (u.t.source() == TitleMention.Source.DERIVED && u.display.equals(part.label())) {
                        use = u;
                    }
                }
                bodyAt = part.selfRef() != null ? part.selfRef().paragraph() : part.first();
            } else if (parts.size() == 1) {
                // A notice printing the text whose own title line was not kept (发文字号, 主送机关, body, 落款, then
                // the printed title): the number over it is the notice's, and so the printed policy's.
                for (TitleUse u : uses) {
                    if (u.t.paragraph() == part.title().paragraph() && u.t.range().equals(part.title().range())) {
                        use = u;
                    }
                }
                bodyAt = part.title().paragraph();
            } else {
                continue;
            }
            if (use == null || use.number != null) {
                continue;
            }
            for (var n : numbers) {
                Paragraph p = doc.paragraph(n.paragraph());
                boolean taken = uses.stream().anyMatch(u -> u.number != null && u.number.value().equals(n.number()));
                if (n.paragraph() >= part.first() && n.paragraph() < bodyAt && !taken
                        && n.range().length() >= p.string().strip().length() * 0.8) {
                    use.number = new Fact<>(n.number(), new Evidence(p.span(n.range()), Supports.DOCUMENT_NUMBER));
                    break;
                }
            }
        }
    }

    /**
     * A notice that prints several policies issues each of them: its number, date and signature
     * (found on whichever title the notice's lines were read with) hold for every one it prints.
     */
    void shareNotice(List<TitleUse> uses) {
        List<Structure.Part> parts = doc.structure().parts();
        if (parts.size() < 2) {
            return;
        }
        int noticeEnd = Integer.MAX_VALUE;
        for (Structure.Part part : parts) {
            noticeEnd = Math.min(noticeEnd, part.first() - 1);
        }
        Fact<LocalDate> issued = null;
        Fact<String> number = null;
        List<Fact<org.policykg.reference.Agency>> issuers = new ArrayList<>();
        for (TitleUse u : uses) {
            if (u.t.paragraph() > noticeEnd) {
                continue;
            }
            issued = issued != null ? issued : u.issued;
            number = number != null ? number : u.number;
            for (var a : u.issuers) {
                if (issuers.stream().noneMatch(x -> x.value().name().equals(a.value().name()))) {
                    issuers.add(a);
                }
            }
        }
        for (TitleUse u : uses) {
            if (u.t.paragraph() > noticeEnd) {
                continue;
            }
            u.issued = u.issued != null ? u.issued : issued;
            u.number = u.number != null ? u.number : number;
            for (var a : issuers) {
                if (u.issuers.stream().noneMatch(x -> x.value().name().equals(a.value().name()))) {
                    u.issuers.add(a);
                }
            }
        }
    }

    /**
     * GB/T 9704 附件: a policy printed as an attachment is issued with the text it is attached to,
     * by the same bodies on the same day (杭州市人民政府关于印发…方案的通知, 附件：…若干政策举措). It takes
     * the issuers and date of the part before it, when it states none of its own; not the
     * document number, which is the host's.
     */
    void attachments(Map<Structure.Part, TitleGroup> own) {
        Structure.Part host = null;
        for (Map.Entry<Structure.Part, TitleGroup> e : own.entrySet()) {
            Structure.Part part = e.getKey();
            TitleGroup g = e.getValue();
            if (host != null && !part.derived() && !g.uses.isEmpty()
                    && org.policykg.structure.StructureReader.underAttachmentLine(doc.paragraphs(), part.title().paragraph())) {
                TitleGroup from = own.get(host);
                TitleUse use = g.uses.get(0);
                if (g.uses.stream().allMatch(u -> u.issuers.isEmpty())) {
                    for (TitleUse u : from.uses) {
                        for (var a : u.issuers) {
                            if (use.issuers.stream().noneMatch(x -> x.value().name().equals(a.value().name()))) {
                                use.issuers.add(a);
                            }
                        }
                    }
                }
                if (g.uses.stream().allMatch(u -> u.issued == null)) {
                    use.issued = from.uses.stream().map(u -> u.issued).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                }
                continue;
            }
            host = part;
        }
    }

    /** The group of each part, by the part's title mention (or its derived use). */
    Map<Structure.Part, TitleGroup> groups(List<TitleUse> uses, Map<String, TitleGroup> groups) {
        Map<Structure.Part, TitleGroup> out = new java.util.LinkedHashMap<>();
        for (Structure.Part part : doc.structure().parts()) {
            for (TitleUse u : uses) {
                boolean same = part.derived()
                        ? u.t.source() == TitleMention.Source.DERIVED && u.display.equals(part.label())
                        : u.t.equals(part.title());
                if (same && groups.containsKey(u.key)) {
                    out.put(part, groups.get(u.key));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * 发文机关署名 over 成文日期 (GB/T 9704): body lines (one per co-issuer) over a date line
     * sign the text; the first such block from the title on signs each policy the text carries,
     * when nothing nearer has.
     */
    void signatures(Map<Structure.Part, TitleGroup> own) {
        List<Paragraph> ps = doc.paragraphs();
        for (Map.Entry<Structure.Part, TitleGroup> e : own.entrySet()) {
            Structure.Part part = e.getKey();
            TitleUse use = e.getValue().uses.get(0);
            int from = part.derived() ? part.first() : Math.min(part.first(), part.title().paragraph());
            for (int i = from; i < ps.size() - 1; i++) {
                List<org.policykg.recognize.AgencyMention> bodies = new ArrayList<>();
                int k = i;
                while (k < ps.size() && !Attributes.bodies(doc, ps.get(k)).isEmpty()) {
                    bodies.addAll(Attributes.bodies(doc, ps.get(k)));
                    k++;
                }
                DateMention d = k < ps.size() ? onlyDate(ps.get(k)) : null;
                if (bodies.isEmpty() || d == null || !d.hasYear()) {
                    continue;
                }
                for (var a : bodies) {
                    if (use.issuers.stream().noneMatch(x -> x.value().name().equals(a.agency().name()))) {
                        use.issuers.add(new Fact<>(a.agency(),
                                new Evidence(doc.paragraph(a.paragraph()).span(a.range()), Supports.ISSUED_BY)));
                    }
                }
                if (use.issued == null) {
                    use.issued = new Fact<>(LocalDate.of(d.year(), d.month(), d.day()),
                            new Evidence(doc.paragraph(d.paragraph()).span(d.range()), Supports.ISSUED));
                }
                break;
            }
            if (use.issued == null && own.size() == 1) {
                use.issued = closingDate();
            }
        }
    }

    /** The formula that closes a notice's body, over its 落款 (特此通知, 特此公告). */
    static final Pattern CLOSING_FORMULA = Pattern.compile("^特此(?:通知|公告|通告|函告|批复|函复)[。.]?$");
    /** 附件：1.… — the attachment note (GB/T 9704 附件说明), which stands over the 署名 and 成文日期. */
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附件\\s*[0-9一二三四五六七八九十]{0,2}\\s*[:：]");
    /** The longest line of an attachment note's list. */
    private static final int ATTACHMENT_LINE = 40;

    /**
     * A portal's copy of a notice may leave the 发文机关署名 out (the title names the issuer): a date
     * alone on the text's last line, under 特此通知 or under the 附件说明, is still its 成文日期.
     */
    private Fact<LocalDate> closingDate() {
        List<Paragraph> ps = doc.paragraphs();
        int last = ps.size() - 1;
        DateMention d = last > 0 ? onlyDate(ps.get(last)) : null;
        if (d == null || !d.hasYear() || d.month() == 0 || d.day() == 0) {
            return null;
        }
        boolean closed = CLOSING_FORMULA.matcher(ps.get(last - 1).string().strip()).matches();
        for (int k = last - 1; !closed && k >= Math.max(0, last - 6); k--) {
            String line = ps.get(k).string().strip();
            if (line.length() > ATTACHMENT_LINE) {
                break;
            }
            closed = ATTACHMENT_NOTE.matcher(line).lookingAt();
        }
        return closed ? new Fact<>(LocalDate.of(d.year(), d.month(), d.day()),
                new Evidence(ps.get(last).span(d.range()), Supports.ISSUED)) : null;
    }

    /** The title use a part of the structure stands for: its printed title, or the label derived for it. */
    private static TitleUse useOf(Structure.Part part, List<TitleUse> uses) {
        for (TitleUse u : uses) {
            if (part.derived() ? u.t.source() == TitleMention.Source.DERIVED && u.display.equals(part.label())
                    : u.t.equals(part.title())) {
                return u;
            }
        }
        return null;
    }

    /**
     * The line under a title that dates it by a meeting — （2025年1月22日江苏省…会议通过）, a work
     * report's ——2026年1月14日在…会议上 — gives its date (the last one, for a regulation revised
     * since); and a policy text whose title names no region is about the region it first names
     * near its start (the report's 在贵州省…会议上).
     */
    void heads(List<TitleUse> uses) {
        for (Structure.Part part : doc.structure().parts()) {
            TitleUse use = useOf(part, uses);
            if (use == null) {
                continue;
            }
            int title = part.derived() ? part.first() - 1 : part.title().paragraph();
            // A page's headline over a work report (2026年X省政府工作报告 / 发布时间 / 字号 / 政府工作报告 / ——…会议上):
            // the report's 题注 stands under its own title line, some lines below the headline.
            int reach = use.display.endsWith(org.policykg.recognize.TitleRecognizer.WORK_REPORT) ? REPORT_HEAD_REACH : MEETING_LINE_REACH;
            for (int i = title + 1; i <= Math.min(part.last(), title + reach); i++) {
                Paragraph p = doc.paragraph(i);
                DateMention latest = null;
                for (DateMention d : doc.dateIndex().in(i)) {
                    if (d.hasYear() && (latest == null || LocalDate.of(d.year(), d.month(), d.day())
                            .isAfter(LocalDate.of(latest.year(), latest.month(), latest.day())))) {
                        latest = d;
                    }
                }
                boolean dated = latest != null && MEETING.matcher(p.string()).find()
                        && !doc.dateIndex().in(i).isEmpty() && doc.dateIndex().in(i).get(0).range().start() <= 3;
                if (dated && use.issued == null) {
                    use.issued = new Fact<>(LocalDate.of(latest.year(), latest.month(), latest.day()),
                            new Evidence(p.span(latest.range()), Supports.ISSUED));
                    break;
                }
            }
            if (use.issued == null) {
                use.issued = dateNote(part, title, use);
            }
            if (use.jurisdiction == null) {
                // 结合芦淞区实际，制定本措施: the region the text says its rules are fitted to, a district or county too
                var fitted = org.policykg.structure.FittedTo.find(doc.layout().paragraphs(), doc.regions(),
                        Math.max(part.first(), title + 1), Math.min(part.last(), title + REGION_REACH));
                if (fitted != null) {
                    use.jurisdiction = new Fact<>(fitted.region(),
                            new Evidence(doc.paragraph(fitted.paragraph()).span(fitted.range()), Supports.JURISDICTION));
                }
            }
            if (use.jurisdiction == null) {
                for (var r : doc.regions()) {
                    if (r.paragraph() >= part.first() && r.paragraph() <= Math.min(part.last(), title + REGION_REACH)
                            && r.region().level() != org.policykg.reference.Region.Level.COUNTY && !filedAt(r)) {
                        use.jurisdiction = new Fact<>(r.region(),
                                new Evidence(doc.paragraph(r.paragraph()).span(r.range()), Supports.JURISDICTION));
                        break;
                    }
                }
            }
            if (use.jurisdiction == null) {
                use.jurisdiction = ownCounty(part, use);
            }
            // A title that is the type word alone (政府工作报告) names one policy only with its region and year.
            if (DocumentTypes.isGenericReference(use.display) && use.issued != null) {
                use.core = TitleKey.core(use.issued.value().getYear() + "年" + use.display);
            }
        }
    }

    /** The date of a news story's 电头 right after the place it was filed from: 新华社北京3月16日电, 本报广州5日讯. */
    private static final Pattern DATELINE_AFTER = Pattern.compile("^(?:\\d{1,2}月)?\\d{1,2}日(?:电|讯)");

    /**
     * A place a news story's 电头 says it was filed from (新华社北京3月16日电): where the wire was sent, not the region of
     * the text it reports or reprints.
     */
    private boolean filedAt(org.policykg.recognize.RegionMention r) {
        String text = doc.paragraph(r.paragraph()).string();
        return DATELINE_AFTER.matcher(text).region(Math.min(r.range().end(), text.length()), text.length()).lookingAt();
    }

    /**
     * 省长X作政府工作报告 in the caption or lead of a text that is itself a 政府工作报告: the report
     * delivered is this one, so the bare mention is a form of its title (an alias), not a second policy.
     */
    void deliveredReports(List<TitleUse> uses) {
        for (Structure.Part part : doc.structure().parts()) {
            TitleUse own = useOf(part, uses);
            if (own == null || !own.display.endsWith(org.policykg.recognize.TitleRecognizer.WORK_REPORT)) {
                continue;
            }
            for (TitleUse u : uses) {
                if (u != own && u.display.equals(org.policykg.recognize.TitleRecognizer.WORK_REPORT)) {
                    u.core = own.core;
                }
            }
            return; // one report per text: a second own part is not delivered here
        }
    }

    /**
     * The label of a part without a title names the region the policy is of: the one its issuer
     * or number gave when the text's own region was only a guess (中华人民共和国, from a 国务院令 a
     * city's notice cites); null when the label stands.
     */
    String relabel(Structure.Part part, TitleGroup g) {
        if (!part.derived() || part.region() == null || !part.label().startsWith(part.region().name())) {
            return null;
        }
        for (TitleUse u : g.uses) {
            if (u.t.source() == TitleMention.Source.DERIVED && u.titleRegion == null && u.jurisdiction != null
                    && !u.jurisdiction.value().code().equals(part.region().code())) {
                return u.jurisdiction.value().name() + part.label().substring(part.region().name().length());
            }
        }
        return null;
    }

    /** （2020年5月11日）: a 题注 that is a date alone in brackets, closing its line (after the title, or alone under it). */
    private static final Pattern DATE_NOTE = Pattern.compile(
            "^(?<t>.*?)[（(]\\s*(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*[)）]$");

    /**
     * 中共中央 国务院 / 关于…的意见 / （2020年5月11日）: the 题注 under (or run on with) the title line of a text a news agency
     * prints in full (a party-and-state document published without a 落款) dates it, when the title it closes, or the
     * line right above it, is the text's title or its form without the issuers (a page's headline and 发布时间 may stand
     * further up).
     */
    private Fact<LocalDate> dateNote(Structure.Part part, int title, TitleUse use) {
        String own = TitleKey.display(use.display).replaceAll("[\\s\\u3000]", "");
        for (int i = title + 1; i <= Math.min(part.last(), title + REPORT_HEAD_REACH); i++) {
            Paragraph p = doc.paragraph(i);
            Matcher m = DATE_NOTE.matcher(p.string().strip());
            if (!m.matches()) {
                continue;
            }
            String titled = m.group("t").isBlank() ? doc.paragraph(i - 1).string() : m.group("t");
            titled = TitleKey.display(titled).replaceAll("[\\s\\u3000]", "");
            if (titled.length() < 6 || !own.endsWith(titled)) {
                return null;
            }
            DateMention last = null;
            for (DateMention d : doc.dateIndex().in(i)) {
                last = d.hasYear() && d.month() > 0 && d.day() > 0 ? d : last;
            }
            return last == null ? null : new Fact<>(LocalDate.of(last.year(), last.month(), last.day()),
                    new Evidence(p.span(last.range()), Supports.ISSUED));
        }
        return null;
    }

    /** 会议通过, 会议上, 会议批准: a meeting dates the text. */
    private static final Pattern MEETING = Pattern.compile("会议(?:通过|上|批准)|常务委员会.{0,20}(?:通过|批准)");
    private static final int MEETING_LINE_REACH = 3;
    /** How far under a work report's headline its 题注 may stand (the page's date, source and font-size lines between). */
    private static final int REPORT_HEAD_REACH = 12;
    /** A title's paragraph running on this far past the title is a crawled line holding the text's opening. */
    private static final int CRAWLED_OPENING = 10;
    private static final int REGION_REACH = 6;
    /**
     * How a county's or district's text speaks of its own county or district: 本县, 我县, 全县, 本区, 我区 (not 全区, which
     * an autonomous region's text says of itself).
     */
    private static final Pattern OWN_COUNTY = Pattern.compile("[本我全]([县旗])|[本我](区)");

    /**
     * A text whose title names no region and which speaks of 本县/我县 (本区/我区) is its county's (district's), the
     * first county of that kind it names being the one (柳河县 in the 《柳河县…办法》 it applies): a county's
     * measures name their county in the local texts they cite rather than in their own title.
     */
    private Fact<org.policykg.reference.Region> ownCounty(Structure.Part part, TitleUse use) {
        char kind = 0;
        for (int i = part.first(); i <= part.last() && kind == 0; i++) {
            Matcher m = OWN_COUNTY.matcher(doc.paragraph(i).string());
            kind = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)).charAt(0) : 0;
        }
        if (kind == 0) {
            return null;
        }
        for (var r : doc.regions()) {
            if (kind == '区' && r.region().name().endsWith("自治区")) {
                return null; // 我区 in an autonomous region's text is the region itself
            }
        }
        for (var r : doc.regions()) {
            String name = r.region().name();
            if (r.paragraph() >= part.first() && r.paragraph() <= part.last()
                    && r.region().level() == org.policykg.reference.Region.Level.COUNTY && name.charAt(name.length() - 1) == kind) {
                if (use.display.contains(name)) {
                    return null; // 松江区…行动方案: a title led by its district is read as such where titles are
                }
                return new Fact<>(r.region(), new Evidence(doc.paragraph(r.paragraph()).span(r.range()), Supports.JURISDICTION));
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

    /** The items of a part's text are about it, unless an item is headed by another policy's title. */
    void subjects(Map<Structure.Part, TitleGroup> own, Map<Integer, String> subjects, List<TitleUse> uses) {
        for (Map.Entry<Structure.Part, TitleGroup> e : own.entrySet()) {
            Structure.Part part = e.getKey();
            if (part.decides()) {
                continue; // its items quote the clauses of the policy it acts on: they stay that policy's
            }
            for (Item it : doc.layout().items()) {
                if (it.last() < part.first() || it.first() > part.last()) {
                    continue;
                }
                String current = subjects.get(it.index());
                if (current == null || !headedByOther(it, e.getValue().key, uses)) {
                    subjects.put(it.index(), e.getValue().key);
                }
            }
        }
    }

    private static boolean headedByOther(Item it, String own, List<TitleUse> uses) {
        for (TitleUse u : uses) {
            if (it.heading() >= 0 && u.t.paragraph() == it.heading()) {
                return !u.key.equals(own);
            }
        }
        return false;
    }

    /** What the part's text says of other policies and of its force. */
    PolicyFacts.Links links(Structure.Part part, TitleGroup self, Map<String, TitleGroup> groups, List<TitleUse> uses) {
        List<Fact<String>> implemented = new ArrayList<>();
        List<Fact<String>> repealed = new ArrayList<>();
        List<Integer> opening = new ArrayList<>(part.preamble());
        // A page crawled into one line: the title's own paragraph runs on into the text's opening.
        int titleAt = part.derived() ? -1 : part.title().paragraph();
        int after = part.derived() ? 0 : part.title().range().end();
        if (titleAt >= 0 && !opening.contains(titleAt) && doc.paragraph(titleAt).string().length() > after + CRAWLED_OPENING) {
            opening.add(0, titleAt);
        }
        for (int i : opening) {
            Paragraph p = doc.paragraph(i);
            for (TitleUse u : uses) {
                if (u.t.paragraph() == i && u.t.source() == TitleMention.Source.BRACKETS && !u.key.equals(self.key)
                        && (i != titleAt || u.t.range().start() >= after)
                        && cueBefore(p, u.t.range().start(), implementsCue)) {
                    add(implemented, u, p, Supports.IMPLEMENTS);
                }
            }
        }
        List<Fact<String>> amended = new ArrayList<>();
        Fact<LocalDate> from = null;
        for (int i = part.first(); i <= part.last(); i++) {
            Paragraph p = doc.paragraph(i);
            String text = p.string();
            for (TitleUse u : uses) {
                if (u.t.paragraph() != i || u.key.equals(self.key)) {
                    continue;
                }
                Change c = u.t.source() == TitleMention.Source.BRACKETS ? change(p, u.t.range()) : null;
                if (c == Change.AMENDS) {
                    add(amended, u, p, Supports.AMENDS);
                } else if (c == Change.REPEALS || repealsCue.matcher(text).find() && repeals(p, u.t.range()) && !clausesNamed(p, u.t.range())) {
                    add(repealed, u, p, Supports.REPEALS);
                }
            }
            if (from == null) {
                from = inForceFrom(p);
            }
        }
        // 为贯彻落实…，决定停止执行《X》: a policy the text changes is not one it implements.
        implemented.removeIf(f -> amended.stream().anyMatch(a -> a.value().equals(f.value()))
                || repealed.stream().anyMatch(r -> r.value().equals(f.value())));
        return new PolicyFacts.Links(implemented, repealed, amended, from);
    }

    private enum Change { AMENDS, REPEALS }

    /**
     * 停止执行《X》中第5条, 修改《X》, 对《X》作如下修改, 废止《X》第三条: the text changes X — amends it when
     * it names X's clauses or says 修改; 停止执行 the whole of X repeals it. The 《 may open the
     * notice that printed X (停止执行《…关于印发X的通知》).
     */
    private Change change(Paragraph p, Range title) {
        String text = p.string();
        int open = text.lastIndexOf('《', title.start());
        int close = text.indexOf('》', title.end() - 1);
        if (open < 0 || close < 0) {
            return null;
        }
        String before = text.substring(p.clauseStart(open), open).strip();
        var m = amendsCue.matcher(before);
        boolean clauses = clausesNamed(p, title);
        String after = text.substring(close + 1, Math.min(text.length(), p.sentenceAt(close).end()));
        if (m.find()) {
            return clauses || m.group().endsWith("修改") ? Change.AMENDS
                    : m.group().equals("停止执行") ? Change.REPEALS : null;
        }
        if (before.endsWith("对") && AMEND_AFTER.matcher(after).lookingAt()) {
            return Change.AMENDS;
        }
        if ((before.endsWith("废止") || after.startsWith("同时废止")) && clauses) {
            return Change.AMENDS;
        }
        return null;
    }

    /** …》作如下修改, …》部分条款予以修改: the change 对《X》 opens. */
    static final Pattern AMEND_AFTER = Pattern.compile("^[^《。；;]{0,16}?(?:作|作出|进行|予以)(?:如下|以下)?修改");
    /** 第5条, 第八条第二款: a clause of the policy named right before. */
    private static final Pattern CLAUSE = Pattern.compile("^[^《。；;]{0,24}?第[0-9一二三四五六七八九十百]+[条款]");

    /** Does the sentence name clauses of the title (《X》(88号)中，第5条…) before it names another? */
    private static boolean clausesNamed(Paragraph p, Range title) {
        String text = p.string();
        int close = text.indexOf('》', title.end() - 1);
        return close >= 0 && CLAUSE.matcher(text.substring(close + 1, p.sentenceAt(close).end())).lookingAt();
    }

    /** A cue word before the title in its sentence, with no other title between: 根据《A》 but not 《B》 in 根据《A》《B》…制定. */
    private static boolean cueBefore(Paragraph p, int titleStart, Pattern cue) {
        Range s = p.sentenceAt(titleStart);
        var m = cue.matcher(p.string()).region(s.start(), titleStart);
        return m.find();
    }

    /** 2019年3月24日: a full date, which opens a law collection's revision line. */
    private static final Pattern DATE_START = Pattern.compile("(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日");

    /** 《X》同时废止, 废止《X》: the repeal cue in the title's clause. */
    static boolean repeals(Paragraph p, Range title) {
        String text = p.string();
        int clauseEnd = text.length();
        for (int k = title.end(); k < text.length(); k++) {
            if ("。;；,，".indexOf(text.charAt(k)) >= 0) {
                clauseEnd = k;
                break;
            }
        }
        // A title read without brackets (a heading, a 印发 run-in) may end right at the clause's end.
        int from = Math.min(clauseEnd, title.end() + 1);
        String after = text.substring(from, clauseEnd);
        // A date opens another statement: a law collection's revision lines run on into one paragraph
        // (…》第二次修订2019年3月24日《国务院关于修改和废止部分行政法规的决定》第四次修订), and the 废止 in a
        // later line's title is not said of this one.
        Matcher dated = DATE_START.matcher(after);
        if (dated.find()) {
            after = after.substring(0, dated.start());
        }
        String before = text.substring(p.clauseStart(title.start()), title.start());
        return after.contains("废止") || before.endsWith("废止《") || before.endsWith("废止");
    }

    /** 自2025年1月1日起施行. */
    private Fact<LocalDate> inForceFrom(Paragraph p) {
        String text = p.string();
        for (DateMention d : doc.dateIndex().in(p.index())) {
            int at = d.range().start();
            if (!d.hasYear() || at == 0 || text.charAt(at - 1) != '自') {
                continue;
            }
            var m = inForce.matcher(text).region(d.range().end(), text.length());
            if (m.lookingAt()) {
                return new Fact<>(LocalDate.of(d.year(), d.month(), d.day()),
                        new Evidence(p.span(at - 1, m.end()), Supports.IN_FORCE_FROM));
            }
        }
        return null;
    }

    private static void add(List<Fact<String>> out, TitleUse u, Paragraph p, Supports supports) {
        for (Fact<String> f : out) {
            if (f.value().equals(u.key)) {
                return;
            }
        }
        out.add(new Fact<>(u.key, new Evidence(p.span(u.t.range()), supports)));
    }
}
