package org.policykg.quantity;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds and normalises quantities in Chinese policy <em>analysis text</em> (simplified
 * Chinese, full-width ASCII folded, spaces between CJK and digits removed). Stateless and
 * thread-safe.
 *
 * <p>Decisions, for callers:
 * <ul>
 * <li>Values are exact: digits × scale words × unit factor, in BigDecimal, then
 *     {@code stripTrailingZeros()} (see {@link Quantity}).</li>
 * <li>A quantity's text includes the comparator words next to it (最高1000万元, 30万元(含)以上);
 *     a comparator separated from the number by other words is not applied (至少开展1次 is
 *     EXACT), except for a bounded share, 不超过服务合同金额的50%, whose text then runs from
 *     the bound. 余/多/几 after a number (200余家, 十多个) mean "more than": MIN.
 *     达/达到 are MIN as listed in the brief, even where they only mean "reached".</li>
 * <li>数十/几百 have no value and are skipped; 两三个 and 三五个 too.</li>
 * <li>百分点 (percentage points) is reported as {@link Unit#PERCENT}; the caller tells the
 *     two apart from the verb (提高0.5个百分点), as it does for 增长13% vs 提高至13%.</li>
 * <li>Counts need a counter word ({@code units.tsv} lists them; 年 月 日 号 are not, 期 only
 *     after digits).
 *     Counts that name a thing (实现“4个建成”, 十条措施, 16部门) are still counts: whether
 *     one is a target is the caller's call. A lone 一 before a counter is an article (一张图,
 *     一批) unless bounded (至少一名); bare 百/千/万 count only with neutral counters (百个, not
 *     千人计划 or 千家万户) or with a comparator (上百家).</li>
 * <li>Physical units the unit scheme does not model (公里, 平方公里, 亩, 千瓦时, 立方米,
 *     标箱) are counts in the written unit with the unit word as counter; the words are rows
 *     of {@code units.tsv}. Other units are not guessed: 美元, GB, and rates such as 元/吨 or
 *     Mbps/户 give no quantity.</li>
 * <li>Ages (岁) are quantities only at the end of a clause (人均预期寿命达到80岁), not in an
 *     age group (60岁以上老年人).</li>
 * <li>Unitless list items take the unit of the item that closes the list when they share its
 *     scale word: 146.6万、69.3万、19.9万个 are three counts; in 3、5、8万个 only 8万个 is.</li>
 * </ul>
 *
 * <p>Not quantities: dates and plan periods (2025年, 2023—2025年, 1—8月份), ordinals (第一,
 * 第38期), codes and versions (SH.688318, 0851-86798090, 文心4.0, IPv6, L4), technology names
 * (5G, 5.5G, 5G-A, 50G PON), idioms (千行百业, 五位一体), programme names (双千兆, 1+16).
 */
public final class QuantityParser {

    /** Every quantity in the text, left to right, non-overlapping. */
    public List<Quantity> findAll(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return Collections.unmodifiableList(new QuantityScanner(text, false).scan());
    }

    /**
     * The quantity that is the whole of {@code expression}, else empty. The caller vouches
     * that the string is a quantity, so readings that {@link #findAll} only makes in context
     * are made here without it: "100P" is compute, "400G" bandwidth, "4000亿" money, and a
     * plain number such as "92" an index value. Round trip: for every quantity {@code q}
     * found in a text, {@code parse(q.text())} reads the same value, unit and comparator,
     * except list items that borrow their unit from the item closing the list (146.6万 in
     * "146.6万、19.9万个").
     */
    public Optional<Quantity> parse(String expression) {
        Objects.requireNonNull(expression, "expression");
        List<Quantity> all = new QuantityScanner(expression, true).scan();
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == expression.length()) {
            return Optional.of(all.get(0));
        }
        return Optional.empty();
    }
}
