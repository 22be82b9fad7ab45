package org.policykg.concern.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.DateMention;
import org.policykg.recognize.DocumentNumberMention;
import org.policykg.recognize.TitleMention;
import org.policykg.reference.Agency;
import org.policykg.reference.AgencyDirectory;
import org.policykg.reference.DocumentTypes;
import org.policykg.reference.Gazetteer;
import org.policykg.segment.Paragraph;
import org.policykg.structure.Structure;
import org.policykg.text.Span;

/**
 * Attributes a policy's head and tail state, read once its mentions are grouped; each fills
 * only what nothing nearer has: the issuing order or announcement (X人民政府令 / X常务委员会公告,
 * 第N号, 《T》…现予公布，自…起施行, signer, date), a number cited after a title
 * (《T》(国务院令第427号)), a Taiwan law database's history line (沿革: 中华民国…年…月…日 X
 * …字第N號令訂定發布…並自發布日施行), the line under a regulation's title that dates its adoption by
 * a congress (（…人民代表大会常务委员会第N次会议通过）), a title led by several bodies
 * (X等部门关于…), the 落款 under a notice's body (现将《T》印发给你们) and under a text carried
 * alone, and — last, from all of these — the jurisdiction ({@link Jurisdictions}).
 */
final class Attributes {
    private static final String NUMERAL = "[0-9一二三四五六七八九十百千零〇]+";
    /** (第290号) on its own line, under the order's name. */
    private static final Pattern ORDER_SERIAL = Pattern.compile("^[(（]?第(" + NUMERAL + ")号[)）]?$");
    /** X人民政府令第5号 / X公告(第55号) on one line. */
    private static final Pattern ORDER_LINE = Pattern.compile("^(\\S{2,40}?(?:令|公告))[(（]?第(" + NUMERAL + ")号[)）]?$");
    /** 《T》(国务院令第427号): an order's number right after a title. */
    private static final Pattern CITED_ORDER = Pattern.compile("^[(（](\\S{2,30}?(令|公告)第" + NUMERAL + "号)[)）]");
    private static final Pattern PUNCTUATION = Pattern.compile("[。，,；;：:、！？!?]");
    /** X等部门关于 / X等十部门关于: the lead of several issuers. */
    private static final Pattern CO_ISSUERS = Pattern.compile("^等(?:[0-9一二三四五六七八九十]+个?)?部(?:门|委)关于");
    /** Taiwan law database history: 中华民国一百十一年十二月二十三日数位发展部数授产策字第1112000175号令订定发布. */
    private static final Pattern ROC_DATE = Pattern.compile("(?:中华民国)?([一二三四五六七八九十百零〇]+)年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日");
    private static final Pattern ROC_NUMBER = Pattern.compile("^[\\u3400-\\u9FFF]{1,8}字第[0-9]+号");
    /** 自发布日施行 (a rule), 自公布日施行 (a law), or from a date. */
    private static final Pattern ROC_IN_FORCE = Pattern.compile("自(?:[发公]布日|" + ROC_DATE.pattern() + ")(?:起)?施行");
    /** Taiwan's President, whose order promulgates a law (中华民国宪法 art. 37). */
    private static final String PRESIDENT = "总统";
    private static final int ROC_OFFSET = 1911;
    private static final int HEAD_REACH = 3;

    private final Analysis doc;
    private final Jurisdictions jurisdictions;
    /** 现予公布: an order promulgates the text it names (lexicon policy-links, promulgates). */
    private final Pattern promulgates;
    /** 第二十次会议通过 right after a congress: the body that adopted the text (adopted). */
    private final Pattern adopted;
    /** 会议通过 / 会议批准 in the line under a title: it dates the text (adopted, or approved). */
    private final Pattern meeting;
    /** 现将《T》印发给你们: the body of a notice that prints T (notice-body). */
    private final Pattern noticeBody;
    /** In force from, by group key, where an order or history line states it. */
    private final Map<String, Fact<LocalDate>> inForce = new HashMap<>();
    /** The date of the order that promulgated a text (2000年9月25日 国务院令第292号公布), by group key. */
    private final Map<String, Fact<LocalDate>> promulgated = new HashMap<>();
    /** What a decision a history line names amends (根据…《X决定》修订 under a regulation's title), by the decision's key. */
    private final Map<String, List<Fact<String>>> amendedBy = new HashMap<>();
    /** 本办法自公布之日起施行: the text's own clause that it is in force from its promulgation, where it has one. */
    private Evidence fromPromulgation;
    private String fromPromulgationType;
    /** What a text carried without a read structure implements, by group key. */
    private final Map<String, List<Fact<String>>> implemented = new HashMap<>();
    private final Pattern implementsCue;
    /** 发文机关： / 发布机构： (lexicon policy-links, issuer-field), up to where the body's name starts. */
    private final Pattern issuerField;
    /** 发文字号： / [文号] / |发文字号| (lexicon policy-links, number-field), up to where the number starts. */
    private final Pattern numberField;

    Attributes(Analysis doc, Gazetteer gazetteer, CueWords cues) {
        this.doc = doc;
        this.jurisdictions = new Jurisdictions(doc, gazetteer);
        String adoptedWords = cues.alternation("policy-links", "adopted");
        this.promulgates = Pattern.compile(cues.alternation("policy-links", "promulgates"));
        // 第二十次会议通过 after a congress; 2021年第20次室务会议审议通过, 第5次部务会议通过 after a
        // ministry or government that adopts its own rules (规章) at its 室务/部务/委务/常务会议.
        this.adopted = Pattern.compile("^(?:\\d{4}年)?第" + NUMERAL + "次(?:全体|常务|[室部委局署厅]务)?会议(?:审议)?(?:" + adoptedWords + ")");
        this.meeting = Pattern.compile("会议(?:审议)?(?:" + adoptedWords + "|批准)");
        this.noticeBody = Pattern.compile(cues.alternation("policy-links", "notice-body"));
        this.implementsCue = Pattern.compile(cues.alternation("policy-links", "implements"));
        this.issuerField = Pattern.compile("(?:" + cues.alternation("policy-links", "issuer-field") + ")\\s*[:：]\\s*");
        this.numberField = Pattern.compile("(?:" + cues.alternation("policy-links", "number-field") + ")\\s*[\\]】]?\\s*[:：]?\\s*\\|?\\s*");
    }

