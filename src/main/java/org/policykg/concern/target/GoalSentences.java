package org.policykg.concern.target;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.lexicon.CueWords;
import org.policykg.quantity.Comparator;
import org.policykg.quantity.Quantity;
import org.policykg.quantity.Unit;
import org.policykg.reference.PhraseMatcher;
import org.policykg.reference.Region;
import org.policykg.segment.Sentences;
import org.policykg.text.Han;

/**
 * Which sentences set goals, and which of their numbers a goal verb governs (建成, 达到,
 * 提高至, 新增 …). A sentence that reports the past (截至, 同比, a year before the plan),
 * a number in a clause that offers money (those are measures), a count of the plan's own
 * parts (30项主要任务), a number in a quotation, a title or a 的-phrase qualifying what is
 * counted, is not a goal. The words are lexicon/goal-verbs.tsv, statistic-markers.tsv,
 * support-words.tsv and the instruments of ontology/concepts.ttl.
 */
final class GoalSentences {
    /**
     * A count of the plan's own parts: 30项主要任务, 10大示范工程, 16部门, 23个主要指标 — and the list of
     * 民生实事 a work report promises (办好45件民生实事), which the report itself enumerates.
     */
    private static final Pattern STRUCTURE = Pattern.compile(
            "^(?:大|条|项|个|件)?(?:主要|重点|具体)?(?:任务|措施|工程|举措|方面|部门|领域|赛道|板块|共识|行动|意见|条款|指标|(?:重点)?民生实事)");
    /**
     * The close of a list of projects: "推动A化工60万吨钾肥复合造粒、B锂业…扩产等项目建设", "开工建设720兆瓦储能电站等项目".
     * A number before it, in the same clause, is the size of one project named, not a goal.
     */
    private static final Pattern PROJECT_LIST_END = Pattern.compile("^[^,，;；。:：]*?等[^、,，;；。]{0,6}?(?:项目|工程)");
    /** "7项保障措施", "18条主要任务": a count of items with a qualifier before what they are. */
    private static final Pattern PARTS = Pattern.compile("^[" + Han.RANGE + "]{0,4}?(?:任务|措施|工程|举措|条款)");
    /** The lead of a list of goals: "主要预期目标为：", "主要目标是：", "主要指标如下：". */
    private static final Pattern GOAL_LEAD = Pattern.compile("目标(?:为|是)?[:：]|指标(?:如下|为|是)[:：]");
    /** What a number directly before names a class by: 30万千瓦级, 3人制. */
    private static final String CLASS = "级制";
    private static final Pattern SMALL_NUMERALS = Pattern.compile("^[达超约近]?[一二两三四五六七八九十]+");
    /** An amount a clause is to reach (投入达到7800亿元), not one on offer: offers say 给予/最高/补助. */
    private static final Pattern LEVEL = Pattern.compile("(?<![不高])(?:达到|突破|超过)[^,，;；的]{0,3}\\d[^的]*$");
    /** A 的-phrase that closes its clause (…达到1000万元及以上的，): a condition naming who qualifies. */
    private static final Pattern CONDITION_END = Pattern.compile("(?:及以上|以上|及以下|以下|\\(含\\)|（含）)?的[,，;；]");
    /** A clause of time (项目建成投产后，建成运营以后): what it completes is a condition, not a goal. */
    private static final Pattern TEMPORAL = Pattern.compile("(?:后|以后|之后)[,，]?$");
    /** The base a change starts from: 从640万(增加到6000万), 由2020年的32.7%(提高至33.3%左右). */
    private static final Pattern BASE_BEFORE = Pattern.compile(Metrics.BASE_LEAD + "$");
    private static final Pattern BASE_AFTER = Pattern.compile("(?:提高|提升|增加|增长|扩大|上升|降低|下降|减少|降)(?:到|至)");
    /** What an amount straight before names a class of (项目, 企业; lexicon/goal-verbs.tsv, classed). */
    private static final Pattern CLASSED = Pattern.compile(CueWords.standard().alternation("goal-verbs", "classed"));
    /** What parts the items of a list of numbers: 、 和 及 与. */
    private static final Pattern LIST_JOINER = Pattern.compile("\\s*(?:、|和|及|与|,|，)\\s*");
    /** A bound written before the verb rather than the number: 至少开展1次. */
    private static final Pattern BOUND_BEFORE_VERB = Pattern.compile("至少|不少于|不低于");
    /**
     * Words of money that do not offer any: a ratio named after spending (研发投入强度, 财政科技支出占比)
     * is an indicator, 投入使用/投入市场 is putting a thing into service, an outlay that is
     * to reach a level or grow at a rate (科技创新投入达到7800亿元, 研发经费投入年均增长7%) is a goal,
     * and 补贴性 names a kind of thing (开展补贴性技能培训3万人以上), it offers nothing. Spending as a share
     * of an aggregate is the same indicator written out (全社会研发投入占GDP比重, 研发经费投入占地区生产总值比重,
     * 财政科技支出占一般公共预算支出的比例): the aggregate may be Latin (GDP, R&D) or longer than four characters.
     */
    private static final Pattern RATIO_INDICATOR = Pattern.compile(
            "(?:投入|支出)占[^,，;；。]{1,14}?(?:比重|比例)"
                    + "|[" + Han.RANGE + "]{1,4}(?:强度|占比|比重|增速)|投入(?:使用|运营|运行|市场|生产)|补贴性"
                    + "|投入(?=(?:力争|将)?(?:年均增长|增长|达到|达|突破|超过|超|提高到|提高至))");

