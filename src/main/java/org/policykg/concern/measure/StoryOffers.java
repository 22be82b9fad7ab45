package org.policykg.concern.measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.concern.policy.PolicyFacts;
import org.policykg.segment.Item;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.text.Slug;
import org.policykg.text.Span;

/**
 * A story about policies: each sentence that offers money or vouchers ({@link Money}) is
 * one measure of the policy named last before it in the item ("根据《办法》，…"; the next
 * sentences too), else of the policy the item is about. The sentence announcing a policy,
 * practice elsewhere and a firm speaking are not the policy's offers.
 */
final class StoryOffers {
    /** "中国电信湖南分公司相关负责人表示，…", "数语科技执行长吴柏霖表示，…": a firm speaking. */
    private static final Pattern FIRM_SPEAKS = Pattern.compile(
            "^[^,，。]{0,30}(?:公司|集团|科技|企业|执行长|总经理|董事长|创始人|CEO)[^,，。]{0,12}(?:表示|介绍|称|说|透露|告诉)");
    /** A verb that announces a policy rather than states what it offers (lexicon/issuing-verbs.tsv role issue). */
    private static final Pattern ANNOUNCING = Pattern.compile(org.policykg.lexicon.CueWords.standard().alternation("issuing-verbs", "issue"));
    /**
     * "印发《X方案》，其中提出…发放6亿元消费券": after the title it announces, the sentence goes on to state what the
     * policy says, so its offer is the policy's.
     */
    private static final Pattern GOES_ON_STATING = Pattern.compile("》[,，](?:其中|并|还|同时)?(?:提出|明确|规定)");
    /** A clause that only leads into an offer: its source, a topic, a discourse marker, a text speaking (青才新政18条明确). */
    private static final Pattern LEAD_CLAUSE = Pattern.compile(
            "(?:根据|按照|依据|对照)(?:《[^》]+》|「[^」]+」|“[^”]+”)|(?:具体来看|具体而言|具体来说|总体来看|据介绍|据了解|值得注意的是|与此同时)"
            + "|在[^,，]{1,12}方面|在[^,，]{1,24}(?:基础上|前提下)|以[^,，]{1,8}为例|\\d{1,2}月\\d{1,2}日|(?:同日|日前|近日|此前)"
            + "|[^,，《]{0,20}(?:印发|出台|颁布|公布|发布)了?《[^》]+》"
            + "|(?:上述|该|此次)?(?:文件|《[^》]+》|「[^」]+」|“[^”]+”|[^,，]{2,10})(?:中)?(?:还|同时|并)?(?:提出|明确|规定|指出)");
    /** A verb of stating opening the clause an offer's heading is taken from: the heading is what it says. */
    private static final Pattern STATING = Pattern.compile("^(?:其中)?(?:提出|明确|规定)[,，:：]?");
    private static final Pattern LEAD_IN = Pattern.compile("^(?:例如|比如|此外|另外|同时|其中|并且|而且|还|对此)[,，]?");
    /** A cited title: a verb inside it (关于印发…的通知) does not announce anything in this sentence. */
    private static final Pattern CITED_TITLE = Pattern.compile("《[^》]*》");
    /**
     * An article of the cited policy quoted word for word, as a notice that suspends, repeals or amends
     * clauses prints them (停止执行《…》中第5条“…”；第8条“…”): the quote is that article's text, so its
     * offer is the article's, numbered as the policy numbers it. The closing quote may be cut off.
     */
    private static final Pattern QUOTED_ARTICLE = Pattern.compile("第([一二三四五六七八九十百零〇两\\d]{1,6})条[“\"「]([^”\"」]+)");

    private final Money money;
    /** Headings over a list of offers (支持内容, 扶持标准): each line under one offers what it states. */
    private final Set<String> offersHeadings;
    /**
     * "各地纷纷发放数据券", "北京、上海等地已相继推出": practice elsewhere; not the places a policy supports or
     * guides (发放6亿元消费券，支持各地开展促销活动: support-words role guides-places).
     */
    private final Pattern elsewhere;