    void complete(List<TitleUse> uses, Map<String, TitleGroup> groups, Map<Structure.Part, TitleGroup> own) {
        for (TitleUse u : uses) {
            TitleGroup g = groups.get(u.key);
            if (g == null) {
                continue;
            }
            citedOrder(u, g);
            citedNotice(u, g);
            coIssuers(u);
            if (u.t.source() == TitleMention.Source.HEADING && u.t.range().start() == 0) {
                meetingLine(u, g);
                promulgationLine(u, g, uses, groups);
            }
        }
        for (Paragraph p : doc.paragraphs()) {
            order(p, uses, groups);
            history(p, uses, groups);
            noticeBody(p, uses, groups);
            Matcher since = SINCE_PROMULGATION.matcher(p.string());
            if (fromPromulgation == null && since.find()) {
                fromPromulgation = new Evidence(p.span(since.start(), since.end()), Supports.IN_FORCE_FROM);
                fromPromulgationType = since.group(1);
            }
        }
        TitleUse head = own.isEmpty() ? loneHead(uses, groups) : null;
        if (head != null) {
            closingSignature(head, groups);
            selfReferences(head, uses);
            noticeOpening(head, groups.get(head.key), uses);
        }
        TitleGroup self = own.size() == 1 ? own.values().iterator().next() : head == null ? null : groups.get(head.key);
        if (self != null) {
            headIssuers(self);
            issuerField(self);
            numberField(self);
        } else if (own.size() > 1 && own.keySet().stream().allMatch(part -> !part.derived() && part.first() > 0)) {
            // A notice that prints several texts, each under its own title line (关于印发《X》和《Y》的通知):
            // the notice's number and issuer, in its field table, are each text's.
            for (TitleGroup g : own.values()) {
                issuerField(g);
                numberField(g);
            }
        }
        jurisdictions.complete(groups.values());
        for (TitleGroup g : groups.values()) {
            workReport(g);
        }
    }

    /**
     * 《天津市人民政府办公厅关于印发T的通知》: a cited notice's issuer issued the text it prints
     * (the notice itself is no policy). The body must open the brackets and lead to 关于印发 T.
     */
    private void citedNotice(TitleUse u, TitleGroup g) {
        if (u.t.source() != TitleMention.Source.BRACKETS || !issuers(g).isEmpty()) {
            return;
        }
        Paragraph p = doc.paragraph(u.t.paragraph());
        String text = p.string();
        for (AgencyMention a : doc.agencyIndex().in(p.index())) {
            int start = a.range().start();
            if (a.agency().isAgency() && start > 0 && text.charAt(start - 1) == '《' && start < u.t.range().start()
                    && NOTICE_LEAD.matcher(text.substring(a.range().end(), u.t.range().start())).matches()) {
                addIssuer(u, a);
                return;
            }
        }
    }

    /** Between a cited notice's issuer and the title it prints. */
    private static final Pattern NOTICE_LEAD = Pattern.compile("(?:等[0-9一二三四五六七八九十]*个?部(?:门|委))?关于(?:印发|转发)");

    /**
     * A 政府工作报告 is by law the report of its region's people's government (国务院 for the
     * country's): its issuer once its region is known.
     */
    private void workReport(TitleGroup g) {
        TitleUse first = g.uses.get(0);
        Fact<org.policykg.reference.Region> j = null;
        for (TitleUse u : g.uses) {
            j = j != null ? j : u.jurisdiction;
        }
        if (j == null || !issuers(g).isEmpty() || !WORK_REPORT.matcher(first.display).matches()) {
            return;
        }
        org.policykg.reference.Region r = j.value();
        Agency government = r.isCountry() ? AgencyDirectory.get().byName("国务院")
                : new Agency(r.name() + "人民政府", r.code(), null, Agency.Kind.AGENCY);
        if (government != null) {
            Paragraph p = doc.paragraph(first.t.paragraph());
            first.issuers.add(new Fact<>(government, new Evidence(p.span(first.t.range()), Supports.ISSUED_BY)));
        }
    }

    /** 本办法自公布之日起施行: a promulgated text in force from the day of its order. */
    private static final Pattern SINCE_PROMULGATION = Pattern.compile("本(办法|条例|规定|细则|决定)自(?:公布|发布)之日起施行");

    /** 第一条, or 第1条 as a law database numbers its articles (第 1 條). */
    private static final Pattern FIRST_ARTICLE = Pattern.compile("第\\s*(?:一|1)\\s*条");

    /** 政府工作报告, 2026年浙江省政府工作报告, 贵州省人民政府工作报告. */
    private static final Pattern WORK_REPORT = Pattern.compile("^(?:(?:19|20)\\d{2}年)?[\\u3400-\\u9FFF]{0,12}?(?:人民)?政府工作报告$");

