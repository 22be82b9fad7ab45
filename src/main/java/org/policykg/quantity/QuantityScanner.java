package org.policykg.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.policykg.quantity.ComparatorLexicon.Match;
import org.policykg.quantity.UnitTable.Entry;

/**
 * One left-to-right pass over a text. At each character that can start a number it reads
 * [prefix comparator] number [unit] [range separator, number, unit] [suffix comparator] and
 * either emits a {@link Quantity} or skips the whole number, so that no number is ever found
 * inside another (2023 in 2023年, 688318 in SH.688318).
 *
 * <p>A number without a unit is a quantity only when its unit is implied: a 亿 amount as
 * money (4000亿规模), a value after 指数…提高至 as an index, or an item of a list whose last
 * item carries the unit (146.6万、69.3万、19.9万个).
 */
final class QuantityScanner {

    private static final String[] INDEX_VERBS = ContextWords.of("index-verb");
    private static final String CLAUSE_END = ",，。.;；:：!?！？、)）]】”’\"'";
    private static final String BARE_END = ",，。.;；:：!?！？、)）]】”’\"'(（ \t\r\n\u3000和及与或的";

    private record UnitHit(Entry entry, int end) {
    }

    /** A unitless list item waiting for the unit of the item that closes the list. */
    private record Pending(int start, Numeral numeral, Match prefix) {
    }

    private final CharSequence s;
    private final int n;
    /**
     * For {@link QuantityParser#parse}: the caller already knows the string is a quantity, so
     * every context-dependent reading is allowed (100P, 400G, 4000亿, a bare index value).
     */
    private final boolean permissive;
    private final SentenceContext context;
    private final Surroundings around;
    private final List<Quantity> found = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private int pendingNext = -1;
    /** Where the next item of a list of ordinals (第一、二、三批) would start, else -1. */
    private int ordinalListNext = -1;
    /** The bound the last quantity shares with later list items, its unit and end; null if none. */
    private Comparator listBound;
    private Unit listBoundUnit;
    private int listBoundEnd = -1;
    /** Longest noun between two items of a list that share a bound. */
    private static final int LIST_NOUN = 12;
    /** Nothing may start before this: the end of the last quantity or list item. */
    private int floor;

    QuantityScanner(CharSequence s, boolean permissive) {
        this.s = s;
        this.n = s.length();
        this.permissive = permissive;
        this.context = new SentenceContext(s);
        this.around = new Surroundings(s);
    }

    List<Quantity> scan() {
        int i = 0;
        while (i < n) {
            // the cheap test that keeps long stretches of prose fast
            if (Numerals.canStart(s, i)) {
                i = Math.max(i + 1, readAt(i));
            } else {
                i++;
            }
        }
        return found;
    }

    /** Reads whatever starts at {@code i}; returns where scanning continues. */
    private int readAt(int i) {
        char c = s.charAt(i);
        if ((c == '百' || c == '千') && ComparatorLexicon.startsWith(s, i + 1, "分之")) {
            return readPercentWords(i);
        }
        Numeral lo = Numerals.read(s, i);
        if (i == ordinalListNext || !lo.isMalformed() && i > 0 && s.charAt(i - 1) == '第') {
            ordinalListNext = listSeparatorEnd(lo.end()); // 第一、二、三批: the whole list is ordinals
            return drop(lo.end());
        }
        if (lo.isMalformed() || around.leftBlocked(i, lo) || around.rightBlocked(lo.end())) {
            return drop(lo.end());
        }
        Match prefix = prefix(i, lo);
        int start = prefix == null ? i : prefix.start();
        if (start != pendingNext) {
            pending.clear();
        }

        UnitHit unit = unitAfter(lo);
        Numeral hi = null;
        int sep = rangeSeparatorEnd(unit == null ? lo.end() : unit.end());
        if (sep >= 0) {
            Numeral right = Numerals.read(s, sep);
            UnitHit rightUnit = right.isMalformed() || around.rightBlocked(right.end()) ? null : unitAfter(right);
            if (rightUnit != null && (unit == null || unit.entry().sameAs(rightUnit.entry()))) {
                hi = right;
                unit = rightUnit;
            } else if (unit == null) {
                // 2023-2026年, 10.16-10.22, 1—8月份: a range of plain numbers is no quantity
                return drop(rightUnit == null ? right.end() : rightUnit.end());
            }
        }
        if (unit == null) {
            return readBare(start, lo, prefix);
        }

        BigDecimal low = lo.value();
        BigDecimal high = null;
        if (hi != null) {
            high = hi.value();
            if (hi.scaleExp() > 0 && !lo.scaled()) {
                BigDecimal widened = low.scaleByPowerOfTen(hi.scaleExp()); // 1-2万元, 三至五万
                if (widened.compareTo(high) < 0) {
                    low = widened;
                }
            }
            if (low.compareTo(high) >= 0) {
                return drop(unit.end());
            }
        }
        if (prefix == null && unit.entry().unit() == Unit.PERCENT) {
            prefix = ComparatorLexicon.boundOverPhrase(s, i, floor);
            start = prefix == null ? i : prefix.start();
        }
        Match suffix = ComparatorLexicon.suffixAt(s, unit.end());
        boolean plus = lo.plus() || hi != null && hi.plus();
        boolean qualified = prefix != null || suffix != null || plus;
        Entry e = unit.entry();
        if (!around.acceptable(lo, hi, e, qualified, floor)) {
            return drop(unit.end());
        }
        int end = suffix == null ? unit.end() : suffix.end();
        if (e.need() == UnitTable.Need.PREDICATE && !clauseEnds(end)) {
            return drop(end);
        }
        Comparator bound = comparator(prefix, plus, suffix);
        boolean shares = prefix == null && suffix == null && !plus && sharesListBound(start, e.unit());
        if (shares) {
            bound = listBound;
        }
        Quantity q = quantity(start, end, low.multiply(e.factor()), high == null ? null : high.multiply(e.factor()),
                e, bound);
        if (hi == null) {
            flushPending(lo, e);
        }
        emit(q);
        if (prefix != null && !prefix.weak() && bound != Comparator.EXACT || shares) {
            listBound = bound;
            listBoundUnit = e.unit();
            listBoundEnd = end;
        } else {
            listBound = null;
        }
        return end;
    }

