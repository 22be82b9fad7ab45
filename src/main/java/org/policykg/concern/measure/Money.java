package org.policykg.concern.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Supports;
import org.policykg.lexicon.CueWords;
import org.policykg.quantity.Comparator;
import org.policykg.quantity.Quantity;
import org.policykg.quantity.QuantityParser;
import org.policykg.quantity.Unit;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.segment.Sentences;

/**
 * The money a sentence offers: each stated cap (not a threshold to reach), the share
 * of a base (not a growth rate), the period a cap applies to, how the money is given
 * and to whom. Instruments, beneficiaries and cap periods are the hidden labels of
 * ontology/concepts.ttl; the other words of money on offer are lexicon/support-words.tsv.
 */
final class Money {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern OFFERING = Pattern.compile("推出|设立|发放|实施|推行|出台|发布");
    /** A percentage after these is a change, not a share of a base ("比例提高至60%" is a share). */
    private static final Pattern GROWTH = Pattern.compile("增长|下降|降低|减少");
    /** What follows an amount given as support: (的)(资金|经费)支持. */
    private static final Pattern SUPPORT_AFTER = Pattern.compile("的?(?:资金|经费)?支持");
    /** Cap periods (pc:cap-…): a cap per recipient in a yearly offer is read as the yearly cap. */
    private static final String PER_YEAR = "per-year";
    private static final String PER_RECIPIENT = "per-award";
    /** The concept of money given as such (pc:instrument-funding). */
    private static final String FUNDING = "funding";
    /** What an award's own amount is called after its instrument's word (奖励额, 补助资金, 奖补金额). */
    private static final List<String> AWARD_AMOUNTS = List.of("额", "资金", "金额", "款");
    /** The shares listed before one (按应奖励额的30%、30%和40%): left out to reach the base they share. */
    private static final Pattern LISTED_SHARES = Pattern.compile("[\\d.%％、和及与\\s]+$");
    /** A clause holding a percentage: one tier of a list of shares. */
    private static final Pattern PERCENT_SIGN = Pattern.compile("\\d\\s*[%％]|百分之");
    /** An amount of a list of bands with its joiners (1000万元及以上至5000万元、): between a base noun and the next band. */
    private static final Pattern BAND = Pattern.compile(
            "\\d[\\d.,]*\\s*(?:[万亿]|千万)?元?(?:\\(含\\)|（含）)?(?:及以上|以上|及以下|以下)?\\s*(?:至|到|、|和|及|或|，)?");

    /**
     * The rest of a list of amounts closed by 的 and a comma: "首次突破5000万元、1亿元的，分别给予…" states the
     * conditions the offers after it answer, each amount of it a threshold.
     */
    private static final Pattern CONDITION_LIST_END = Pattern.compile(
            "(?:\\s*(?:\\(含\\)|（含）)?(?:及以上|以上)?\\s*[、和或及]\\s*\\d[\\d.,\\s]*(?:[万亿]|千万)?元)*"
                    + "\\s*(?:\\(含\\)|（含）)?(?:及以上|以上)?的[，,]");

    private final QuantityParser parser = new QuantityParser();
    /** A word of money on offer: an instrument's word or one of lexicon/support-words.tsv. */
    private final PhraseMatcher<String> supportWord;
    private final List<CueWords.Label> instrumentWords;
    private final List<CueWords.Label> beneficiaryWords;
    private final List<CueWords.Label> capPeriodWords;
    /** Nouns an amount measures rather than gives (投资, 产值 …), conditions (最低 …) and funds (基金). */
    private final List<String> baseWords;
    /** Verbs raising a standard (提高, 增加): an amount right after one, in a clause naming a standard, is an increment. */
    private final List<String> raiseWords;
    /** Nouns of a standard (标准) that a raise applies to. */
    private final List<String> standardWords;
    private final List<String> thresholdWords;
    private final List<String> fundWords;
    /** Words of setting up a pool (设立): an amount right after one is the pool's size. */
    private final List<String> foundingWords;
    /** Words naming a fund (资金, 基金): what a founding word sets up when one follows the amount in its clause. */
    private final List<String> poolWords;
    /** Words that grant or cap money: a share beside them is offered (instruments, 给予, 最高 …). */
    private final List<String> grantWords;
    /** Verbs of selecting awardees: a period in their clause is how often, not the cap's. */
    private final List<String> selectionWords;
    /** Verbs that set a level to reach (lexicon/goal-verbs.tsv): a percentage right after one is a rate, not a share. */
    private final List<String> goalVerbs;
    /** Verbs that give money (给予, 予以, 提供 …): lexicon/support-words.tsv offer, measure (安排), grant-verb, cap and raise. */
    private final List<String> grantVerbs;
    /** Words that take money back or bar it (追回, 取消, 限制 …): an instrument in their clause is not offered. */
    private final List<String> withdrawWords;
    /** Words of paying an award out (兑现, 拨付 …): an instrument in their clause is paid by a procedure, not offered. */
    private final List<String> payoutWords;
    /** Words of paying an award out or in parts (兑现, 拨付, 竣工后 …): a percentage of no base beside them is a part paid. */
    private final List<String> instalmentWords;
    /** Base words holding an instrument's word (实际投入, 总投入): there it names what a share is of, not money given. */
    private final List<String> basesHoldingInstruments;

