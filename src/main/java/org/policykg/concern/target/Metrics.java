package org.policykg.concern.target;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.quantity.Quantity;
import org.policykg.quantity.QuantityParser;
import org.policykg.quantity.Unit;
import org.policykg.segment.Sentences;
import org.policykg.text.Han;

/**
 * What a goal measures: the subject before its verb ("智能算力规模突破100EFLOPS"), the
 * noun phrase after a count ("建成30个以上工业互联网标识解析二级节点") or the noun
 * between verb and number ("累计建设加氢站50座以上"); and whether it is a level to
 * reach, an increase or a decrease.
 */
final class Metrics {
    private static final Pattern METRIC_LEAD = Pattern.compile(
            "^(?:(?:力争|争取|预计|计划|确保|推动|促进|使|将|要|并|实现|包括|提出|明确|通过[^,，]{0,8}努力)|(?:到|至)?20\\d{2}年(?:底|末)?前?"
                    + "|(?:到)?规划期(?:内|末)|全市|全省|全区|全国|本市|本省|我市|我省"
                    // "力争全年完成交通投资2300亿元": the year of a work report's goal is when, not what
                    + "|全年|今年|年内)+");
    /** A time phrase that opens a goal ("到2025年底"): the subject follows it. */
    private static final Pattern LEAD_TIME = Pattern.compile("(?:到|至|在|于)20\\d{2}年(?:底|末)?|20\\d{2}年(?:底|末)?前");
    /** "数据产业规模力争突破…": hedges between the subject and its verb are not part of the metric. */
    private static final Pattern HEDGE_TAIL = Pattern.compile("(?:力争|争取|确保|预计|计划|有望|将|要|再|进一步|基本|全面)+$");
    /** What opens the base a change starts from: 从, 由2020年的 (GoalSentences reads it before a number too). */
    static final String BASE_LEAD = "(?:从|由)(?:20\\d{2}年(?:底|末)?的?)?";
    /** The base of a change, closing the words before its verb: 由2020年的32.7%, 从640万. */
    private static final Pattern BASE = Pattern.compile("[“\"]?" + BASE_LEAD + "[0-9.]+[^0-9,，;；、]{0,3}$");
    private static final Pattern FILLER = Pattern.compile("较20\\d{2}年|累计");
    private static final Pattern ACTION_LEAD = Pattern.compile("^(?:按需|加快|积极|持续|着力|大力|进一步|稳步|逐步)*(?:建设|新建|打造|推进|推动|加大|引导)");

    /**
     * "A、B和C分别增长/达到 X、Y、Z": the subjects listed before 分别 are paired with the numbers after
     * it in order, so each number measures its own item, not the last one.
     */
    private static final Pattern RESPECTIVELY = Pattern.compile("分别");
    private static final Pattern SUBJECT_ITEMS = Pattern.compile("[、和及与]");

    /** Lead words of a list item that are not what it measures: "其中非化石能源装机…". */
    private static final Pattern ITEM_LEAD = Pattern.compile("^(?:[、,，;；和及与]|其中)+");
    private static final QuantityParser QUANTITIES = new QuantityParser();

    /** The goal verbs of {@link GoalSentences#goalVerb()}. */
    private final Pattern goalVerb;

    /** Words after a number that say it is a level (迈上3万亿元台阶), not what is measured (lexicon/goal-verbs.tsv). */
    private final Set<String> levels;

    Metrics(Pattern goalVerb, Set<String> levels) {
        this.goalVerb = goalVerb;
        this.levels = Set.copyOf(levels);
    }

