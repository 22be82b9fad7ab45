package org.policykg.reference;

import java.util.List;
import java.util.Optional;
import org.policykg.lexicon.CueWords;

/**
 * The words a Chinese title ends with that say what kind of document it is:
 * policy types (方案, 措施, 意见 …, each a concept in ontology/concepts.ttl) and
 * the words of reports (白皮书, 报告, 指数 …), which are cited but are not policies.
 */
public final class DocumentTypes {
    private DocumentTypes() {
    }

    /** A policy type word and the local name of its concept (pc:policy-type-…). */
    public record PolicyType(String word, String concept) {
    }

    // The skos:hiddenLabels of pc:policy-type in ontology/concepts.ttl, longest first: the first suffix that matches wins.
    private static final List<PolicyType> POLICY_TYPES = CueWords.standard().labels("policy-type", "policy-type-").stream()
            .map(l -> new PolicyType(l.word(), l.concept())).toList();

    private static final List<String> REPORT_WORDS = List.of(
            "白皮书", "蓝皮书", "绿皮书", "报告", "指数", "年鉴", "统计公报", "公报", "运行情况", "发展情况",
            "调查", "研究报告", "发展报告", "评估");

    private static final java.util.regex.Pattern TRAILING_QUALIFIER = java.util.regex.Pattern.compile(
            "[(（]\\s*(?:(?:\\d{4}\\s*[-—–~至]*\\s*)+年?(?:版|修订|修订版|修正)?|试行|暂行|修订|修订版|修订稿|征求意见稿|草案|送审稿|公开征求意见稿)\\s*[)）]$");

    /**
     * Strips what may follow the type word: a period (2023-2026年), an edition
     * (2024年修订) or a status (试行, 暂行, 征求意见稿), repeatedly.
     */
    public static String withoutPeriod(String title) {
        String t = title.strip();
        while (true) {
            // Both patterns end the line: most lines end in neither bracket nor digit, and are not scanned.
            java.util.regex.Matcher m = mayEndIn(t, ")）") ? TRAILING_QUALIFIER.matcher(t) : null;
            if (m == null || !m.find() || m.start() == 0) {
                java.util.regex.Matcher v = mayEndIn(t, "0123456789版") ? TRAILING_VERSION.matcher(t) : null;
                return v != null && v.find() && v.start() > 0 ? t.substring(0, v.start()) : t;
            }
            t = t.substring(0, m.start()).strip();
        }
    }

    /** Whether a pattern that ends in {@code $} with one of {@code last} may match: or a line terminator ends the text, before which $ matches too. */
    private static boolean mayEndIn(String t, String last) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return last.indexOf(c) >= 0 || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** A version after the type word: 政策宣言2.0, 行动计划3.0版. */
    /** 《纲要(草案)》, 《办法(试行)》: the type word with the text's status is still a stand-in for the title named before. */
    private static final java.util.regex.Pattern TRAILING_STATUS = java.util.regex.Pattern.compile(
            "[(（](?:草案|试行|暂行|征求意见稿|送审稿)[)）]$");
    private static final java.util.regex.Pattern TRAILING_VERSION = java.util.regex.Pattern.compile(
            "(?<=\\p{IsHan})\\d{1,2}(?:\\.\\d{1,2})+版?$");

    /** Every policy type word, longest first. */
    public static List<PolicyType> policyTypes() {
        return POLICY_TYPES;
    }

    /** The policy type of a normalised title, by the word its core ends with. */
    public static Optional<PolicyType> policyType(String title) {
        String core = withoutPeriod(title);
        for (PolicyType p : POLICY_TYPES) {
            if (core.endsWith(p.word())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static boolean isReportTitle(String title) {
        return reportSuffix(title) > 0;
    }

    /** The length of the longest report word the title ends with, 0 when none. */
    public static int reportSuffix(String title) {
        String core = withoutPeriod(title);
        int best = 0;
        for (String w : REPORT_WORDS) {
            if (core.endsWith(w)) {
                best = Math.max(best, w.length());
            }
        }
        return best;
    }

    /** 《白皮书》, 《报告》: a report word on its own, standing for the report named before it. */
    public static boolean isBareReportWord(String title) {
        return REPORT_WORDS.contains(title.strip());
    }

    /**
     * A short generic reference such as 《方案》, 《若干措施》, 《行动方案》 that stands for a
     * policy named earlier: a type word of two or more characters on its own.
     */
    public static boolean isGenericReference(String title) {
        String t = title.strip();
        String bare = TRAILING_STATUS.matcher(TRAILING_VERSION.matcher(t).replaceFirst("")).replaceFirst("");
        for (PolicyType p : POLICY_TYPES) {
            if (p.word().length() >= 2 && (p.word().equals(t) || p.word().equals(bare))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line reads as a document title rather than prose. */
    public static boolean isTitleLike(String line) {
        String t = line.strip();
        if (t.endsWith("》")) {
            return true;
        }
        return policyType(t).isPresent() || isReportTitle(t) || withoutPeriod(t).length() < t.length();
    }
}
