package org.policykg.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.reference.DocumentTypes;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.segment.Segmenter;
import org.policykg.text.Han;

/** Finds titles of policies and reports, bracketed or not. */
public final class TitleRecognizer {
    /** 印发人工智能算力券实施方案的通知: a title written without 《》 right after the verb of issuing. */
    private static final Pattern ISSUANCE = Pattern.compile(
            "(?:印发|发布|出台|制定|颁布)了?(?:关于)?(?<t>[" + Han.RANGE + "A-Za-z0-9“”\"()\\-—]{4,40}?"
                    + "(?:方案|计划|措施|意见|条例|办法|规划|细则|指南|规定|决定|倡议|纲要))(?<tail>的通知)?"
                    + "(?=[,，。;；、]|$|的通知)");
    /** 两个, 三项: a count right before the type word (关于印发X和Y两个规定的通知). */
    private static final Pattern COUNTED = Pattern.compile("[两二三四五六七八九十几][个项份]$");
    /** 关于印发〈: the verb by which a notice prints the title nested in its own. */
    private static final Pattern PRINTING_VERB = Pattern.compile("(?:印发|转发|发布|公布|颁布)(?:关于)?$");
    /**
     * "X办公厅关于印发Y的通知", and the form some governments title their printing notices with, "X人民政府印发关于Y的通知"
     * (the 关于 then opens the printed title): a notice that only carries the policy Y.
     */
    private static final Pattern WRAPPER = Pattern.compile("(?:关于(?:印发|转发)|(?<=\\p{IsHan})(?:印发|转发)(?=关于))(?<t>.{4,80}?)的通知$");
    /**
     * 国务院办公厅转发交通运输部等单位关于加强X工作意见的通知 (GB/T 9704 转发 notice): a notice that forwards other bodies'
     * text, its title run together from theirs (its 的 often dropped), the forwarded title named in full in its body.
     */
    private static final Pattern FORWARDS = Pattern.compile("(?<=\\p{IsHan})(?<!关于)转发[^《》〈〉]{2,40}?关于[^《》〈〉]{4,80}的通知$");
    /** 图5, 表1, 附表2-1: the label a figure's or table's caption opens with, its words run on (the space dropped). */
    private static final Pattern CAPTION = Pattern.compile("^(?:附图|附表|图|表)\\s*\\d{1,3}(?:[-—.．]\\d{1,3})?(?![\\d年月日号个项条%％.．])");
    /** 分类：, 主题分类：, 政策类型：: a field of a catalogue whose value is a category, never a title (lexicon/field-labels.tsv, other). */
    private static final Pattern OTHER_FIELD = Pattern.compile("^[\\[【]?\\s*(?:"
            + org.policykg.lexicon.CueWords.standard().alternation("field-labels", "other") + ")\\s*[\\]】]?\\s*[:：]");

    /** 标题：, 法规名称：: a field label whose value is the document's title (lexicon/field-labels.tsv, role title). */
    private static final Pattern TITLE_FIELD = Pattern.compile("^[\\[【]?\\s*(?:"
            + org.policykg.lexicon.CueWords.standard().alternation("field-labels", "title") + ")\\s*[\\]】]?\\s*[:：]\\s*");
    /** 附件：, 附件2: the label of a 附件说明 line before the attachment's title. */
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("附件\\s*[0-9一二三四五六七八九十]{0,2}\\s*[:：]\\s*(?:\\d{1,2}\\s*[.．]\\s*)?");
    /** A file name's date before a title: 20241231. */
    private static final Pattern FILE_DATE = Pattern.compile("(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?=\\p{IsHan})");
    private static final Pattern DATED_RELEASE = Pattern.compile("^\\d{4}年(?:\\d{1,2}(?:[-—–~至]\\d{1,2})?月份?|上半年|前三季度|第[一二三四]季度)?");
    private static final Pattern GENERIC_START = Pattern.compile("^(一系列|一批|系列|相关|有关|多项|各类|配套|各项|多个|一些|具体|新的|这些|该|此|本)");