    /** What the number {@code q}, governed by the goal verb at {@code verb}, measures; empty when nothing does. */
    String metric(String sentence, Quantity q, int verb) {
        Matcher vm = goalVerb.matcher(sentence);
        String verbWord = vm.find(verb) && vm.start() == verb ? vm.group() : "";
        int verbEnd = verb + verbWord.length();
        String paired = respectively(sentence, q, verbWord);
        if (paired != null) {
            return paired;
        }
        if (q.unit() == Unit.COUNT) {
            String after = nounAfter(sentence, q.end());
            if (!after.isEmpty()) {
                return after;
            }
            if (verbEnd < q.start()) {
                String between = clean(sentence.substring(itemStart(sentence, verbEnd, q.start()), q.start()));
                if (!between.isEmpty()) {
                    return between;
                }
            }
        }
        if (q.unit() != Unit.COUNT && q.end() < sentence.length() && Han.is(sentence.charAt(q.end()))
                && "的并且和及或".indexOf(sentence.charAt(q.end())) < 0) {
            String after = nounAfter(sentence, q.end());
            if (after.length() >= 2 && !levels.contains(after)) { // "迈上3万亿元台阶": the level reached, not what
                return after; // "超40万吨冷藏保鲜能力", "新增150万千瓦容量光伏发电终端"
            }
        }
        int own = Sentences.clauseStart(sentence, q.start());
        if (verb < own) {
            // a verb carried over a list: the number's own clause names what it measures ("其中智能终端营业收入300亿元")
            String item = METRIC_LEAD.matcher(clean(sentence.substring(itemStart(sentence, own, q.start()), q.start())))
                    .replaceFirst("");
            if (item.length() >= 2) {
                return item;
            }
        }
        String subject = subjectBefore(sentence, verb);
        if (subject.isEmpty() && verbEnd < q.start()) {
            subject = clean(sentence.substring(itemStart(sentence, verbEnd, q.start()), q.start())); // "推动…重点场所清单内95%以上"
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
            String after = nounAfter(sentence, q.end());
            // "全年开行3000列以上": with nothing named, the clause's words before the number say what is done
            return after.isEmpty() ? clean(sentence.substring(itemStart(sentence, 0, q.start()), q.start())) : after;
        }
        return subject.length() > 30 ? subject.substring(subject.length() - 30) : subject;
    }

    /**
     * Whether two metrics name the same thing, as a goal restated elsewhere words it: one
     * contains the other, or they share at least half their characters — unless each names a different size
     * of what it counts (总投资超10亿元的内资产业项目 and 总投资超1亿美元项目 are two classes of projects).
     */
    static boolean same(String a, String b) {
        String da = a.replaceAll("[^0-9.]", "");
        String db = b.replaceAll("[^0-9.]", "");
        if (!da.isEmpty() && !db.isEmpty() && !da.equals(db)) {
            return false;
        }
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<Integer> ca = new HashSet<>();
        a.codePoints().forEach(ca::add);
        Set<Integer> union = new HashSet<>(ca);
        b.codePoints().forEach(union::add);
        long shared = b.codePoints().distinct().filter(ca::contains).count();
        return shared * 2 >= union.size();
    }

    /** A decrease or an increase when the words just before the number say so, else a level to reach. */
    static Direction direction(String sentence, Quantity q) {
        String before = sentence.substring(Math.max(0, q.start() - 6), q.start());
        if (before.contains("下降") || before.contains("降低") || before.contains("减少")) {
            return Direction.DECREASE;
        }
        if (before.contains("增长") || before.contains("增加")) {
            return Direction.INCREASE;
        }
        return Direction.LEVEL;
    }

    /**
     * The metric of {@code q} in "省级政务信息系统、自建业务专网分别完成25%、50%" (the item whose place in
     * the subject list matches the number's place in the list after 分别), or null when the sentence
     * pairs nothing with it or the two lists do not have the same length.
     */
    private String respectively(String sentence, Quantity q, String verbWord) {
        int clause = Sentences.clauseStart(sentence, q.start());
        Matcher r = RESPECTIVELY.matcher(sentence).region(clause, q.start());
        if (!r.find()) {
            return null;
        }
        int at = r.start();
        int end = q.end();
        while (end < sentence.length() && "，,;；。".indexOf(sentence.charAt(end)) < 0) {
            end++;
        }
        List<Quantity> numbers = QUANTITIES.findAll(sentence.substring(at, end));
        int index = -1;
        for (int i = 0; i < numbers.size(); i++) {
            if (at + numbers.get(i).start() == q.start()) {
                index = i;
            }
        }
        String subject = sentence.substring(clause, at);
        Matcher t = LEAD_TIME.matcher(subject);
        int lastTime = -1;
        while (t.find()) {
            lastTime = t.end();
        }
        subject = lastTime >= 0 ? subject.substring(lastTime) : subject;
        subject = HEDGE_TAIL.matcher(METRIC_LEAD.matcher(FILLER.matcher(subject).replaceAll("")).replaceFirst("")).replaceFirst("");
        String[] items = SUBJECT_ITEMS.split(subject);
        if (index < 0 || items.length < 2 || items.length != numbers.size()) {
            return null;
        }
        String item = clean(ITEM_LEAD.matcher(items[index]).replaceFirst(""));
        String last = clean(items[items.length - 1]);
        if (index < items.length - 1 && item.length() <= 2 && last.length() > item.length() + 1) {
            // "城镇和农村常住居民人均可支配收入": a bare modifier shares the last item's head noun
            item = item + last.substring(item.length());
        }
        if (item.length() < 2) {
            return null;
        }
        boolean change = verbWord.equals("下降") || verbWord.equals("降低") || verbWord.contains("增长");
        return change ? item + verbWord : item;
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
        s = BASE.matcher(s).replaceFirst(""); // "比重由2020年的32.7%(提高至…)": the base is not what is measured
        int cut = Math.max(s.lastIndexOf('、'), lastQuantityEnd(s));
        if (cut >= 0 && cut == s.length() - 1 && s.endsWith("、") && lastQuantityEnd(s) == cut - 1) {
            // "数字经济增加值增长55%以上、达到5.5万亿元": predicates listed after one subject share it
            s = sharedSubject(s.substring(0, cut));
        } else if (cut >= 0) {
            s = s.substring(cut + 1);
        }
        s = METRIC_LEAD.matcher(s).replaceFirst("");
        s = ACTION_LEAD.matcher(s).replaceFirst("");
        s = HEDGE_TAIL.matcher(s).replaceFirst("");
        return clean(s);
    }

