package org.policykg.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.policykg.text.Tsv;
import java.util.Map;

/**
 * The unit words that may follow a number, each with its base {@link Unit} and factor.
 *
 * <p>Some words only mean a unit in context ({@link Need}): a bare P or E after a number is
 * compute only in a sentence about 算力, a bare G/M/T is bandwidth only in a sentence about
 * networks. Each entry also lists what must not follow it, because then it is the first
 * character of another word: 元宇宙, 个月, 千瓦时, 人才, 场景.
 *
 * <p>The words are data, {@code units.tsv} beside this class, one row each with its unit,
 * factor, counter, context and the words that must not follow it. Counter words (COUNT) are
 * the measure words policy texts put after counted things (个 家 座 所 项 …, 人次 户次 场次);
 * physical units the unit scheme does not model (公里, 平方公里, 亩, 千瓦时, 立方米, 标箱) are
 * counts in the written unit with the unit word as counter. 期 counts sessions only after
 * digits (培训100期; 二期 is a phase). Deliberately not counters: 年 月 日 号 届 (dates,
 * session numbers), 倍 and 分 (ratios, scores), 轮 (新一轮), 大 (十大工程).
 */
final class UnitTable {

    /** The context a unit word needs before it is read as that unit. */
    enum Need {
        NONE,
        /** bare P/E: the sentence is about compute (算力, 计算, 超算, 智算) */
        COMPUTE,
        /** bare G/M/T: the sentence is about networks (带宽, 网络, 宽带, …) */
        NETWORK,
        /** 兆 = Mbps: always after 百/千/万 (千兆), after digits only in a network sentence */
        BANDWIDTH_WORD,
        /** 成 = tenths, only with a comparator (近九成, 七成以上) since 一成不变 etc. abound */
        COMPARATOR,
        /** 期 = sessions only after digits or a scale word (培训100期, 1万期); 二期, 三期 are phases */
        DIGITS,
        /**
         * Ages: a quantity only where it ends its clause (人均预期寿命达到80岁左右), not before
         * the noun it describes (60岁以上老年人, 0—6岁儿童), which names a group of people.
         */
        PREDICATE
    }

    /**
     * One row of the table. {@code measure}: a physical unit the unit scheme does not model
     * (公里, 亩, 千瓦时), kept as a count in the written unit with the unit word as counter.
     */
    record Entry(String surface, Unit unit, BigDecimal factor, String counter, Need need,
                 boolean ignoreCase, boolean measure, String[] notBefore) {

        /** Two sides of a range agree on the unit: 100P-300P, 3个-5个. */
        boolean sameAs(Entry other) {
            return unit == other.unit && factor.compareTo(other.factor) == 0
                    && java.util.Objects.equals(counter, other.counter);
        }
    }

    /** Units that are implied rather than written: 4000亿规模, 指数提高至92, 增至89分. */
    static final Entry IMPLICIT_CNY = new Entry("", Unit.CNY, BigDecimal.ONE, null, Need.NONE, false, false, new String[0]);
    static final Entry IMPLICIT_INDEX = new Entry("", Unit.INDEX, BigDecimal.ONE, null, Need.NONE, false, false, new String[0]);

    private static final String[] NOTHING = new String[0];
    private static final String RESOURCE = "/org/policykg/quantity/units.tsv";

    private static final Map<Character, List<Entry>> BY_FIRST_CHAR = index(load());

    private UnitTable() {
    }

    /** The rows of {@code units.tsv}: surface, unit, factor, counter, need, flags, not_before, note. */
    private static List<Entry> load() {
        List<Entry> all = new ArrayList<>();
        Map<String, Unit> byCode = new HashMap<>();
        for (Unit u : Unit.values()) {
            byCode.put(u.code(), u);
        }
        for (Tsv.Row row : Tsv.rows(RESOURCE, 7, Integer.MAX_VALUE)) {
            String[] f = row.fields();
            Unit unit = byCode.get(f[1]);
            if (unit == null) {
                throw new IllegalStateException(RESOURCE + " line " + row.line() + ": unknown unit " + f[1]);
            }
            List<String> flags = f[5].equals("-") ? List.of() : List.of(f[5].split(","));
            all.add(new Entry(f[0], unit, new BigDecimal(f[2]), f[3].equals("-") ? null : f[3],
                    Need.valueOf(f[4]), flags.contains("ignorecase"), flags.contains("measure"),
                    f[6].equals("-") ? NOTHING : f[6].split(" ")));
        }
        return all;
    }

    /**
     * The longest unit word at {@code pos} that is not the start of another word, or null.
     * Context ({@link Need}) is the caller's to check.
     */
    static Entry longestAt(CharSequence s, int pos) {
        if (pos >= s.length()) {
            return null;
        }
        List<Entry> candidates = BY_FIRST_CHAR.get(s.charAt(pos));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            int end = pos + e.surface().length();
            if (matches(s, pos, e) && boundaryOk(s, end, e)) {
                return e;
            }
        }
        return null;
    }

    private static boolean matches(CharSequence s, int pos, Entry e) {
        String w = e.surface();
        if (pos + w.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char a = s.charAt(pos + i);
            char b = w.charAt(i);
            if (a != b && !(e.ignoreCase() && Character.toUpperCase(a) == Character.toUpperCase(b))) {
                return false;
            }
        }
        return true;
    }

    private static boolean boundaryOk(CharSequence s, int end, Entry e) {
        if (end >= s.length()) {
            return true;
        }
        char next = s.charAt(end);
        String w = e.surface();
        if (isAsciiLetter(w.charAt(w.length() - 1)) && (isAsciiLetter(next) || Numerals.isAsciiDigit(next))) {
            return false; // GB, GPU, PUE, 5G2: not our G, P, E
        }
        if (next == '/' && end + 1 < s.length() && !Character.isWhitespace(s.charAt(end + 1))
                && !Numerals.isAsciiDigit(s.charAt(end + 1))) {
            return false; // 元/吨, Mbps/户: a rate in a unit we do not model
        }
        if (ComparatorLexicon.suffixAt(s, end) != null) {
            return true; // 200所以上: a bound after the word ends it (所以 is no longer "so")
        }
        for (String word : e.notBefore()) {
            if (ComparatorLexicon.startsWith(s, end, word)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static Map<Character, List<Entry>> index(List<Entry> entries) {
        Map<Character, List<Entry>> map = new HashMap<>();
        for (Entry e : entries) {
            char first = e.surface().charAt(0);
            map.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
            if (e.ignoreCase()) {
                map.computeIfAbsent(Character.toLowerCase(first), k -> new ArrayList<>()).add(e);
            }
        }
        // longest first, so that 个百分点 beats 个, 兆瓦 beats 兆 and EFLOPS beats E
        map.values().forEach(l -> l.sort(java.util.Comparator.comparingInt((Entry e) -> e.surface().length()).reversed()));
        map.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(map);
    }



}