    /** Verbs that set a goal for the number after them (lexicon/goal-verbs.tsv). */
    private final Pattern goalVerb;
    /** What marks a sentence as reporting the past rather than setting a goal (lexicon/statistic-markers.tsv). */
    private final PhraseMatcher<String> statistic;
    /** Words of money on offer: such sentences hold measures, not targets (instruments and lexicon/support-words.tsv). */
    private final PhraseMatcher<String> support;
    /** A budget arranged (安排): money set aside for a year's work, not a level to reach. */
    private final PhraseMatcher<String> budget;
    /** Verbs that push on with work already under way (推进): the count is of what exists (lexicon/goal-verbs.tsv). */
    private final PhraseMatcher<String> advance;
    /** Words that hold a goal verb but are no verb: 发达国家, 下达 (lexicon/goal-verbs.tsv). */
    private final PhraseMatcher<String> compound;
    /** Words that open a clause with a frame of its own (在…, 围绕…): no goal verb carries into it (lexicon/goal-verbs.tsv). */
    private final Pattern frame;
    /** Words that commit to a goal (力争, 目标, 预期; lexicon/goal-verbs.tsv, commit and commit-verb). */
    private final PhraseMatcher<String> commit;

    GoalSentences(CueWords cues) {
        List<String> verbs = new ArrayList<>(cues.words("goal-verbs", "verb"));
        verbs.addAll(cues.words("goal-verbs", "commit-verb")); // 力争 governs a number and commits to it
        this.goalVerb = Pattern.compile(CueWords.alternationOf(verbs)
                + "|(?<noun>" + cues.alternation("goal-verbs", "noun") + ")为");
        this.statistic = PhraseMatcher.keywords(cues.words("statistic-markers", null).toArray(String[]::new));
        List<String> money = new ArrayList<>();
        cues.labels("instrument", "instrument-").forEach(l -> money.add(l.word()));
        money.addAll(cues.words("support-words", "offer"));
        money.addAll(cues.words("support-words", "target"));
        this.support = PhraseMatcher.keywords(money.stream().distinct().toArray(String[]::new));
        this.budget = PhraseMatcher.keywords(cues.words("support-words", "measure").toArray(String[]::new));
        this.advance = PhraseMatcher.keywords(cues.words("goal-verbs", "advance").toArray(String[]::new));
        this.compound = PhraseMatcher.keywords(cues.words("goal-verbs", "compound").toArray(String[]::new));
        this.frame = Pattern.compile("\\s*(?:" + cues.alternation("goal-verbs", "frame") + ")");
        List<String> commits = new ArrayList<>(cues.words("goal-verbs", "commit"));
        commits.addAll(cues.words("goal-verbs", "commit-verb"));
        this.commit = PhraseMatcher.keywords(commits.toArray(String[]::new));
    }

    /**
     * Whether a sentence of a story states by its own words that it sets goals: a goal year (到2025年, “十四五”期间),
     * or a word that commits to one (力争, 目标, 预期). A story's figures without any — an event's sizes, a year's
     * results (展览总面积突破10万平方米, 169款大模型通过备案) — are not the goals of the policy the story is about.
     */
    boolean commits(String sentence) {
        return Deadlines.statedYear(sentence) != null || Parts.sentencePeriodEnd(sentence) != null || commit.containsAny(sentence);
    }