    Money(CueWords cues) {
        List<String> give = new ArrayList<>(cues.words("support-words", "offer"));
        give.addAll(cues.words("support-words", "measure"));
        give.addAll(cues.words("support-words", "grant-verb"));
        give.addAll(cues.words("support-words", "founding")); // 设立专项资金: setting up a fund offers it
        give.addAll(cues.words("support-words", "cap"));
        give.addAll(cues.words("support-words", "raise")); // 提高…补助等标准: raising a subsidy's standard offers it
        this.grantVerbs = List.copyOf(give);
        List<String> verbs = new ArrayList<>(cues.words("goal-verbs", "verb"));
        verbs.addAll(cues.words("goal-verbs", "commit-verb"));
        this.goalVerbs = List.copyOf(verbs);
        this.baseWords = cues.words("support-words", "base");
        this.raiseWords = cues.words("support-words", "raise");
        this.standardWords = cues.words("support-words", "standard");
        this.thresholdWords = cues.words("support-words", "threshold");
        this.fundWords = cues.words("support-words", "fund");
        this.foundingWords = cues.words("support-words", "founding");
        List<String> pools = new ArrayList<>(cues.words("support-words", "pool"));
        pools.addAll(fundWords);
        this.poolWords = List.copyOf(pools);
        this.selectionWords = cues.words("support-words", "selection");
        this.instrumentWords = cues.labels("instrument", "instrument-");
        // 企业 is in nearly every sentence: whether firms receive the money is the rule of beneficiaries().
        this.beneficiaryWords = cues.labels("beneficiary", "beneficiary-").stream()
                .filter(l -> !l.concept().equals("enterprise")).toList();
        this.capPeriodWords = cues.labels("cap-period", "cap-");
        this.withdrawWords = cues.words("support-words", "withdraw");
        this.payoutWords = cues.words("support-words", "payout");
        List<String> parts = new ArrayList<>(payoutWords);
        parts.addAll(cues.words("support-words", "instalment"));
        this.instalmentWords = List.copyOf(parts);
        this.basesHoldingInstruments = baseWords.stream()
                .filter(b -> instrumentWords.stream().anyMatch(l -> b.contains(l.word()))).toList();
        List<String> money = new ArrayList<>();
        instrumentWords.forEach(l -> money.add(l.word()));
        money.addAll(cues.words("support-words", "offer"));
        money.addAll(cues.words("support-words", "measure"));
        // one pass over the sentence (Aho–Corasick), where a regex alternation tries every word at every char
        this.supportWord = PhraseMatcher.keywords(money.stream().distinct().toArray(String[]::new));
        List<String> grant = new ArrayList<>();
        // 投入 alone is spending (研发投入强度达到3%), not a grant.
        instrumentWords.stream().map(CueWords.Label::word).filter(w -> !w.equals("投入")).forEach(grant::add);
        grant.addAll(cues.words("support-words", "offer"));
        grant.addAll(cues.words("support-words", "cap"));
        this.grantWords = grant.stream().distinct().toList();
    }

    /**
     * A share offered is a part of a cost, at most 100 % (the ontology bounds pol:maxRatio so): a
     * percentage above it is of something else, such as a rate of interest (贷款市场报价利率的150%).
     */
    private static boolean ofWhole(Quantity q) {
        BigDecimal top = q.upperValue() != null ? q.upperValue() : q.value();
        return top.compareTo(HUNDRED) <= 0;
    }

