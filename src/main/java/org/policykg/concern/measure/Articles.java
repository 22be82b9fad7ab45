package org.policykg.concern.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.lexicon.CueWords;
import org.policykg.reference.DocumentTypes;
import org.policykg.segment.Layout;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;

/**
 * The articles of rules or a regulation (条例, 办法, 规定, 细则 numbered 第X条, in 章 and 节
 * as GB/T 9704 and 立法技术规范 lay them out): each article outside the 总则 and 附则 chapters
 * is a measure, its ordinal as written (第十二条), its section the chapter's title without
 * its number, its subsection the 节's. Where there are no chapters, the articles that would sit
 * in them are known by what they say of the text itself: its purpose and basis (制定本办法) and
 * when it takes force or who interprets it (本办法自…起施行). An article has a heading only when
 * it carries one: 第六条【支持方向】, or a short line of its own over its body (第六条 支持数据企业发展).
 */
final class Articles {
    private static final String CN = "一二三四五六七八九十百零〇两";
    /** 第十二条, 第12条, and 第1 0条 as a print with spaced digits leaves it (the spaces are no part of the number). */
    private static final Pattern ARTICLE = Pattern.compile("^第[" + CN + "\\d](?: ?[" + CN + "\\d]){0,5}条");
    /** 第三条第一项…, 第五条规定的…: a line that starts by citing an article, not a new article. */
    private static final Pattern CITATION = Pattern.compile("^第[" + CN + "\\d]{1,6}条(?:第[" + CN + "\\d]{1,4}[款项目]|规定|所称|所定|所列|之规定)");
    private static final Pattern CHAPTER = Pattern.compile("^第[" + CN + "\\d]{1,4}章");
    private static final Pattern SECTION = Pattern.compile("^第[" + CN + "\\d]{1,4}节");
    /** 【支持方向】 or (支持方向) right after the number. */
    private static final Pattern BRACKETED_HEADING = Pattern.compile("^\\s*[【\\[(]([^】\\])。;；,，]{2,20})[】\\])]");
    /** How many articles make a text one that is numbered in articles (as the structure reader counts). */
    private static final int ARTICLES = 3;
    /**
     * The longest heading an article carries on a line of its own (条标 are short phrases: 立法目的,
     * 支持行业高质量数据集建设和应用); a longer line without a stop is a sentence wrapped at the page's
     * width (第四十条 公共数据运营机构交易开发利用公共数据资 / 源形成的…).
     */
    private static final int LINE_HEADING = 16;
    /** The longest chapter or heading line: a title, not a sentence. */
    private static final int TITLE_LENGTH = 40;

    private final Layout layout;
    private final Pattern excludedChapter;
    private final List<String> basisWords;
    private final List<String> closingWords;
    private final List<String> validityWords;

    Articles(Layout layout, CueWords cues) {
        this.layout = layout;
        this.excludedChapter = Pattern.compile("^(?:" + cues.alternation("measure-sections", "chapter") + ")");
        this.basisWords = cues.words("measure-sections", "basis");
        this.closingWords = cues.words("measure-sections", "closing");
        this.validityWords = cues.words("measure-sections", "validity");
    }

    /**
     * The width of the text's full lines: in a PDF print every line is a paragraph of about the
     * same length, and a line that long is a wrapped sentence, not a heading.
     */
    private int lineWidth(List<Integer> text) {
        int[] lengths = text.stream().mapToInt(i -> paragraph(i).string().length()).sorted().toArray();
        return lengths.length == 0 ? Integer.MAX_VALUE : lengths[lengths.length * 3 / 4];
    }

    /** Whether the text is numbered in articles. */
    boolean numberedInArticles(List<Integer> text) {
        int n = 0;
        for (int i : text) {
            if (ARTICLE.matcher(paragraph(i).string()).lookingAt()) {
                n++;
            }
        }
        return n >= ARTICLES;
    }