    /** The goal verbs; a group {@code noun} marks "规模为…", where the noun is what is measured. */
    Pattern goalVerb() {
        return goalVerb;
    }

    /**
     * Whether the sentence may set goals for {@code owner}: it has a number and no mark of
     * statistics; with no policy named, it is a dated goal of a known region.
     */
    boolean mayHoldGoals(String sentence, Owner owner, Region itemRegion, boolean planned) {
        // cheapest tests first: most sentences have no number at all
        if (!hasNumber(sentence) || !planned && statistic.containsAny(sentence)) {
            return false; // a planned sentence is read number by number: see reportsPast
        }
        if (owner == null && (itemRegion == null || Deadlines.statedYear(sentence) == null)) {
            return false; // with no policy named, only an explicit dated goal of a known region counts
        }
        if (pastYearOf(sentence, owner)) {
            return false; // "2023年全市…规模达到420亿元" in a 2024-2027 plan: where things stand, not a goal
        }
        return true;
    }

    /**
     * Whether the sentence dates itself before its policy's time: a year (not 到/至 a year) before the plan's
     * period, or before the year a work report is for ("2021年完成投资达596.3亿元" in a story on the 2022 report).
     */
    static boolean pastYearOf(String sentence, Owner owner) {
        Integer from = owner == null ? null : owner.startYear() != null ? owner.startYear() : owner.reportYear();
        return from != null && Deadlines.statedYear(sentence) == null && Deadlines.pastYear(sentence, from);
    }

    /**
     * Whether the sentence reports where things stand rather than sets goals: a mark of statistics (截至, 同比,
     * 去年 …) outside a list of goals, or a year before its policy's time. A sentence opening 其中 after such a
     * one details the same past ("…完成投资596.3亿元。其中，交通运输…分别完成182.4亿元").
     */
    boolean reportsPast(String sentence, Owner owner, boolean planned) {
        return !planned && statistic.containsAny(sentence) || pastYearOf(sentence, owner);
    }

    /**
     * Whether a mark of statistics stands before the planned number {@code q} or in its text: a goal
     * list may close on a comparison with the past ("粮食产量1300亿斤以上、力争比去年实现更多增长"), which
     * does not make the goals before it statistics, while "目前已建成…" still reports what exists.
     */
    boolean reportsPast(String sentence, Quantity q) {
        return statistic.containsAny(sentence.substring(0, q.end()));
    }

    boolean offersMoney(String sentence) {
        return support.containsAny(RATIO_INDICATOR.matcher(sentence).replaceAll(""));
    }

    /**
     * Start of the goal verb that governs {@code q} among the sentence's quantities {@code all},
     * or -1 when the number is not a goal.
     */
    int governingVerb(String sentence, Quantity q, List<Quantity> all, boolean offersMoney, boolean planned) {
        if (quoted(sentence, q) || structural(sentence, q) || inTitle(sentence, q) || label(sentence, q)
                || tally(sentence, q) || qualifies(sentence, q, all) || inProjectList(sentence, q)) {
            return -1;
        }
        if (base(sentence, q)) {
            return -1; // "普及率从14.7%提升到45%": where the change starts, not the goal
        }
        if (q.unit() == Unit.COUNT && q.comparator() == Comparator.MAX) {
            return -1; // "每年择优评选不超过5个项目": a cap on how many a measure selects, not a goal
        }
        if (q.unit() == Unit.CNY && budget.containsAny(sentence.substring(Metrics.itemStart(sentence, 0, q.start()), q.start()))) {
            return -1; // "安排省级财政资金100亿元": a budget arranged is money set aside, not a level to reach
        }
        if (offersMoney && supportClause(sentence, q)) {
            return -1; // "每个给予50万元奖励", "支持新建100P以上算力项目申报": the offer and its conditions
        }
        int verb = goalVerbBefore(sentence, q);
        if (verb < 0 && planned) {
            return plannedItem(sentence, q); // "城镇调查失业率5%以内", "改造城中村1.4万户"
        }
        if (verb < 0) {
            return -1;
        }
        for (Quantity o : all) {
            // "培育营业收入超5亿元的数据企业20家": the goal's verb is 培育, not the 超 inside the condition.
            if (o.end() <= q.start() && o.end() > verb && qualifies(sentence, o, all)) {
                Matcher m = goalVerb.matcher(sentence).region(Sentences.clauseStart(sentence, verb), verb);
                int outer = -1;
                while (m.find()) {
                    outer = m.start();
                }
                verb = outer >= 0 ? outer : verb;
            }
        }
        return verb;
    }

