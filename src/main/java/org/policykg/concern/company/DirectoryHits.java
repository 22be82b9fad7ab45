package org.policykg.concern.company;

import java.util.List;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.Lexicon;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.text.Han;

/**
 * Well-known companies of the curated directory, by name or short name, where the name is
 * a word of its sentence and not part of a body, a region or a longer company name.
 */
final class DirectoryHits {
    /** Characters of context HanLP sees on each side of a short dictionary hit. */
    private static final int WINDOW = 8;
    /** What follows an exchange named as a market: 上市, 挂牌 (北交所上市公司, 在港交所主板挂牌). */
    private static final java.util.regex.Pattern LISTING = java.util.regex.Pattern.compile("(?:主板|创业板|科创板)?(?:上市|挂牌)");

    /**
     * What makes a firm's name the head of an association's (中国电子学会, 中国银行业协会 are bodies of a trade, whose
     * members are many firms; no single firm owns one).
     */
    private static final java.util.regex.Pattern ASSOCIATION = java.util.regex.Pattern.compile("(?:业)?(?:学会|协会|联合会|商会|促进会|联盟)");

    /** Han characters, then an institute's ending: an institute's name running on after a firm's. */
    private static final java.util.regex.Pattern INSTITUTE = java.util.regex.Pattern.compile("\\p{IsHan}{2,10}?(研究院|研究所|研究中心)");

    /**
     * What ends an item of a list or a clause right after a name (德勤中国、清华同衡; 与微软中国合作 is not one): a list's
     * or a clause's punctuation, a conjunction of one character or another joining character (lexicon/firm-name-context.tsv
     * roles conjunction and item-joiner).
     */
    private static final String ITEM_END = "、，。；：,;:）)" + Conjunctions.oneCharacterEach() + oneCharacterEach("item-joiner");

    /** The words a firm's short name ends with after its 字号 (lexicon/firm-sets.tsv role tail: 锂业, 药业, 科技, 集团). */
    private static final List<String> TAILS = org.policykg.lexicon.CueWords.standard().words("firm-sets", "tail");

    private DirectoryHits() {
    }

    /**
     * Whether a firm's tail follows a listed short name right after it (中信国安|锂业): the name heads a longer firm's,
     * a subsidiary's the rules that read 字号 and tail find, and does not name the listed firm there.
     */
    private static boolean headsLongerName(String text, int end) {
        for (String tail : TAILS) {
            if (text.startsWith(tail, end)) {
                return true;
            }
        }
        return false;
    }

    /** The characters of lexicon/firm-name-context.tsv role {@code role}, one a row, as one string (a set read with indexOf). */
    private static String oneCharacterEach(String role) {
        return org.policykg.lexicon.CueWords.standard().characters("firm-name-context", role);
    }