    public List<TitleMention> recognize(Paragraph p) {
        String text = p.string();
        List<TitleMention> out = new ArrayList<>();
        brackets(p, text, out);
        if (p.isHeading() || isContentsLine(p)) {
            whole(p, text, out);
        }
        if (!p.isHeading()) {
            issuance(p, text, out);
            citations(p, text, out);
            national(p, text, out);
            localLaws(p, text, out);
        }
        return out;
    }

    /**
     * The relative name of a text's own region's regulation: 自治区宗教事务条例, 省数据条例 (a local text
     * names its region's legislation so, as a national one names its laws without 中华人民共和国); not
     * 市场…条例, 市政…条例, 市容…, 省级…, whose 市 or 省 is no region.
     */
    public static final Pattern RELATIVE_LAW = Pattern.compile("^(?:自治区|省(?!级)|市(?![场政容民级]))[" + Han.RANGE + "]{2,20}条例$");
    /** 修订自治区促进民族团结进步工作条例, 落实省数据条例: a verb of making or applying before a relative regulation's name. */
    private static final Pattern LOCAL_LAW = Pattern.compile("(?:修订|修改|制定|出台|颁布|施行|实施|落实|贯彻|执行)了?"
            + "(?<t>(?:自治区|省(?!级)|市(?![场政容民级]))[" + Han.RANGE + "]{2,20}?条例)(?=[,，。;；、和及与的]|$)");

    private void localLaws(Paragraph p, String text, List<TitleMention> out) {
        if (!text.contains("条例")) {
            return;
        }
        Matcher m = LOCAL_LAW.matcher(text);
        while (m.find()) {
            int s = m.start("t");
            int e = m.end("t");
            if (insideBrackets(text, s) || out.stream().anyMatch(o -> o.range().start() < e && s < o.range().end())) {
                continue; // (出台/制定 X条例 is an issuance mention already)
            }
            out.add(new TitleMention(p.index(), new Range(s, e), m.group("t"), TitleMention.Kind.POLICY, TitleMention.Source.ISSUANCE));
        }
    }

    private static final String COUNTRY = "中华人民共和国";
    /**
     * What may stand right before a bare national name: a verb's last char (执行, 贯彻, 落实, 依照, 违反, 修订,
     * 施行), a particle (的, 和, 与, 及, 了), 简称 — not a char that makes it part of a longer Han word.
     */
    private static final String NAME_AFTER = "行施彻实守照据循反用订改定台布过习传的和及与了对按依从为称是即";
    /**
     * What makes the name part of another title or word after it: 实施条例/实施办法/办法 (a text of its own:
     * 自治区实施民营经济促进法办法), 草案, 修正案, 释义, 司法解释, or a noun char (公司法人, 证券法律, 法院, 监察法规: the regulations of supervision, but 依预算法规定,
     * 法制).
     */
    private static final Pattern NOT_THE_NAME_AFTER = Pattern.compile("^(?:实施条例|实施细则|实施办法|办法|条例|细则|草案|修正案|释义|司法解释|[人务律院庭官学典制]|规(?!定))");

    /**
     * 落实增值税法, 严格执行网络安全法, 深入贯彻中央八项规定精神: a policy of the whole country named bare, as work
     * reports and news cite laws and the central rules (reference/national-policies.tsv); 中华人民共和国 before it
     * is part of the name. A name after a region (自治区宗教事务条例) is that region's own regulation.
     */
    private void national(Paragraph p, String text, List<TitleMention> out) {
        for (var h : org.policykg.reference.NationalPolicies.get().in(text)) {
            int s = h.start();
            if (s >= COUNTRY.length() && text.startsWith(COUNTRY, s - COUNTRY.length())) {
                s -= COUNTRY.length();
            } else if (s > 0 && Han.is(text.charAt(s - 1)) && NAME_AFTER.indexOf(text.charAt(s - 1)) < 0) {
                continue;
            }
            int start = s;
            if (NOT_THE_NAME_AFTER.matcher(text).region(h.end(), text.length()).lookingAt() || insideBrackets(text, start)
                    || out.stream().anyMatch(o -> o.range().start() < h.end() && start < o.range().end())) {
                continue;
            }
            String t = text.substring(start, h.end());
            out.add(new TitleMention(p.index(), new Range(start, h.end()), t, TitleMention.Kind.POLICY, TitleMention.Source.BRACKETS));
        }
    }