    /**
     * Where the paragraph first introduces a list of goals (主要预期目标为：, 主要指标如下：), or
     * {@link Integer#MAX_VALUE}: a sentence after it is planned. Found once for all the paragraph's sentences.
     */
    static int goalLead(String paragraph) {
        Matcher m = GOAL_LEAD.matcher(paragraph);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    /**
     * Where the planned number {@code q} that no goal verb governs starts its item, or -1: work
     * pushed on with (推进6个在建项目) is not a goal.
     */
    private int plannedItem(String sentence, Quantity q) {
        int clause = Sentences.clauseStart(sentence, q.start());
        String lead = sentence.substring(clause, q.start());
        if (advance.containsAny(lead)) {
            return -1;
        }
        return clause;
    }

    /**
     * "至少开展1次技术改造": an exact number with a bound before its verb is a minimum; so is the
     * level a text steps up to (迈上3万亿元台阶).
     */
    static Quantity bounded(String sentence, Quantity q, int verb) {
        if (q.comparator() == Comparator.EXACT && (BOUND_BEFORE_VERB.matcher(
                sentence.substring(Math.max(0, verb - 4), verb)).find() || sentence.startsWith("迈上", verb))) {
            return new Quantity(q.start(), q.end(), q.text(), q.value(), q.upperValue(), q.unit(), q.counter(),
                    Comparator.MIN);
        }
        return q;
    }

    /**
     * "分别达30%、20%和10%", "不低于3家、5家": a bound written before the first number of a list
     * (its text opens with the word) bounds every number of the list; {@code q} takes the comparator
     * of the list's head {@code before} when only list joiners part it from the item ending at {@code lastEnd}.
     */
    static Quantity sharedBound(String sentence, Quantity before, int lastEnd, Quantity q) {
        if (q.comparator() != Comparator.EXACT || before.comparator() == Comparator.EXACT
                || before.comparator() == Comparator.APPROX || before.text().isEmpty()
                || Character.isDigit(before.text().charAt(0)) || lastEnd > q.start()
                || !LIST_JOINER.matcher(sentence.substring(lastEnd, q.start())).matches()) {
            return q;
        }
        return new Quantity(q.start(), q.end(), q.text(), q.value(), q.upperValue(), q.unit(), q.counter(), before.comparator());
    }

    static boolean hasNumber(String s) {
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
        // 研发投入强度, 投入使用: money words that offer nothing
        String offers = RATIO_INDICATOR.matcher(c).replaceAll("");
        return support.containsAny(offers) || c.startsWith("支持") || c.startsWith("鼓励") || c.startsWith("对")
                || q.unit() == Unit.CNY && !LEVEL.matcher(sentence.substring(clause, q.end())).find();
    }

    /**
     * "居民人均可支配收入达到9万元", "人均地区生产总值8万元以上": an amount of money the clause
     * says is per head is in yuan per person.
     */
    static Quantity perPerson(String sentence, Quantity q) {
        if (q.unit() != Unit.CNY) {
            return q;
        }
        String clause = sentence.substring(Sentences.clauseStart(sentence, q.start()), q.start());
        if (!clause.contains("人均")) {
            return q;
        }
        return new Quantity(q.start(), q.end(), q.text(), q.value(), q.upperValue(), Unit.CNY_PER_PERSON, q.counter(),
                q.comparator());
    }

    /**
     * "培育营业收入超10亿元的人工智能企业10家": a number in a 的-phrase describing what is
     * counted, with the count itself later in the clause, is a condition, not the goal.
     */
    private static boolean qualifies(String sentence, Quantity q, List<Quantity> all) {
        if (threshold(sentence, q) || q.unit() == Unit.PERCENT && sentence.startsWith("的", q.end())) {
            return true; // "收入占比超过50%的企业": a share describing who is meant
        }
        if (sizeOfCounted(sentence, q, all)) {
            return true; // "新引进落地总投资超10亿元项目50个以上": the size of the projects counted
        }
        if (CONDITION_END.matcher(sentence).region(q.end(), sentence.length()).lookingAt()) {
            return true; // "年销售额达到1000万元及以上的，给予…": a 的-phrase closing its clause names who qualifies
        }
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

    /**
     * "百亿元以上产业链15条", "30亿元以上项目", "10万千瓦及以下燃煤机组": an amount or size with 以上 or
     * 以下 written straight before a noun names the class of things meant, a threshold rather than a level to reach.
     */
    private static boolean threshold(String sentence, Quantity q) {
        return q.unit() != Unit.COUNT && q.unit() != Unit.PERCENT && (q.text().endsWith("以上") || q.text().endsWith("以下"))
                && q.end() < sentence.length() && Han.is(sentence.charAt(q.end()))
                && "的和及与或并".indexOf(sentence.charAt(q.end())) < 0;
    }

    /**
     * "总投资超10亿元项目50个以上", "营收超百亿元企业10家": an amount with a lower bound written straight
     * before a noun, counted later in its clause, says which things are counted, not a level to reach; so does one
     * straight before 项目 or 企业 with no count (超50亿美元项目取得突破).
     */
    private static boolean sizeOfCounted(String sentence, Quantity q, List<Quantity> all) {
        if (q.unit() == Unit.COUNT || q.unit() == Unit.PERCENT || q.comparator() != Comparator.MIN
                || q.end() >= sentence.length() || !Han.is(sentence.charAt(q.end()))
                || "的和及与或并".indexOf(sentence.charAt(q.end())) >= 0) {
            return false;
        }
        if ((q.unit() == Unit.CNY || q.unit() == Unit.USD) && CLASSED.matcher(sentence).region(q.end(), sentence.length()).lookingAt()) {
            return true; // "超50亿美元项目取得突破": the amount before 项目 is the size of the projects meant
        }
        int clauseEnd = q.end();
        while (clauseEnd < sentence.length() && ",，;；。、".indexOf(sentence.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        for (Quantity o : all) {
            if (o.start() > q.end() && o.start() < clauseEnd && o.unit() == Unit.COUNT) {
                return true;
            }
        }
        return false;
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
            // "在南京举办的大会上": a verb before 的 qualifies a noun, it states no goal
            boolean attributive = m.end() < digits && sentence.charAt(m.end()) == '的';
            if (!attributive && !inCompound(sentence, m.start(), m.end())) {
                last = m.start();
            }
        }
        if (last < 0) {
            return -1;
        }
        if (TEMPORAL.matcher(sentence).region(last, clauseEnd(sentence, last)).find()
                && clauseEnd(sentence, last) <= at) {
            return -1; // "项目建成运营后，…按50%比例分配": a clause of time, its verb sets no goal
        }
        // A verb in an earlier clause carries over a list of numbers ("建成30个…,2-3个…、30家…").
        if (last < clause && !listContinues(sentence, clause, at)) {
            return -1;
        }
        return last;
    }

    /** "从640万增加到6000万": the number after 从/由 that a change to another number follows is its base. */
    static boolean base(String sentence, Quantity q) {
        return BASE_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 10), q.start())).find()
                && BASE_AFTER.matcher(sentence).region(q.end(), sentence.length()).lookingAt();
    }