    StoryOffers(Money money, org.policykg.lexicon.CueWords cues) {
        this.money = money;
        this.offersHeadings = Set.copyOf(cues.words("support-words", "offers-heading"));
        this.elsewhere = Pattern.compile("(?<!" + cues.alternation("support-words", "guides-places") + ")各地|纷纷|相继|等地已");
    }

    /** The offers of the {@code reported} policies: those the document reports but does not reprint. */
    List<MeasureFacts> offers(Analysis doc, List<PolicyFacts> policies, Set<String> reported) {
        String documentSlug = Slug.ofFileName(doc.source().name());
        List<MeasureFacts> out = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Named namedIn = new Named(policies);
        for (Item it : doc.layout().items()) {
            PolicyFacts current = null;
            for (PolicyFacts p : policies) {
                if (current == null && p.items().contains(it.index())) {
                    current = p;
                }
            }
            boolean listed = false;
            for (int i = it.first(); i <= it.last(); i++) {
                Paragraph para = doc.paragraph(i);
                if (para.isHeading()) {
                    listed = offersHeadings.contains(para.string().replaceAll("[\\s:：]", ""));
                    continue;
                }
                PolicyFacts own = ownerOf(i, policies);
                for (Range s : para.sentences()) {
                    String text = para.string().substring(s.start(), s.end());
                    // In a policy's own text, what it offers is its own, whatever policy a sentence cites.
                    PolicyFacts named = own != null ? own : namedIn.last(para.span(s.start(), s.end()));
                    boolean announced = false; // the sentence announces the policy, then states what it says
                    if (named != null) {
                        current = named;
                        if (own == null && ANNOUNCING.matcher(CITED_TITLE.matcher(text).replaceAll("")).find()) {
                            if (!GOES_ON_STATING.matcher(text).find()) {
                                continue; // the sentence that announces the policy is not one of its offers
                            }
                            announced = true;
                        }
                    }
                    if (current == null || !reported.contains(current.key())) {
                        continue;
                    }
                    if (named == null && before(para.span(s.start(), s.end()), current)) {
                        continue; // the story names the policy only later (a background citation): not its offer yet
                    }
                    if (elsewhere.matcher(text).find() || FIRM_SPEAKS.matcher(text).find()) {
                        continue; // what other places do, or a firm telling what it will save: not the policy's offer
                    }
                    if (quotedArticles(para, s, current, documentSlug, counts, out)) {
                        continue;
                    }
                    List<MeasureFacts.Support> supports = money.supports(para, s, false, listed);
                    if (supports.isEmpty() || announced && supports.stream().allMatch(o -> o.amount() == null && o.ratio() == null)) {
                        continue; // an announcement's summary (提出支持地方探索“算力券”) offers money only where it states how much
                    }
                    Evidence ev = new Evidence(para.span(s.start(), s.end()), null);
                    int position = counts.merge(current.key(), 1, Integer::sum);
                    out.add(new MeasureFacts(current.key(), null, position, documentSlug + "-" + ev.span().start(),
                            heading(text), null, null, ev, supports, List.of(), List.of(), List.of()));
                }
            }
        }
        return out;
    }

    /**
     * The articles of policy {@code p} that sentence {@code s} quotes (第5条“…”), each that offers money
     * a measure numbered 第5条 with the quote as evidence; an article quoted again (a summary line
     * above the body repeats it, maybe cut off) keeps its longer quote. Whether the sentence quotes any.
     */
    private boolean quotedArticles(Paragraph para, Range s, PolicyFacts p, String documentSlug, Map<String, Integer> counts,
                                   List<MeasureFacts> out) {
        java.util.regex.Matcher m = QUOTED_ARTICLE.matcher(para.string().substring(s.start(), s.end()));
        boolean any = false;
        while (m.find()) {
            any = true;
            Range quote = new Range(s.start() + m.start(2), s.start() + m.end(2));
            List<MeasureFacts.Support> supports = money.supports(para, quote, false, false);
            if (supports.isEmpty()) {
                continue;
            }
            String ordinal = "第" + m.group(1) + "条";
            Evidence ev = new Evidence(para.span(s.start() + m.start(), quote.end()), null);
            int again = -1;
            for (int k = 0; k < out.size(); k++) {
                if (out.get(k).policy().equals(p.key()) && ordinal.equals(out.get(k).ordinal())) {
                    again = k;
                }
            }
            if (again >= 0) {
                MeasureFacts before = out.get(again);
                if (ev.span().end() - ev.span().start() > before.evidence().span().end() - before.evidence().span().start()) {
                    out.set(again, new MeasureFacts(p.key(), ordinal, before.position(), before.localKey(), null, null, null,
                            ev, supports, List.of(), List.of(), List.of()));
                }
                continue;
            }
            int position = counts.merge(p.key(), 1, Integer::sum);
            out.add(new MeasureFacts(p.key(), ordinal, position, documentSlug + "-" + ev.span().start(), null, null, null,
                    ev, supports, List.of(), List.of(), List.of()));
        }
        return any;
    }