    /**
     * A text carried alone names itself 本条例/本办法: its first article's 根据《X》…制定本条例
     * gives what it implements, and 本条例自2025年4月1日起施行 when it takes effect.
     */
    private void selfReferences(TitleUse head, List<TitleUse> uses) {
        var type = DocumentTypes.policyType(DocumentTypes.withoutPeriod(head.display));
        if (type.isEmpty()) {
            return;
        }
        String self = "本" + type.get().word();
        boolean firstArticle = false;
        for (int i = head.t.paragraph() + 1; i < doc.paragraphs().size(); i++) {
            Paragraph p = doc.paragraph(i);
            String text = p.string();
            if (!firstArticle && FIRST_ARTICLE.matcher(text).lookingAt()) {
                firstArticle = true;
                implementedIn(head, i, p, text, uses);
            }
            int at = text.indexOf(self + "自");
            if (at >= 0 && !inForce.containsKey(head.key)) {
                for (DateMention d : doc.dateIndex().in(i)) {
                    String after = text.substring(d.range().end());
                    if (d.hasYear() && d.range().start() == at + self.length() + 1 && after.matches("^起?(?:施行|实施|生效).*")) {
                        inForce.put(head.key, new Fact<>(date(d), new Evidence(p.span(d.range().start() - 1,
                                d.range().end() + (after.startsWith("起") ? 3 : 2)), Supports.IN_FORCE_FROM)));
                    }
                }
            }
        }
    }

    /**
     * A notice carried alone, without numbered parts (a ministry's 函 publishing a list): its opening sentence under
     * the title line, the number and the addressees (为落实《X》…, 根据《X》…) names what it carries out.
     */
    private void noticeOpening(TitleUse head, TitleGroup g, List<TitleUse> uses) {
        int from = head.t.paragraph();
        for (TitleUse u : g.uses) {
            if (u.t.source() == TitleMention.Source.HEADING) {
                from = Math.max(from, u.t.paragraph());
            }
        }
        for (int i = from + 1; i < Math.min(doc.paragraphs().size(), from + OPENING_REACH); i++) {
            Paragraph p = doc.paragraph(i);
            String text = p.string().strip();
            if (!PUNCTUATION.matcher(text).find() || text.endsWith(":") || text.endsWith("：")) {
                continue; // the number line, the addressees
            }
            implementedIn(head, i, p, text, uses);
            return;
        }
    }

    /** The titles cited in 《》 in paragraph {@code i} after an implementing cue in their sentence (为落实, 根据…). */
    private void implementedIn(TitleUse head, int i, Paragraph p, String text, List<TitleUse> uses) {
        for (TitleUse u : uses) {
            if (u.t.paragraph() == i && u.t.source() == TitleMention.Source.BRACKETS && !u.key.equals(head.key)
                    && implementsCue.matcher(text).region(p.sentenceAt(u.t.range().start()).start(), u.t.range().start()).find()) {
                List<Fact<String>> list = implemented.computeIfAbsent(head.key, k -> new ArrayList<>());
                if (list.stream().noneMatch(f -> f.value().equals(u.key))) {
                    list.add(new Fact<>(u.key, new Evidence(p.span(u.t.range()), Supports.IMPLEMENTS)));
                }
            }
        }
    }

    /** How far under its title line a notice's opening sentence may stand (number, addressees between). */
    private static final int OPENING_REACH = 4;

    /**
     * What an order or a history line says of the policy's force, where its own text's 自…起施行
     * gave nothing. A bare 自印发之日起施行 in the text names no date and gives none (annotation convention).
     */
    PolicyFacts.Links links(TitleGroup g, PolicyFacts.Links found) {
        Fact<LocalDate> from = found.inForceFrom();
        from = from != null ? from : inForce.get(g.key);
        Fact<LocalDate> order = promulgated.get(g.key);
        if (from == null && order != null && fromPromulgation != null && DocumentTypes.withoutPeriod(g.uses.get(0).display).endsWith(fromPromulgationType)) {
            // 本办法自公布之日起施行 under 2000年9月25日…令第292号公布: in force from the order's date.
            from = new Fact<>(order.value(), fromPromulgation);
        }
        List<Fact<String>> amends = new ArrayList<>(found.amends());
        for (Fact<String> f : amendedBy.getOrDefault(g.key, List.of())) {
            if (amends.stream().noneMatch(x -> x.value().equals(f.value()))) {
                amends.add(f);
            }
        }
        List<Fact<String>> implementsKeys = new ArrayList<>(found.implementsKeys());
        for (Fact<String> f : implemented.getOrDefault(g.key, List.of())) {
            if (implementsKeys.stream().noneMatch(x -> x.value().equals(f.value()))) {
                implementsKeys.add(f);
            }
        }
        return new PolicyFacts.Links(implementsKeys, found.repeals(), amends, from);
    }

