package org.policykg.concern.company;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.reference.CompanyDirectory;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * Names registered in Latin letters with their legal form, as Hong Kong and foreign firms are
 * written in Chinese text: "Urban System Company Limited" (Companies Ordinance, Cap. 622: a company
 * limited by shares ends its name in Limited), "Example Tech Co., Ltd.", "Acme Inc.". The name is the
 * capitalised words before the form.
 * <p>
 * Chinese news names a foreign firm by its Latin name and the word 公司 beside it: after it ("SlashNext公司",
 * "Nudge Security 公司") or after a kind of company ("威胁情报公司 GreyNoise", "数据扩展安全公司 Cyberhaven"). The
 * firm's name is the Latin words; 公司 is the text's word for what it is, as in 微软公司 for 微软.
 */
final class LatinLegalForms {
    private static final Pattern NAME = Pattern.compile(
            "(?<![A-Za-z0-9&.'-])((?:[A-Z][A-Za-z0-9&'.-]*\\s+){1,6}"
                    + "(?:Company\\s+Limited|Co\\.,?\\s*Ltd\\.?|Limited|Ltd\\.|Inc\\.|LLC|GmbH|PLC))(?![A-Za-z0-9])");

    /** A capitalised Latin word with a lowercase letter (Cyberhaven, SlashNext), or a run of them joined by spaces. */
    private static final String LATIN_NAME = "[A-Z][A-Za-z0-9&-]*[a-z][A-Za-z0-9&-]*(?: [A-Z][A-Za-z0-9&-]*){0,3}";
    /**
     * The same after a kind of company, where the text has said it is one: a first word in capitals may open it
     * (英国调查公司LMC Automotive) as long as a later word has a lower-case letter; an acronym alone (CISA) is none.
     */
    private static final String LATIN_NAME_AFTER = "(?:" + LATIN_NAME + "|[A-Z][A-Z0-9&-]+(?: [A-Z][A-Za-z0-9&-]*){0,2} [A-Z][A-Za-z0-9&-]*[a-z][A-Za-z0-9&-]*)";
    /** The Latin name, then 公司 (a space between, as the text writes it, is folded away). */
    static final Pattern BEFORE_GONGSI = Pattern.compile("(?<![A-Za-z0-9&.'-])(?<name>" + LATIN_NAME + ") ?公司");
    /** A kind of company ending in 公司, then the Latin name. */
    private static final Pattern AFTER_GONGSI = Pattern.compile("(?<kind>[\\p{IsHan}]{2,8})公司 ?(?<name>" + LATIN_NAME_AFTER
            + ")(?![A-Za-z0-9&.'-])");
    /** A Latin name right after a word for a company (公司, 集团), a space between or none. */
    private static final Pattern NAME_AFTER_FORM = Pattern.compile(" ?" + LATIN_NAME_AFTER + "(?![A-Za-z0-9&.'-])");
    /** Service models written like names (SaaS公司): kinds, not firms. */
    private static final Pattern SERVICE_MODEL = Pattern.compile("aaS$");

    private LatinLegalForms() {
    }

    /**
     * Whether the stem before a bare 公司 is Latin words of the form this class reads ({@link #BEFORE_GONGSI}): it
     * decides on them, a firm's name or a service model (SaaS公司), so that the legal-form rule does not.
     */
    static boolean latinBeforeGongsi(String stem) {
        return BEFORE_GONGSI.matcher(stem + "公司").matches();
    }

