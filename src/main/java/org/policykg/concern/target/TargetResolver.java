package org.policykg.concern.target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.lexicon.CueWords;
import org.policykg.quantity.Comparator;
import org.policykg.quantity.Quantity;
import org.policykg.quantity.QuantityParser;
import org.policykg.quantity.Unit;
import org.policykg.reference.PhraseMatcher;
import org.policykg.reference.Region;
import org.policykg.segment.Item;
import org.policykg.segment.Layout;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.segment.Segmenter;
import org.policykg.text.Han;
import org.policykg.text.Span;
import org.policykg.analysis.Evidence;
import org.policykg.segment.Sentences;

/**
 * Finds the quantified goals a policy sets. A number is a target when a goal
 * verb governs it (建成, 达到, 提高至, 新增 …) in a policy's own text or in a
 * report about the policy; it is not when the sentence reports what happened
 * (截至, 同比, 完成 of a past period), offers money (those are measures), counts
 * the plan's own structure (30项主要任务) or sits inside a quoted slogan.
 */
final class TargetResolver {
    /** Verbs that set a goal for the number after them (lexicon/goal-verbs.tsv). */
    private final Pattern goalVerb;
    /** What marks a sentence as reporting the past rather than setting a goal (lexicon/statistic-markers.tsv). */
    private final PhraseMatcher<String> statistic;
    /** Words of money on offer: such sentences hold measures, not targets (instruments and lexicon/support-words.tsv). */
    private final PhraseMatcher<String> support;

    TargetResolver(CueWords cues) {
        this.goalVerb = Pattern.compile(cues.alternation("goal-verbs", "verb")
                + "|(?<noun>" + cues.alternation("goal-verbs", "noun") + ")为");
        this.statistic = PhraseMatcher.keywords(cues.words("statistic-markers", null).toArray(String[]::new));
        List<String> money = new ArrayList<>();
        cues.labels("instrument", "instrument-").forEach(l -> money.add(l.word()));
        money.addAll(cues.words("support-words", "offer"));
        money.addAll(cues.words("support-words", "target"));
        this.support = PhraseMatcher.keywords(money.stream().distinct().toArray(String[]::new));
    }