    /** 广东省人民政府令 / （第290号） / 《T》已经…通过，现予公布，自…起施行。 / 省长X / 2021年10月18日. */
    private void order(Paragraph p, List<TitleUse> uses, Map<String, TitleGroup> groups) {
        String text = p.string();
        String name;
        String serial;
        Span span;
        Matcher one = ORDER_LINE.matcher(text);
        Matcher serialLine = ORDER_SERIAL.matcher(text);
        AgencyMention issuer = null;
        if (serialLine.matches()) {
            // the order's name on the one to three lines above: 广州市第十六届人民代表大会 / 常务委员会 / 公告
            StringBuilder joined = new StringBuilder();
            int top = -1;
            for (int k = p.index() - 1; k >= Math.max(0, p.index() - HEAD_REACH); k--) {
                String line = doc.paragraph(k).string();
                if (line.isEmpty() || line.length() > 30 || PUNCTUATION.matcher(line).find()) {
                    break;
                }
                joined.insert(0, line);
                if (startsWithBody(k)) {
                    top = k;
                    break;
                }
            }
            if (top < 0 || !(joined.toString().endsWith("令") || joined.toString().endsWith("公告"))) {
                return;
            }
            name = joined.toString();
            serial = serialLine.group(1);
            span = doc.paragraph(top).span(0, doc.paragraph(top).string().length()).union(p.span(0, text.length()));
            if (top == p.index() - 1) {
                issuer = bodyBefore(top, name.length() - (name.endsWith("令") ? 1 : 2));
            }
        } else if (one.matches() && startsWithBody(p.index())) {
            name = one.group(1);
            serial = one.group(2);
            span = p.span(0, text.length());
            issuer = bodyBefore(p.index(), name.length() - (name.endsWith("令") ? 1 : 2));
        } else {
            return;
        }
        for (int k = p.index() + 1; k <= Math.min(doc.paragraphs().size() - 1, p.index() + HEAD_REACH); k++) {
            Paragraph q = doc.paragraph(k);
            if (!promulgates.matcher(q.string()).find()) {
                continue;
            }
            TitleUse u = bracketUse(uses, k);
            TitleGroup g = u == null ? null : groups.get(u.key);
            if (g == null) {
                return;
            }
            if (number(g) == null) {
                u.number = new Fact<>(name + "第" + serial + "号", new Evidence(span, Supports.DOCUMENT_NUMBER));
            }
            if (issuer != null && issuers(g).isEmpty()) {
                u.issuers.add(new Fact<>(issuer.agency(), new Evidence(doc.paragraph(issuer.paragraph()).span(issuer.range()), Supports.ISSUED_BY)));
            }
            for (DateMention d : doc.dateIndex().in(k)) {
                int at = d.range().start();
                String after = q.string().substring(d.range().end());
                if (d.hasYear() && at > 0 && q.string().charAt(at - 1) == '自' && after.matches("^起?(?:施行|实施|生效).*")) {
                    inForce.putIfAbsent(g.key, new Fact<>(date(d), new Evidence(q.span(at - 1, d.range().end() + (after.startsWith("起") ? 3 : 2)), Supports.IN_FORCE_FROM)));
                }
            }
            for (int j = k + 1; j <= Math.min(doc.paragraphs().size() - 1, k + 2) && issued(g) == null; j++) {
                DateMention d = onlyDate(doc.paragraph(j));
                if (d != null && d.hasYear()) {
                    u.issued = new Fact<>(date(d), new Evidence(doc.paragraph(j).span(d.range()), Supports.ISSUED));
                }
            }
            return;
        }
    }

    /** 《T》(国务院令第427号). */
    private void citedOrder(TitleUse u, TitleGroup g) {
        if (u.t.source() != TitleMention.Source.BRACKETS) {
            return;
        }
        Paragraph p = doc.paragraph(u.t.paragraph());
        int close = p.string().indexOf('》', u.t.range().end());
        if (close < 0) {
            return;
        }
        Matcher m = CITED_ORDER.matcher(p.string()).region(close + 1, p.string().length());
        if (!m.lookingAt()) {
            return;
        }
        if (number(g) == null) {
            u.number = new Fact<>(m.group(1), new Evidence(p.span(m.start(1), m.end(1)), Supports.DOCUMENT_NUMBER));
        }
        if (issuers(g).isEmpty()) {
            for (AgencyMention a : doc.agencyIndex().within(p.index(), m.start(1), m.end(1))) {
                if (a.range().end() == m.start(2) && a.agency().isAgency()) {
                    u.issuers.add(new Fact<>(a.agency(), new Evidence(p.span(a.range()), Supports.ISSUED_BY)));
                }
            }
        }
    }

    /** 国家发展改革委等部门关于…: the body named first leads the issuers. */
    private void coIssuers(TitleUse u) {
        Paragraph p = doc.paragraph(u.t.paragraph());
        for (AgencyMention a : doc.agencyIndex().in(p.index())) {
            if (a.range().start() == u.t.range().start() && a.agency().isAgency()
                    && CO_ISSUERS.matcher(p.string()).region(a.range().end(), p.string().length()).lookingAt()) {
                addIssuer(u, a);
            }
        }
    }

    /** 国家食品药品监督管理局令第9号公布: the order that promulgated a text, after the date that opens its line. */
    private static final Pattern PROMULGATED = Pattern.compile("^\\s*(\\S{2,40}?(?:令|公告))[(（]?第(" + NUMERAL + ")号[)）]?(?:公布|发布)");

    /**
     * 2004年7月8日 国家食品药品监督管理局令第9号公布: a law collection's line under a rule's or a
     * regulation's title names the order that promulgated it (GB/T 9704 发文字号 of a 令): its
     * number, its date, and the body whose order it is. The revisions listed below it
     * (2011年1月8日《…决定》第一次修订) change the text but not the order it was made by.
     */
    private void promulgationLine(TitleUse u, TitleGroup g, List<TitleUse> uses, Map<String, TitleGroup> groups) {
        int first = u.t.paragraph() + 1;
        if (first >= doc.paragraphs().size()) {
            return;
        }
        DateMention d = null;
        for (DateMention x : doc.dateIndex().in(first)) {
            if (x.range().start() == 0 && x.hasYear()) {
                d = x;
            }
        }
        if (d == null) {
            return;
        }
        Paragraph p = doc.paragraph(first);
        Matcher m = PROMULGATED.matcher(p.string()).region(d.range().end(), p.string().length());
        if (!m.lookingAt()) {
            return;
        }
        int end = m.end(2) + 1; // through 号
        if (number(g) == null) {
            u.number = new Fact<>(m.group(1) + "第" + m.group(2) + "号", new Evidence(p.span(m.start(1), end), Supports.DOCUMENT_NUMBER));
        }
        if (issued(g) == null) {
            u.issued = new Fact<>(date(d), new Evidence(p.span(d.range()), Supports.ISSUED));
        }
        promulgated.putIfAbsent(g.key, new Fact<>(date(d), new Evidence(p.span(d.range()), Supports.IN_FORCE_FROM)));
        for (int k = first; k <= Math.min(doc.paragraphs().size() - 1, first + HEAD_REACH); k++) {
            amendments(doc.paragraph(k), g, uses, groups);
        }
        if (issuers(g).isEmpty()) {
            int bodyEnd = m.end(1) - (m.group(1).endsWith("令") ? 1 : 2);
            for (AgencyMention a : doc.agencyIndex().in(first)) {
                if (a.range().start() == m.start(1) && a.range().end() == bodyEnd && a.agency().isAgency()) {
                    addIssuer(u, a);
                }
            }
        }
    }

