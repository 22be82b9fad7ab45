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
    private static final Pattern OFFERING = Pattern.compile("推出|设立|发放|实施|推行|出台|发布");
    /** A percentage after these is a change, not a share of a base ("比例提高至60%" is a share). */
    private static final Pattern GROWTH = Pattern.compile("增长|下降|降低|减少");

    private final QuantityParser parser = new QuantityParser();
    /** A word of money on offer: an instrument's word or one of lexicon/support-words.tsv. */
    private final Pattern supportWord;
    private final List<CueWords.Label> instrumentWords;
    private final List<CueWords.Label> beneficiaryWords;
    private final List<CueWords.Label> capPeriodWords;

    Money(CueWords cues) {
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

    /**
     * The offers of money in sentence {@code s} of {@code p}: one per stated cap, or one for the
     * sentence's share, voucher or (in a policy's own numbered text) named instrument.
     */
    List<MeasureFacts.Support> supports(Paragraph p, Range s, boolean numbered) {
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

    /** The end of the clause that goes on from {@code from}: the next comma or stop. */
    static int clauseEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (",，;；。".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
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
}