    /**
     * An offer's heading: its first clause that says something, past lead-ins such as
     * 根据《办法》, 具体来看, 在算力供给方面 and 《措施》提出.
     */
    private static String heading(String sentence) {
        String s = LEAD_IN.matcher(sentence).replaceFirst("").strip();
        int start = 0;
        while (start < s.length()) {
            int end = Money.clauseEnd(s, start + 1);
            String clause = s.substring(start, end).strip();
            if (!LEAD_CLAUSE.matcher(clause).matches() || end >= s.length()) {
                String said = STATING.matcher(clause).replaceFirst(""); // 其中提出2025年省级财政安排3亿元: what is said
                clause = said.isEmpty() ? clause : said;
                return clause.length() > 60 ? clause.substring(0, 60) : clause;
            }
            start = end + 1;
        }
        return s;
    }

    /** Does the sentence come before every mention of the policy (its title, a heading, an alias)? */
    private static boolean before(Span sentence, PolicyFacts p) {
        for (Evidence e : p.mentions()) {
            if (e.span().start() < sentence.end()) {
                return false;
            }
        }
        return !p.mentions().isEmpty();
    }

    /** The policy whose own text paragraph {@code i} is, or null. */
    private static PolicyFacts ownerOf(int i, List<PolicyFacts> policies) {
        for (PolicyFacts p : policies) {
            if (p.own() != null && p.own().contains(i)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The policy whose title or alias a sentence names last: of the mentions inside the sentence,
     * the one that starts last (the first policy's, in the policies' order, at a tie). The mentions
     * are sorted once by where they start, so each sentence looks only at those starting in it —
     * looking through every mention of the document for each sentence was quadratic in its length.
     */
    private static final class Named {
        /** {start, end, policy, mention} of every mention, by start, then policy and mention order. */
        private final int[][] byStart;
        private final List<PolicyFacts> policies;

        Named(List<PolicyFacts> policies) {
            this.policies = policies;
            List<int[]> all = new ArrayList<>();
            for (int f = 0; f < policies.size(); f++) {
                List<Evidence> ms = policies.get(f).mentions();
                for (int m = 0; m < ms.size(); m++) {
                    all.add(new int[] {ms.get(m).span().start(), ms.get(m).span().end(), f, m});
                }
            }
            all.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
                    : a[2] != b[2] ? Integer.compare(a[2], b[2]) : Integer.compare(a[3], b[3]));
            byStart = all.toArray(new int[0][]);
        }

        PolicyFacts last(Span sentence) {
            // The first mention starting after the sentence's end, then back through those starting inside it.
            int lo = 0;
            int hi = byStart.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (byStart[mid][0] <= sentence.end()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo - 1; i >= 0 && byStart[i][0] >= sentence.start(); ) {
                int start = byStart[i][0];
                int first = -1; // the first in order among those starting here that lie inside the sentence
                for (; i >= 0 && byStart[i][0] == start; i--) {
                    if (byStart[i][1] <= sentence.end()) {
                        first = i;
                    }
                }
                if (first >= 0) {
                    return policies.get(byStart[first][2]);
                }
            }
            return null;
        }
    }
}