    /** What follows a decision's title in a history line: …》修订, …》第二次修正. */
    private static final Pattern AMENDED_AFTER = Pattern.compile("^\\s*(?:第[一二三四五六七八九十]+次)?(?:修订|修正|修改)");

    /**
     * The history lines under a promulgated regulation's title (国家法律法规数据库): 根据2011年1月8日《国务院关于废止和修改
     * 部分行政法规的决定》修订 — the decision amends the regulation, and the date is the decision's.
     */
    private void amendments(Paragraph p, TitleGroup g, List<TitleUse> uses, Map<String, TitleGroup> groups) {
        String text = p.string();
        for (TitleUse x : uses) {
            if (x.t.paragraph() != p.index()) {
                continue;
            }
            TitleGroup dg = groups.get(x.key);
            int open = x.t.range().start() - 1;
            int close = x.t.range().end();
            if (dg == null || dg == g || x.t.source() != TitleMention.Source.BRACKETS || open < 0 || text.charAt(open) != '《'
                    || close >= text.length() || !AMENDED_AFTER.matcher(text).region(close + 1, text.length()).lookingAt()) {
                continue;
            }
            DateMention d = null;
            for (DateMention m : doc.dateIndex().in(p.index())) {
                if (m.hasYear() && m.range().end() <= open && text.substring(m.range().end(), open).isBlank()) {
                    d = m;
                }
            }
            if (d != null && issued(dg) == null) {
                x.issued = new Fact<>(date(d), new Evidence(p.span(d.range()), Supports.ISSUED));
            }
            List<Fact<String>> list = amendedBy.computeIfAbsent(dg.key, k -> new ArrayList<>());
            if (list.stream().noneMatch(f -> f.value().equals(g.key))) {
                list.add(new Fact<>(g.key, new Evidence(p.span(x.t.range()), Supports.AMENDS)));
            }
        }
    }

    /** （2025年1月22日江苏省第十四届人民代表大会第三次会议通过）under a title line, wrapped or not. */
    private void meetingLine(TitleUse u, TitleGroup g) {
        int first = u.t.paragraph() + 1;
        if (first >= doc.paragraphs().size()) {
            return;
        }
        List<Paragraph> lines = new ArrayList<>();
        if (doc.paragraph(first).string().startsWith("(")) {
            for (int k = first; k < Math.min(doc.paragraphs().size(), first + HEAD_REACH); k++) {
                lines.add(doc.paragraph(k));
                if (doc.paragraph(k).string().contains(")")) {
                    break;
                }
            }
            if (!lines.get(lines.size() - 1).string().contains(")")) {
                return;
            }
        } else if (startsWithDate(first)) {
            lines.add(doc.paragraph(first)); // a law collection's line: 2021年11月16日 X第20次室务会议审议通过
        } else {
            return;
        }
        String joined = String.join("", lines.stream().map(Paragraph::string).toList());
        if (!meeting.matcher(joined).find()) {
            return;
        }
        DateMention latest = null;
        boolean bracketed = lines.get(0).string().startsWith("(");
        for (Paragraph line : lines) {
            for (DateMention d : doc.dateIndex().in(line.index())) {
                // in brackets the last date is the latest revision; a bare line is dated at its start
                if (d.hasYear() && (latest == null || bracketed && date(d).isAfter(date(latest)))) {
                    latest = d;
                }
            }
        }
        if (latest != null && issued(g) == null) {
            u.issued = new Fact<>(date(latest), new Evidence(doc.paragraph(latest.paragraph()).span(latest.range()), Supports.ISSUED));
        }
        if (!issuers(g).isEmpty()) {
            return;
        }
        for (int li = 0; li < lines.size(); li++) {
            Paragraph line = lines.get(li);
            for (AgencyMention a : doc.agencyIndex().in(line.index())) {
                String after = line.string().substring(a.range().end())
                        + (li + 1 < lines.size() ? lines.get(li + 1).string() : "");
                if (a.agency().isAgency() && adopted.matcher(after).lookingAt()) {
                    addIssuer(u, a);
                    return;
                }
            }
        }
    }

