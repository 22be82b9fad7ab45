package org.policykg.concern.company;

import java.util.List;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.Lexicon;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Paragraph;
import org.policykg.text.Han;

/**
 * Firms news names by 字号 and trade word alone (星澜科技, 云舟数据, 北辰智能), where the text shows them
 * acting as firms: a firm's own act right after the name (落户, 入驻, 中标, 投资建设: {@code lexicon/firm-sets.tsv}
 * role act; what market news has a firm do, 发布公告, 旗下, 股价: role market, and what a firm says or releases, 发布, 宣布, 表示:
 * role announce), its officer's title right after it (星澜科技董事长, 云舟集团创始人: role officer), or a pact with a
 * partner, 与 X 签署 / X 与 Y 携手 (role pact), where each side ending in a trade
 * word (roles tail and trade) is a firm. The 字号 before the trade word must be a name, not ordinary words
 * (人工智能, 数字技术, 量子信息 are fields), not a place (北京科技), and the name no body's.
 */
final class FirmActs {
    /** The longest name read before an act, and the shortest and longest 字号. */
    private static final int MAX_NAME = 10;
    private static final int MIN_STEM = 2;
    private static final int MAX_STEM = 5;
    /** Words that join a partner to the act (与, 和, 同). */
    private static final String WITH = "与和同";
    /** Prepositions of the place a firm acts in, before the act (在杭州发布, 于上海落户). */
    private static final String AT = "在于";
    /** The most adverbs and places cut between a name and its act. */
    private static final int MAX_CUTS = 3;

    private final Dictionaries.Key<String> acts;
    /** Adverbs that may stand between a name and its act ({@code lexicon/act-adverbs.tsv}, reader act: 与北辰智能正式签署). */
    private final List<String> between;
    private final PhraseMatcher<String> trades;
    /** The trade words that end a short name in the press (科技, 集团, 汽车: role tail), not a department's (发展, 服务). */
    private final java.util.Set<String> tails;
    /** Words the press ends a short name with that are no trade (国际: role press-tail). */
    private final java.util.Set<String> pressTails;

    FirmActs(CueWords cues, Dictionaries.Builder dictionaries) {
        PhraseMatcher.Builder<String> a = PhraseMatcher.builder();
        cues.words("firm-sets", "act").forEach(w -> a.add(w, "act"));
        cues.words("firm-sets", "market").forEach(w -> a.add(w, "market"));
        cues.words("firm-sets", "announce").forEach(w -> a.add(w, "act")); // 发布, 宣布, 表示: as Latin names do
        cues.words("firm-sets", "pact").forEach(w -> a.add(w, "pact"));
        cues.words("firm-sets", "officer").forEach(w -> a.add(w, "officer"));
        acts = dictionaries.add(a.build());
        between = cues.words("act-adverbs", "adverb", "act");
        // press-tail: 星澜国际公告称
        trades = PhraseMatcher.keywords(cues.wordsOfRoles("firm-sets", "tail", "kind-tail", "trade", "trade-line", "press-tail")
                .toArray(String[]::new));
        tails = java.util.Set.copyOf(cues.wordsOfRoles("firm-sets", "tail", "kind-tail"));
        pressTails = java.util.Set.copyOf(cues.words("firm-sets", "press-tail"));
        kinds = dictionaries.add(PhraseMatcher.keywords(cues.words("firm-name-context", "kind-before").toArray(String[]::new)));
        List<String> supporting = new java.util.ArrayList<>(cues.words("firm-sets", "support"));
        supporting.addAll(cues.words("firm-sets", "plan")); // 支持, 推动: a plan word takes firms as its object too
        support = dictionaries.add(PhraseMatcher.keywords(supporting.toArray(String[]::new)));
        notSupportBefore = cues.characters("firm-sets", "support-glue");
        kindWords = PhraseMatcher.keywords(cues.words("firm-sets", "kind").toArray(String[]::new));
    }

    /** Words for a kind of firm ({@code firm-sets} role kind: 公募, 跨国): a 字号 made of them names no firm (公募基金). */
    private final PhraseMatcher<String> kindWords;

    /** What a body does for firms named right after it ({@code lexicon/firm-sets.tsv} roles support and plan: 引进, 支持). */
    private final Dictionaries.Key<String> support;
    /**
     * Characters that make a one-character verb of support part of another word ({@code firm-sets} role support-glue:
     * 成 of 成为, 模 of 模拟).
     */
    private final String notSupportBefore;
    /** What joins the members of a list of firms after a verb of support (甲、乙和丙). */
    private static final String JOINS = "、和及";

