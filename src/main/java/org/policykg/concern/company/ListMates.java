package org.policykg.concern.company;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.Lexicon;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Paragraph;
import org.policykg.text.Han;

/**
 * The members of a list whose other members are firms, where no closer says what they are: a ranking's
 * winners (上榜的中国企业还有台积电、鸿海精密、中国电信股份有限公司、…、联想集团和网易), a table cell of typical firms
 * (百度、字节、小米、京东、智谱). The words of a list joined by 、 are of one kind; when at least half of the
 * members, and two or more, are firms the document or the directory already knows, each other member that
 * reads as a name is a firm too. A member that is a place, a body, an institute or university (…大学,
 * …研究院), or common words (高校, 科研院所) is not; one ending in a legal form (阅文集团) or made of a known
 * firm's name and trade words (联想控股) is. A member is never a place alone (中国 out of 中国联想, 美国, 日本和韩国);
 * two names joined by a conjunction as a word of its own (飞利浦和中海油, 甲、乙和丙) are two members.
 */
final class ListMates {
    /** The longest member read. */
    private static final int MAX_ITEM = 24;
    /** What ends a list's first or last member besides 、: clause punctuation, quotes, a table's bar. */
    private static final String STOPS = "，。；：,;:！？!?|｜“”\"《》【】[]<>\n\t";
    /** Names of institutes, schools, hospitals, associations and bodies: list mates of firms, but no firms. */
    static final Pattern NOT_FIRM = Pattern.compile(
            "(?:大学|学院|学校|研究院|研究所|研究中心|实验室|医院|协会|学会|商会|联盟|委员会|政府|中心|基金会|部|局|厅|办|署|院|所)$");
    /** A legal form or 集团/股份 ending the member: a firm's name whatever its words. */
    private static final Pattern LEGAL_END = Pattern.compile("(?:公司|集团|股份|银行)$");
    /** Latin letters and digits only (OPPO, vivo, deepseek): a brand name, not Chinese common words. */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9&.\\- ]*[A-Za-z0-9]");

    private final PhraseMatcher<String> trades;

    /** @param trades the trade words a firm's short name may end with ({@code firm-sets} roles tail and trade) */
    ListMates(PhraseMatcher<String> trades) {
        this.trades = trades;
    }

    void find(Paragraph p, List<RegionMention> regions, List<AgencyMention> bodies, CompanyDirectory directory,
              Companies found) {
        String text = p.string();
        int comma = text.indexOf('、');
        while (comma >= 0) {
            // the separators of one run of members: 、 after 、, each member between stops
            List<Integer> seps = new ArrayList<>();
            seps.add(comma);
            int at = comma + 1;
            int lastEnd = -1;
            while (lastEnd < 0) {
                int k = at;
                while (k < text.length() && k - at <= MAX_ITEM && text.charAt(k) != '、' && STOPS.indexOf(text.charAt(k)) < 0) {
                    k++;
                }
                // a member holding 等 or 的 ends the list (甲、乙等超100家企业对接交流、追寻良机: the closer, then tasks)
                // (a known firm's name holding 的 is a member: 海尔、美的、格力)
                String member = text.substring(at, Math.min(k, text.length()));
                boolean closes = member.chars().anyMatch(c -> c == '等' || c == '的') && !known(member, directory, found);
                if (k < text.length() && text.charAt(k) == '、' && k - at <= MAX_ITEM && !closes) {
                    seps.add(k);
                    at = k + 1;
                } else {
                    lastEnd = k;
                }
            }
            comma = text.indexOf('、', lastEnd);
            if (seps.size() < 2) {
                continue; // a list of three or more: one 、 joins two words of any kind
            }
            boolean middleKnown = false;
            for (int i = 0; i + 1 < seps.size() && !middleKnown; i++) {
                middleKnown = known(text.substring(seps.get(i) + 1, seps.get(i + 1)), directory, found);
            }
            if (!middleKnown) {
                continue; // the cheap test first: most lists name tasks or fields, and no member is a known firm
            }
            List<int[]> items = new ArrayList<>();
            int[] first = first(text, seps.get(0), directory, found);
            if (first != null) {
                items.add(first);
            }
            for (int i = 0; i + 1 < seps.size(); i++) {
                items.add(new int[] {seps.get(i) + 1, seps.get(i + 1)});
            }
            items.addAll(last(text, seps.get(seps.size() - 1) + 1, lastEnd, regions, bodies, directory, found));
            items = joined(text, items, regions, bodies, directory, found);
            int known = 0;
            for (int[] r : items) {
                if (known(text.substring(r[0], r[1]), directory, found)) {
                    known++;
                }
            }
            if (items.size() < 3 || known < 2 || 2 * known < items.size()) {
                continue;
            }
            for (int[] r : items) {
                String name = text.substring(r[0], r[1]);
                CompanyDirectory.Entry entry = directory.byAlias(name);
                if (found.surfaces.containsKey(name) || entry != null || firmLike(text, r[0], r[1], regions, bodies, directory)) {
                    found.add(name, entry);
                }
            }
        }
    }

    private static boolean known(String item, CompanyDirectory directory, Companies found) {
        return found.surfaces.containsKey(item) || directory.byAlias(item) != null;
    }

    /**
     * The list's first member, ending at {@code end}, or null: the longest known firm it ends with (榜单中|谷歌), else
     * what follows the words before it (上榜的中国企业还有|台积电) and a place phrase glued before it (高新区内|…).
     */
    private static int[] first(String text, int end, CompanyDirectory directory, Companies found) {
        int start = end;
        while (start > 0 && end - start < MAX_ITEM && STOPS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        for (int k = start; k <= end - 2; k++) {
            if (known(text.substring(k, end), directory, found)) {
                // 飞利浦和中海油、甲、乙: a known firm joined by a conjunction before it is read with it, then split by
                // joined(); only a known one, for 与 is as often a preposition there (该基金已与|甲、乙等机构达成合作)
                int and = Conjunctions.endingAt(text, k);
                int[] before = and > 0 && k - and > start ? first(text, k - and, directory, found) : null;
                boolean joins = before != null && known(text.substring(before[0], before[1]), directory, found)
                        && conjunctionAt(text.substring(before[0], end), k - and - before[0]);
                return new int[] {joins ? before[0] : k, end};
            }
        }
        int name = Math.max(start, NameBounds.nameStart(text, end, MAX_ITEM));
        // 入驻园区的有|星河软件: a name no rule knows starts after the last 的 before it (美的 is known, found above)
        name = Math.max(name, text.lastIndexOf('的', end - 1) + 1);
        name += Lexicon.nameStartAfterVerbs(text.substring(name, end));
        name += Phrasing.afterPlace(text, name, end, directory);
        return end - name >= 2 ? new int[] {name, end} : null;
    }

    /**
     * The list's last member, from {@code start} to the stop at {@code end}: the longest known firm it opens with
     * (中国移动|则位列第四至第十名), else the whole when it is short, else its words up to the first verb, preposition,
     * pronoun or particle (玲珑轮胎|等3家…, 华大基因|这样的企业); a member joined to it by a conjunction (联想集团和网易,
     * …以及网易) is one more.
     */
    private List<int[]> last(String text, int start, int end, List<RegionMention> regions, List<AgencyMention> bodies,
                             CompanyDirectory directory, Companies found) {
        List<int[]> out = new ArrayList<>();
        String raw = text.substring(start, Math.min(end, start + MAX_ITEM));
        for (int k = raw.length(); k >= 2; k--) {
            if (known(raw.substring(0, k), directory, found)) {
                out.add(new int[] {start, start + k});
                int rest = start + k;
                int and = Conjunctions.at(text, rest);
                if (and > 0 && rest + and + 1 < end) {
                    out.addAll(last(text, rest + and, end, regions, bodies, directory, found).stream().limit(1).toList());
                }
                return out;
            }
        }
        boolean plain = !Conjunctions.in(raw) && raw.chars().noneMatch(c -> "等这那之的".indexOf(c) >= 0);
        if (raw.length() <= 8 && plain) {
            if (raw.length() >= 2) {
                out.add(new int[] {start, start + raw.length()});
            }
            return out;
        }
        List<Term> terms = Lexicon.segment(raw);
        int j = 0;
        for (Term t : terms) {
            if (Conjunctions.word(t)) {
                // 中国联想和飞利浦…: a conjunction before a firm's name ends the member before it, whatever its words
                // (联想/vi would end the walk below at 中国)
                String left = raw.substring(0, j);
                List<int[]> next = j >= 2 && j <= 12 && left.chars().noneMatch(c -> "等这那之的".indexOf(c) >= 0)
                        ? last(text, start + j + t.word.length(), end, regions, bodies, directory, found) : List.of();
                if (!next.isEmpty() && mate(text, next.get(0)[0], next.get(0)[1], regions, bodies, directory, found)) {
                    out.add(new int[] {start, start + j});
                    out.add(next.get(0));
                    return out;
                }
                break;
            }
            j += t.word.length();
        }
        int at = 0;
        int from = 0;
        for (Term t : terms) {
            String nature = t.nature.toString();
            boolean join = Conjunctions.is(t.word);
            if (join && out.isEmpty() && at - from >= 2) {
                out.add(new int[] {start + from, start + at});
                from = at + t.word.length();
            } else if (join || nature.startsWith("v") || nature.equals("p") || nature.startsWith("u") || nature.startsWith("w")
                    || nature.startsWith("c") || nature.startsWith("r") || nature.startsWith("d") || t.word.equals("等")) {
                break;
            }
            at += t.word.length();
        }
        if (at - from >= 2) {
            out.add(new int[] {start + from, start + at});
        }
        return out;
    }

    /**
     * The members with each one that is two names joined by a conjunction (甲、飞利浦和中海油、乙; 和, 与, 及 or 以及 as
     * a word of its own, not 浦和 or 饱和) split in two, where each side is a known firm or reads as a firm's name; a
     * known firm's name holding the character (长江和记) is kept whole.
     */
    private List<int[]> joined(String text, List<int[]> items, List<RegionMention> regions, List<AgencyMention> bodies,
                               CompanyDirectory directory, Companies found) {
        List<int[]> out = new ArrayList<>(items.size() + 1);
        for (int[] r : items) {
            String s = text.substring(r[0], r[1]);
            int split = -1;
            int width = 0;
            if (s.length() >= 5 && !known(s, directory, found) && Conjunctions.in(s)) {
                int at = 0;
                for (Term t : Lexicon.segment(s)) {
                    if (Conjunctions.word(t)) {
                        split = at;
                        width = t.word.length();
                        break;
                    }
                    at += t.word.length();
                }
            }
            int mid = r[0] + split;
            boolean halves = split >= 2 && s.length() - split - width >= 2;
            boolean right = halves && mate(text, mid + width, r[1], regions, bodies, directory, found);
            if (right && mate(text, r[0], mid, regions, bodies, directory, found)) {
                out.add(new int[] {r[0], mid});
                out.add(new int[] {mid + width, r[1]});
            } else if (right && known(text.substring(mid + width, r[1]), directory, found)) {
                out.add(new int[] {mid + width, r[1]}); // 研发和|中海油: the words before the conjunction are no member
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether the word of {@code s} starting at {@code at} is a conjunction (飞利浦|和|中海油, not 金|浦和|…). */
    private static boolean conjunctionAt(String s, int at) {
        int k = 0;
        for (Term t : Lexicon.segment(s)) {
            if (k == at) {
                return Conjunctions.word(t);
            }
            k += t.word.length();
            if (k > at) {
                return false;
            }
        }
        return false;
    }

    private boolean mate(String text, int start, int end, List<RegionMention> regions, List<AgencyMention> bodies,
                         CompanyDirectory directory, Companies found) {
        return known(text.substring(start, end), directory, found) || firmLike(text, start, end, regions, bodies, directory);
    }

    /**
     * Whether {@code s} is a place alone (中国, 美国, 欧洲, 上海): a province's or city's name, the country's, or one word
     * HanLP's tagger reads as a place name (ns, nsf). A place opens many firms' names, but a list's member is never
     * the place alone (中国 out of 中国联想, where 联想 is read as a verb).
     */
    static boolean barePlace(String s) {
        Gazetteer places = Gazetteer.get();
        if (places.byName(s) != null || places.country().shortNames().contains(s) || places.country().name().equals(s)) {
            return true;
        }
        List<Term> terms = Lexicon.segment(s);
        if (terms.size() == 1 && terms.get(0).nature.toString().startsWith("ns")) {
            return true;
        }
        // two places joined (欧洲和上海, which the tagger reads 欧洲和/nr 上海/ns) are places too
        for (int k = 2; k <= s.length() - 3; k++) {
            int and = Conjunctions.at(s, k);
            if (and > 0 && s.length() - k - and >= 2) {
                return barePlace(s.substring(0, k)) && barePlace(s.substring(k + and));
            }
        }
        return false;
    }

    /** Whether a member no rule knows reads as a firm's name among firms. */
    private boolean firmLike(String text, int start, int end, List<RegionMention> regions, List<AgencyMention> bodies,
                             CompanyDirectory directory) {
        String s = text.substring(start, end);
        if (s.length() < 2 || NOT_FIRM.matcher(s).find() || NameBounds.GENERIC.matcher(s).find()
                || NameBounds.overlaps(bodies, start, end)
                || NameBounds.coveredBy(regions, start, end) || barePlace(s)) {
            return false;
        }
        if (LATIN.matcher(s).matches()) {
            return true; // OPPO, vivo, deepseek
        }
        if (!s.chars().allMatch(c -> Han.isCodePoint(c) || c < 0x80 && Character.isLetterOrDigit(c) || "()（）·".indexOf(c) >= 0)) {
            return false;
        }
        if (LEGAL_END.matcher(s).find()) {
            return true; // 阅文集团: the form says it is a firm, though its 字号 is a word
        }
        for (PhraseMatcher.Hit<CompanyDirectory.Entry> h : directory.find(s)) {
            if (h.start() == 0 && h.end() < s.length() && tradeWords(s.substring(h.end()))) {
                return true; // 联想|控股: a known firm's 字号 and trade words, a firm of its own
            }
        }
        // HanLP's proper nouns (台积电/nz, 鸿海/nz) pass, common words (高校, 字节/n) do not, nor a clause (高校专家共同完成:
        // a verb or adverb of two characters; a name's own one-char verbs, 思|必|驰, and its trade word, 云帆|控股, are no
        // clause)
        int trade = 0;
        for (PhraseMatcher.Hit<String> h : trades.longest(s)) {
            if (h.end() == s.length() && h.start() >= 2) {
                trade = h.length();
            }
        }
        String stem = s.substring(0, s.length() - trade);
        // a 字号 and a trade word (平安科技, 华工科技) among firms is a firm's short name, though its 字号 is a common
        // word; a trade alone (数据科技) is none
        boolean shortName = trade > 0 && !tradeWords(stem) && stem.chars().allMatch(Han::isCodePoint);
        return (shortName || !Phrasing.commonNoun(s)) && Lexicon.segment(stem).stream().noneMatch(t -> t.word.length() >= 2
                && (t.nature.toString().startsWith("v") || t.nature.toString().startsWith("d")));
    }

    /** Whether {@code s} is made only of trade words, longest first from the left. */
    private boolean tradeWords(String s) {
        return trades.tiles(s);
    }
}