    /**
     * The offers of money in sentence {@code s} of {@code p}: one per stated cap, or one for the
     * sentence's share, voucher or (in a policy's own numbered text) named instrument.
     */
    List<MeasureFacts.Support> supports(Paragraph p, Range s, boolean numbered) {
        return supports(p, s, numbered, false);
    }

    /**
     * The same, where {@code listed} says the sentence is a line of a list of offers (under 支持内容):
     * what it states is offered without a word of giving (生态社区最高500万元).
     */
    List<MeasureFacts.Support> supports(Paragraph p, Range s, boolean numbered, boolean listed) {
        String sentence = p.string().substring(s.start(), s.end());
        if (!listed && !supportWord.containsAny(sentence)) {
            return List.of();
        }
        List<Quantity> amounts = new ArrayList<>();
        List<Quantity> ratios = new ArrayList<>();
        for (Quantity q : parser.findAll(sentence)) {
            if (q.unit() == Unit.CNY && q.comparator() != Comparator.MIN && !threshold(sentence, q) && !measured(sentence, q)) {
                amounts.add(q);
            } else if (q.unit() == Unit.PERCENT && ofWhole(q) && !GROWTH.matcher(before(sentence, q.start(), 3)).find() && shareOffered(sentence, q)) {
                ratios.add(q);
            }
        }
        TreeSet<String> instruments = instruments(sentence);
        TreeSet<String> beneficiaries = beneficiaries(sentence);
        if (amounts.size() == 1 && givenAsSupport(sentence, amounts.get(0))) {
            instruments.add(FUNDING);
        }
        List<MeasureFacts.Support> out = new ArrayList<>();
        if (amounts.size() >= 2) {
            int from = 0; // shares stated before an amount, since the one before it, go with it (按…的30%给予补贴，最高100万元)
            for (int k = 0; k < amounts.size(); k++) {
                Quantity a = amounts.get(k);
                int clause = Sentences.clauseStart(sentence, a.start());
                String c = sentence.substring(clause, clauseEnd(sentence, a.end()));
                int to = k + 1 == amounts.size() ? sentence.length() : clauseEnd(sentence, a.end());
                BigDecimal ratio = maxValue(ratios, Math.min(from, clause), to);
                // Each offer goes to the recipients its own part names (对高校…100万元，对企业…50万元); a part with no
                // recipient or condition of its own (分别给予50万元、20万元) shares the sentence's.
                String part = sentence.substring(Math.min(from, clause), clauseEnd(sentence, a.end()));
                TreeSet<String> own = beneficiaries(part);
                TreeSet<String> recipients = own.isEmpty() && !part.contains("对") && !part.contains("向") && !part.contains("的") ? beneficiaries : own;
                from = to;
                TreeSet<String> ins = instruments(c);
                if (givenAsSupport(sentence, a)) {
                    ins.add(FUNDING);
                }
                out.add(new MeasureFacts.Support(cap(a), ratio, period(sentence.substring(clause, a.start())),
                        ins.isEmpty() ? instruments : ins, recipients, a.text(),
                        new Evidence(p.span(s.start() + clause, s.start() + clauseEnd(sentence, a.end())), Supports.MAX_AMOUNT)));
            }
            return out;
        }
        BigDecimal amount = amounts.isEmpty() ? null : cap(amounts.get(0));
        BigDecimal ratio = maxValue(ratios, 0, sentence.length());
        boolean voucherOffer = instruments.stream().anyMatch(i -> i.endsWith("voucher")) && offersVoucher(sentence);
        // Without an amount, a sentence still offers money when it names how (补助, 贴息, 专项资金 …).
        boolean named = numbered && instruments.stream().anyMatch(i -> !i.equals("funding") || !withoutBases(sentence).contains("投入"))
                && granted(sentence);
        if (amount == null && ratio == null && !voucherOffer && !named) {
            return List.of();
        }
        // A cap period is the period of a cap: an offer without an amount has none.
        String period = amounts.isEmpty() ? null : periodBefore(sentence, amounts.get(0).start());
        String expression = amounts.isEmpty() ? (ratios.isEmpty() ? null : ratios.get(0).text()) : amounts.get(0).text();
        out.add(new MeasureFacts.Support(amount, ratio, period, instruments, beneficiaries, expression,
                new Evidence(p.span(s.start(), s.end()), amount != null ? Supports.MAX_AMOUNT : ratio != null ? Supports.MAX_RATIO : null)));
        return out;
    }

