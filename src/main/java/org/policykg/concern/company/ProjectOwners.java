package org.policykg.concern.company;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.Lexicon;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Paragraph;
import org.policykg.text.Han;

/**
 * The firms a work report names at the head of its projects: "宝丰煤制烯烃、创盛碳化硅晶体、飞鹤婴幼儿配方
 * 奶粉等1700多个新项目开工", "推动蓝科锂业碳酸锂装置改造、青海广泰10万吨再生铝等项目建设". In a list of
 * two or more items closed by 等 and a count or kind of 项目, each item is a project and the name before its
 * project words is its owner: a known firm, a 字号 with its trade word (蓝科锂业, lexicon/firm-sets.tsv role
 * tail), or a name before the project's place, size or first ordinary word. An item whose head is a place,
 * a body, a generic word, or a name before a public work (隆黄铁路, role facility) names no firm; a list
 * where fewer than half the items name one is a list of public works, not of firms' projects.
 */
final class ProjectOwners {
    /** What closes the list after 等: a count or kind of projects (等1700多个新项目, 等一批重大项目, 等项目). */
    private static final Pattern CLOSER = Pattern.compile("^(?:近|超|约)?(?:[\\d.]+|[一二两三四五六七八九十百千万]+)?(?:多|余)?(?:个|项)?(?:一批)?["
            + Han.RANGE + "]{0,10}?项目");
    /** Where an item's project words start at the latest, and the shortest and longest owner. */
    private static final int MIN = 2;
    private static final int MAX = 6;
    /** A phase or generation after the owner: 六期, 二期, 三代. */
    private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十]+[期代套]");
    /** Natures of the words a project is described with (HanLP): nouns, verbs, adjectives, numbers, technical terms. */
    private static final Pattern PROJECT_WORD = Pattern.compile("^(?:n|vn|v|vi|vd|b|a|an|nz|nis|nmc|nnt|nf|gi|gm|gp|gc|m|mq|q|t|l)$");
    /** Natures of a name: a person's, an organisation's, an abbreviation, another proper noun. */
    private static final Pattern NAME_WORD = Pattern.compile("^(?:nr\\w*|nt\\w*|j|nz)$");
    /** A word or place the report writes before projects that are not a firm's: the state's, the province's. */
    private static final Pattern NOT_OWNER = Pattern.compile("^(?:国家|全国|全省|全市|全区|省|市|县|区|我省|我市|我区|中央)");

    /**
     * Natures no character of a coined name has: a particle, preposition, conjunction, pronoun, count, punctuation,
     * verb (智|算 of 智算中心 is a word HanLP cut) or adverb (not 弗/dg, a morpheme).
     */
    private static final Pattern NOT_COINED = Pattern.compile("[upcrmqwv]\\w*|d");

    private final PhraseMatcher<String> tails;
    private final PhraseMatcher<String> facilities;
    private final PhraseMatcher<String> countries;

    ProjectOwners(CueWords cues) {
        List<String> tailWords = new ArrayList<>(cues.words("firm-sets", "tail"));
        tailWords.addAll(cues.words("firm-sets", "kind-tail")); // 芯光|半导体
        this.tails = matcher(tailWords);
        this.facilities = matcher(cues.words("firm-sets", "facility"));
        this.countries = matcher(cues.words("firm-sets", "country"));
    }

    private static PhraseMatcher<String> matcher(List<String> words) {
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
        words.forEach(w -> b.add(w, w));
        return b.build();
    }

    void find(Paragraph p, List<RegionMention> regions, List<AgencyMention> bodies, CompanyDirectory directory,
              Companies found) {
        String text = p.string();
        if (!text.contains("项目")) {
            return;
        }
        for (int deng = text.indexOf('等'); deng > 0; deng = text.indexOf('等', deng + 1)) {
            Matcher c = CLOSER.matcher(text).region(deng + 1, Math.min(text.length(), deng + 16));
            if (!c.lookingAt()) {
                continue;
            }
            List<int[]> items = items(text, deng);
            if (items.size() < 2) {
                continue;
            }
            List<int[]> owners = new ArrayList<>();
            int works = 0;
            for (int[] item : items) {
                int[] o = owner(text, item[0], item[1], regions, bodies, directory);
                if (o != null) {
                    owners.add(o);
                } else if (publicWork(text, item[0], item[1])) {
                    works++;
                }
            }
            if (owners.size() < 2 || 2 * owners.size() < items.size() || owners.stream().noneMatch(o -> strong(text, o, directory))) {
                // 温福高铁、沪杭高铁、台州弗迪新能源动力电池等项目: a report's list mixes public works with firms' projects;
                // the works aside, the one owner left must be surely a firm's name
                boolean mixed = owners.size() == 1 && works >= 1 && 2 >= items.size() - works
                        && surely(text, owners.get(0), regions, directory);
                if (!mixed) {
                    continue; // 西宁至成都铁路、隆黄铁路…等重大交通项目: public works, not firms'
                }
            }
            for (int[] o : owners) {
                String surface = text.substring(o[0], o[1]);
                int city = afterCity(text, o[0], o[1], regions);
                String name = text.substring(city, o[1]);
                CompanyDirectory.Entry known = directory.byAlias(name);
                if (known != null) {
                    found.add(name, known);
                } else {
                    found.add(name, surface, null); // 丽水富乐德传感技术: 富乐德, written with the city its project is in
                    found.add(name, name, null);
                }
            }
        }
    }

    /**
     * Whether an owner is surely a firm's name: a known firm, a name ending in a trade word (蓝科锂业), or a
     * name to HanLP (赛迈科/nr); a list of heads that are only unknown words (智算芯片和液冷设备) names none.
     */
    private boolean strong(String text, int[] o, CompanyDirectory directory) {
        String owner = text.substring(o[0], o[1]);
        boolean foreign = countries.longest(text.substring(Math.max(0, o[0] - 4), o[0])).stream()
                .anyMatch(c -> c.end() == Math.min(4, o[0]));
        if (foreign || directory.byAlias(owner) != null || tails.longest(owner).stream().anyMatch(t -> t.end() == owner.length())) {
            return true;
        }
        return Lexicon.segment(owner).stream().anyMatch(t -> t.word.length() >= 2 && t.nature.toString().matches("nr\\w*|nt\\w*|j"));
    }

    /** Whether an item is a public work: a name, then a facility word (沪杭|高铁, 沪乍杭|铁路, 西湖|大学三期). */
    private boolean publicWork(String text, int start, int end) {
        return facilities.longest(text.substring(start, end)).stream().anyMatch(f -> f.start() >= MIN && f.start() <= MAX + 3);
    }

    /**
     * Whether an owner standing alone among public works is surely a firm's: a known firm, a name ending in a
     * trade word (芯光半导体), or a coined name after the project's city (台州|弗迪: characters HanLP reads only one by
     * one, none of them grammar, a verb or a count); a name HanLP only guesses at (润泽, a verb; 禾汕海, a person) is not.
     */
    private boolean surely(String text, int[] o, List<RegionMention> regions, CompanyDirectory directory) {
        int city = afterCity(text, o[0], o[1], regions);
        String name = text.substring(city, o[1]);
        if (directory.byAlias(name) != null || tails.longest(name).stream().anyMatch(t -> t.end() == name.length() && t.start() >= MIN)) {
            return true;
        }
        return city > o[0] && name.length() >= MIN && !Lexicon.isOrdinary(name) && Lexicon.segment(name).stream()
                .allMatch(t -> t.word.length() == 1 && !NOT_COINED.matcher(t.nature.toString()).matches());
    }

    /**
     * Where the name starts after the city or province that opens the owner (丽水|富乐德, 衢州|先导智能): the
     * project's place, not part of the firm's short name, unless what follows is only a trade word (四川时代).
     */
    private int afterCity(String text, int start, int end, List<RegionMention> regions) {
        for (RegionMention r : regions) {
            if (r.range().start() == start && end - r.range().end() >= MIN) {
                String rest = text.substring(r.range().end(), end);
                boolean tailOnly = tails.longest(rest).stream().anyMatch(t -> t.start() == 0 && t.end() == rest.length());
                return tailOnly ? start : r.range().end();
            }
        }
        return start;
    }

    /** The items joined by 、 before {@code deng}, each from after its 的 (总投资50亿元的…) or the words before it. */
    private static List<int[]> items(String text, int deng) {
        List<int[]> items = new ArrayList<>();
        int end = deng;
        while (true) {
            int start = end;
            while (start > 0 && end - start < 40 && "、，。；：,;:！？!?（）()等".indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            boolean first = start == 0 || text.charAt(start - 1) != '、';
            int run = start;
            int de = text.lastIndexOf('的', end - 1);
            if (de >= start) {
                start = de + 1;
            }
            if (first) {
                start += Lexicon.nameStartAfterVerbs(text.substring(start, end));
            }
            if (end - start >= MIN) {
                items.add(0, new int[] {start, end});
            }

            if (first || items.size() > 40) {
                return items;
            }
            end = run - 1;
        }
    }

    /** Where the owner named at the head of the item {@code [start, end)} stands, or null when it names none. */
    private int[] owner(String text, int start, int end, List<RegionMention> regions, List<AgencyMention> bodies,
                        CompanyDirectory directory) {
        String item = text.substring(start, end);
        if (NOT_OWNER.matcher(item).find() || NameBounds.overlaps(bodies, start, Math.min(end, start + MIN))) {
            return null;
        }
        for (PhraseMatcher.Hit<String> c : countries.longest(item)) {
            String rest = item.substring(c.end());
            if (c.start() == 0 && rest.length() >= MIN && rest.length() <= MAX - 1 && !grammar(rest)
                    && !Lexicon.isOrdinary(rest)) {
                return new int[] {start + c.end(), end}; // 韩国|晓星、意大利|世科姆等外资项目: the foreign firm
            }
        }
        for (PhraseMatcher.Hit<CompanyDirectory.Entry> h : directory.find(item)) {
            int at = start + h.start();
            if (h.start() == 0 || h.start() <= MAX && regions.stream().anyMatch(r -> r.range().start() == start && r.range().end() == at)
                    || zoneBefore(item, h)) {
                return new int[] {at, start + h.end()}; // 新华三青海图灵小镇, 华电牛首山…电站, 绍兴|中芯…集成电路: a known firm
            }
        }
        int at = headEnd(text, start, end, item, regions);
        if (at >= 0) {
            at = afterTails(item, at);
            int from = start + nameInHead(item.substring(0, at));
            if (valid(text, from, start + at, end, regions)) {
                return new int[] {from, start + at};
            }
        }
        for (int k = Math.min(MAX, item.length() - 1); k >= MIN; k--) {
            if (directory.byAlias(item.substring(0, k)) != null) {
                return new int[] {start, start + k}; // 大唐|郓城: a firm's short name that is also a word, at a project's head
            }
        }
        return null;
    }

    /**
     * Whether the two characters before a known firm of three or more at an item's head are the project's place
     * written short, a zone or a cooperation area the gazetteer does not hold (深汕|比亚迪二期, 前海|…): a report
     * writes place, owner, project. A known name of three or more is rarely the end of another firm's name; HanLP's
     * guesses at the unknown place (禾汕海|康威视 as a person's name) are no evidence either way.
     */
    private static boolean zoneBefore(String item, PhraseMatcher.Hit<CompanyDirectory.Entry> h) {
        if (h.start() != MIN || h.length() < 3) {
            return false;
        }
        String zone = item.substring(0, MIN);
        return zone.chars().allMatch(c -> Han.is((char) c)) && !grammar(zone);
    }

    /**
     * Where the head of an item ends: at a trade word (蓝科|锂业碳酸锂装置, 玖德|化学新材料), else at the first of
     * the project's place, size or phase, or first project word; -1 if nowhere.
     */
    private int headEnd(String text, int start, int end, String item, List<RegionMention> regions) {
        for (PhraseMatcher.Hit<String> t : tails.longest(item)) {
            if (t.start() >= MIN && t.start() <= MAX - 1 && !grammar(item.substring(0, t.start()))) {
                return t.start();
            }
        }
        int best = -1;
        for (RegionMention r : regions) {
            int at = r.range().start() - start;
            if (at >= MIN && at <= MAX && r.range().end() <= end) {
                best = first(best, at); // 大唐|郓城…: the project's site after its owner
            }
        }
        for (int i = MIN; i <= Math.min(MAX, item.length() - 1); i++) {
            char c = item.charAt(i);
            if (c >= '0' && c <= '9' || c == '“' || c == '"' || c == '第' || PHASE.matcher(item).region(i, item.length()).lookingAt()) {
                // 青海辉源|20万吨…, 蒙牛乳业|“灯塔工厂”, 信义|六期; 半岛北N2 is a code, not a name
                if (item.substring(0, i).chars().anyMatch(ch -> ch < 0x80)) {
                    return -1;
                }
                best = first(best, i);
                break;
            }
        }
        return first(best, firstProjectWord(item));
    }

    private static int first(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** Where the first project word or place after a name of two or more characters stands (赛迈科|特种石墨, 山钢|日照基地). */
    private static int firstProjectWord(String item) {
        int at = 0;
        boolean name = false;
        int singles = 0;
        for (Term t : Lexicon.segment(item)) {
            String nature = t.nature.toString();
            boolean place = nature.startsWith("ns") && t.word.length() >= 2;
            if (at >= MIN && (place || t.word.length() >= 2 && PROJECT_WORD.matcher(nature).matches())) {
                return name || singles >= 2 ? at : -1;
            }
            boolean isName = NAME_WORD.matcher(nature).matches() && t.word.length() >= 2;
            name |= isName;
            singles += t.word.length() == 1 ? 1 : 0;
            at += t.word.length();
            if (isName && t.word.length() == MIN && at == MIN && at < item.length() && singlesAt(item, at)) {
                return at; // 奇瑞|乘用车 (HanLP: 乘|用车), 大唐|郓城 (郓|城): a name, then words it cut
            }
            if (at > MAX) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether HanLP reads the text from {@code at} as a single character first. */
    private static boolean singlesAt(String item, int at) {
        List<Term> rest = Lexicon.segment(item.substring(at));
        return !rest.isEmpty() && rest.get(0).word.length() == 1 && Han.is(rest.get(0).word.charAt(0));
    }

    /** Where the name starts in a head that opens with an ordinary word before a name (布局|东明石化). */
    private static int nameInHead(String head) {
        List<Term> terms = Lexicon.segment(head);
        if (terms.size() >= 2 && terms.get(0).word.length() >= 2 && terms.get(0).nature.toString().matches("n|vn|v")
                && NAME_WORD.matcher(terms.get(1).nature.toString()).matches() && head.length() - terms.get(0).word.length() >= MIN) {
            return terms.get(0).word.length();
        }
        return 0;
    }

    /** The head run on over the trade words right after it (天新|医药化工 → 天新医药化工). */
    private int afterTails(String item, int at) {
        boolean more = true;
        while (more) {
            more = false;
            for (PhraseMatcher.Hit<String> t : tails.longest(item)) {
                if (t.start() == at) {
                    at = t.end();
                    more = true;
                }
            }
        }
        return at;
    }

    /** Whether {@code [start, at)} can name a firm: not a place alone, not ordinary grammar, not before a public work. */
    private boolean valid(String text, int start, int at, int end, List<RegionMention> regions) {
        if (at - start < MIN || at - start > MAX + 3) {
            return false;
        }
        String owner = text.substring(start, at);
        if (grammar(owner) || NameBounds.GENERIC.matcher(owner).find()) {
            return false;
        }
        for (PhraseMatcher.Hit<String> f : facilities.longest(text.substring(at, end))) {
            if (f.start() <= 1) {
                return false; // 隆黄|铁路, 乐山|机场, 杭淳|开高速公路
            }
        }
        for (PhraseMatcher.Hit<String> f : facilities.longest(owner)) {
            if (f.end() == owner.length()) {
                return false; // 三澳核电|二期: a plant named by its place
            }
        }
        for (RegionMention r : regions) {
            if (r.range().start() == start) {
                // a place, then a 字号 or a trade word (青海辉源, 四川时代), never a place alone or a place's works
                String rest = text.substring(r.range().end(), at);
                if (rest.length() < 2 || Lexicon.isOrdinary(rest) && tails.longest(rest).isEmpty()) {
                    return false;
                }
            } else if (r.range().start() > start && r.range().start() < at) {
                return false; // a place inside the head: 石岛湾 of 荣成石岛湾
            }
        }
        List<Term> terms = Lexicon.segment(owner);
        if (terms.size() == 1 && !NAME_WORD.matcher(terms.get(0).nature.toString()).matches()
                && tails.longest(owner).isEmpty()) {
            return false; // one ordinary word or a place (先导, 三峡): no 字号
        }
        return true;
    }

    /**
     * Whether a head holds grammar a name never holds: a particle, preposition, conjunction, adverb or pronoun; an
     * adverb's morpheme standing alone (弗/dg of 台州弗迪) is a coined name's character, not an adverb.
     */
    private static boolean grammar(String s) {
        for (Term t : Lexicon.segment(s)) {
            if (t.nature.toString().equals("dg")) {
                continue;
            }
            char n = t.nature.toString().charAt(0);
            if (n == 'u' || n == 'p' || n == 'c' || n == 'd' || n == 'r' || n == 'w') {
                return true;
            }
        }
        return false;
    }
}