    /** Whether the verb at [start, end) is part of a word that is no verb: 发达国家, 下达, 建设用地. */
    private boolean inCompound(String sentence, int start, int end) {
        int from = Math.max(0, start - 3);
        for (PhraseMatcher.Hit<String> h : compound.all(sentence.substring(from, Math.min(sentence.length(), end + 3)))) {
            if (from + h.start() <= start && from + h.end() >= end) {
                return true;
            }
        }
        return false;
    }

    /** The clause from {@code clause} to the number adds no verb of its own: an item of the same list. */
    private boolean listContinues(String sentence, int clause, int at) {
        String between = sentence.substring(clause, at);
        // "完成重点项目300个，推进4个城市试点", "力争建成50个以上，在6个重点行业打造一批": a clause that pushes
        // on with work under way, or opens with a frame of its own, is not an item of the list before it
        return between.length() <= 40 && !between.contains("是") && !between.contains("为")
                && !goalVerb.matcher(between).find() && !advance.containsAny(between)
                && !frame.matcher(between).lookingAt();
    }

    /** The end of the clause from {@code from}: the next comma or stop (the comma included), or the sentence's end. */
    private static int clauseEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (",，;；。".indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return s.length();
    }

    private static boolean isNumeral(char c) {
        return "一二三四五六七八九十百千万亿两零〇".indexOf(c) >= 0;
    }