    /** The end of the clause that goes on from {@code from}: the next comma or stop. */
    static int clauseEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (",，;；。".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    /**
     * Whether the sentence gives an instrument it names: a grant verb (给予, 予以, 提供, 加大 …) in
     * the instrument word's clause. A procedure names one without giving it (申请补助,
     * 受补助人, 追回补助款, 算力券兑现申请).
     */
    private boolean granted(String sentence) {
        String text = withoutBases(sentence);
        for (CueWords.Label l : instrumentWords) {
            for (int at = text.indexOf(l.word()); at >= 0; at = text.indexOf(l.word(), at + 1)) {
                String clause = text.substring(Sentences.clauseStart(text, at), clauseEnd(text, at));
                if (grantVerbs.stream().anyMatch(clause::contains) && withdrawWords.stream().noneMatch(clause::contains)
                        && payoutWords.stream().noneMatch(clause::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "给予最高500万元支持", "100万元的资金支持": an amount given as support is funding (资金支持). */
    private static boolean givenAsSupport(String sentence, Quantity q) {
        return SUPPORT_AFTER.matcher(sentence).region(q.end(), sentence.length()).lookingAt();
    }

    /** A cap given as a range (每家20万元—100万元) is capped by its upper bound. */
    private static BigDecimal cap(Quantity q) {
        return q.upperValue() != null && q.upperValue().compareTo(q.value()) > 0 ? q.upperValue() : q.value();
    }

    /**
     * "孤儿津贴标准分别提高510元、440元": the amount (or one of a list of them) right after a verb raising a
     * standard the clause names is what the standard rises by, not money given; 提高到500元 sets a new level.
     */
    private boolean raised(String lead) {
        for (String w : raiseWords) {
            int at = lead.lastIndexOf(w);
            if (at < 0) {
                continue;
            }
            String before = lead.substring(0, at);
            String between = BAND.matcher(lead.substring(at + w.length())).replaceAll("").replaceAll("\\s", "");
            if (between.isEmpty() && standardWords.stream().anyMatch(before::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "年度投资1.1万亿元", "总投资5000万元", "设立规模100亿元的产业基金": an amount a project,
     * an economy or a fund measures, not money given — a base noun right before it in its clause,
     * or a fund named in a clause that grants nothing.
     */
    private boolean measured(String sentence, Quantity q) {
        int clause = Sentences.clauseStart(sentence, q.start());
        String lead = sentence.substring(clause, q.start());
        for (String w : baseWords) {
            int at = lead.lastIndexOf(w);
            if (at >= 0) {
                // Tiers of a base (投资1000万元至5000万元、5000万元以上至1亿元、1亿元以上的): each amount of the list measures it.
                String between = BAND.matcher(lead.substring(at + w.length())).replaceAll("").replaceAll("\\s", ""); // "突破 1000 万元": a PDF's spaces
                if (between.length() <= 4 && grantWords.stream().noneMatch(between::contains)) {
                    return true;
                }
            }
        }
        if (raised(lead)) {
            return true;
        }
        // A fund set up (设立2.43亿元…专项引导资金, 设立规模10亿元的…基金): its size, though its name holds an instrument's
        // word; a cap between (设立最高500万元的奖励) makes it an offer, and a voucher scheme's scale (设立年度2.5亿元规模的算力券)
        // names no fund.
        String after = sentence.substring(q.end(), clauseEnd(sentence, q.end()));
        for (String w : poolWords.stream().anyMatch(after::contains) ? foundingWords : List.<String>of()) {
            int at = lead.lastIndexOf(w);
            if (at >= 0) {
                String between = lead.substring(at + w.length()).replaceAll("\\s", "");
                if (between.length() <= 4 && grantWords.stream().noneMatch(between::contains)) {
                    return true;
                }
            }
        }
        String c = sentence.substring(clause, clauseEnd(sentence, q.end()));
        return fundWords.stream().anyMatch(c::contains) && grantWords.stream().noneMatch(c::contains);
    }

    /**
     * Whether a percentage is a share of money given: its clause or one beside it grants or caps
     * money (按合同金额的30%给予补贴; 按不超过费用30%，最高200万元予以资助) — not a rate to reach
     * (研发投入强度达到3.35%) — and it is not a condition (补助金额超过总经费百分之五十者).
     */
    private boolean shareOffered(String sentence, Quantity q) {
        if (q.comparator() == Comparator.MIN && (sentence.startsWith("的", q.end()) || sentence.startsWith("者", q.end()))) {
            return false;
        }
        int start = Sentences.clauseStart(sentence, q.start());
        int end = clauseEnd(sentence, q.end());
        String own = sentence.substring(start, end);
        if (instalment(own, numberStart(q) - start, q.end() - start)) {
            return false;
        }
        if (raised(sentence.substring(start, q.start()))) {
            return false; // 按市补助标准上浮30%执行: the standard rises by it, it is no share of a cost
        }
        if (grantWords.stream().noneMatch(own::contains)) {
            String lead = before(sentence, q.start(), 4);
            if (goalVerbs.stream().anyMatch(v -> lead.endsWith(v) || q.text().startsWith(v))) {
                return false; // 研发投入强度达到2.6%: a rate to reach
            }
        }
        int before = start > 0 ? Sentences.clauseStart(sentence, start - 1) : start;
        // Tiered shares (第一年50%，第二年40%，第三年30%，每年给予最高50万元补助) share the grant after the list.
        int after = end;
        while (after < sentence.length()) {
            int next = clauseEnd(sentence, after + 1);
            boolean tier = PERCENT_SIGN.matcher(sentence.substring(after + 1, next)).find();
            after = next;
            if (!tier) {
                break;
            }
        }
        String window = sentence.substring(before, after);
        return grantWords.stream().anyMatch(window::contains);
    }

    /**
     * Whether the percentage at {@code at} of {@code clause} is a part of an award paid at a stage (项目竣工后奖励30%,
     * 其中奖补资金50%待企业达产后兑现): the clause speaks of paying out, and nothing before the percentage makes it
     * a share of a base (按投资额的10%, 验收后按合同金额的30%给予补助, 给予10%奖补).
     */
    private boolean instalment(String clause, int at, int after) {
        String lead = clause.substring(0, at);
        String rest = clause.substring(after);
        if (ofAward(lead) && !rest.contains("给予") && !rest.contains("予以")) {
            return true; // 按国家实际到账补助资金的25%给予补助: a matching grant, a share offered
        }
        if (instalmentWords.stream().noneMatch(clause::contains)) {
            return false;
        }
        return !lead.contains("按") && !lead.contains("的") && !lead.contains("给予") && !lead.contains("予以");
    }

    /** Where the number of {@code q} starts, after a comparator written into it (不超过50%). */
    private static int numberStart(Quantity q) {
        String t = q.text();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i)) || t.startsWith("百分之", i)) {
                return q.start() + i;
            }
        }
        return q.start();
    }

    /**
     * Whether the text before a percentage names the award itself as its base (按应奖励额的30%、30%和40%…进行奖励,
     * 补助资金的50%由市级财政承担): a part of the money given, paid at a stage or shared between payers.
     */
    private boolean ofAward(String lead) {
        String l = LISTED_SHARES.matcher(lead).replaceAll("");
        l = l.endsWith("的") ? l.substring(0, l.length() - 1) : l;
        for (String own : AWARD_AMOUNTS) {
            if (l.endsWith(own)) {
                String before = l.substring(0, l.length() - own.length());
                if (instrumentWords.stream().anyMatch(w -> before.endsWith(w.word()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The cap period of an amount: the period word nearest before it in the sentence, where a clause
     * that selects awardees (每年择优评选不超过5个项目) tells how often, not the cap's period.
     */
    private String periodBefore(String sentence, int amountStart) {
        String perRecipient = null;
        int end = amountStart;
        while (end > 0) {
            int start = Sentences.clauseStart(sentence, end - 1);
            String clause = sentence.substring(start, end);
            String found = period(clause);
            boolean earlier = start < Sentences.clauseStart(sentence, amountStart);
            if (found != null && earlier && datesBase(clause)) {
                found = null; // 年度投资1200亿元: the period of a project's investment, not of the cap
            } else if (found != null) {
                String p = selectionWords.stream().anyMatch(clause::contains) && earlier ? null : found;
                if (perRecipient != null) {
                    return PER_YEAR.equals(p) ? p : perRecipient;
                }
                if (!PER_RECIPIENT.equals(p)) {
                    return p;
                }
                // 每年按保费的50%给予补助，单个企业最高补助50万元: a cap per firm in a yearly offer is a yearly cap
                // (the README's 200万元 per enterprise per year is per-year)
                if (yearIn(clause)) {
                    return PER_YEAR;
                }
                perRecipient = p;
            }
            end = start > 0 ? start - 1 : 0;
            if (start == 0) {
                break;
            }
        }
        return perRecipient;
    }

    /** Whether {@code clause} names a yearly period (每年, 年度 …). */
    private boolean yearIn(String clause) {
        return capPeriodWords.stream().anyMatch(l -> l.concept().equals(PER_YEAR) && clause.contains(l.word()));
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
    private boolean threshold(String sentence, Quantity q) {
        String b = before(sentence, q.start(), 8);
        return thresholdWords.stream().anyMatch(b::contains)
                || sentence.startsWith("的", q.end()) && b.contains("达到")
                || CONDITION_LIST_END.matcher(sentence).region(q.end(), sentence.length()).lookingAt();
    }

    private static String before(String s, int at, int n) {
        return s.substring(Math.max(0, at - n), at);
    }

    /** The largest share among {@code qs} in [from, to): a range (按投资额的5%-20%给予奖励) by its upper bound. */
    private static BigDecimal maxValue(List<Quantity> qs, int from, int to) {
        BigDecimal max = null;
        for (Quantity q : qs) {
            if (q.start() >= from && q.end() <= to && (max == null || cap(q).compareTo(max) > 0)) {
                max = cap(q);
            }
        }
        return max;
    }

    /** The cap period named nearest before the amount. */
    /**
     * Whether the last period word of {@code clause} dates a base (年度投资, 年度研发投入, 上年度新增固定资产投资):
     * a base word opens with it (年度投入) or within eight chars after it, no cap between. "单个项目最高可按照不超过核定总投入的80%" names
     * the cap's period, with a base further on.
     */
    private boolean datesBase(String clause) {
        int at = -1;
        int end = -1;
        for (CueWords.Label p : capPeriodWords) {
            int k = clause.lastIndexOf(p.word());
            if (k > at) {
                at = k;
                end = k + p.word().length();
            }
        }
        if (at < 0) {
            return false;
        }
        // the base's own qualifiers may come between (上年度新增固定资产投资), a cap may not (单个项目最高…总投入)
        String after = clause.substring(at, Math.min(clause.length(), end + 8 + 4));
        for (String w : baseWords) {
            int b = after.indexOf(w);
            if (b >= 0 && b <= end - at + 8 && !after.substring(0, b).contains("最高")) {
                return true;
            }
        }
        return false;
    }

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

    /**
     * How the money of {@code s} is given: the instruments it names, except where the word is part of
     * a base (按实际投入给予补助, 项目审定总投入的50%: spending a share is of, not 资金支持).
     */
    private TreeSet<String> instruments(String s) {
        return words(withoutBases(s), instrumentWords);
    }

    /**
     * {@code s} with each instrument word that lies inside a base word blanked out, offsets kept: 投入 of
     * 实际投入 goes, while 专项资金 of 专项资金投入 (the base 资金投入 overlapping it) stays.
     */
    private String withoutBases(String s) {
        char[] out = null;
        for (String b : basesHoldingInstruments) {
            for (int at = s.indexOf(b); at >= 0; at = s.indexOf(b, at + 1)) {
                for (CueWords.Label l : instrumentWords) {
                    int in = b.indexOf(l.word());
                    if (in >= 0) {
                        out = out == null ? s.toCharArray() : out;
                        java.util.Arrays.fill(out, at + in, at + in + l.word().length(), '\u3000');
                    }
                }
            }
        }
        return out == null ? s : new String(out);
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

    /** Who gets the money: named kinds, and 企业 when firms are named as recipients (对…企业, 单个企业最高…). */
    private TreeSet<String> beneficiaries(String s) {
        TreeSet<String> out = words(s, beneficiaryWords);
        String rest = s.replace("初创企业", "");
        // 给予企业奖励, 发放给符合条件的企业: the firm named as the one given the money
        if (rest.matches(".*(对|向|的|给|支持|同一|鼓励|单个|单家|单户|每家)[^,，。]{0,20}企业.*") || rest.startsWith("企业")) {
            out.add("enterprise");
        }
        return out;
    }
}