    /**
     * The firms a verb of support takes as its object (支持星澜科技、云舟智造加快上市, 引导创岭资本组建子基金): members
     * joined by 、, 和 or 及, each a 字号 and trade word as {@link #add} reads one, the last ending where a verb begins
     * (加快, 组建); a member that is no name (数字科技: words) or a last one that runs on into no verb (科技园建设)
     * drops the list.
     */
    private void afterSupport(String text, Dictionaries.Hits scanned, List<RegionMention> regions, List<AgencyMention> bodies,
                              CompanyDirectory directory, Companies found) {
        for (PhraseMatcher.Hit<String> v : scanned.longest(support)) {
            if (v.end() >= text.length() || !Han.is(text.charAt(v.end()))
                    || v.length() == 1 && v.start() > 0 && notSupportBefore.indexOf(text.charAt(v.start() - 1)) >= 0) {
                continue; // 成为, 作为, 认为, 模拟: a one-character word of support inside another word
            }
            List<int[]> members = new java.util.ArrayList<>();
            int at = v.end();
            boolean closed = false;
            while (members.size() < 8 && at < text.length()) {
                int stop = at;
                while (stop < text.length() && stop - at < MAX_NAME + 4 && Han.is(text.charAt(stop))
                        && JOINS.indexOf(text.charAt(stop)) < 0 && NameBounds.BOUNDARY_CHARS.indexOf(text.charAt(stop)) < 0) {
                    stop++;
                }
                boolean joined = stop < text.length() && JOINS.indexOf(text.charAt(stop)) >= 0 && stop - at <= MAX_NAME;
                int end = joined ? memberEnd(text, at, stop) : lastEnd(text, at, stop);
                if (end < 0) {
                    break;
                }
                members.add(new int[] {at, end});
                if (!joined) {
                    closed = true;
                    break;
                }
                at = stop + 1;
            }
            if (!closed || members.isEmpty()) {
                continue;
            }
            Companies trial = new Companies();
            for (int[] m : members) {
                add(text, m[0], m[1], false, true, regions, bodies, directory, trial);
            }
            if (trial.byName.size() == members.size()) {
                for (int[] m : members) {
                    add(text, m[0], m[1], false, true, regions, bodies, directory, found);
                }
            }
        }
    }

    /** Where a member before a joiner at {@code stop} ends: at the joiner when a trade word ends there, else -1. */
    private int memberEnd(String text, int at, int stop) {
        for (PhraseMatcher.Hit<String> t : trades.all(text.substring(at, stop))) {
            if (at + t.end() == stop) {
                return stop;
            }
        }
        return -1;
    }

    /**
     * Where the last member ends: after the first trade word (with the trade words run on after it) that stands two to
     * five characters into the run and is followed by a verb (星澜科技|加快上市, 创岭资本|组建); -1 when none is.
     */
    private int lastEnd(String text, int at, int stop) {
        List<PhraseMatcher.Hit<String>> words = trades.all(text.substring(at, stop));
        for (int i = 0; i < words.size(); i++) {
            PhraseMatcher.Hit<String> t = words.get(i);
            if (t.start() < MIN_STEM || t.start() > MAX_STEM) {
                continue;
            }
            int end = runOn(words, i);
            if (at + end >= stop) {
                return -1; // the run ends at the name: no verb follows in the clause
            }
            var after = Lexicon.segment(text.substring(at + end, Math.min(stop, at + end + 6)));
            return !after.isEmpty() && after.get(0).nature.toString().startsWith("v") && after.get(0).word.length() >= 2 ? at + end : -1;
        }
        return -1;
    }

    /** Where the trade word {@code words[i]} ends with the trade words run on right after it (星澜资本管理). */
    private static int runOn(List<PhraseMatcher.Hit<String>> words, int i) {
        int end = words.get(i).end();
        for (PhraseMatcher.Hit<String> next : words.subList(i + 1, words.size())) {
            end = next.start() == end ? next.end() : end;
        }
        return end;
    }

