package org.policykg.concern.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.lexicon.CueWords;
import org.policykg.quantity.Comparator;
import org.policykg.quantity.Quantity;
import org.policykg.quantity.QuantityParser;
import org.policykg.quantity.Unit;
import org.policykg.recognize.AgencyMention;
import org.policykg.reference.Agency;
import org.policykg.segment.Item;
import org.policykg.segment.Layout;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.segment.Segmenter;
import org.policykg.text.Han;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Supports;
import org.policykg.segment.Sentences;
import org.policykg.concern.policy.PolicyFacts;
import org.policykg.analysis.Fact;

/**
 * The measures of each policy. Where the document reprints the policy's
 * numbered text, every leaf item of its task, project and safeguard sections
 * is a measure (an item that only groups deeper-numbered items is a subsection;
 * introductory sections such as 指导思想 or 主要目标 hold none). Where it only
 * reports the policy, each sentence that offers money or a voucher is one.
 */
final class MeasureResolver {
    /** Sections that introduce a policy rather than set out what it does. */
    private static final Pattern INTRODUCTORY = Pattern.compile(
            "^(?:总体要求|指导思想|基本原则|主要原则|工作原则|总体思路|主要目标|工作目标|发展目标|总体目标|目标任务|重要意义|适用范围|编制依据|发展基础)");
    private static final Pattern OFFERING = Pattern.compile("推出|设立|发放|实施|推行|出台|发布");
    /** "文件要点：分阶段目标明确": a short label and a colon heading a story's section. */
    private static final Pattern LABEL_COLON = Pattern.compile("^[" + Han.RANGE + "]{2,6}[:：][^。;；]+$");
    /** "各地纷纷发放数据券", "北京、上海等地已相继推出": practice elsewhere. */
    private static final Pattern ELSEWHERE = Pattern.compile("各地|纷纷|相继|等地已");
    /** "中国电信湖南分公司相关负责人表示，…", "数语科技执行长吴柏霖表示，…": a firm speaking. */
    private static final Pattern FIRM_SPEAKS = Pattern.compile(
            "^[^,，。]{0,30}(?:公司|集团|科技|企业|执行长|总经理|董事长|创始人|CEO)[^,，。]{0,12}(?:表示|介绍|称|说|透露|告诉)");
    /** A verb that announces a policy rather than states what it offers. */
    private static final Pattern ANNOUNCING = Pattern.compile("印发|出台|颁布|公布|发布|制定");
    /** A clause that only leads into an offer: its source, a topic, a discourse marker. */
    private static final Pattern LEAD_CLAUSE = Pattern.compile(
            "(?:根据|按照|依据|对照)(?:《[^》]+》|「[^」]+」|“[^”]+”)|(?:具体来看|具体而言|具体来说|总体来看|据介绍|据了解|值得注意的是|与此同时)"
            + "|在[^,，]{1,12}方面|(?:文件|《[^》]+》|「[^」]+」|“[^”]+”)(?:还|同时|并)?(?:提出|明确|规定|指出)");
    private static final Pattern LEAD_IN = Pattern.compile("^(?:例如|比如|此外|另外|同时|其中|并且|而且|还|对此)[,，]?");
    /** A percentage after these is a change, not a share of a base ("比例提高至60%" is a share). */
    private static final Pattern GROWTH = Pattern.compile("增长|下降|降低|减少");

    /** Words naming instruments, beneficiaries and cap periods: the concepts' hidden labels in ontology/concepts.ttl. */
    /** A word of money on offer: an instrument's word or one of lexicon/support-words.tsv. */
    private final Pattern supportWord;
    private final List<CueWords.Label> instrumentWords;
    private final List<CueWords.Label> beneficiaryWords;
    private final List<CueWords.Label> capPeriodWords;

    MeasureResolver(CueWords cues) {
        this.instrumentWords = cues.labels("instrument", "instrument-");
        // 企业 is in nearly every sentence: whether firms receive the money is the rule of beneficiaries().
        this.beneficiaryWords = cues.labels("beneficiary", "beneficiary-").stream()
                .filter(l -> !l.concept().equals("enterprise")).toList();
        this.capPeriodWords = cues.labels("cap-period", "cap-");
        List<String> money = new ArrayList<>();
        instrumentWords.forEach(l -> money.add(l.word()));
        money.addAll(cues.words("support-words", "offer"));
        money.addAll(cues.words("support-words", "measure"));
        this.supportWord = Pattern.compile(String.join("|", money.stream().distinct().map(Pattern::quote).toList()));
    }