    /**
     * A number that names rather than measures: a bandwidth written with no digit names a
     * technology (万兆光网, 超千兆宽带), and so does a duration or bandwidth straight before a
     * noun (15分钟生活圈, 400G全光连接); a size class (30万千瓦级机组, 3人制篮球场); a count
     * written in small Chinese numerals, which GB/T 15835 keeps for set phrases and slogans
     * (两条底线, 八项规定), while counted goals are written in Arabic digits.
     */
    private static boolean label(String sentence, Quantity q) {
        if (q.unit() == Unit.BIT_PER_SECOND && q.text().chars().noneMatch(Character::isDigit)) {
            return true;
        }
        if (q.end() < sentence.length() && CLASS.indexOf(sentence.charAt(q.end())) >= 0) {
            return true;
        }
        if ((q.unit() == Unit.SECOND || q.unit() == Unit.BIT_PER_SECOND) && q.end() < sentence.length()
                && (Han.is(sentence.charAt(q.end())) || sentence.charAt(q.end()) == '/')
                && "以内左的到".indexOf(sentence.charAt(q.end())) < 0) {
            return true; // a duration or a bandwidth naming a thing: 15分钟生活圈, 240小时过境免签, 400G/800G全光连接
        }
        return q.unit() == Unit.COUNT && SMALL_NUMERALS.matcher(q.text()).find()
                && q.text().chars().noneMatch(c -> Character.isDigit(c) || "百千万亿".indexOf(c) >= 0);
    }

    /** "推动A化工60万吨钾肥复合造粒、B公司20万吨铝板带箔等项目建设": the number sizes a project of the list. */
    private static boolean inProjectList(String sentence, Quantity q) {
        return PROJECT_LIST_END.matcher(sentence).region(q.end(), sentence.length()).lookingAt();
    }

    /**
     * "贵阳环高扩容工程等14条高速公路项目": an exact count after 等 tallies things just named, it
     * sets no goal; "…等10个以上示范应用" with a bound is a goal the examples illustrate.
     */
    private static boolean tally(String sentence, Quantity q) {
        return q.unit() == Unit.COUNT && q.comparator() == Comparator.EXACT && q.start() > 0
                && sentence.charAt(q.start() - 1) == '等';
    }

    /**
     * Inside a quoted name or slogan: “…”, "…", or the 「…」『…』 of traditional-Chinese texts. A quotation
     * in which a goal verb governs the number is the policy's own words a story quotes
     * (“由2020年的32.7%提高至33.3%左右”), not a name.
     */
    private boolean quoted(String s, Quantity q) {
        int open = Math.max(s.lastIndexOf('“', q.start()), s.lastIndexOf('"', q.start() - 1));
        int close = s.lastIndexOf('”', q.start());
        if (open > close && s.indexOf('”', q.end()) >= 0) {
            return !quotesGoal(s, open, q);
        }
        for (char[] pair : new char[][] {{'「', '」'}, {'『', '』'}}) {
            open = s.lastIndexOf(pair[0], q.start());
            if (open > s.lastIndexOf(pair[1], q.start()) && s.indexOf(pair[1], q.end()) >= 0) {
                return !quotesGoal(s, open, q);
            }
        }
        return false;
    }

    /** Whether a goal verb stands between the opening quote at {@code open} and the number. */
    private boolean quotesGoal(String s, int open, Quantity q) {
        Matcher m = goalVerb.matcher(s).region(open + 1, q.start());
        while (m.find()) {
            if (!inCompound(s, m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inTitle(String s, Quantity q) {
        return s.lastIndexOf('《', q.start()) > s.lastIndexOf('》', q.start());
    }

    private static boolean structural(String s, Quantity q) {
        if (q.unit() != Unit.COUNT) {
            return false;
        }
        String after = s.substring(q.end());
        boolean partsCounter = "项".equals(q.counter()) || "条".equals(q.counter());
        return "部门".equals(q.counter()) || STRUCTURE.matcher(after).lookingAt()
                || partsCounter && PARTS.matcher(after).lookingAt();
    }
}