    /**
     * A 字号 and trade word right after a word for a kind of firm (私募|温莎资本): the shortest run of two to five
     * 字号 characters and a trade word that ends at a boundary, a verb or a clause's end after it.
     */
    private void afterKind(String text, Dictionaries.Hits scanned, List<RegionMention> regions, List<AgencyMention> bodies,
                           CompanyDirectory directory, Companies found) {
        for (PhraseMatcher.Hit<String> k : scanned.longest(kinds)) {
            int from = k.end();
            if (text.startsWith("企业", from) || text.startsWith("公司", from)) {
                continue; // 独角兽企业是…: the kind goes on
            }
            // 券商为|中信证券: a preposition or 是 between the kind and the name is not the name's
            int start = from + grammarWords(text.substring(from, Math.min(text.length(), from + MAX_NAME)));
            int limit = Math.min(text.length(), start + MAX_NAME);
            int stop = start;
            while (stop < limit && Han.is(text.charAt(stop)) && NameBounds.BOUNDARY_CHARS.indexOf(text.charAt(stop)) < 0) {
                stop++;
            }
            List<PhraseMatcher.Hit<String>> words = trades.all(text.substring(start, stop));
            for (int i = 0; i < words.size(); i++) {
                PhraseMatcher.Hit<String> t = words.get(i);
                if (t.start() < MIN_STEM || t.start() > MAX_STEM) {
                    continue;
                }
                int end = runOn(words, i);
                String name = text.substring(start, start + end);
                if (k.phrase().endsWith("企业") || k.phrase().endsWith("公司")) {
                    // 龙头企业星澜科技: after a word for firms the name ends in a short name's own trade word (科技, 集团,
                    // 国际); a general one is a verb's or a field's as often (头部企业来鲁发展)
                    String last = words.get(i).phrase();
                    for (PhraseMatcher.Hit<String> w : words) {
                        if (w.end() == end) {
                            last = w.phrase();
                        }
                    }
                    if (!tails.contains(last) && !pressTails.contains(last)) {
                        break;
                    }
                }
                if (!found.surfaces.containsKey(name)) {
                    add(text, start, start + end, false, regions, bodies, directory, found);
                }
                break;
            }
        }
    }

    /**
     * Words for a kind of firm written right before one firm's name ({@code firm-name-context} role kind-before:
     * 知名私募温莎资本, 创业板新股富特科技). The words of role before are not read so: 新能源汽车服务商, 工程建设企业 end
     * phrases of trade words as often as they open a firm's name.
     */
    private final Dictionaries.Key<String> kinds;

    /** {@code scanned} holds the paragraph's dictionary hits. */
    void find(Paragraph p, Dictionaries.Hits scanned, List<RegionMention> regions, List<AgencyMention> bodies,
              CompanyDirectory directory, Companies found) {
        String text = p.string();
        afterKind(text, scanned, regions, bodies, directory, found);
        afterSupport(text, scanned, regions, bodies, directory, found);
        for (PhraseMatcher.Hit<String> h : scanned.longest(acts)) {
            String role = h.values().get(0);
            int end = h.start();
            if ((role.equals("market") || role.equals("officer")) && end > 0 && text.charAt(end - 1) == '的') {
                end--; // 星澜科技的股价, 星澜科技的董事长: what a firm owns, after 的
            }
            end = beforeAct(text, end, regions);
            if (!role.equals("pact")) {
                int start = NameBounds.nameStart(text, end, MAX_NAME);
                if (role.equals("officer")) {
                    start += timeWords(text.substring(start, end)); // 目前|柔宇科技创始人
                    // the title of a known firm's department head (华为产业发展副总裁): the department, no firm; a
                    // subsidiary named by its parent, a 字号 and a trade (浪潮云帆工业互联网) is one
                    String name = text.substring(start, end);
                    boolean department = directory.find(name).stream().anyMatch(d -> d.start() == 0 && d.end() < name.length()
                            && Lexicon.isOrdinary(name.substring(d.end())))
                            || found.surfaces.keySet().stream().anyMatch(f -> name.startsWith(f) && f.length() < name.length()
                            && Lexicon.isOrdinary(name.substring(f.length())));
                    if (!department) {
                        add(text, start, end, true, regions, bodies, directory, found);
                    }
                    continue; // a title follows a name, never a verb: 星澜科技 of "，星澜科技董事长", not of 推动…
                }
                start += Lexicon.nameStartAfterVerbs(text.substring(start, end));
                add(text, start, end, false, regions, bodies, directory, found);
                continue;
            }
            // A pact: the partner after 与 up to the act, and the firm before 与.
            int with = -1;
            for (int k = end - 1; k >= Math.max(0, end - MAX_NAME - 1); k--) {
                char c = text.charAt(k);
                if (WITH.indexOf(c) >= 0) {
                    with = k;
                    break;
                }
                if (!NameBounds.isNameChar(c)) {
                    break;
                }
            }
            if (with < 0) {
                continue;
            }
            if (Lexicon.nameStartAfterVerbs(text.substring(with + 1, end)) == 0) {
                add(text, with + 1, end, false, regions, bodies, directory, found);
            }
            int start = NameBounds.nameStart(text, with, MAX_NAME);
            start += Lexicon.nameStartAfterVerbs(text.substring(start, with));
            add(text, start, with, false, regions, bodies, directory, found);
        }
    }