    /** The subject of "A增长55%以上" (the text before its number, without the verb that closes it): A. */
    private String sharedSubject(String predicate) {
        List<Quantity> qs = QUANTITIES.findAll(predicate);
        String s = predicate.substring(0, qs.get(qs.size() - 1).start());
        int cut = Math.max(s.lastIndexOf('、'), lastQuantityEnd(s));
        s = cut >= 0 ? s.substring(cut + 1) : s;
        Matcher v = goalVerb.matcher(s);
        int last = -1;
        while (v.find()) {
            last = v.end() == s.length() ? v.start() : last;
        }
        return last > 0 ? s.substring(0, last) : s;
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

    /**
     * Where the list item holding the number at {@code at} starts, at or after {@code from}: a verb
     * carried over a list ("新认定省级概念验证中心20家、省级中试平台10家") governs each item, and an
     * item's metric does not run back across the clause break or the goal before it.
     */
    static int itemStart(String sentence, int from, int at) {
        int start = Math.max(from, Sentences.clauseStart(sentence, at));
        int cut = start;
        for (Quantity o : QUANTITIES.findAll(sentence.substring(start, at))) {
            // a goal before ends at a list break; "营业收入超5亿元的数据企业" keeps its qualifier
            if (start + o.end() < at && ITEM_LEAD.matcher(sentence.substring(start + o.end(), start + o.end() + 1)).lookingAt()) {
                cut = start + o.end();
            }
        }
        start = cut;
        Matcher lead = ITEM_LEAD.matcher(sentence).region(start, at);
        return lead.lookingAt() ? lead.end() : start;
    }

    /** Where the last quantity in {@code s} ends (its last char), or -1: "5G" and "文心4.0" are not quantities. */
    private static int lastQuantityEnd(String s) {
        List<Quantity> qs = QUANTITIES.findAll(s);
        return qs.isEmpty() ? -1 : qs.get(qs.size() - 1).end() - 1;
    }

    /**
     * The noun phrase that follows a count, up to the end of its list item. A quotation
     * that ends the item is a label and stays out ("工业企业“上云上平台”"); one inside
     * the phrase is part of it ("餐饮食品“互联网+明厨亮灶”示范店").
     */
    private static String nounAfter(String sentence, int from) {
        if (from + 1 < sentence.length() && (sentence.charAt(from) == '（' || sentence.charAt(from) == '(')) {
            int close = sentence.indexOf(sentence.charAt(from) == '（' ? '）' : ')', from);
            if (close > from && close - from <= 4) {
                from = close + 1; // "2.5万套（间）城市危旧房": the counter's gloss, then what is counted
            }
        }
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

    /** A goal list's circled ordinal (①数字经济核心产业增加值达到…) is the list's, not the metric's. */
    private static String clean(String s) {
        return s.replaceAll("\\([^)]*\\)", "").replaceAll("[“”\"]", "").replaceAll("^[的和与及、了\\u2460-\\u2473]+|[的了]+$", "").strip();
    }
}