    /**
     * @param hits    the paragraph's directory names, as {@link CompanyDirectory#scan} reads them
     * @param regions the paragraph's region mentions
     * @param bodies  the paragraph's agency mentions
     * @param legal   where the paragraph's names with a legal form stand ({@link LegalForms})
     * @param outlet  how a news outlet's name goes on after its owner's name (财经 of 新浪财经, 新闻 of 腾讯新闻)
     * @param lines   business lines a subsidiary is named by after its group's short name (微电子 of 华润微电子)
     */
    static void find(Paragraph p, CompanyDirectory.Hits hits, List<RegionMention> regions, List<AgencyMention> bodies,
                     List<Range> legal, CompanyDirectory directory, java.util.regex.Pattern outlet, PhraseMatcher<String> lines,
                     Companies found) {
        String text = p.string();
        List<PhraseMatcher.Hit<CompanyDirectory.Entry>> curated = hits.curated();
        boolean markup = text.indexOf('<') >= 0 || text.contains("font");
        java.util.Set<PhraseMatcher.Hit<CompanyDirectory.Entry>> yielded = new java.util.HashSet<>();
        java.util.Set<PhraseMatcher.Hit<CompanyDirectory.Entry>> extending = new java.util.HashSet<>();
        for (PhraseMatcher.Hit<CompanyDirectory.Entry> h : curated) {
            if (markup && NameBounds.inMarkup(text, h.start())) {
                continue; // <span style="font-family: 微软雅黑"> kept as text in a crawled cell: a font, not the firm
            }
            PhraseMatcher.Hit<CompanyDirectory.Entry> longer = listedNameOpened(p, text, h, hits.listed());
            if (longer != null) {
                yielded.add(h);
                extending.add(longer);
                continue; // 一汽解放, 华润三九: a listed firm whose short name opens with its group's names the listed firm
            }
            if (insideListedName(p, text, h, hits.listed())) {
                yielded.add(h);
                continue; // 国铁 inside 中国铁物: the longest known name at a place wins, as in a dictionary's scan
            }
            if (NameBounds.overlaps(bodies, h.start(), h.end()) || overlapsRegion(regions, h)
                    || legal.stream().anyMatch(r -> r.start() <= h.start() && h.end() <= r.end())) {
                continue; // 南方电网 inside 南方电网数字电网集团有限公司 names the subsidiary, not the parent
            }
            if (h.phrase().endsWith("银行") && h.end() < text.length() && "业间卡".indexOf(text.charAt(h.end())) >= 0) {
                continue; // 中国银行业协会, 银行间市场: words about banking, not the bank
            }
            if (h.values().get(0).name().contains("交易") && LISTING.matcher(text).region(h.end(), text.length()).lookingAt()) {
                continue; // 北交所上市公司, 在港交所挂牌: the exchange as the market firms list on, not as a firm that acts
            }
            if (outlet.matcher(text).region(h.end(), text.length()).lookingAt()) {
                continue; // 尽在新浪财经APP, 来源：腾讯新闻: the news outlet that carries the page, not the firm as an actor
            }
            if (latinGlued(text, h.start(), h.end())) {
                continue; // "Intel" of "Intelligent", "AMD" of "AMD64": a Latin name is a word of its own
            }
            if (NameBounds.opensIndex(text, h.end())) {
                continue; // 标普500指数涨1.04%: an index named by its publisher, no mention of the firm
            }
            if (ASSOCIATION.matcher(text).region(h.end(), text.length()).lookingAt() || instituteHead(text, h.end())) {
                continue; // 中国电子学会, 中国电子信息产业发展研究院: the head of an association's or institute's name, not the firm
            }
            if (h.length() <= 2) {
                // 海信 inside 上海信息化: not the company. A window around the hit is enough context. Whether the word is
                // a name is the table's to say, not HanLP's tag (花旗/n); for the ordinary words it marks ?X (浪潮,
                // 联想) the tagger says where they are names.
                int from = Math.max(p.sentenceAt(h.start()).start(), h.start() - WINDOW);
                int to = Math.min(text.length(), h.end() + WINDOW);
                String window = text.substring(from, to);
                if (directory.taggedOnly(h.phrase()) ? !Lexicon.isNameToken(window, h.start() - from, h.phrase())
                        : !Lexicon.isWordAt(window, h.start() - from, h.phrase())) {
                    continue;
                }
            }
            int sub = subsidiaryEnd(text, h, regions, lines);
            if (sub != h.end()) {
                if (sub > h.end()) {
                    found.add(text.substring(h.start(), sub));
                }
                continue; // 华润微电子, 中车株洲所: the group's short name heads a subsidiary's, which names no group
            }
            add(text, h, regions, found);
        }
        for (PhraseMatcher.Hit<CompanyDirectory.Entry> h : hits.listed()) {
            // A listed firm's short name alone, where it is not ordinary words ({@link ListedNames}); one that
            // is (中国软件, 天下秀) is known to the rules that read a firm's context, not looked for here.
            // one that a curated name opens is a name, not ordinary words (一汽|解放: the table says 一汽 is a name)
            if (!extending.contains(h) && !ListedNames.standsAlone(h.phrase()) || NameBounds.overlaps(bodies, h.start(), h.end())
                    || overlapsRegion(regions, h) || latinGlued(text, h.start(), h.end())
                    || legal.stream().anyMatch(r -> r.start() < h.end() && h.start() < r.end())
                    || curated.stream().anyMatch(c -> !yielded.contains(c) && c.start() < h.end() && h.start() < c.end())
                    || outlet.matcher(text).region(h.end(), text.length()).lookingAt()
                    || ASSOCIATION.matcher(text).region(h.end(), text.length()).lookingAt()
                    || markup && NameBounds.inMarkup(text, h.start()) || headsLongerName(text, h.end()) || cutFromWord(p, text, h)) {
                continue;
            }
            add(text, h, regions, found);
        }
    }

