package org.policykg.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit words that may follow a number, each with its base {@link Unit} and factor.
 *
 * <p>Some words only mean a unit in context ({@link Need}): a bare P or E after a number is
 * compute only in a sentence about 算力, a bare G/M/T is bandwidth only in a sentence about
 * networks. Each entry also lists what must not follow it, because then it is the first
 * character of another word: 元宇宙, 个月, 千瓦时, 人才, 场景.
 *
 * <p>Counter words (COUNT) are the measure words policy texts put after counted things:
 * 个 家 座 幢 栋 所 项 条 户 台 款 次 名 人 位 批 场 处 种 张 部 套 件 站 辆 艘 架 颗 篇 册 间
 * 支 根 枚, plus 部门 and 人次. Deliberately not counters: 年 月 日 号 期 届 (dates, issue and
 * session numbers), 亩 (area), 倍 and 分 (ratios, scores), 轮 (新一轮), 大 (十大工程).
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
        COMPARATOR
    }

    record Entry(String surface, Unit unit, BigDecimal factor, String counter, Need need,
                 boolean ignoreCase, String[] notBefore) {

        /** Two sides of a range agree on the unit: 100P-300P, 3个-5个. */
        boolean sameAs(Entry other) {
            return unit == other.unit && factor.compareTo(other.factor) == 0
                    && java.util.Objects.equals(counter, other.counter);
        }
    }

    /** Units that are implied rather than written: 4000亿规模, 指数提高至92, 增至89分. */
    static final Entry IMPLICIT_CNY = new Entry("", Unit.CNY, BigDecimal.ONE, null, Need.NONE, false, new String[0]);
    static final Entry IMPLICIT_INDEX = new Entry("", Unit.INDEX, BigDecimal.ONE, null, Need.NONE, false, new String[0]);

    private static final String[] NOTHING = new String[0];
    private static final String[] COUNTERS = {
        "个", "家", "座", "幢", "栋", "所", "项", "条", "户", "台", "款", "次", "名", "人", "位", "批", "场",
        "处", "种", "张", "部", "套", "件", "站", "辆", "艘", "架", "颗", "篇", "册", "间", "支", "根", "枚",
        "部门", "人次"};
    /** After a counter, characters that make it the start of a noun instead (人才, 场景, 项目). */
    private static final Map<String, String[]> COUNTER_NOT_BEFORE = Map.ofEntries(
            Map.entry("个", words("月", "工作日", "季度", "年度", "星期", "礼拜", "学期", "财年", "小时", "多月", "半月",
                    "多小时", "半小时")),
            Map.entry("人", words("工", "才", "民", "口", "类", "群", "员", "力", "脸", "形", "体", "均", "士", "文")),
            Map.entry("家", words("庭", "居", "电", "园", "乡", "族", "属", "具", "长")),
            Map.entry("户", words("籍", "外", "型", "口", "主")),
            Map.entry("项", words("目")),
            Map.entry("场", words("景", "所", "地", "馆", "合", "域", "面", "次")),
            Map.entry("所", words("需", "有", "属", "在", "得", "以", "谓", "长")),
            Map.entry("条", words("件", "例", "款", "线", "码")),
            Map.entry("种", words("类", "子", "植", "业", "养")),
            Map.entry("款", words("项")),
            Map.entry("批", words("准", "复", "发", "次")),
            Map.entry("套", words("餐")),
            Map.entry("座", words("谈", "席")),
            Map.entry("名", words("称", "单", "牌", "片", "优", "录", "额", "义")),
            Map.entry("台", words("阶", "账", "风")),
            Map.entry("处", words("理", "置", "室", "长", "罚", "于")),
            Map.entry("站", words("点", "长", "位")),
            Map.entry("位", words("置", "于", "居")),
            Map.entry("部", words("署", "分", "件", "位", "长")),
            Map.entry("支", words("持", "付", "撑", "出", "柱", "部")),
            Map.entry("间", words("接", "隔")),
            Map.entry("张", words("贴")),
            Map.entry("次", words("要", "生", "级")));

    private static final Map<Character, List<Entry>> BY_FIRST_CHAR = index(entries());

    private UnitTable() {
    }

    private static List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        String[] notMoney = words("宇宙", "器件", "件", "素", "年", "旦", "首", "老", "气", "宵", "帅", "化");
        all.add(entry("元", Unit.CNY, "1", notMoney));
        all.add(entry("人民币", Unit.CNY, "1", NOTHING));
        all.add(entry("元/人", Unit.CNY_PER_PERSON, "1", NOTHING));

        all.add(entry("%", Unit.PERCENT, "1", NOTHING));
        all.add(entry("‰", Unit.PERCENT, "0.1", NOTHING));
        all.add(entry("百分点", Unit.PERCENT, "1", NOTHING));   // percentage points: see QuantityParser
        all.add(entry("个百分点", Unit.PERCENT, "1", NOTHING));
        all.add(new Entry("成", Unit.PERCENT, new BigDecimal("10"), null, Need.COMPARATOR, false,
                words("为", "立", "功", "果", "本", "员", "熟", "效", "交", "长", "型", "都", "品", "就", "绩", "套", "分")));

        all.add(ascii("EFLOPS", Unit.FLOPS, "1e18", Need.NONE, true));
        all.add(ascii("PFLOPS", Unit.FLOPS, "1e15", Need.NONE, true));
        all.add(ascii("TFLOPS", Unit.FLOPS, "1e12", Need.NONE, true));
        all.add(ascii("GFLOPS", Unit.FLOPS, "1e9", Need.NONE, true));
        all.add(ascii("FLOPS", Unit.FLOPS, "1", Need.NONE, true));
        all.add(ascii("E", Unit.FLOPS, "1e18", Need.COMPUTE, false));
        all.add(ascii("P", Unit.FLOPS, "1e15", Need.COMPUTE, false));

        String[] energy = words("时", "h");                       // 千瓦时, kWh: energy, not power
        all.add(entry("瓦", Unit.WATT, "1", energy));
        all.add(entry("千瓦", Unit.WATT, "1e3", energy));
        all.add(entry("兆瓦", Unit.WATT, "1e6", energy));
        all.add(entry("吉瓦", Unit.WATT, "1e9", energy));
        for (String[] w : new String[][] {{"kW", "1e3"}, {"KW", "1e3"}, {"MW", "1e6"}, {"GW", "1e9"}}) {
            all.add(new Entry(w[0], Unit.WATT, new BigDecimal(w[1]), null, Need.NONE, false, energy));
        }
        all.add(entry("吨", Unit.TONNE, "1", NOTHING));

        for (String[] w : new String[][] {{"Tbps", "1e12"}, {"Gbps", "1e9"}, {"Mbps", "1e6"}, {"Kbps", "1e3"},
                {"kbps", "1e3"}, {"bps", "1"}, {"Tb/s", "1e12"}, {"Gb/s", "1e9"}, {"Mb/s", "1e6"}}) {
            all.add(ascii(w[0], Unit.BIT_PER_SECOND, w[1], Need.NONE, false));
        }
        all.add(ascii("T", Unit.BIT_PER_SECOND, "1e12", Need.NETWORK, false));
        all.add(ascii("G", Unit.BIT_PER_SECOND, "1e9", Need.NETWORK, false));
        all.add(ascii("M", Unit.BIT_PER_SECOND, "1e6", Need.NETWORK, false));
        all.add(new Entry("兆", Unit.BIT_PER_SECOND, new BigDecimal("1e6"), null, Need.BANDWIDTH_WORD, false,
                words("瓦", "赫", "帕", "焦", "欧", "字节", "比特", "位", "吨", "元")));

        all.add(entry("毫秒", Unit.SECOND, "0.001", NOTHING));
        all.add(entry("微秒", Unit.SECOND, "0.000001", NOTHING));
        all.add(entry("纳秒", Unit.SECOND, "0.000000001", NOTHING));
        all.add(entry("秒", Unit.SECOND, "1", words("杀")));
        all.add(entry("分钟", Unit.SECOND, "60", NOTHING));
        all.add(entry("小时", Unit.SECOND, "3600", NOTHING));
        all.add(ascii("ms", Unit.SECOND, "0.001", Need.NONE, false));
        all.add(ascii("μs", Unit.SECOND, "0.000001", Need.NONE, false));

        for (String c : COUNTERS) {
            all.add(new Entry(c, Unit.COUNT, BigDecimal.ONE, c, Need.NONE, false,
                    COUNTER_NOT_BEFORE.getOrDefault(c, NOTHING)));
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

    private static Entry entry(String surface, Unit unit, String factor, String[] notBefore) {
        return new Entry(surface, unit, new BigDecimal(factor), null, Need.NONE, false, notBefore);
    }

    private static Entry ascii(String surface, Unit unit, String factor, Need need, boolean ignoreCase) {
        return new Entry(surface, unit, new BigDecimal(factor), null, need, ignoreCase, NOTHING);
    }

    private static String[] words(String... w) {
        return w;
    }
}