    /**
     * Whether the quantity at {@code start} is a later item of a list whose first item carries
     * a bound: 不少于100个团队、100个项目 — the bound is said once for all the items. Only for a
     * list of "quantity noun、quantity …" in the same unit; a verb of reaching (分别达到7亿、4.4亿)
     * is not a bound.
     */
    private boolean sharesListBound(int start, Unit unit) {
        if (listBound == null || unit != listBoundUnit || start - 1 <= listBoundEnd || s.charAt(start - 1) != '、'
                || start - 1 - listBoundEnd > LIST_NOUN) {
            return false;
        }
        for (int k = listBoundEnd; k < start - 1; k++) {
            char c = s.charAt(k);
            if (!Character.isLetter(c) || Numerals.isChineseNumeral(c)) {
                return false;
            }
        }
        return true;
    }

    /** A number with no unit word: money by scale, an index value, or a list item. */
    private int readBare(int start, Numeral num, Match prefix) {
        Entry implicit = null;
        int unitEnd = num.end();
        if (impliesMoney(start, num)) {
            implicit = UnitTable.IMPLICIT_CNY;
        } else if (isIndexValue(num)) {
            implicit = UnitTable.IMPLICIT_INDEX;
            if (unitEnd < n && s.charAt(unitEnd) == '分') {
                unitEnd++; // 增至89分: index points
            }
        }
        if (implicit == null || !bareEnd(unitEnd)) {
            int next = listSeparatorEnd(num.end());
            if (next >= 0 && !num.digitless() && !num.isLoneOne(s)) {
                pending.add(new Pending(start, num, prefix));
                pendingNext = next;
                floor = num.end();
                return num.end();
            }
            return drop(num.end());
        }
        Match suffix = ComparatorLexicon.suffixAt(s, unitEnd);
        int end = suffix == null ? unitEnd : suffix.end();
        emit(quantity(start, end, num.value(), null, implicit, comparator(prefix, num.plus(), suffix)));
        return end;
    }

    /** 百分之五十, 千分之五. */
    private int readPercentWords(int i) {
        int numberStart = i + 3;
        if (numberStart >= n || !Numerals.canStart(s, numberStart)) {
            return drop(numberStart);
        }
        Numeral num = Numerals.read(s, numberStart);
        if (num.isMalformed()) {
            return drop(num.end());
        }
        Match prefix = ComparatorLexicon.prefixBefore(s, i, floor);
        if (prefix == null) {
            prefix = ComparatorLexicon.boundOverPhraseOfWords(s, i, floor);
        }
        int start = prefix == null ? i : prefix.start();
        Match suffix = ComparatorLexicon.suffixAt(s, num.end());
        int end = suffix == null ? num.end() : suffix.end();
        BigDecimal perMille = s.charAt(i) == '千' ? new BigDecimal("0.1") : BigDecimal.ONE;
        pending.clear();
        emit(new Quantity(start, end, s.subSequence(start, end).toString(), num.value().multiply(perMille), null,
                Unit.PERCENT, null, comparator(prefix, num.plus(), suffix)));
        return end;
    }

    // ---- what may stand next to a number ----

    private Match prefix(int i, Numeral num) {
        Match m = ComparatorLexicon.prefixBefore(s, i, floor);
        if (m == null && num.digitless() && i - 1 >= floor && s.charAt(i - 1) == '上') {
            m = new Match(i - 1, i, Comparator.MIN); // 上百家, 上千人: "up to hundreds"
        }
        return m;
    }

    private UnitHit unitAfter(Numeral num) {
        int at = num.end();
        Entry e = UnitTable.longestAt(s, at);
        if (e == null && Gaps.length(s, at) > 0) {
            at += Gaps.length(s, at);
            e = UnitTable.longestAt(s, at);
        }
        if (e == null || !contextAllows(e, num, at)) {
            return null;
        }
        return new UnitHit(e, at + e.surface().length());
    }