    private final QuantityParser parser = new QuantityParser();

    List<MeasureFacts> resolve(Layout layout, List<PolicyFacts> policies, List<AgencyMention> agencies, String documentSlug) {
        List<MeasureFacts> out = new ArrayList<>();
        Set<String> reported = new java.util.HashSet<>();
        for (PolicyFacts p : policies) {
            List<Integer> text = policyText(layout, p);
            List<MeasureFacts> numbered = numbered(layout, p, text, agencies);
            if (!numbered.isEmpty()) {
                out.addAll(numbered);
            } else {
                reported.add(p.key());
            }
        }
        out.addAll(offers(layout, policies, reported, documentSlug));
        return out;
    }

    /** Paragraphs of the items about the policy, after their title and outside an editor's note. */
    private static List<Integer> policyText(Layout layout, PolicyFacts p) {
        List<Integer> out = new ArrayList<>();
        for (int index : p.items()) {
            Item it = layout.items().get(index);
            int from = it.heading() >= 0 ? it.heading() + 1 : it.first();
            if (it.note() >= 0 && it.heading() < 0) {
                continue; // an editor's note with no policy text after it
            }
            for (int i = from; i <= it.last(); i++) {
                if (!Segmenter.isSourceLine(layout.paragraphs().get(i).string())) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------- numbered text

    private record Numbered(int paragraph, Ordinals.Ordinal ordinal) {
        int depth() {
            return ordinal.tier().ordinal();
        }
    }

    /** A line of a table of contents: dot leaders, maybe a page number. */
    private static final Pattern CONTENTS_LINE = Pattern.compile("(?:…{2,}|\\.{4,}|·{4,}|-{4,})\\s*\\d*\\s*\\S{0,8}$");
    /** A headline reporting a policy: "天津市印发《…》", "成都市出台…若干政策措施". */
    private static final Pattern REPORTED_ISSUE = Pattern.compile("^[" + Han.RANGE + "]{1,14}?(?:市|省|区|县|部|委|局|厅|政府|国务院)"
            + "(?:近日|日前|正式|联合)?(?:印发|出台|发布|公布|推出)");

    /**
     * Numbered lines that are not items of a policy: a contents line, a news headline
     * about a policy being issued, or a news section headed by a region ("武汉：…").
     */
    private static boolean notAMeasure(String heading) {
        return CONTENTS_LINE.matcher(heading).find() || REPORTED_ISSUE.matcher(heading).find() || regionSection(heading);
    }

    /** "武汉：每年5000万元算力券…": a news section headed by the region it is about. */
    private static boolean regionSection(String heading) {
        int colon = Math.max(heading.indexOf(':'), heading.indexOf('：'));
        return colon >= 2 && colon <= 8 && org.policykg.reference.Gazetteer.get().byName(heading.substring(0, colon)) != null;
    }

    private List<MeasureFacts> numbered(Layout layout, PolicyFacts p, List<Integer> text, List<AgencyMention> agencies) {
        List<Numbered> ns = new ArrayList<>();
        Set<Ordinals.Tier> storySections = new java.util.HashSet<>();
        for (int i : text) {
            String t = layout.paragraphs().get(i).string();
            Ordinals.Ordinal o = Ordinals.at(t);
            if (o != null && o.tier() != Ordinals.Tier.DASH) {
                if (regionSection(t.substring(o.end()).strip())) {
                    storySections.add(o.tier());
                } else if (!notAMeasure(t.substring(o.end()).strip())) {
                    ns.add(new Numbered(i, o));
                }
            }
        }
        // A story's sections are parallel: when one is headed by a region ("二、合肥：…"), or every one by a
        // label and a colon ("一、文件要点：…", "二、白皮书：…"), they are the story's, not the policy's items.
        Map<Ordinals.Tier, int[]> labelled = new java.util.EnumMap<>(Ordinals.Tier.class);
        for (Numbered n : ns) {
            Paragraph h = layout.paragraphs().get(n.paragraph());
            if (h.isHeading()) {
                int[] c = labelled.computeIfAbsent(n.ordinal().tier(), t -> new int[2]);
                c[0]++;
                c[1] += LABEL_COLON.matcher(h.string().substring(n.ordinal().end()).strip()).find() ? 1 : 0;
            }
        }
        labelled.forEach((tier, c) -> {
            if (c[0] >= 2 && c[0] == c[1]) {
                storySections.add(tier);
            }
        });
        ns.removeIf(n -> storySections.contains(n.ordinal().tier()) && layout.paragraphs().get(n.paragraph()).isHeading());
        List<MeasureFacts> out = new ArrayList<>();
        String[] ancestors = new String[Ordinals.Tier.values().length];
        boolean[] excluded = new boolean[Ordinals.Tier.values().length];
        for (int k = 0; k < ns.size(); k++) {
            Numbered n = ns.get(k);
            Paragraph para = layout.paragraphs().get(n.paragraph());
            String heading = heading(para, n.ordinal());
            boolean leaf = k + 1 == ns.size() || ns.get(k + 1).depth() <= n.depth();
            boolean underExcluded = false;
            for (int d = 0; d < n.depth(); d++) {
                underExcluded |= excluded[d] && ancestors[d] != null;
            }
            if (!leaf) {
                ancestors[n.depth()] = heading;
                excluded[n.depth()] = INTRODUCTORY.matcher(heading).find();
                for (int d = n.depth() + 1; d < ancestors.length; d++) {
                    ancestors[d] = null;
                    excluded[d] = false;
                }
                continue;
            }
            if (underExcluded || INTRODUCTORY.matcher(heading).find()) {
                continue;
            }
            int last = bodyEnd(layout, text, ns, k);
            String section = null;
            String subsection = null;
            for (int d = 0; d < n.depth(); d++) {
                if (ancestors[d] != null) {
                    if (section == null) {
                        section = ancestors[d];
                    } else {
                        subsection = ancestors[d];
                    }
                }
            }
            Paragraph lastPara = layout.paragraphs().get(last);
            Evidence ev = new Evidence(para.span(0, para.text().length()).union(lastPara.span(0, lastPara.text().length())), null);
            List<MeasureFacts.Support> supports = new ArrayList<>();
            Responsibility r = new Responsibility();
            for (int i = n.paragraph(); i <= last; i++) {
                Paragraph q = layout.paragraphs().get(i);
                for (Range s : Sentences.of(q.string())) {
                    supports.addAll(supports(q, s, true));
                }
                responsibility(q, agencies, r);
            }
            int position = out.size() + 1;
            out.add(new MeasureFacts(p.key(), n.ordinal().text(), position, Integer.toString(position), heading,
                    section, subsection, ev, supports, r.lead, r.participating, r.responsible));
        }
        return out;
    }

    /**
     * The last paragraph of item {@code k}: up to the next numbered paragraph. After the last
     * item, unnumbered paragraphs close the text (an effective date, a note), so they are not its.
     */
    private static int bodyEnd(Layout layout, List<Integer> text, List<Numbered> ns, int k) {
        int start = ns.get(k).paragraph();
        if (k + 1 < ns.size()) {
            int next = ns.get(k + 1).paragraph();
            int last = start;
            for (int i : text) {
                if (i > start && i < next) {
                    last = i;
                }
            }
            return last;
        }
        return start;
    }

    /** The bold lead, an outline heading's text, or the first sentence; without number and stop. */
    private static String heading(Paragraph p, Ordinals.Ordinal o) {
        String s = p.string();
        Range bold = p.leadingBold();
        String h;
        if (bold != null && bold.end() > o.end()) {
            h = s.substring(Math.max(o.end(), bold.start()), bold.end());
            Ordinals.Ordinal inner = Ordinals.at(h);
            if (inner != null) {
                h = h.substring(inner.end());
            }
        } else if (p.isHeading()) {
            h = s.substring(o.end());
        } else {
            String rest = s.substring(o.end());
            int stop = rest.indexOf('。');
            h = stop > 0 ? rest.substring(0, stop) : rest;
        }
        h = h.strip();
        while (!h.isEmpty() && "。.;；,，".indexOf(h.charAt(h.length() - 1)) >= 0) {
            h = h.substring(0, h.length() - 1);
        }
        return h.length() > 60 ? h.substring(0, 60) : h;
    }

    // ----------------------------------------------------------------- money

    /**
     * The offers of money in a sentence: one per stated cap, or one for the sentence's
     * share, voucher or (in a policy's own numbered text) named instrument.
     */
    private List<MeasureFacts.Support> supports(Paragraph p, Range s, boolean numbered) {
        String sentence = p.string().substring(s.start(), s.end());
        if (!supportWord.matcher(sentence).find()) {
            return List.of();
        }
        List<Quantity> amounts = new ArrayList<>();
        List<Quantity> ratios = new ArrayList<>();
        for (Quantity q : parser.findAll(sentence)) {
            if (q.unit() == Unit.CNY && q.comparator() != Comparator.MIN && !threshold(sentence, q)) {
                amounts.add(q);
            } else if (q.unit() == Unit.PERCENT && !GROWTH.matcher(before(sentence, q.start(), 3)).find()) {
                ratios.add(q);
            }
        }
        TreeSet<String> instruments = words(sentence, instrumentWords);
        TreeSet<String> beneficiaries = beneficiaries(sentence);
        List<MeasureFacts.Support> out = new ArrayList<>();
        if (amounts.size() >= 2) {
            for (Quantity a : amounts) {
                int clause = Sentences.clauseStart(sentence, a.start());
                String c = sentence.substring(clause, clauseEnd(sentence, a.end()));
                BigDecimal ratio = maxValue(ratios, clause, clauseEnd(sentence, a.end()));
                TreeSet<String> ins = words(c, instrumentWords);
                out.add(new MeasureFacts.Support(a.value(), ratio, period(sentence.substring(clause, a.start())),
                        ins.isEmpty() ? instruments : ins, beneficiaries, a.text(),
                        new Evidence(p.span(s.start() + clause, s.start() + clauseEnd(sentence, a.end())), Supports.MAX_AMOUNT)));
            }
            return out;
        }
        BigDecimal amount = amounts.isEmpty() ? null : amounts.get(0).value();
        BigDecimal ratio = maxValue(ratios, 0, sentence.length());
        boolean voucherOffer = instruments.stream().anyMatch(i -> i.endsWith("voucher")) && offersVoucher(sentence);
        // Without an amount, a sentence still offers money when it names how (补助, 贴息, 专项资金 …).
        boolean named = numbered && instruments.stream().anyMatch(i -> !i.equals("funding") || !sentence.contains("投入"));
        if (amount == null && ratio == null && !voucherOffer && !named) {
            return List.of();
        }
        String period = amounts.isEmpty() ? period(sentence) : period(sentence.substring(0, amounts.get(0).start()));
        String expression = amounts.isEmpty() ? (ratios.isEmpty() ? null : ratios.get(0).text()) : amounts.get(0).text();
        out.add(new MeasureFacts.Support(amount, ratio, period, instruments, beneficiaries, expression,
                new Evidence(p.span(s.start(), s.end()), amount != null ? Supports.MAX_AMOUNT : ratio != null ? Supports.MAX_RATIO : null)));
        return out;
    }

    /** "推出了“训力券”…": a verb of offering before the voucher; "算力券的发布" only talks about one. */
    private static boolean offersVoucher(String sentence) {
        Matcher m = OFFERING.matcher(sentence);
        while (m.find()) {
            if (sentence.indexOf('券', m.end()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "年度总额达到30万元(含)以上的", "最低总投资调整为5000万元": a condition, not a cap. */
    private static boolean threshold(String sentence, Quantity q) {
        String b = before(sentence, q.start(), 8);
        return b.contains("总额达到") || b.contains("总投资") || b.contains("最低") || b.contains("以上的")
                || sentence.startsWith("的", q.end()) && b.contains("达到");
    }

    private static String before(String s, int at, int n) {
        return s.substring(Math.max(0, at - n), at);
    }

    private static int clauseEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (",，;；。".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static BigDecimal maxValue(List<Quantity> qs, int from, int to) {
        BigDecimal max = null;
        for (Quantity q : qs) {
            if (q.start() >= from && q.end() <= to && (max == null || q.value().compareTo(max) > 0)) {
                max = q.value();
            }
        }
        return max;
    }

    /** The cap period named nearest before the amount. */
    private String period(String before) {
        int best = -1;
        String found = null;
        for (CueWords.Label p : capPeriodWords) {
            int at = before.lastIndexOf(p.word());
            if (at > best) {
                best = at;
                found = p.concept();
            }
        }
        return found;
    }

    private static TreeSet<String> words(String s, List<CueWords.Label> table) {
        TreeSet<String> out = new TreeSet<>();
        for (CueWords.Label w : table) {
            if (s.contains(w.word())) {
                out.add(w.concept());
            }
        }
        return out;
    }

    /** Who gets the money: named kinds, and 企业 when firms are named as recipients. */
    private TreeSet<String> beneficiaries(String s) {
        TreeSet<String> out = words(s, beneficiaryWords);
        String rest = s.replace("初创企业", "");
        if (rest.matches(".*(对|向|的|支持|同一|鼓励)[^,，。]{0,20}企业.*") || rest.startsWith("企业")) {
            out.add("enterprise");
        }
        return out;
    }

    // -------------------------------------------------------- responsibility

    /** Who carries a measure, by role. */
    private static final class Responsibility {
        final List<Fact<Agency>> lead = new ArrayList<>();
        final List<Fact<Agency>> participating = new ArrayList<>();
        final List<Fact<Agency>> responsible = new ArrayList<>();

        boolean has(Agency a) {
            for (List<Fact<Agency>> l : List.of(lead, participating, responsible)) {
                for (Fact<Agency> f : l) {
                    if (f.value().name().equals(a.name())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static final Pattern ROLE_WORDS = Pattern.compile("责任单位|牵头|参与|配合|负责");
    /** "牵头单位：…；配合单位：…": a role named before its agencies. */
    private static final Pattern ROLE_LABEL = Pattern.compile(
            "(?:(?<lead>牵头)|(?<part>配合|参与|协同|协办)|责任|负责)(?:单位|部门)[:：]");

    /**
     * "(责任单位：市科委、中关村管委会)", "(市经济信息委牵头，市科技局…参与)", or a
     * closing "(省工业和信息化厅、省科技厅)": agencies before 牵头 lead, those before
     * 参与 or 配合 take part, the others are responsible.
     */
    private static void responsibility(Paragraph p, List<AgencyMention> agencies, Responsibility r) {
        String text = p.string();
        for (Range g : brackets(text)) {
            String inner = text.substring(g.start(), g.end());
            List<AgencyMention> in = new ArrayList<>();
            for (AgencyMention a : agencies) {
                if (a.paragraph() == p.index() && a.range().start() >= g.start() && a.range().end() <= g.end()
                        && a.agency().isAgency()) {
                    in.add(a);
                }
            }
            if (in.isEmpty()) {
                continue;
            }
            boolean roles = ROLE_WORDS.matcher(inner).find();
            if (!roles && !onlyNames(inner, in, g.start())) {
                continue;
            }
            int leadEnd = inner.indexOf("牵头");
            int partEnd = Math.max(inner.lastIndexOf("参与"), inner.lastIndexOf("配合"));
            List<int[]> labels = new ArrayList<>(); // {position after the label, 0 responsible / 1 lead / 2 participating}
            Matcher lm = ROLE_LABEL.matcher(inner);
            while (lm.find()) {
                labels.add(new int[] {lm.end(), lm.group("lead") != null ? 1 : lm.group("part") != null ? 2 : 0});
            }
            Evidence ev = new Evidence(p.span(g.start(), g.end()), Supports.RESPONSIBLE_AGENCY);
            for (AgencyMention a : in) {
                int at = a.range().start() - g.start();
                if (r.has(a.agency()) || inner.startsWith("各成员单位", a.range().end() - g.start())
                        || inner.startsWith("成员单位", a.range().end() - g.start())) {
                    continue;
                }
                Fact<Agency> f = new Fact<>(a.agency(), ev);
                int labelled = -1;
                for (int[] l : labels) {
                    if (l[0] <= at) {
                        labelled = l[1];
                    }
                }
                if (labelled == 1) {
                    r.lead.add(f);
                } else if (labelled == 2) {
                    r.participating.add(f);
                } else if (labelled == 0) {
                    r.responsible.add(f);
                } else if (leadEnd >= 0 && at < leadEnd) {
                    r.lead.add(f);
                } else if (partEnd >= 0 && at < partEnd && (leadEnd < 0 || at > leadEnd)) {
                    r.participating.add(f);
                } else {
                    r.responsible.add(f);
                }
            }
        }
    }

    /**
     * The contents of the outermost bracket groups, (…), 〔…〕 or […]: a responsibility
     * note may hold a parenthesis of its own ("〔责任单位：省发改委（数字办）、…〕").
     */
    static List<Range> brackets(String text) {
        List<Range> out = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '〔' || c == '[' || c == '【') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if ((c == ')' || c == '〕' || c == ']' || c == '】') && depth > 0 && --depth == 0 && i > open + 1) {
                out.add(new Range(open + 1, i));
            }
        }
        return out;
    }

    /** A group holding nothing but agency names and separators: "(省工业和信息化厅、省科技厅)". */
    private static boolean onlyNames(String inner, List<AgencyMention> in, int offset) {
        StringBuilder rest = new StringBuilder(inner);
        for (int i = in.size() - 1; i >= 0; i--) {
            AgencyMention a = in.get(i);
            rest.replace(a.range().start() - offset, a.range().end() - offset, "");
        }
        String left = rest.toString().replaceAll("\\([^)]*\\)|[、,，;；\\s和及]|有关省直单位|市级有关部门|市相关部门|相关区政府|各设区市人民政府", "");
        return left.isEmpty();
    }

    // ------------------------------------------------------------ news offers

    /**
     * A story about policies: each sentence that offers money or vouchers is one measure of
     * the policy named last before it in the item ("根据《办法》，…"; the next sentences too),
     * else of the policy the item is about. The sentence announcing a policy is not an offer.
     */
    private List<MeasureFacts> offers(Layout layout, List<PolicyFacts> policies, Set<String> reported, String documentSlug) {
        List<MeasureFacts> out = new ArrayList<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Item it : layout.items()) {
            PolicyFacts current = null;
            for (PolicyFacts p : policies) {
                if (current == null && p.items().contains(it.index())) {
                    current = p;
                }
            }
            for (int i = it.first(); i <= it.last(); i++) {
                Paragraph para = layout.paragraphs().get(i);
                if (para.isHeading()) {
                    continue;
                }
                for (Range s : Sentences.of(para.string())) {
                    PolicyFacts named = lastNamed(para, s, policies);
                    if (named != null) {
                        current = named;
                        if (ANNOUNCING.matcher(para.string().substring(s.start(), s.end())).find()) {
                            continue; // the sentence that announces the policy is not one of its offers
                        }
                    }
                    if (current == null || !reported.contains(current.key())) {
                        continue;
                    }
                    String text = para.string().substring(s.start(), s.end());
                    if (ELSEWHERE.matcher(text).find() || FIRM_SPEAKS.matcher(text).find()) {
                        continue; // what other places do, or a firm telling what it will save: not the policy's offer
                    }
                    List<MeasureFacts.Support> supports = supports(para, s, false);
                    if (supports.isEmpty()) {
                        continue;
                    }
                    Evidence ev = new Evidence(para.span(s.start(), s.end()), null);
                    String heading = offerHeading(para.string().substring(s.start(), s.end()));
                    int position = counts.merge(current.key(), 1, Integer::sum);
                    out.add(new MeasureFacts(current.key(), null, position, documentSlug + "-" + ev.span().start(),
                            heading, null, null, ev, supports,
                            Collections.emptyList(), Collections.emptyList(), Collections.emptyList()));
                }
            }
        }
        return out;
    }

    /**
     * An offer's heading: its first clause that says something, past lead-ins such as
     * 根据《办法》, 具体来看, 在算力供给方面 and 《措施》提出.
     */
    private static String offerHeading(String sentence) {
        String s = LEAD_IN.matcher(sentence).replaceFirst("").strip();
        int start = 0;
        while (start < s.length()) {
            int end = clauseEnd(s, start + 1);
            String clause = s.substring(start, end).strip();
            if (!LEAD_CLAUSE.matcher(clause).matches() || end >= s.length()) {
                return clause.length() > 60 ? clause.substring(0, 60) : clause;
            }
            start = end + 1;
        }
        return s;
    }

    /** The policy whose title or alias the sentence names last. */
    private static PolicyFacts lastNamed(Paragraph p, Range s, List<PolicyFacts> policies) {
        org.policykg.text.Span sentence = p.span(s.start(), s.end());
        PolicyFacts best = null;
        int bestAt = -1;
        for (PolicyFacts f : policies) {
            for (Evidence e : f.mentions()) {
                if (sentence.contains(e.span()) && e.span().start() > bestAt) {
                    best = f;
                    bestAt = e.span().start();
                }
            }
        }
        return best;
    }
}