    /**
     * Where the name before an act at {@code act} ends: adverbs ({@code between}: 正式, 近日, 今年以来) and a place the
     * firm acts in (在杭州, 于上海: 在 or 于 right before a region the paragraph names) are cut one after another, at
     * most {@link #MAX_CUTS} (星澜科技日前在杭州正式发布: 星澜科技).
     */
    private int beforeAct(String text, int act, List<RegionMention> regions) {
        int end = act;
        for (int n = 0; n < MAX_CUTS; n++) {
            int cut = end;
            for (String adverb : between) {
                if (text.startsWith(adverb, end - adverb.length())) {
                    cut = end - adverb.length();
                    break;
                }
            }
            if (cut == end) {
                for (RegionMention r : regions) {
                    int at = r.range().start() - 1;
                    if (r.range().end() == end && at > 0 && AT.indexOf(text.charAt(at)) >= 0) {
                        cut = at;
                        break;
                    }
                }
            }
            if (cut == end) {
                break;
            }
            end = cut;
        }
        return end;
    }

    /**
     * How many characters of grammar words open the phrase after a kind of firm (券商为|中信证券, 私募如|星澜资本):
     * prepositions, conjunctions, particles, adverbs, pronouns and 是; not verbs, which a 字号 may read as (富|特科技).
     */
    private static int grammarWords(String phrase) {
        int at = 0;
        for (var t : Lexicon.segment(phrase)) {
            String nature = t.nature.toString();
            if (!t.word.equals("是") && !nature.equals("p") && !nature.startsWith("c") && !nature.startsWith("u")
                    && !nature.equals("d") && !nature.equals("r")) {
                break;
            }
            at += t.word.length();
        }
        return at;
    }

    /**
     * How many characters of time words and adverbs open the phrase before an officer's title (目前柔宇科技创始人,
     * 此前星澜科技董事长): no firm's name opens with 目前 or 此前; verbs are kept, for a 字号 HanLP reads as one (联想).
     */
    private static int timeWords(String phrase) {
        int at = 0;
        for (var t : Lexicon.segment(phrase)) {
            String nature = t.nature.toString();
            if (t.word.length() < 2 || !nature.equals("t") && !nature.equals("d")) {
                break;
            }
            at += t.word.length();
        }
        return at;
    }

    /**
     * Whether {@code stem}, before a short name's own trade word {@code tail} (集团, 科技, 国际: roles tail and press-tail),
     * is one two-character token HanLP tags as an other proper noun (华通/nz, 特步/nz, 长城/nz) and no trade or kind word:
     * longer nz tokens are a field's jargon (高质量/nz, 民营经济/nz), and before a general trade (发展, 数据) even a short
     * one is.
     */
    private boolean properNoun(String stem, String tail) {
        if (stem.length() != 2 || !tails.contains(tail) && !pressTails.contains(tail) || trades.tiles(stem) || kindWords.tiles(stem)) {
            return false;
        }
        var terms = Lexicon.segment(stem);
        return terms.size() == 1 && terms.get(0).nature.toString().equals("nz");
    }