    /**
     * 沿革内容:1.中华民国一百十一年十二月二十三日数位发展部数授产策字第1112000175号令订定发布…;并自发布日施行
     * (Taiwan's law database): date, body, number and force of the text whose title heads the page.
     */
    private void history(Paragraph p, List<TitleUse> uses, Map<String, TitleGroup> groups) {
        String text = p.string();
        if (!text.startsWith("沿革")) {
            return;
        }
        TitleUse u = headingAbove(uses, p.index());
        TitleGroup g = u == null ? null : groups.get(u.key);
        if (g == null) {
            return;
        }
        Matcher d = ROC_DATE.matcher(text);
        if (!d.find() || !text.startsWith("中华民国", d.start())) {
            return;
        }
        LocalDate date = roc(d);
        if (date == null) {
            return;
        }
        AgencyMention body = null;
        for (AgencyMention a : doc.agencyIndex().in(p.index())) {
            if (a.range().start() == d.end() && a.agency().isAgency()) {
                body = a;
            }
        }
        if (issued(g) == null) {
            u.issued = new Fact<>(date, new Evidence(p.span(d.start(), d.end()), Supports.ISSUED));
        }
        // A law is promulgated by the President's order (总统华总一义字第…号令制定公布): its number, no issuing body.
        int order = body != null ? body.range().end() : text.startsWith(PRESIDENT, d.end()) ? d.end() + PRESIDENT.length() : -1;
        if (order < 0) {
            return;
        }
        if (body != null && issuers(g).isEmpty()) {
            addIssuer(u, body);
        }
        Matcher n = ROC_NUMBER.matcher(text).region(order, text.length());
        if (n.lookingAt() && number(g) == null) {
            u.number = new Fact<>(n.group(), new Evidence(p.span(n.start(), n.end()), Supports.DOCUMENT_NUMBER));
        }
        int entryEnd = text.indexOf("2.", d.end());
        Matcher f = ROC_IN_FORCE.matcher(text).region(d.end(), entryEnd < 0 ? text.length() : entryEnd);
        if (f.find()) {
            LocalDate from = f.group(1) == null ? date : roc(f);
            if (from != null) {
                inForce.putIfAbsent(g.key, new Fact<>(from, new Evidence(p.span(f.start(), f.end()), Supports.IN_FORCE_FROM)));
            }
        }
    }

    /** 现将《T》印发给你们…。 then the 落款: body lines over the date line. */
    private void noticeBody(Paragraph p, List<TitleUse> uses, Map<String, TitleGroup> groups) {
        if (!noticeBody.matcher(p.string()).find()) {
            return;
        }
        TitleUse u = null;
        for (int k = p.index(); k >= Math.max(0, p.index() - 1) && u == null; k--) {
            List<TitleUse> here = new ArrayList<>();
            for (TitleUse x : uses) {
                if (x.t.paragraph() == k && x.t.source() == TitleMention.Source.BRACKETS && groups.containsKey(x.key)
                        && !implementedBy(doc.paragraph(k), x)) {
                    here.add(x);
                }
            }
            u = here.size() == 1 ? here.get(0) : null;
            if (here.size() > 1) {
                return; // a notice printing several texts: the identity rules share its signature
            }
        }
        if (u != null) {
            if (u.t.paragraph() == p.index()) {
                forwardedFrom(p, u);
            }
            sign(u, groups.get(u.key), p.index() + 1, false);
        }
    }

    /**
     * 交通运输部、中央政法委…、中国国家铁路集团有限公司《关于…的意见》已经国务院同意，现转发给你们: the bodies a 转发 or 批转
     * notice names right before the title it forwards made that text; the notice's 落款 only forwards it. The run must
     * reach the 《 with nothing but bodies, 、 and a co-signing company (…有限公司, …集团) in it
     * ({@link BodiesBefore#forwarded}, beside the reader of bodies before a title in news and replies).
     */
    private void forwardedFrom(Paragraph p, TitleUse u) {
        int open = u.t.range().start() - 1;
        if (open < 1 || p.string().charAt(open) != '《') {
            return;
        }
        for (AgencyMention a : BodiesBefore.forwarded(doc, p, p.clauseStart(open), open)) {
            addIssuer(u, a);
        }
    }

    /**
     * 为落实《X》…，现将…名单印发给你们: X is what the notice says it carries out, not what it prints, and the 落款
     * under the notice does not sign it.
     */
    private boolean implementedBy(Paragraph p, TitleUse u) {
        String text = p.string();
        int open = text.lastIndexOf('《', u.t.range().start());
        if (open < 0) {
            return false;
        }
        return implementsCue.matcher(text).region(p.clauseStart(open), open).find();
    }

    /** Lines over paragraph {@code i}, not counting a field table's rows (|发文字号|…|): those head the page, not the text. */
    private int linesOver(int i) {
        int n = 0;
        for (int k = 0; k < i; k++) {
            if (!doc.paragraph(k).isTableRow()) {
                n++;
            }
        }
        return n;
    }

