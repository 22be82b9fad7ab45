package org.policykg.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.text.Slug;

/**
 * How titles are stored, compared and turned into IRIs. The same policy written
 * 《上海市…(2023-2026年)》 in one document and 《上海市…（2023—2026 年）》 in
 * another must give the same key, hence the same IRI.
 */
public final class TitleKey {
    private static final Pattern PERIOD = Pattern.compile("\\((\\d{4})\\s*[-—–~至]+\\s*(\\d{4})\\s*年?\\)");
    /** A period whose dash a scrape lost: (20242027年) for (2024—2027年). */
    private static final Pattern RUN_TOGETHER = Pattern.compile("([(（])((?:19|20)\\d{2})((?:19|20)\\d{2})(年?[)）])");
    private static final Pattern YEAR_IN_PARENS = Pattern.compile("\\((\\d{4})\\s*年?\\)");
    /** 第十五个五年规划, “十五五”…规划, 十四五规划: the Nth five-year plan (规划 since the 11th, 计划 before) and plans made for its period. */
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile(
            "第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)|[“\"](十[一二三四五六七八九]?|[三四五六七八九])五[”\"]"
                    + "|(十[一二三四五六七八九]?|[三四五六七八九])五(?=规划|计划)");
    /** The 14th five-year plan ran 2021–2025; from the 3rd (1966–1970) on, each follows the last. */
    private static final int FOURTEENTH_START = 2021;
    private static final int FIVE_YEARS = 5;
    /** 数字中国建设2025年行动方案: a year written right before the type word is the one year the plan covers. */
    private static final Pattern YEAR_BEFORE_TYPE = Pattern.compile("(\\d{4})年([\\p{IsHan}]{2,6})$");

    private TitleKey() {
    }

    /** The stored form: whitespace dropped, a period written (2023-2026年). */
    public static String display(String title) {
        String t = restoreDash(title.strip().replaceAll("\\s+", ""));
        Matcher m = PERIOD.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "(" + m.group(1) + "-" + m.group(2) + "年)");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The comparison form: no quotes or brackets, dashes unified. */
    public static String core(String title) {
        StringBuilder sb = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if ("“”\"'‘’「」『』《》〈〉·•".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                continue;
            }
            sb.append("—–－~".indexOf(c) >= 0 ? '-' : c);
        }
        return restoreDash(sb.toString());
    }

    /** (20242027年) read as (2024-2027年) when the second year follows the first. */
    private static String restoreDash(String t) {
        Matcher m = RUN_TOGETHER.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            boolean period = Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(3));
            m.appendReplacement(sb, Matcher.quoteReplacement(period
                    ? m.group(1) + m.group(2) + "-" + m.group(3) + m.group(4) : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The plan period a title states: (2023-2026年) gives {2023, 2026}, (2024年) gives {2024, 2024}. */
    public static int[] period(String title) {
        Matcher m = PERIOD.matcher(display(title));
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            return a <= b ? new int[] {a, b} : null;
        }
        Matcher y = YEAR_IN_PARENS.matcher(display(title));
        if (y.find()) {
            int a = Integer.parseInt(y.group(1));
            return new int[] {a, a};
        }
        Matcher f = FIVE_YEAR_PLAN.matcher(title);
        if (f.find()) {
            String numeral = f.group(1) != null ? f.group(1) : f.group(2) != null ? f.group(2) : f.group(3);
            int n = org.policykg.segment.Ordinals.chinese(numeral);
            if (n >= 3) {
                int start = FOURTEENTH_START + FIVE_YEARS * (n - 14);
                return new int[] {start, start + FIVE_YEARS - 1};
            }
        }
        Matcher b = YEAR_BEFORE_TYPE.matcher(org.policykg.reference.DocumentTypes.withoutPeriod(display(title)));
        if (b.find()) {
            var type = org.policykg.reference.DocumentTypes.policyType(b.group(2));
            if (type.isPresent() && type.get().word().equals(b.group(2)) && !type.get().concept().equals("work-report")) {
                int a = Integer.parseInt(b.group(1));
                return new int[] {a, a};
            }
        }
        return null;
    }

    /** A readable, IRI-safe key: see {@link Slug#of}. */
    public static String slug(String s) {
        return Slug.of(s);
    }
}