    /**
     * Whether a 字号 read after a verb of support is a name's, not words: it opens with no verb of two characters,
     * numeral, pronoun, time or function word (各类|数据, 一批|数据, 今后|发展) and holds no ordinary word of two
     * characters or more (工业|全要素, 雄安|新区, 服务|型) nor a place's (开发区/ns): a 字号 is coined (星澜, 创岭) or a
     * name HanLP knows (华为), rarely common words or a place.
     */
    private static boolean coined(String stem) {
        var terms = Lexicon.segment(stem);
        String first = terms.isEmpty() ? "" : terms.get(0).nature.toString();
        if (first.startsWith("r") || first.startsWith("m") || first.startsWith("q") || first.equals("p") || first.startsWith("c")
                || first.startsWith("u") || first.startsWith("d") || first.startsWith("t") || first.equals("f")
                || first.startsWith("v") && terms.get(0).word.length() >= 2) {
            // 为今后|发展: a time word; 创|岭 may open a 字号 with a verb's character, 发展|第三方 opens a phrase with a verb
            return false;
        }
        for (var t : terms) {
            if (t.word.length() >= 2 && Lexicon.isOrdinary(t.word) || t.nature.toString().startsWith("ns")) {
                return false; // 推进|开发区|管理体制改革: a place's word (开发区/ns) is no 字号 after a verb
            }
        }
        return true;
    }

    /**
     * @param officer whether an officer's title follows the name (云舟集团创始人): a 字号 of digits (a number
     *                the firm is known by) is a name there, as it is nowhere else in running text
     */
    private void add(String text, int start, int end, boolean officer, List<RegionMention> regions, List<AgencyMention> bodies,
                     CompanyDirectory directory, Companies found) {
        add(text, start, end, officer, false, regions, bodies, directory, found);
    }

    /** @param object whether the name is a verb of support's object (支持|星澜科技…), which a 字号 of words never is */
    private void add(String text, int start, int end, boolean officer, boolean object, List<RegionMention> regions,
                     List<AgencyMention> bodies, CompanyDirectory directory, Companies found) {
        if (officer && end - start >= 2 && !NameBounds.overlaps(bodies, start, end)) {
            CompanyDirectory.Entry firm = directory.byAlias(text.substring(start, end));
            if (firm != null) {
                found.add(text.substring(start, end), firm); // 小米CEO, 联想董事长: a known firm's short name, a word alone, is the firm before its officer
                return;
            }
        }
        if (end - start < MIN_STEM + 2 || end - start > MAX_NAME || NameBounds.overlaps(bodies, start, end)) {
            return;
        }
        String name = text.substring(start, end);
        int trade = 0;
        for (PhraseMatcher.Hit<String> t : trades.all(name)) {
            if (t.end() == name.length()) {
                trade = Math.max(trade, t.length());
            }
        }
        int stemEnd = start + name.length() - trade;
        String stem = text.substring(start, stemEnd);
        boolean digits = officer && stem.chars().allMatch(c -> c >= '0' && c <= '9');
        // Before an officer's title the words are a firm's whatever they mean (平安科技, 华工科技 read as ordinary
        // words); only a trade alone (数据科技) is none.
        // A 字号 of common words needs the trade word a short name ends with (华工科技, not 产业发展: a department).
        // A 字号 HanLP tags as one proper noun (华通/nz, 特步/nz, 长城/nz: a brand's or a name's "other proper noun") is a
        // name, no ordinary word, unless it is a trade itself (新能源/nz, 物联网/nz).
        String tail = name.substring(stem.length());
        boolean ordinary = kindWords.tiles(stem) || (officer ? trades.tiles(stem) || !tails.contains(tail) && Lexicon.isOrdinary(stem)
                : trades.tiles(stem) || !properNoun(stem, tail) && (Lexicon.isOrdinary(stem) || Lexicon.isOrdinary(name))
                || object && !coined(stem));
        if (trade == 0 || stem.length() < MIN_STEM || stem.length() > MAX_STEM || !digits && !stem.chars().allMatch(Han::isCodePoint)
                || ordinary || NameBounds.GENERIC.matcher(name).find()
                || NameBounds.coveredBy(regions, start, stemEnd)) {
            return; // 人工智能, 数字技术: a field; 北京科技: a place and a trade
        }
        // 蔚来汽车 of the directory's 蔚来: the known firm by its short name and trade word; but a name the directory
        // knows whole is that firm (中国建筑国际 of the listed 中国建筑国际集团, not the 中国建筑 its 字号 would give):
        // the longest known name wins, as in a dictionary's scan
        CompanyDirectory.Entry known = null;
        if (!found.surfaces.containsKey(name)) {
            known = directory.byAlias(name);
            if (known == null) {
                known = directory.byAlias(stem);
            }
        }
        found.add(name, known);
    }
}