    /**
     * The listed firm's short name that a curated short name opens and that is not cut out of a longer word there
     * (一汽|解放 of 一汽解放, 华润|三九 of 华润三九), or null: the text names the listed firm, and the group's name glued
     * to the firm's own does not name the group.
     */
    private static PhraseMatcher.Hit<CompanyDirectory.Entry> listedNameOpened(Paragraph p, String text,
            PhraseMatcher.Hit<CompanyDirectory.Entry> h, List<PhraseMatcher.Hit<CompanyDirectory.Entry>> listed) {
        for (PhraseMatcher.Hit<CompanyDirectory.Entry> l : listed) {
            if (l.start() == h.start() && l.end() > h.end()) {
                return cutFromWord(p, text, l) ? null : l;
            }
            if (l.start() > h.start()) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether a listed firm's short name that stands alone ({@link ListedNames}) and is not cut out of a longer word holds
     * the curated hit and reaches beyond it (国铁 inside 中国|铁物): the text names the listed firm, and the shorter name
     * inside it names nothing.
     */
    private static boolean insideListedName(Paragraph p, String text, PhraseMatcher.Hit<CompanyDirectory.Entry> h,
                                            List<PhraseMatcher.Hit<CompanyDirectory.Entry>> listed) {
        for (PhraseMatcher.Hit<CompanyDirectory.Entry> l : listed) {
            if (l.start() > h.start()) {
                break;
            }
            if (l.end() >= h.end() && l.length() > h.length()) {
                return ListedNames.standsAlone(l.phrase()) && !cutFromWord(p, text, l);
            }
        }
        return false;
    }

    /**
     * Whether the words around a listed firm's short name run across its edges, so that the name is cut out of a
     * longer word or phrase (张江高科|技园区, 长春经开|区, 外|国投资本): HanLP segments a window of the sentence around it.
     */
    private static boolean cutFromWord(Paragraph p, String text, PhraseMatcher.Hit<CompanyDirectory.Entry> h) {
        int from = Math.max(p.sentenceAt(h.start()).start(), h.start() - WINDOW);
        int to = Math.min(text.length(), h.end() + WINDOW);
        return Lexicon.wordCrosses(text.substring(from, to), h.start() - from, h.end() - from);
    }

    /**
     * The firm a hit names: a branch when the text names one after it (中国农业银行安徽省分行, 建设银行广州南沙气候支行),
     * which is a firm of its own as the text names it, else the directory's firm.
     */
    private static void add(String text, PhraseMatcher.Hit<CompanyDirectory.Entry> h, List<RegionMention> regions, Companies found) {
        int end = NameBounds.branchEnd(text, h.end(), regions);
        if (end > h.end()) {
            found.add(text.substring(h.start(), end));
            return;
        }
        found.add(h.phrase(), h.values().get(0));
        // 德勤中国, 微软中国: the firm's China arm as the press names it, a whole item of its sentence
        if (text.startsWith("中国", h.end()) && (h.end() + 2 == text.length() || ITEM_END.indexOf(text.charAt(h.end() + 2)) >= 0)) {
            found.add(h.phrase() + "中国", h.values().get(0));
        }
        // 上海依图: the firm's city written before its 字号, where the pair opens an item of the sentence
        for (RegionMention r : regions) {
            int at = r.range().start();
            if (r.range().end() == h.start() && h.start() - at >= 2
                    && (at == 0 || NameBounds.BOUNDARY_CHARS.indexOf(text.charAt(at - 1)) >= 0)) {
                found.add(text.substring(at, h.end()), h.values().get(0));
            }
        }
    }

    /**
     * Where a subsidiary's short name ends that a group's short name heads: the press names a group's
     * subsidiary by the group's short name and its business line (华润微电子, 华润水泥, 中信信托) or the city of
     * its works and 所 (中车株洲所, 中车四方所). Only a short name of the directory heads one; the full name or
     * a name with its own legal form is the group's. Returns the hit's end when no subsidiary follows, the
     * subsidiary's end when its name is a whole item of the sentence, and -1 when a subsidiary follows but runs
     * on into more words (华润热电煤炭…项目: a project of the subsidiary; no firm is named by the group's name).
     */
    private static int subsidiaryEnd(String text, PhraseMatcher.Hit<CompanyDirectory.Entry> h, List<RegionMention> regions,
                                     PhraseMatcher<String> lines) {
        int end = h.end();
        if (end >= text.length() || !Han.is(text.charAt(end)) || h.phrase().equals(h.values().get(0).name())
                || h.phrase().endsWith("集团") || h.phrase().endsWith("公司")) {
            return end;
        }
        int sub = -1;
        for (PhraseMatcher.Hit<String> l : lines.all(text.substring(end, Math.min(text.length(), end + 4)))) {
            if (l.start() == 0) {
                sub = Math.max(sub, end + l.end());
            }
        }
        if (sub < 0) {
            for (RegionMention r : regions) {
                int after = r.range().end();
                if (r.range().start() == end && after < text.length() && text.charAt(after) == '所'
                        && (after + 1 == text.length() || !Han.is(text.charAt(after + 1))
                        || SUB_AFTER.indexOf(text.charAt(after + 1)) >= 0)) {
                    return after + 1; // 中车株洲所近年来…: 所 ends the name where no word of 所有, 所在 goes on
                }
            }
            return end;
        }
        if (sub == text.length() || !Han.is(text.charAt(sub)) || SUB_AFTER.indexOf(text.charAt(sub)) >= 0) {
            return sub;
        }
        return -1;
    }

    /**
     * What may follow a subsidiary's short name that ends it: a list's or a clause's end, a joiner, a particle or a
     * verb's lead (lexicon/firm-name-context.tsv role sub-end).
     */
    private static final String SUB_AFTER = ITEM_END + oneCharacterEach("sub-end");

    /**
     * Whether the words after a hit run on, as nouns only, into an institute's name (中国电子|信息产业发展研究院,
     * 中国电子|技术标准化研究院): the firm's name is then the head of the institute's, which names no firm. A verb or
     * a joiner between them (华为|成立研究院, 百度与…大学) leaves the firm.
     */
    private static boolean instituteHead(String text, int end) {
        java.util.regex.Matcher m = INSTITUTE.matcher(text).region(end, Math.min(text.length(), end + 14));
        if (!m.lookingAt() || m.start(1) - end < 2) {
            return false;
        }
        String between = text.substring(end, m.start(1));
        return Lexicon.segment(between).stream().allMatch(t -> {
            String n = t.nature.toString();
            return n.startsWith("n") && !n.startsWith("nr") || n.startsWith("g") || n.equals("vn") || n.equals("b");
        });
    }

    /** Whether a hit that begins or ends with a Latin letter or digit runs on into one. */
    private static boolean latinGlued(String text, int start, int end) {
        boolean before = start > 0 && latin(text.charAt(start)) && latin(text.charAt(start - 1));
        boolean after = end < text.length() && latin(text.charAt(end - 1)) && latin(text.charAt(end));
        return before || after;
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** A region overlapping the hit and reaching beyond it: 上海 of 上海信息化 around 海信. */
    static boolean overlapsRegion(List<RegionMention> regions, PhraseMatcher.Hit<?> h) {
        for (RegionMention r : regions) {
            if (r.range().start() < h.end() && h.start() < r.range().end()
                    && (r.range().start() < h.start() || r.range().end() > h.end())) {
                return true;
            }
        }
        return false;
    }
}