    /**
     * A title line with the document's number alone on the line under it (粤办函〔2026〕66号): the text's own head,
     * however far down a crawl's summary sections put it.
     */
    private boolean numberedUnder(int paragraph) {
        if (paragraph + 1 >= doc.paragraphs().size()) {
            return false;
        }
        Paragraph next = doc.paragraph(paragraph + 1);
        for (DocumentNumberMention n : doc.numbers()) {
            if (n.paragraph() == next.index() && n.range().length() >= next.string().strip().length() * 0.9) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one policy whose title line heads the page, when no other title stands as a line: the
     * text the document carries, even where its structure was not read.
     */
    private TitleUse loneHead(List<TitleUse> uses, Map<String, TitleGroup> groups) {
        TitleUse head = null;
        for (TitleUse u : uses) {
            if (u.t.source() == TitleMention.Source.HEADING && u.t.range().start() == 0
                    && (linesOver(u.t.paragraph()) <= 6 || numberedUnder(u.t.paragraph())) && groups.containsKey(u.key)) {
                head = u;
                break;
            }
        }
        if (head == null) {
            return null;
        }
        var type = DocumentTypes.policyType(DocumentTypes.withoutPeriod(head.display)).orElse(null);
        for (TitleUse u : uses) {
            if (u.t.source() == TitleMention.Source.HEADING && !u.key.equals(head.key)
                    && java.util.Objects.equals(type, DocumentTypes.policyType(DocumentTypes.withoutPeriod(u.display)).orElse(null))) {
                return null; // several texts of its kind: which one a signature or 本条例 belongs to is not certain
            }
        }
        return head;
    }

    /**
     * 发文机关：X / 发布机构：X in a disclosure catalogue's field table: X issued the one text the
     * page carries, when nothing in the text names an issuer.
     */
    private void issuerField(TitleGroup g) {
        if (!issuers(g).isEmpty()) {
            return;
        }
        for (Paragraph p : doc.paragraphs()) {
            Matcher m = issuerField.matcher(p.string());
            while (m.find()) {
                for (AgencyMention a : doc.agencyIndex().in(p.index())) {
                    // 发布机构：深圳市南山区工业和信息化局 — the city before a district's body stands as a region
                    boolean at = a.range().start() == m.end() || a.range().start() > m.end()
                            && doc.regionIndex().covers(p.index(), m.end(), a.range().start());
                    if (at && a.agency().isAgency()) {
                        addIssuer(g.uses.get(0), a);
                        return;
                    }
                }
            }
        }
    }

    /** How many paragraphs from the top a document's head (issuers' line over its title) may stand. */
    private static final int HEAD_LINES = 6;

    /**
     * A joint document's head (GB/T 9704 发文机关标志 over the title, as a county prints its party committee's and
     * government's 实施意见): 中共X县委 X县人民政府 / 关于…的实施意见（2023年2月8日）. The bodies of the line over the
     * title issued the text the page carries, and the 题注 date closing the title dates it, when nothing else does.
     */
    private void headIssuers(TitleGroup g) {
        if (!issuers(g).isEmpty()) {
            return;
        }
        int n = doc.paragraphs().size();
        for (int i = 0; i + 1 < Math.min(n, HEAD_LINES); i++) {
            List<AgencyMention> signers = bodies(doc.paragraph(i));
            Paragraph title = doc.paragraph(i + 1);
            Matcher dated = HEAD_TITLE.matcher(title.string());
            if (signers.isEmpty() || !dated.matches()
                    || !org.policykg.reference.DocumentTypes.isTitleLike(dated.group(1))) {
                continue;
            }
            signers.forEach(a -> addIssuer(g.uses.get(0), a));
            if (issued(g) == null && dated.group(2) != null) {
                for (DateMention d : doc.dateIndex().in(title.index())) {
                    if (d.hasYear() && d.range().start() >= dated.start(2)) {
                        g.uses.get(0).issued = new Fact<>(date(d), new Evidence(title.span(d.range()), Supports.ISSUED));
                    }
                }
            }
            return;
        }
    }

    /** A title line under the issuers' line, perhaps closed by its 题注 date in brackets: 关于…的实施意见(2023年2月8日). */
    private static final Pattern HEAD_TITLE = Pattern.compile("^(关于[^()]{4,80}?)(?:\\((\\d{4}年\\d{1,2}月\\d{1,2}日)\\))?$");

    /**
     * The 发文字号 field of a page's or database's field table (GB/T 9704 element, the disclosure
     * catalogue's row) numbers the text the page carries: a wrapper notice's number is the number the
     * policy it prints is issued under. Used when nothing in the text numbers the policy.
     */
    private void numberField(TitleGroup g) {
        if (number(g) != null) {
            return;
        }
        for (Paragraph p : doc.paragraphs()) {
            Matcher m = numberField.matcher(p.string());
            while (m.find()) {
                for (DocumentNumberMention n : doc.numbers()) {
                    if (n.paragraph() == p.index() && n.range().start() == m.end()) {
                        g.uses.get(0).number = new Fact<>(n.number(), new Evidence(p.span(n.range()), Supports.DOCUMENT_NUMBER));
                        return;
                    }
                }
            }
        }
    }

    /** A text carried alone: the 落款 that closes the document signs it. */
    private void closingSignature(TitleUse head, Map<String, TitleGroup> groups) {
        int last = attachmentsStart(head.t.paragraph()) - 1;
        for (int i = last; i > last - 4 && i > head.t.paragraph(); i--) {
            DateMention d = onlyDate(doc.paragraph(i));
            if (d != null && d.hasYear() && !bodies(doc.paragraph(i - 1)).isEmpty()) {
                int top = i - 1;
                while (top - 1 > head.t.paragraph() && !bodies(doc.paragraph(top - 1)).isEmpty()) {
                    top--;
                }
                sign(head, groups.get(head.key), top, true);
                return;
            }
            // 特此通知。 then 2026年7月1日: a portal's copy leaves the 署名 out where the title names the issuer;
            // the 成文日期 under the closing formula still dates the text.
            if (d != null && d.hasYear() && d.month() > 0 && d.day() > 0 && i - 1 > head.t.paragraph()
                    && OwnText.CLOSING_FORMULA.matcher(doc.paragraph(i - 1).string().strip()).matches()) {
                TitleGroup g = groups.get(head.key);
                if (issued(g) == null) {
                    head.issued = new Fact<>(date(d), new Evidence(doc.paragraph(i).span(d.range()), Supports.ISSUED));
                }
                return;
            }
        }
    }


    /**
     * Where the attachments printed after a text begin (GB/T 9704 附件: a line 附件 or 附件2 alone, after the 成文日期,
     * its title on the next line), else past the last paragraph: the 落款 closes the text above them.
     */
    private int attachmentsStart(int after) {
        int n = doc.paragraphs().size();
        for (int i = after + 1; i < n; i++) {
            if (ATTACHMENT_HEAD.matcher(doc.paragraph(i).string().strip()).matches() && i > 0 && onlyDate(doc.paragraph(i - 1)) != null) {
                return i;
            }
        }
        return n;
    }

    /** 附件, 附件2, 附件 3: an attachment's head line. */
    private static final Pattern ATTACHMENT_HEAD = Pattern.compile("^附件\\s*[0-9一二三四五六七八九十]{0,2}$");

    /** The 落款 starting at or just after {@code from}: issuers and date of the use's group where it has none. */
    private void sign(TitleUse u, TitleGroup g, int from, boolean coIssuers) {
        for (int k = from; k <= Math.min(doc.paragraphs().size() - 1, from + 1); k++) {
            List<AgencyMention> signers = new ArrayList<>();
            int i = k;
            while (i < doc.paragraphs().size() && !bodies(doc.paragraph(i)).isEmpty()) {
                signers.addAll(bodies(doc.paragraph(i)));
                i++;
            }
            DateMention d = i < doc.paragraphs().size() ? onlyDate(doc.paragraph(i)) : null;
            if (d == null || !d.hasYear()) {
                continue;
            }
            if (issued(g) == null) {
                u.issued = new Fact<>(date(d), new Evidence(doc.paragraph(i).span(d.range()), Supports.ISSUED));
            }
            if (coIssuers || issuers(g).isEmpty()) {
                for (AgencyMention a : signers) {
                    addIssuer(u, a);
                }
            }
            return;
        }
    }

    private List<AgencyMention> bodies(Paragraph p) {
        return bodies(doc, p);
    }

    /** The bodies a signature line consists of (one signer, or co-signers run together: 国家数据局工业和信息化部财政部), else none. */
    static List<AgencyMention> bodies(Analysis doc, Paragraph p) {
        int covered = 0;
        List<AgencyMention> out = new ArrayList<>();
        for (AgencyMention a : doc.agencyIndex().in(p.index())) {
            if (!a.agency().isAgency()) {
                return List.of();
            }
            covered += a.range().length();
            if (a.range().start() >= 2 && p.string().startsWith("中共", a.range().start() - 2)) {
                covered += 2; // 中共广州市天河区委统战部: the party's name before its committee's department
            }
            out.add(a);
        }
        return !out.isEmpty() && covered >= p.string().length() * 0.9 ? out : List.of();
    }

    private boolean startsWithDate(int paragraph) {
        for (DateMention d : doc.dateIndex().in(paragraph)) {
            if (d.range().start() == 0 && d.hasYear()) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithBody(int paragraph) {
        for (AgencyMention a : doc.agencyIndex().in(paragraph)) {
            if (a.range().start() == 0) {
                return true;
            }
        }
        return false;
    }

    /** The body whose name ends exactly where the order's word starts (广东省人民政府|令). */
    private AgencyMention bodyBefore(int paragraph, int end) {
        for (AgencyMention a : doc.agencyIndex().in(paragraph)) {
            if (a.range().start() == 0 && a.range().end() == end && a.agency().isAgency()) {
                return a;
            }
        }
        return null;
    }

    private TitleUse bracketUse(List<TitleUse> uses, int paragraph) {
        for (TitleUse u : uses) {
            if (u.t.paragraph() == paragraph && u.t.source() == TitleMention.Source.BRACKETS) {
                return u;
            }
        }
        return null;
    }

    private static TitleUse headingAbove(List<TitleUse> uses, int paragraph) {
        TitleUse found = null;
        for (TitleUse u : uses) {
            if (u.t.source() == TitleMention.Source.HEADING && u.t.paragraph() < paragraph
                    && (found == null || u.t.paragraph() > found.t.paragraph())) {
                found = u;
            }
        }
        return found;
    }

    private DateMention onlyDate(Paragraph p) {
        for (DateMention d : doc.dateIndex().in(p.index())) {
            if (d.range().length() >= p.string().length() * 0.9) {
                return d;
            }
        }
        return null;
    }

    private void addIssuer(TitleUse u, AgencyMention a) {
        if (u.issuers.stream().noneMatch(x -> x.value().name().equals(a.agency().name()))) {
            u.issuers.add(new Fact<>(a.agency(), new Evidence(doc.paragraph(a.paragraph()).span(a.range()), Supports.ISSUED_BY)));
        }
    }

    private static Fact<String> number(TitleGroup g) {
        return g.uses.stream().map(x -> x.number).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static Fact<LocalDate> issued(TitleGroup g) {
        return g.uses.stream().map(x -> x.issued).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static List<Fact<Agency>> issuers(TitleGroup g) {
        List<Fact<Agency>> out = new ArrayList<>();
        g.uses.forEach(x -> out.addAll(x.issuers));
        return out;
    }

    private static LocalDate date(DateMention d) {
        return LocalDate.of(d.year(), d.month(), d.day());
    }

    /** A Minguo date (中华民国一百十一年十二月二十三日): year 1 is 1912. */
    private static LocalDate roc(Matcher m) {
        int y = chinese(m.group(1));
        int mo = chinese(m.group(2));
        int d = chinese(m.group(3));
        try {
            return y > 0 ? LocalDate.of(y + ROC_OFFSET, mo, d) : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** 一百十一 → 111, 二十三 → 23, 一〇五 → 105. */
    static int chinese(String s) {
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        boolean positional = s.indexOf('十') < 0 && s.indexOf('百') < 0;
        for (char c : s.toCharArray()) {
            int v = c == '〇' ? 0 : digits.indexOf(c);
            if (v >= 0) {
                current = positional ? current * 10 + v : v;
                if (positional) {
                    total = current;
                }
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (current == 0 ? 1 : current) * unit;
                current = 0;
            }
        }
        return positional ? total : total + current;
    }
}