    /** A count of the plan's own parts: 30项主要任务, 10大示范工程, 16部门. */
    private static final Pattern STRUCTURE = Pattern.compile(
            "^(?:大|条|项|个)?(?:主要|重点|具体)?(?:任务|措施|工程|举措|方面|部门|领域|赛道|板块|共识|行动|意见|条款)");
    /** "7项保障措施", "18条主要任务": a count of items with a qualifier before what they are. */
    private static final Pattern PARTS = Pattern.compile("^[" + Han.RANGE + "]{0,4}?(?:任务|措施|工程|举措|条款)");
    /** Right after a policy's title: the policy states the goals that follow. */
    private static final Pattern SPEAKS = Pattern.compile("^[》」”\"]?(?:中)?(?:提出|明确|要求|指出|规定|强调|确定|设定|称)");
    private static final Pattern YEAR = Pattern.compile("(?:到|至|在|于)(20\\d{2})年(?:底|末)?|(20\\d{2})年(?:底|末)?前");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![到至在于较比\\d—-])(20\\d{2})年(?![底末]?前|\\d|—|-)");
    private static final Pattern BASE_YEAR = Pattern.compile("较(20\\d{2})年");
    private static final Pattern GOAL_SECTION = Pattern.compile("(主要|工作|发展|总体|总|预期)目标|目标任务");
    private static final Pattern METRIC_LEAD = Pattern.compile(
            "^(?:(?:力争|争取|预计|计划|确保|推动|促进|使|将|要|并|实现|通过[^,，]{0,8}努力)|(?:到|至)20\\d{2}年(?:底|末)?|20\\d{2}年(?:底|末)?前"
                    + "|(?:到)?规划期(?:内|末)|全市|全省|全区|全国|本市|本省|我市|我省)+");

    private static final QuantityParser QUANTITIES = new QuantityParser();

    /** What the resolver needs from the policies it already found. */
    record Owner(String key, Integer startYear, Integer endYear, Region region, List<Span> mentions) {
    }

    List<TargetFacts> resolve(Layout layout, Map<Integer, String> subjects, Map<String, Owner> policies,
                              Map<Integer, Region> itemRegions, String documentKey) {
        Map<String, TargetFacts.Builder> found = new LinkedHashMap<>();
        for (Item it : layout.items()) {
            String subject = subjects.get(it.index());
            Owner owner = subject == null ? null : policies.get(subject);
            // An item about a report holds statistics, unless a sentence quotes a policy's goal.
            boolean aboutReport = subject != null && owner == null;
            Integer sectionYear = null;
            boolean inGoalSection = false;
            for (int i = it.first(); i <= it.last(); i++) {
                Paragraph p = layout.paragraphs().get(i);
                String text = p.string();
                if (i == it.heading() || Segmenter.isSourceLine(text)) {
                    continue;
                }
                Ordinals.Ordinal o = Ordinals.at(text);
                if (o != null && (o.tier() == Ordinals.Tier.CHINESE || o.tier() == Ordinals.Tier.CHINESE_PAREN)
                        && (p.isHeading() || p.leadingBold() != null || o.tier() == Ordinals.Tier.CHINESE)) {
                    inGoalSection = GOAL_SECTION.matcher(text.substring(o.end(), Math.min(text.length(), o.end() + 8))).find();
                    sectionYear = null;
                }
                if (p.isHeading()) {
                    continue;
                }
                boolean bullet = o != null && o.tier() != Ordinals.Tier.CHINESE && o.tier() != Ordinals.Tier.CHINESE_PAREN
                        || text.startsWith("—") || text.startsWith("●") || text.startsWith("•");
                for (Range s : Sentences.of(text)) {
                    if (inGoalSection && (sectionYear == null || !bullet)) {
                        // "到2025年，…。到2027年，…主要指标如下：" — the list below takes the year its lead states last;
                        // a year inside one bullet (——…到2025年底，…) is that bullet's own.
                        Integer y = sentenceYear(text.substring(s.start(), s.end()));
                        sectionYear = y != null ? y : sectionYear;
                    }
                    Owner speaker = speaker(p, s, policies.values());
                    if (speaker == null && aboutReport) {
                        continue;
                    }
                    sentence(p, s, speaker != null ? speaker : owner, itemRegions.get(it.index()),
                            inGoalSection ? sectionYear : null, documentKey, found);
                }
            }
        }
        List<TargetFacts> out = new ArrayList<>();
        for (TargetFacts.Builder b : found.values()) {
            out.add(b.build());
        }
        return out;
    }

    private void sentence(Paragraph p, Range s, Owner owner, Region itemRegion, Integer sectionYear,
                          String documentKey, Map<String, TargetFacts.Builder> found) {
        String sentence = p.string().substring(s.start(), s.end());
        // cheapest tests first: most sentences have no number at all
        if (!hasNumber(sentence) || statistic.containsAny(sentence)) {
            return;
        }
        if (owner == null && (itemRegion == null || sentenceYear(sentence) == null)) {
            return; // with no policy named, only an explicit dated goal of a known region counts
        }
        if (owner != null && owner.startYear() != null && sentenceYear(sentence) == null && pastYear(sentence, owner.startYear())) {
            return; // "2023年全市…规模达到420亿元" in a 2024-2027 plan: where things stand, not a goal
        }
        List<Quantity> quantities = QUANTITIES.findAll(sentence);
        if (quantities.isEmpty()) {
            return;
        }
        boolean offersMoney = support.containsAny(sentence);
        for (Quantity q : quantities) {
            if (quoted(sentence, q) || structural(sentence, q) || inTitle(sentence, q) || label(q)
                    || qualifies(sentence, q, quantities)) {
                continue;
            }
            if (offersMoney && supportClause(sentence, q)) {
                continue; // "每个给予50万元奖励", "支持新建100P以上算力项目申报": the offer and its conditions
            }
            int verb = goalVerbBefore(sentence, q);
            if (verb < 0) {
                continue;
            }
            for (Quantity o : quantities) {
                // "培育营业收入超5亿元的数据企业20家": the goal's verb is 培育, not the 超 inside the condition.
                if (o.end() <= q.start() && o.end() > verb && qualifies(sentence, o, quantities)) {
                    Matcher m = goalVerb.matcher(sentence).region(Sentences.clauseStart(sentence, verb), verb);
                    int outer = -1;
                    while (m.find()) {
                        outer = m.start();
                    }
                    verb = outer >= 0 ? outer : verb;
                }
            }
            String metric = metric(sentence, q, verb);
            if (metric.isEmpty()) {
                continue;
            }
            if (q.comparator() == Comparator.EXACT && BOUND_BEFORE_VERB.matcher(
                    sentence.substring(Math.max(0, verb - 4), verb)).find()) {
                q = new Quantity(q.start(), q.end(), q.text(), q.value(), q.upperValue(), q.unit(), q.counter(),
                        Comparator.MIN); // "至少开展1次技术改造"
            }
            Integer deadline = yearBefore(sentence, q.start());
            DeadlineSource deadlineSource = DeadlineSource.SENTENCE;
            if (deadline == null && sectionYear != null) {
                deadline = sectionYear;
                deadlineSource = DeadlineSource.SECTION;
            } else if (deadline == null && owner != null && owner.endYear() != null) {
                deadline = owner.endYear();
                deadlineSource = DeadlineSource.PLAN_END;
            }
            if (deadline == null) {
                deadlineSource = null;
            }
            String scope = owner != null ? owner.key() : documentKey;
            String key = scope + "|" + q.unit() + "|" + q.counter() + "|" + q.value().stripTrailingZeros()
                    + "|" + (q.upperValue() == null ? "" : q.upperValue().stripTrailingZeros()) + "|" + q.comparator();
            Evidence ev = new Evidence(p.span(s.start(), s.end()), null);
            TargetFacts.Builder b = found.get(key);
            if (b == null) {
                Matcher base = BASE_YEAR.matcher(sentence);
                b = new TargetFacts.Builder(key, owner == null ? null : owner.key(),
                        owner == null ? itemRegion : owner.region(), metric, q, deadline, deadlineSource,
                        direction(sentence, q), base.find() ? Integer.parseInt(base.group(1)) : null);
                found.put(key, b);
            }
            b.evidence(ev);
        }
    }

    /** "《X方案》提出,到2025年…": the one policy a sentence names as the one setting its goals. */
    private Owner speaker(Paragraph p, Range s, java.util.Collection<Owner> policies) {
        Span sentence = p.span(s.start(), s.end());
        Owner found = null;
        for (Owner o : policies) {
            for (Span m : o.mentions()) {
                if (m.start() < sentence.start() || m.end() > sentence.end()) {
                    continue;
                }
                int after = p.text().indexAtSource(m.end());
                String next = p.string().substring(Math.min(after, p.string().length()),
                        Math.min(p.string().length(), after + 4));
                if (!SPEAKS.matcher(next).find()) {
                    continue;
                }
                if (found != null && found != o) {
                    return null; // two policies speak: leave the sentence to its item
                }
                found = o;
            }
        }
        return found;
    }

    private boolean hasNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || "一二两三四五六七八九十百千万亿".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The number sits in the part of a sentence that offers money or states who may claim it. */
    private boolean supportClause(String sentence, Quantity q) {
        int clause = Sentences.clauseStart(sentence, q.start());
        String c = sentence.substring(clause, Math.min(sentence.length(), q.end() + 12));
        return support.containsAny(c) || c.startsWith("支持") || c.startsWith("鼓励") || c.startsWith("对")
                || q.unit() == Unit.CNY;
    }

    /**
     * "培育营业收入超10亿元的人工智能企业10家": a number in a 的-phrase describing what is
     * counted, with the count itself later in the clause, is a condition, not the goal.
     */
    private boolean qualifies(String sentence, Quantity q, List<Quantity> all) {
        if (!sentence.startsWith("的", q.end())) {
            return false;
        }
        int clauseEnd = q.end();
        while (clauseEnd < sentence.length() && ",;。".indexOf(sentence.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        for (Quantity o : all) {
            if (o.start() > q.end() && o.start() < clauseEnd) {
                return true;
            }
        }
        return false;
    }

    /** A year named on its own (not 到/至 a year) before the plan's period starts. */
    private boolean pastYear(String sentence, int startYear) {
        Matcher m = BARE_YEAR.matcher(sentence);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) < startYear) {
                return true;
            }
        }
        return false;
    }

    Integer sentenceYear(String sentence) {
        Matcher m = YEAR.matcher(sentence);
        return m.find() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** The goal year nearest before the number, else the first one after it in the sentence. */
    private Integer yearBefore(String sentence, int at) {
        Matcher m = YEAR.matcher(sentence);
        Integer before = null;
        Integer after = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (m.start() < at) {
                before = y;
            } else if (after == null) {
                after = y;
            }
        }
        return before != null ? before : after;
    }

    /**
     * Start of the goal verb that governs the number (in its clause, or carried over a
     * list), or -1. The quantity's own text may begin with it (突破100EFLOPS).
     */
    private int goalVerbBefore(String sentence, Quantity q) {
        int at = q.start();
        int digits = at;
        while (digits < q.end() && !Character.isDigit(sentence.charAt(digits)) && !isNumeral(sentence.charAt(digits))) {
            digits++;
        }
        int clause = Sentences.clauseStart(sentence, at);
        Matcher m = goalVerb.matcher(sentence);
        m.region(0, digits);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        if (last < 0) {
            return -1;
        }
        // A verb in an earlier clause carries over a list of numbers ("建成30个…,2-3个…、30家…").
        if (last < clause && !listContinues(sentence, clause, at)) {
            return -1;
        }
        return last;
    }

    /** The clause from {@code clause} to the number adds no verb of its own: an item of the same list. */
    private boolean listContinues(String sentence, int clause, int at) {
        String between = sentence.substring(clause, at);
        return between.length() <= 40 && !between.contains("是") && !between.contains("为")
                && !goalVerb.matcher(between).find();
    }

    private boolean isNumeral(char c) {
        return "一二三四五六七八九十百千万亿两零〇".indexOf(c) >= 0;
    }

    /** 万兆光网, 超千兆宽带: a bandwidth written with no digit names a technology, not a level to reach. */
    private boolean label(Quantity q) {
        return q.unit() == Unit.BIT_PER_SECOND && q.text().chars().noneMatch(Character::isDigit);
    }

    /** Inside a quoted name or slogan: “…”, "…", or the 「…」『…』 of traditional-Chinese texts. */
    private boolean quoted(String s, Quantity q) {
        int open = Math.max(s.lastIndexOf('“', q.start()), s.lastIndexOf('"', q.start() - 1));
        int close = s.lastIndexOf('”', q.start());
        if (open > close && s.indexOf('”', q.end()) >= 0) {
            return true;
        }
        for (char[] pair : new char[][] {{'「', '」'}, {'『', '』'}}) {
            if (s.lastIndexOf(pair[0], q.start()) > s.lastIndexOf(pair[1], q.start()) && s.indexOf(pair[1], q.end()) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean inTitle(String s, Quantity q) {
        return s.lastIndexOf('《', q.start()) > s.lastIndexOf('》', q.start());
    }

    private boolean structural(String s, Quantity q) {
        if (q.unit() != Unit.COUNT) {
            return false;
        }
        String after = s.substring(q.end());
        boolean partsCounter = "项".equals(q.counter()) || "条".equals(q.counter());
        return "部门".equals(q.counter()) || STRUCTURE.matcher(after).lookingAt()
                || partsCounter && PARTS.matcher(after).lookingAt();
    }

    /** A bound written before the verb rather than the number: 至少开展1次. */
    private static final Pattern BOUND_BEFORE_VERB = Pattern.compile("至少|不少于|不低于");
    /** A time phrase that opens a goal ("到2025年底"): the subject follows it. */
    private static final Pattern LEAD_TIME = Pattern.compile("(?:到|至|在|于)20\\d{2}年(?:底|末)?|20\\d{2}年(?:底|末)?前");
    /** Words between a subject and its verb that are not part of the metric. */
    /** "数据产业规模力争突破…": hedges between the subject and its verb are not part of the metric. */
    private static final Pattern HEDGE_TAIL = Pattern.compile("(?:力争|争取|确保|预计|计划|有望|将|要|再|进一步|基本|全面)+$");
    private static final Pattern FILLER = Pattern.compile("较20\\d{2}年|累计");
    private static final Pattern ACTION_LEAD = Pattern.compile("^(?:按需|加快|积极|持续|着力|大力|进一步|稳步|逐步)*(?:建设|新建|打造|推进|推动|加大|引导)");

    /**
     * What is measured: the subject before the verb ("智能算力规模突破100EFLOPS"), the
     * noun phrase after a count ("建成30个以上工业互联网标识解析二级节点"), or the noun
     * between verb and number ("累计建设加氢站50座以上").
     */
    String metric(String sentence, Quantity q, int verb) {
        Matcher vm = goalVerb.matcher(sentence);
        String verbWord = vm.find(verb) && vm.start() == verb ? vm.group() : "";
        int verbEnd = verb + verbWord.length();
        if (q.unit() == Unit.COUNT) {
            String after = nounAfter(sentence, q.end());
            if (!after.isEmpty()) {
                return after;
            }
            if (verbEnd < q.start()) {
                String between = clean(sentence.substring(verbEnd, q.start()));
                if (!between.isEmpty()) {
                    return between;
                }
            }
        }
        if (q.unit() != Unit.COUNT && q.end() < sentence.length() && Han.is(sentence.charAt(q.end()))
                && sentence.charAt(q.end()) != '的') {
            String after = nounAfter(sentence, q.end());
            if (after.length() >= 2) {
                return after; // "超40万吨冷藏保鲜能力", "新增150万千瓦容量光伏发电终端"
            }
        }
        String subject = subjectBefore(sentence, verb);
        if (subject.isEmpty() && verbEnd < q.start()) {
            subject = clean(sentence.substring(verbEnd, q.start())); // "推动…重点场所清单内95%以上"
            int list = subject.lastIndexOf('、');
            subject = list >= 0 ? subject.substring(list + 1) : subject;
        }
        if (subject.isEmpty() || subject.matches("年均增长|增长|年均")) {
            // "…年均增长15%左右,到2025年达到1500亿元左右": the subject of the clause before.
            int clause = Sentences.clauseStart(sentence, verb);
            if (clause > 1) {
                String before = subjectBefore(sentence, lastVerb(sentence, Sentences.clauseStart(sentence, clause - 1), clause - 1));
                subject = before + subject;
            }
        }
        vm.reset();
        if (vm.find(verb) && vm.start() == verb && vm.group("noun") != null) {
            subject = subject + vm.group("noun"); // "峰值规模为100P-300P" measures the 峰值规模
        } else if (verbWord.equals("下降") || verbWord.equals("降低") || verbWord.contains("增长")) {
            subject = subject + verbWord;
        }
        if (subject.isEmpty()) {
            return nounAfter(sentence, q.end());
        }
        return subject.length() > 30 ? subject.substring(subject.length() - 30) : subject;
    }

    /** The clause's words before {@code verb}, after any time phrase, earlier number or lead-in. */
    private String subjectBefore(String sentence, int verb) {
        if (verb < 0) {
            return "";
        }
        int from = Sentences.clauseStart(sentence, verb);
        String s = sentence.substring(from, verb);
        Matcher t = LEAD_TIME.matcher(s);
        int lastTime = -1;
        while (t.find()) {
            lastTime = t.end();
        }
        if (lastTime >= 0) {
            s = s.substring(lastTime); // what follows "到2025年底" is the subject
        }
        s = FILLER.matcher(s).replaceAll("");
        int cut = Math.max(s.lastIndexOf('、'), lastQuantityEnd(s));
        if (cut >= 0) {
            s = s.substring(cut + 1);
        }
        s = METRIC_LEAD.matcher(s).replaceFirst("");
        s = ACTION_LEAD.matcher(s).replaceFirst("");
        s = HEDGE_TAIL.matcher(s).replaceFirst("");
        return clean(s);
    }

    private int lastVerb(String sentence, int from, int to) {
        Matcher m = goalVerb.matcher(sentence);
        m.region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** End of the last number with its unit in {@code s} ("提高至50万元/人、…"), or -1. */
    /** Where the last quantity in {@code s} ends (its last char), or -1: "5G" and "文心4.0" are not quantities. */
    private int lastQuantityEnd(String s) {
        List<Quantity> qs = QUANTITIES.findAll(s);
        return qs.isEmpty() ? -1 : qs.get(qs.size() - 1).end() - 1;
    }

    /**
     * The noun phrase that follows a count, up to the end of its list item. A quotation
     * that ends the item is a label and stays out ("工业企业“上云上平台”"); one inside
     * the phrase is part of it ("餐饮食品“互联网+明厨亮灶”示范店").
     */
    private String nounAfter(String sentence, int from) {
        if (from < sentence.length() && sentence.charAt(from) == '“' && sentence.indexOf('”', from) > from + 1) {
            return clean(sentence.substring(from + 1, sentence.indexOf('”', from))); // 建设20所“未来学校”
        }
        int end = from;
        while (end < sentence.length() && end - from < 30) {
            char c = sentence.charAt(end);
            if (c == '“') {
                int close = sentence.indexOf('”', end);
                if (close < 0 || close + 1 >= sentence.length() || "、,，;；。和及与等".indexOf(sentence.charAt(close + 1)) >= 0) {
                    break;
                }
                end = close + 1;
                continue;
            }
            if ("、,，;；。和及与等()（）\"".indexOf(c) >= 0) {
                break;
            }
            end++;
        }
        String n = sentence.substring(from, end);
        n = n.replaceFirst("^(?:以上|左右|以内|的)+", "");
        n = n.replaceFirst("(?:实现|达到|建设|等).*$", "");
        if (n.startsWith("规模的") && n.length() > 3) {
            n = n.substring(3) + "规模"; // "4000亿规模的产业集群" measures the 产业集群规模
        }
        return clean(n);
    }

    private String clean(String s) {
        return s.replaceAll("\\([^)]*\\)", "").replaceAll("[“”\"]", "").replaceAll("^[的和与及、了]+|[的了]+$", "").strip();
    }

    private Direction direction(String sentence, Quantity q) {
        String before = sentence.substring(Math.max(0, q.start() - 6), q.start());
        if (before.contains("下降") || before.contains("降低") || before.contains("减少")) {
            return Direction.DECREASE;
        }
        if (before.contains("增长") || before.contains("增加")) {
            return Direction.INCREASE;
        }
        return Direction.LEVEL;
    }
}