    /** The articles of the text that are measures, in order. */
    List<NumberedItems.Leaf> leaves(List<Integer> text) {
        List<NumberedItems.Leaf> out = new ArrayList<>();
        boolean chapters = false;
        String chapter = null;
        String section = null;
        int width = lineWidth(text);
        int lastNumber = 0;
        for (int k = 0; k < text.size(); k++) {
            int i = text.get(k);
            String s = paragraph(i).string();
            Matcher c = CHAPTER.matcher(s);
            Matcher sec = SECTION.matcher(s);
            if (c.lookingAt() && title(s.substring(c.end())) != null) {
                chapters = true;
                chapter = title(s.substring(c.end()));
                section = null;
                continue;
            }
            if (sec.lookingAt() && title(s.substring(sec.end())) != null) {
                section = title(s.substring(sec.end()));
                continue;
            }
            Matcher a = ARTICLE.matcher(s);
            if (!a.lookingAt() || !opensArticle(s, lastNumber)) {
                continue;
            }
            String ordinal = a.group().replace(" ", "");
            lastNumber = number(ordinal);
            int last = i;
            for (int j = k + 1; j < text.size(); j++) {
                String t = paragraph(text.get(j)).string();
                if (ARTICLE.matcher(t).lookingAt() && opensArticle(t, lastNumber) || CHAPTER.matcher(t).lookingAt() || SECTION.matcher(t).lookingAt()) {
                    break;
                }
                last = text.get(j);
            }
            if (chapter != null ? excludedChapter.matcher(chapter).find() : outsideChapters(i, last)) {
                continue;
            }
            Ordinals.Ordinal o = new Ordinals.Ordinal(ordinal, Ordinals.Tier.ARTICLE, a.end());
            out.add(new NumberedItems.Leaf(o, i, last, heading(s.substring(a.end()), i < last && s.length() < width * 4 / 5),
                    chapters ? chapter : null, chapters ? section : null));
        }
        return out;
    }

    /**
     * Whether a line starting 第X条 opens an article: articles are numbered on from the last one, so a
     * line that cites an article (第三条第一项规定的补助款…) or goes back to an earlier number is body text.
     */
    private static boolean opensArticle(String line, int lastNumber) {
        if (CITATION.matcher(line).lookingAt()) {
            return false;
        }
        int n = number(ARTICLE.matcher(line).results().findFirst().map(m -> m.group().replace(" ", "")).orElse(""));
        return n <= 0 || n > lastNumber;
    }

    /** The number of 第十二条 / 第12条 / 第一百零三条; 0 when it cannot be read. */
    static int number(String ordinal) {
        String d = ordinal.replaceAll("^第|条$", "");
        if (d.isEmpty()) {
            return 0;
        }
        if (d.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(d);
        }
        return org.policykg.segment.Ordinals.chinese(d);
    }

    /** A chapter's or section's title: the line after its number, when it is a title and not a sentence. */
    private static String title(String rest) {
        String t = rest.strip();
        if (t.isEmpty() || t.length() > TITLE_LENGTH || t.indexOf('。') >= 0 || t.indexOf('；') >= 0 || t.indexOf(';') >= 0) {
            return null;
        }
        return t;
    }

    /** 第六条【支持方向】…, or 第六条 支持数据企业发展 over a body of its own. */
    private static String heading(String rest, boolean bodyBelow) {
        Matcher b = BRACKETED_HEADING.matcher(rest);
        if (b.find()) {
            return b.group(1).strip();
        }
        String t = rest.strip();
        if (bodyBelow && !t.isEmpty() && t.length() <= LINE_HEADING && t.chars().noneMatch(ch -> "。;；,，:：、".indexOf(ch) >= 0)) {
            return t;
        }
        return null;
    }