    /** Adds the paragraph's Latin names with a legal form; returns where they stand. */
    static List<Range> find(Paragraph p, CompanyDirectory directory, Companies found) {
        String text = p.string();
        List<Range> out = new ArrayList<>();
        if (text.contains("公司")) {
            byGongsi(text, directory, found, out);
        }
        if (!text.contains("Limited") && !text.contains("Ltd") && !text.contains("Inc.") && !text.contains("LLC")
                && !text.contains("GmbH") && !text.contains("PLC")) {
            return out; // most paragraphs hold no Latin legal form: no regex run
        }
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            found.add(name, directory.byAlias(name));
            out.add(new Range(m.start(1), m.end(1)));
        }
        return out;
    }

    /**
     * The Latin names 公司 stands beside ({@link #BEFORE_GONGSI}, {@link #AFTER_GONGSI}), tried only around each 公司
     * (a pattern that opens with a class of characters would be tried at every character of the paragraph).
     */
    private static void byGongsi(String text, CompanyDirectory directory, Companies found, List<Range> out) {
        Matcher b = BEFORE_GONGSI.matcher(text).useTransparentBounds(true); // the lookbehind sees before the region
        Matcher a = AFTER_GONGSI.matcher(text).useTransparentBounds(true);
        int taken = 0;
        for (int at = text.indexOf("公司"); at >= 0; at = text.indexOf("公司", at + 2)) {
            int from = at;
            while (from > 0 && at - from < 60 && latinOrSpace(text.charAt(from - 1))) {
                from--;
            }
            // the earliest capital of the run that reads as the whole name up to 公司
            for (int start = from; start < at; start++) {
                if (start >= taken && Character.isUpperCase(text.charAt(start))
                        && b.region(start, Math.min(text.length(), at + 2)).matches()) {
                    String name = b.group("name");
                    if (!SERVICE_MODEL.matcher(name).find()) {
                        found.add(name, directory.byAlias(name));
                        out.add(new Range(b.start("name"), b.end()));
                        taken = b.end();
                    }
                    break;
                }
            }
            int kind = Math.max(taken, at - 8);
            while (kind < at && !Character.isIdeographic(text.charAt(kind))) {
                kind++;
            }
            for (int start = kind; start <= at - 2; start++) {
                if (a.region(start, text.length()).lookingAt()) {
                    String name = a.group("name");
                    // 威胁情报|公司: a kind in ordinary words; 百度公司 Apollo is a firm, then its product
                    if (!SERVICE_MODEL.matcher(name).find() && describes(a.group("kind"))) {
                        found.add(name, directory.byAlias(name));
                        out.add(new Range(a.start("name"), a.end("name")));
                        taken = a.end("name");
                    }
                    break;
                }
            }
        }
    }

    /**
     * Whether the words before a 公司 or 集团 only say what kind of firm follows, a place of origin first or not
     * (威胁情报, 美国电动汽车, 日本初创, 欧洲经销商): ordinary words once a place HanLP knows (ns) is set aside. A firm's own
     * name (百度公司 Apollo: 百度 is a name, Apollo its product) is not such words.
     */
    static boolean describes(String kind) {
        var terms = org.policykg.recognize.Lexicon.segment(kind);
        String words = !terms.isEmpty() && terms.get(0).nature.toString().startsWith("ns") ? kind.substring(terms.get(0).word.length()) : kind;
        return !words.isEmpty() && org.policykg.recognize.Lexicon.isOrdinary(words);
    }

    /**
     * Whether a phrase ending in 公司 or 集团 at {@code formEnd}, its stem {@code stem}, only describes the firm whose
     * Latin name follows it (美国电动汽车公司Rivian, 欧洲经销商集团Hedin Mobility Group): the firm is the Latin name
     * ({@link #byGongsi}, {@link LatinActs}), the phrase no firm's.
     */
    static boolean describesLatinName(String text, String stem, int formEnd) {
        return formEnd < text.length() && (text.charAt(formEnd) == ' ' || text.charAt(formEnd) < 0x80 && Character.isUpperCase(text.charAt(formEnd)))
                && NAME_AFTER_FORM.matcher(text).region(formEnd, text.length()).lookingAt() && describes(stem);
    }

    private static boolean latinOrSpace(char c) {
        return c == ' ' || c < 0x80 && (Character.isLetterOrDigit(c) || c == '&' || c == '-');
    }
}