    private boolean contextAllows(Entry e, Numeral num, int at) {
        switch (e.need()) {
            case COMPUTE:
                return permissive || context.aboutCompute(at);
            case NETWORK:
                return !(e.surface().equals("G") && around.isTechnologyName(num, at + 1))
                        && (permissive || context.aboutNetworks(at));
            case BANDWIDTH_WORD:
                return num.digitless() || permissive || context.aboutNetworks(at);
            case DIGITS:
                return num.arabic() || num.scaled();
            default:
                return true;
        }
    }

    /** Separator of a range (3—5个, 3-5个, 3~5个, 3至5个) if a number follows it, else -1. */
    private int rangeSeparatorEnd(int pos) {
        int p = pos + Gaps.length(s, pos);
        if (p >= n || "-—–―~〜至到".indexOf(s.charAt(p)) < 0) {
            return -1;
        }
        p++;
        if (p < n && s.charAt(p) == '—') {
            p++; // ——
        }
        p += Gaps.length(s, p);
        return p < n && Numerals.canStart(s, p) ? p : -1;
    }

    /** End of a list separator (、 和 及 与 或 以及) followed by another number, else -1. */
    private int listSeparatorEnd(int pos) {
        if (pos >= n) {
            return -1;
        }
        int p;
        if ("、和及与或".indexOf(s.charAt(pos)) >= 0) {
            p = pos + 1;
        } else if (ComparatorLexicon.startsWith(s, pos, "以及")) {
            p = pos + 2;
        } else {
            return -1;
        }
        return p < n && Numerals.canStart(s, p) ? p : -1;
    }

    /** 4000亿规模; 产值超过2.6万亿; in parse(), any amount in 万 or 亿. */
    private boolean impliesMoney(int start, Numeral num) {
        if (num.scaleExp() < 4 || num.digitless()) {
            return false;
        }
        int after = num.end() + Gaps.length(s, num.end());
        if (num.scaleExp() >= 8 && ComparatorLexicon.startsWith(s, after, "规模")) {
            return true;
        }
        return permissive || context.moneyBefore(start);
    }

    /** 指数提高至92, PUE控制在1.25以内: a plain number after a verb of reaching, in a clause about an index. */
    private boolean isIndexValue(Numeral num) {
        if (num.scaled() || num.digitless() || num.plus()) {
            return false;
        }
        if (permissive) {
            return true;
        }
        int at = num.start() - Gaps.lengthBefore(s, num.start(), floor);
        for (String verb : INDEX_VERBS) {
            if (at - verb.length() >= floor && ComparatorLexicon.startsWith(s, at - verb.length(), verb)) {
                return context.indexBefore(at - verb.length());
            }
        }
        return false;
    }

    /** Punctuation, a line break or the end of the text: nothing the quantity describes follows. */
    private boolean clauseEnds(int pos) {
        return pos >= n || Character.isWhitespace(s.charAt(pos)) || CLAUSE_END.indexOf(s.charAt(pos)) >= 0;
    }

    /** After an implied-unit number: punctuation, a conjunction, a comparator, or the end. */
    private boolean bareEnd(int pos) {
        return pos >= n || BARE_END.indexOf(s.charAt(pos)) >= 0 || ComparatorLexicon.suffixAt(s, pos) != null
                || ComparatorLexicon.startsWith(s, pos, "规模");
    }

    // ---- building results ----

    private static Comparator comparator(Match prefix, boolean plus, Match suffix) {
        Comparator c = prefix == null ? Comparator.EXACT : prefix.comparator();
        if (plus) {
            c = c.and(Comparator.MIN);
        }
        if (prefix != null && prefix.weak() && !plus && suffix != null && suffix.comparator() == Comparator.APPROX) {
            return Comparator.APPROX;
        }
        return suffix == null ? c : c.and(suffix.comparator());
    }

    /** Gives the waiting list items the unit of the item that closes the list. */
    private void flushPending(Numeral closing, Entry e) {
        for (Pending p : pending) {
            Numeral num = p.numeral();
            // 146.6万、19.9万个 share 万; in 3、5、8万个 the 3 might be 3万 or 3, so it stays unread
            if (num.scaleExp() == closing.scaleExp() && around.acceptable(num, null, e, p.prefix() != null || num.plus(), floor)) {
                found.add(quantity(p.start(), num.end(), num.value().multiply(e.factor()), null, e,
                        comparator(p.prefix(), num.plus(), null)));
            }
        }
        pending.clear();
    }

    private Quantity quantity(int start, int end, BigDecimal value, BigDecimal upper, Entry e, Comparator c) {
        return new Quantity(start, end, s.subSequence(start, end).toString(), value, upper, e.unit(), e.counter(), c);
    }

    private void emit(Quantity q) {
        found.add(q);
        floor = q.end();
        pending.clear();
        pendingNext = -1;
    }

    private int drop(int resumeAt) {
        pending.clear();
        pendingNext = -1;
        return resumeAt;
    }
}