    /**
     * Whether a numbered item's body is a closing provision, as a regulation's 附则 article is: every
     * sentence speaks of the text itself (本措施, 本方案 …) and one gives its force, its term or who
     * interprets it ("十二、本措施自2025年1月1日起施行，有效期3年。", "(十)本方案由市数据局负责解释。").
     * A sentence about anything else (同一项目不得重复申报) keeps the item a measure.
     */
    boolean closingProvision(String body) {
        boolean closing = false;
        for (String sentence : body.split("[。;；]")) {
            String t = sentence.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (namesTerm(t)) {
                closing = true; // 本办法自…起施行。有效期至2027年12月31日。: the term, its subject left out
                continue;
            }
            if (!selfReference(t)) {
                return false;
            }
            closing |= closes(t);
        }
        return closing;
    }

    /**
     * A sentence about the text that gives its force, its interpretation or its term: the text is its
     * subject (本办法自…起施行, 本方案由…负责解释), not a word inside it (符合本办法规定的项目由区科技局组织实施,
     * a duty).
     */
    private boolean closes(String sentence) {
        if (!opensWithSelfReference(sentence)) {
            return false;
        }
        if (closingWords.stream().anyMatch(sentence::endsWith)) {
            return true;
        }
        for (String clause : sentence.split("[,，]")) {
            String c = withoutSelfReference(clause.strip());
            if (namesTerm(c) || closingWords.stream().anyMatch(c::endsWith)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An article of rules with no chapters that would sit in 总则 or 附则: it speaks of the text
     * itself (本办法, 本条例 …) to give its basis or its force.
     */
    private boolean outsideChapters(int first, int last) {
        StringBuilder body = new StringBuilder();
        for (int i = first; i <= last; i++) {
            body.append(paragraph(i).string());
        }
        String s = body.toString();
        if (!selfReference(s)) {
            return false;
        }
        if (basisWords.stream().anyMatch(s::contains)) {
            return true;
        }
        // 本办法自2025年1月1日起施行。 — not 本办法施行前已取得的证明…, a transitional rule, nor a duty that names
        // the text (符合本办法规定的项目，由区科技局组织实施。): the sentence that closes has the text as its subject.
        Matcher number = ARTICLE.matcher(s);
        String text = number.lookingAt() ? s.substring(number.end()) : s;
        Matcher heading = BRACKETED_HEADING.matcher(text);
        text = heading.lookingAt() ? text.substring(heading.end()) : text;
        for (String sentence : text.split("[。;；]")) {
            String t = sentence.strip();
            if (closes(t) || namesTerm(t)) {
                return true;
            }
        }
        return false;
    }

    /** 有效期至2027年12月31日, 有效期3年: the text's term with its subject left out — not 有效期内…, within a term. */
    private boolean namesTerm(String sentence) {
        return validityWords.stream().anyMatch(w -> sentence.startsWith(w) && !sentence.startsWith("内", w.length()));
    }

    /** 本办法自…, 本方案由…: a sentence whose subject is the text itself. */
    private static boolean opensWithSelfReference(String sentence) {
        return sentence.startsWith("本") && !withoutSelfReference(sentence).equals(sentence);
    }

    /** The clause after a leading 本办法 / 本实施细则. */
    private static String withoutSelfReference(String clause) {
        if (clause.startsWith("本")) {
            for (int len = 4; len >= 2; len--) {
                if (1 + len <= clause.length() && DocumentTypes.isGenericReference(clause.substring(1, 1 + len))) {
                    return clause.substring(1 + len);
                }
            }
        }
        return clause;
    }

    /** 本办法, 本实施细则: the text naming itself by its type word. */
    private static boolean selfReference(String s) {
        for (int at = s.indexOf('本'); at >= 0; at = s.indexOf('本', at + 1)) {
            for (int len = 2; len <= 4 && at + 1 + len <= s.length(); len++) {
                if (DocumentTypes.isGenericReference(s.substring(at + 1, at + 1 + len))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Paragraph paragraph(int i) {
        return layout.paragraphs().get(i);
    }
}