    /**
     * 依产业创新条例第十八条, 违反…管理办法之相关规定, 应依X法及相关规定: a law cited by name without 《》, as Taiwan and
     * Hong Kong texts (and some regulations) write them — a citing verb before the name and an
     * article or 之规定 after it (lexicon/law-citations.tsv).
     */
    private static final String CITED_AFTER = "(?=第[一二三四五六七八九十百零〇0-9]+条|之(?:相关)?规定|之限制|规定|及其他|及相关规定|\\(以下简称|取得)";
    private static final Pattern CITATION = Pattern.compile(
            "(?:" + org.policykg.lexicon.CueWords.standard().alternation("law-citations", "verb") + ")"
                    + "(?<t>[" + Han.RANGE + "]{4,30}?(?:法|条例|办法|细则))" + CITED_AFTER);
    /** The last char of a CITATION's type word with what must follow it: a paragraph without one cites nothing, and is not scanned for verbs. */
    private static final Pattern CITED_END = Pattern.compile("[法例则]" + CITED_AFTER);
    private static final Pattern NOT_A_NAME = Pattern.compile("有关|相关|其他|各项|上述|前款|下列|国家|本|该|此|^[法托靠次然规旧照据]");

    private void citations(Paragraph p, String text, List<TitleMention> out) {
        if (!CITED_END.matcher(text).find()) {
            return;
        }
        Matcher m = CITATION.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String t = m.group("t");
            from = m.start() + 1; // 违反…相关法律或X法之规定: a name that is none may hold a later one
            if (NOT_A_NAME.matcher(t).find() || insideBrackets(text, m.start("t")) || classify(t) != TitleMention.Kind.POLICY) {
                continue;
            }
            from = m.end();
            int s = m.start("t");
            boolean known = out.stream().anyMatch(o -> o.range().start() <= s && s < o.range().end());
            if (!known) {
                out.add(new TitleMention(p.index(), new Range(s, m.end("t")), t, TitleMention.Kind.POLICY,
                        TitleMention.Source.BRACKETS));
            }
        }
    }

    private void brackets(Paragraph p, String text, List<TitleMention> out) {
        int i = text.indexOf('《');
        while (i >= 0) {
            int depth = 0;
            int close = -1;
            for (int k = i; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '《') {
                    depth++;
                } else if (c == '》' && --depth == 0) {
                    close = k;
                    break;
                }
            }
            if (close < 0) {
                return;
            }
            String raw = text.substring(i + 1, close);
            String title = raw.strip();
            int inner = raw.indexOf('《');
            if (inner >= 0 || raw.indexOf('〈') >= 0) {
                // 《关于印发〈X〉的通知》: the notice wraps the policy; take the inner title.
                char open = inner >= 0 ? '《' : '〈';
                char shut = inner >= 0 ? '》' : '〉';
                int a = raw.indexOf(open);
                int b = raw.lastIndexOf(shut);
                if (b > a) {
                    out.add(mention(p, i + 2 + a, i + 1 + b, TitleMention.Source.BRACKETS));
                }
                // 《安徽省关于加快对接〈区域全面经济伙伴关系协定〉…实施意见》: a title cited inside a policy's own title
                // (GB/T 15834 nests title marks) leaves the outer title whole, unless the outer is the notice that prints it.
                if (b > a && !PRINTING_VERB.matcher(raw.substring(0, a)).find() && classify(raw.replaceAll("[《》〈〉\\s]", "")) == TitleMention.Kind.POLICY) {
                    TitleMention outer = mention(p, i + 1, close, TitleMention.Source.BRACKETS);
                    String bare = outer.title().replaceAll("[《》〈〉]", ""); // the title as written without its marks, as 《》 are dropped
                    out.add(new TitleMention(outer.paragraph(), outer.range(), bare, classify(bare), TitleMention.Source.BRACKETS));
                }
            } else if (!title.isEmpty()) {
                Matcher w = WRAPPER.matcher(raw);
                if (w.find() && w.start() > 0 && classify(w.group("t")) == TitleMention.Kind.POLICY) {
                    // 《X人民政府办公厅关于印发Y的通知》: the notice only carries Y, which is the title cited.
                    out.add(mention(p, i + 1 + w.start("t"), i + 1 + w.end("t"), TitleMention.Source.BRACKETS));
                } else {
                    out.add(mention(p, i + 1, close, TitleMention.Source.BRACKETS));
                }
            }
            i = text.indexOf('《', close + 1);
        }
    }

    /** A heading or a contents line that is itself a title. */
    private void whole(Paragraph p, String text, List<TitleMention> out) {
        if (text.indexOf('《') >= 0) {
            citingLine(p, text, out);
            return;
        }
        Ordinals.Ordinal o = Ordinals.at(text);
        if (o != null) {
            // A numbered heading is a section, unless it is a dated statistical release: "五、2024年1—9月份软件业经济运行情况".
            String rest = text.substring(o.end()).strip();
            int at = text.length() - rest.length();
            int dots = rest.indexOf("……");
            String t = dots > 0 ? rest.substring(0, dots).strip() : rest;
            if (DATED_RELEASE.matcher(t).lookingAt() && classify(t) == TitleMention.Kind.REPORT && !DocumentTypes.isBareReportWord(t)) {
                out.add(new TitleMention(p.index(), new Range(at, at + t.length()), t, TitleMention.Kind.REPORT,
                        p.isHeading() ? TitleMention.Source.HEADING : TitleMention.Source.CONTENTS));
            }
            return;
        }
        String t = Segmenter.withoutPageNumber(text);
        int start = text.length() - t.length();
        Matcher field = TITLE_FIELD.matcher(t);
        boolean labelled = field.lookingAt();
        if (!labelled && OTHER_FIELD.matcher(t).lookingAt()) {
            return; // 分 类：产业政策, 政策类型：规划: a catalogue's field and its value, not a title
        }
        if (!labelled && CAPTION.matcher(t).lookingAt()) {
            return; // 图5 再制造修复技术方案, 表1 重点任务分工: a figure's or table's caption names what it shows, not a document
        }
        if (labelled) {
            // 法规名称：X, 标题：X (a law database's or a catalogue's title field): the title is X, however short (电子签章法).
            t = t.substring(field.end());
            start += field.end();
        }
        Matcher label = ATTACHMENT_NOTE.matcher(t);
        if (label.lookingAt()) {
            // 附件：X (GB/T 9704 附件说明): the label names the attachment, the title is X.
            t = t.substring(label.end());
            start += label.end();
        }
        Matcher dated = FILE_DATE.matcher(t);
        if (dated.lookingAt()) {
            // 20241231国家…指引: a file name's date glued to the title is not part of it.
            t = t.substring(dated.end());
            start += dated.end();
        }
        Matcher page = Segmenter.PAGE_HEAD.matcher(t);
        if (page.lookingAt()) {
            t = t.substring(page.end());
            start += page.end();
        }
        int nav = navigationPrefix(p, start, t);
        t = t.substring(nav);
        start += nav;
        if (t.length() < (labelled ? 4 : 6) || t.length() > 90) {
            return;
        }
        if (FORWARDS.matcher(t).find()) {
            return; // X转发Y等部门关于Z的意见的通知: the notice forwards a text its body names (《关于Z的意见》); it is none
        }
        Matcher w = WRAPPER.matcher(t);
        TitleMention.Kind carried = w.find() ? classify(w.group("t")) : null;
        if (carried == TitleMention.Kind.POLICY) {
            // The policy is the carried title; the issuer before 关于 is read as an issuing clause.
            out.add(new TitleMention(p.index(), new Range(start + w.start("t"), start + w.end("t")), w.group("t"),
                    TitleMention.Kind.POLICY, p.isHeading() ? TitleMention.Source.HEADING : TitleMention.Source.CONTENTS));
            return;
        }
        if (carried == TitleMention.Kind.GENERIC) {
            return; // 关于印发X和Y两个规定的通知: the notice prints texts its body names by their titles; it is none of them
        }
        TitleMention.Kind kind = classify(t);
        if (tellsDelivery(t)) {
            return; // a headline telling the delivery (市委书记X主持开幕式 市长Y作政府工作报告) is news, not the report's title
        }
        if (kind == TitleMention.Kind.POLICY || kind == TitleMention.Kind.REPORT) {
            out.add(new TitleMention(p.index(), new Range(start, start + t.length()), t, kind,
                    p.isHeading() ? TitleMention.Source.HEADING : TitleMention.Source.CONTENTS));
        }
    }

    /** The policy-type concept of a notice (pc:policy-type-notice). */
    private static final String NOTICE = "notice";
    /** Clause or sentence punctuation: a line with it is prose, not a title line. */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[。，,;；:：!！?？]");

    /**
     * 关于贯彻落实《X》的实施意见, 《政府工作报告》重点工作责任分解, 2021年省《政府工作报告》重点任务分工方案: a title line that
     * cites the policy it carries out in 《》 (GB/T 15834: the marks stay inside the title) is the title of the text under it,
     * its type word outside the marks. The title is written without its marks, as 《》 are dropped from titles. A line whose
     * marks hold the whole title (《X》, 《X》(试行)) or that prints the cited text (关于印发《X》的通知) is read by brackets.
     */
    private static void citingLine(Paragraph p, String text, List<TitleMention> out) {
        String t = text.strip();
        int start = text.indexOf(t);
        int close = t.lastIndexOf('》');
        if (close < 0 || t.length() > 90 || CLAUSE_MARK.matcher(t).find() || Ordinals.at(t) != null) {
            return; // (a numbered heading, 三、贯彻《X》实施方案, is a section, as for lines without marks)
        }
        Matcher w = WRAPPER.matcher(t);
        if (w.find()) {
            // 关于印发《政府工作报告》重点工作任务分工的通知: the notice carries a title whose marks hold only the text it cites.
            String carried = w.group("t");
            String bareCarried = carried.replaceAll("[《》〈〉]", "");
            boolean wholeInMarks = carried.startsWith("《") && carried.endsWith("》") && carried.indexOf('《', 1) < 0;
            if (!wholeInMarks && !carried.endsWith("》") && classify(bareCarried) == TitleMention.Kind.POLICY) {
                out.add(new TitleMention(p.index(), new Range(start + w.start("t"), start + w.end("t")), bareCarried,
                        TitleMention.Kind.POLICY, p.isHeading() ? TitleMention.Source.HEADING : TitleMention.Source.CONTENTS));
            }
            return;
        }
        String after = t.substring(close + 1).strip();
        String bare = t.replaceAll("[《》〈〉]", "");
        var type = DocumentTypes.policyType(DocumentTypes.withoutPeriod(after));
        // 关于《X(征求意见稿)》公开征求意见的通知, 关于做好《X》实施工作的通知: a notice about the cited text is left as before.
        if (type.isEmpty() || type.get().concept().equals(NOTICE) || bare.length() < 6
                || WRAPPER.matcher(bare).find() || PRINTING_VERB.matcher(t.substring(0, t.indexOf('《'))).find()
                || classify(bare) != TitleMention.Kind.POLICY || tellsDelivery(bare)) {
            return;
        }
        out.add(new TitleMention(p.index(), new Range(start, start + t.length()), bare, TitleMention.Kind.POLICY,
                p.isHeading() ? TitleMention.Source.HEADING : TitleMention.Source.CONTENTS));
    }

    /** The words a site's navigation is made of (lexicon/page-chrome.tsv). */
    private static final List<String> NAVIGATION = org.policykg.lexicon.CueWords.standard().words("page-chrome", "nav");

    /**
     * 单位职责 贵州省…条例: a navigation word the page set before the title, apart from it. Its length,
     * or 0 when the line does not open with one followed by a gap in the source.
     */
    private static int navigationPrefix(Paragraph p, int start, String t) {
        for (String w : NAVIGATION) {
            int end = start + w.length();
            if (t.length() > w.length() + 5 && t.startsWith(w)
                    && p.text().sourceStart(end) > p.text().sourceEnd(end - 1)) {
                return w.length();
            }
        }
        return 0;
    }

    private static boolean isContentsLine(Paragraph p) {
        String s = p.string();
        return s.length() <= 90 && !s.equals(Segmenter.withoutPageNumber(s)) && s.indexOf('。') < 0;
    }

    private static final org.policykg.reference.PhraseMatcher<String> ISSUING_VERBS =
            org.policykg.reference.PhraseMatcher.keywords("印发", "发布", "出台", "制定", "颁布");

    private void issuance(Paragraph p, String text, List<TitleMention> out) {
        if (!ISSUING_VERBS.containsAny(text)) {
            return;
        }
        Matcher m = ISSUANCE.matcher(text);
        while (m.find()) {
            String t = m.group("t");
            if (GENERIC_START.matcher(t).find() || t.indexOf('《') >= 0 || insideBrackets(text, m.start("t"))
                    || DocumentTypes.isGenericReference(t)) {
                continue;
            }
            out.add(new TitleMention(p.index(), new Range(m.start("t"), m.end("t")), t, TitleMention.Kind.POLICY,
                    TitleMention.Source.ISSUANCE));
        }
    }

    /** The one report a people's government delivers to its congress each year, named without 《》. */
    public static final String WORK_REPORT = "政府工作报告";
    /**
     * 省长李炳军作政府工作报告: the report delivered by the office holder (lexicon/speaker-offices.tsv) named,
     * the formula of congress news; the report's own 向大会作政府工作报告 names no speaker.
     */
    private static final String OFFICE = "(?:" + org.policykg.lexicon.CueWords.standard().alternation("speaker-offices", "office") + ")";
    /**
     * The speaker before 作: office then name (省长李炳军作), or name then office as a caption puts it (应勇市长作), maybe
     * with whom the speaker speaks for and where (李强总理代表国务院在十四届全国人大四次会议上所作的《政府工作报告》).
     */
    private static final Pattern DELIVERED = Pattern.compile("(?:" + OFFICE + "[" + Han.RANGE + "]{2,4}|[" + Han.RANGE + "]{2,4}" + OFFICE + ")"
            + "(?:代表[" + Han.RANGE + "]{2,8}(?:在[^，。；,;]{2,24}?上)?所?)?作了?的?《?$");
    /** How far before 政府工作报告 the delivery formula may start. */
    private static final int DELIVERED_REACH = 48;
    /**
     * 会上作政府工作报告, 会议听取和审议了政府工作报告: the report a congress session hears, told without its speaker
     * (lexicon/speaker-offices.tsv, session and hears). News of the session names the one report it hears.
     */
    private static final Pattern HEARD = Pattern.compile("(?:(?:" + org.policykg.lexicon.CueWords.standard().alternation("speaker-offices", "session")
            + ")[，,]?[^，。；,;:：]{0,12}?作了?的?|(?:" + org.policykg.lexicon.CueWords.standard().alternation("speaker-offices", "hears")
            + ")(?:和审议|并审议)?了?)《?$");
    /**
     * 市长刘远代表市政府, 国务院总理温家宝代表国务院: an office holder named as the one who speaks, right before what
     * they deliver (向大会作政府工作报告 told by news, not the report's own 我代表市人民政府向大会报告工作).
     */
    private static final Pattern SPEAKER = Pattern.compile("(?:" + OFFICE + "[" + Han.RANGE + "]{2,4}|[" + Han.RANGE + "]{2,4}" + OFFICE + ")"
            + "(?:代表[" + Han.RANGE + "]{2,8})?(?:在[^，。；,;]{2,24}?上)?$");

    /**
     * Whether an office holder is named as the speaker right before {@code at} (市长X代表市政府 before 向大会作政府工作报告):
     * a report's opening formula told in the third person is news of its delivery, not the report's own text.
     */
    public static boolean spokenBy(String text, int at) {
        return SPEAKER.matcher(text.substring(Math.max(0, at - DELIVERED_REACH), at)).find();
    }
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?:19|20)\\d{2}年$");

    /** The policy address the Chief Executive of Hong Kong or Macao delivers each year, that government's 政府工作报告. */
    public static final String POLICY_ADDRESS = "施政报告";
    /** 行政长官李家超发表任内第四份施政报告, 行政长官X今日向立法会宣读: the office holder delivering it. */
    private static final Pattern ADDRESS_DELIVERED = Pattern.compile("(?:" + OFFICE + "[" + Han.RANGE + "]{2,4}|[" + Han.RANGE + "]{2,4}" + OFFICE + ")"
            + "[^，。；,;]{0,16}?(?:发表|宣读|作)了?(?:任内)?(?:第[一二三四五六七八九十]份)?$");

    /**
     * A 施政报告 named without 《》 where its delivery is told (行政长官李家超发表任内第四份施政报告): the year's policy
     * address, named as the news names it. A bare mention elsewhere (历年施政报告) names no one address.
     */
    public List<TitleMention> policyAddresses(Paragraph p) {
        String text = p.string();
        List<TitleMention> out = new ArrayList<>();
        for (int at = text.indexOf(POLICY_ADDRESS); at >= 0 && !p.isHeading(); at = text.indexOf(POLICY_ADDRESS, at + 1)) {
            if (!insideBrackets(text, at) && ADDRESS_DELIVERED.matcher(text.substring(Math.max(0, at - DELIVERED_REACH), at)).find()) {
                out.add(new TitleMention(p.index(), new Range(at, at + POLICY_ADDRESS.length()), POLICY_ADDRESS, TitleMention.Kind.POLICY,
                        TitleMention.Source.BRACKETS));
            }
        }
        return out;
    }

    /**
     * A 政府工作报告 named in running text without 《》: after the region it reports for, perhaps with
     * its year (深圳市2019年政府工作报告, 2025年贵州省政府工作报告), or bare where someone delivers it
     * (省长X作政府工作报告, not the report's own 向大会作政府工作报告). It is the title the news gives the report; a bare mention elsewhere
     * (各地政府工作报告) names no one report.
     *
     * @param regions the regions named in the paragraph
     */
    public List<TitleMention> workReports(Paragraph p, List<RegionMention> regions) {
        String text = p.string();
        List<TitleMention> out = new ArrayList<>();
        if (p.isHeading()) {
            return out;
        }
        for (int at = text.indexOf(WORK_REPORT); at >= 0; at = text.indexOf(WORK_REPORT, at + 1)) {
            // 《政府工作报告》 is the national report's very title (the State Council's report bears no region): it
            // names one report only where its delivery is told (总理代表国务院…所作的《政府工作报告》).
            boolean bare = at > 0 && text.charAt(at - 1) == '《' && text.startsWith("》", at + WORK_REPORT.length());
            if (insideBrackets(text, at) && !(bare && DELIVERED.matcher(text.substring(Math.max(0, at - DELIVERED_REACH), at)).find())) {
                continue;
            }
            int start = at;
            Matcher year = YEAR_BEFORE.matcher(text.substring(0, start));
            start = year.find() ? year.start() : start;
            int regionStart = -1;
            for (RegionMention r : regions) {
                int end = r.range().end();
                // 贵州省政府工作报告: the region's 省 may be the first char of 省政府 as the recogniser reads it.
                if (end == start || end == start + 1 && text.startsWith("省", start) || end == start + 1 && text.startsWith("市", start)) {
                    regionStart = r.range().start();
                }
            }
            if (regionStart >= 0) {
                start = regionStart;
                Matcher y = YEAR_BEFORE.matcher(text.substring(0, start));
                start = y.find() ? y.start() : start;
            } else if (start != at || !delivered(text.substring(Math.max(0, at - DELIVERED_REACH), at)) && !afterSession(text, at)
                    && !speaksAsSubject(text, at)) {
                continue;
            }
            int end = at + WORK_REPORT.length();
            out.add(new TitleMention(p.index(), new Range(start, end), text.substring(start, end), TitleMention.Kind.POLICY,
                    TitleMention.Source.BRACKETS));
        }
        return out;
    }

    /** Whether what stands before a bare 政府工作报告 tells its delivery: by a speaker, or at a session that hears it. */
    private static boolean delivered(String before) {
        return DELIVERED.matcher(before).find() || HEARD.matcher(before).find();
    }

    /**
     * Whether a line ending in 政府工作报告 tells its delivery, as a news headline does (市委书记X主持开幕式
     * 市长Y作政府工作报告): such a line is no title of the report.
     */
    public static boolean tellsDelivery(String line) {
        if (!line.endsWith(WORK_REPORT)) {
            return false;
        }
        String before = line.substring(0, line.length() - WORK_REPORT.length());
        return delivered(before.substring(Math.max(0, before.length() - DELIVERED_REACH)));
    }

    /**
     * 2019杭州市两会召开。政府工作报告中…, X市第十八届人民代表大会第四次会议开幕…: the paragraph names a congress
     * session before the report, so a bare 政府工作报告 after it, opening a clause, is that session's report.
     */
    private static final Pattern SESSION = Pattern.compile("两会|人民代表大会第[一二三四五六七八九十]{1,3}次会议|人大[一二三四五六七八九十]{1,3}次会议");

    private static boolean afterSession(String text, int at) {
        return opensClause(text, at) && at > 0 && SESSION.matcher(text.substring(0, at)).find();
    }

    /** Whether {@code at} opens the paragraph or a clause of it. */
    private static boolean opensClause(String text, int at) {
        return at == 0 || "。，,；;：:".indexOf(text.charAt(at - 1)) >= 0;
    }

    /** 政府工作报告明确提出今年…: the report speaking as the subject of its clause (what it sets out follows). */
    private static final Pattern SPEAKS = Pattern.compile("^(?:中)?(?:明确|进一步)?(?:提出|指出|明确|强调|要求)");

    /** Whether the bare 政府工作报告 at {@code at} opens a clause as the subject that states what follows: one report, the year's. */
    private static boolean speaksAsSubject(String text, int at) {
        return opensClause(text, at) && SPEAKS.matcher(text).region(at + WORK_REPORT.length(), text.length()).lookingAt();
    }

    private static boolean insideBrackets(String text, int at) {
        int open = text.lastIndexOf('《', at);
        int close = text.lastIndexOf('》', at);
        return open > close;
    }

    private static TitleMention mention(Paragraph p, int start, int end, TitleMention.Source source) {
        String raw = p.string().substring(start, end);
        // Keep the range on the title text proper, without the spaces a PDF left inside the brackets.
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(p.string().charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(p.string().charAt(e - 1))) {
            e--;
        }
        String title = raw.strip();
        return new TitleMention(p.index(), new Range(s, e), title, classify(title), source);
    }

    public static TitleMention.Kind classify(String title) {
        if (DocumentTypes.isGenericReference(title)) {
            return TitleMention.Kind.GENERIC;
        }
        var counted = DocumentTypes.policyType(title);
        String core = DocumentTypes.withoutPeriod(title);
        if (counted.isPresent() && core.endsWith(counted.get().word())
                && COUNTED.matcher(core.substring(0, core.length() - counted.get().word().length())).find()) {
            return TitleMention.Kind.GENERIC; // X和Y两个规定: a count of texts names several, each by its own title
        }
        int report = DocumentTypes.reportSuffix(title);
        var type = DocumentTypes.policyType(title);
        if (report > 0 && !(type.isPresent() && type.get().word().length() > report)) {
            // The longer word decides: 政府工作报告 is a policy type, 研究报告 a report.
            return TitleMention.Kind.REPORT;
        }
        if (title.length() >= 5 && DocumentTypes.policyType(title).isPresent()) {
            return TitleMention.Kind.POLICY;
        }
        return TitleMention.Kind.OTHER;
    }
}
