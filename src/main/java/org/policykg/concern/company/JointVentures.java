package org.policykg.concern.company;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.Lexicon;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.text.Han;

/**
 * Joint ventures named by their parents' short names glued together: 一汽丰田, 广汽本田, 东风日产, 长安福特, 上汽大众,
 * 一汽-大众. Such a name is one firm, the joint venture, and names neither parent: the spans it covers are given back
 * so that no rule after it reads 一汽 or 广汽 out of them.
 * <p>
 * A parent is a name or short form of the curated table or the world list, marked or not (东风 and 大众 are words
 * alone, not glued to another firm's name), or such a form less the trade word that closes it ({@code firm-sets} role
 * tail: 本田 of 本田汽车, 福特 of 福特汽车), of two to four characters. Two or more parents of different firms glued,
 * each a word of its own there and no word running across the name's edges (一汽|现代化 is no venture), make the name.
 * A hyphen may join them where the first is a mainland firm (一汽-大众); where both are firms outside the mainland
 * (雷诺-日产) the hyphen joins the members of an alliance, each a firm of its own. A trade word right after the name
 * closes it (上汽通用汽车). Where the name runs on into a word that is no parent (上汽通用五菱, 广汽本田雅阁: a third
 * parent or a car's model, which the text alone does not tell apart) no firm is emitted, and the parents are still
 * not read out of it. A venture is also named by its Chinese parent's city and its foreign parent's short name
 * (上海大众, 北京现代, 广州本田).
 */
final class JointVentures {
    /** The hyphens a venture's name is written with (一汽-大众, 一汽—大众). */
    private static final String HYPHENS = "-－‐—";
    /** Parents: the directory's names and their 字号 less a trade word, each to the firm it names. */
    private final Dictionaries.Key<String> parents;
    /** Trade words that close a venture's name ({@code firm-sets} role tail: 汽车, 集团). */
    private final PhraseMatcher<String> tails;

    JointVentures(CueWords cues, CompanyDirectory directory, Dictionaries.Builder dictionaries) {
        List<String> tailWords = cues.words("firm-sets", "tail");
        PhraseMatcher.Builder<String> t = PhraseMatcher.builder();
        tailWords.forEach(w -> t.add(w, w));
        tails = t.build();
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
        Map<String, String> seen = new TreeMap<>();
        Map<String, Set<String>> zihao = new TreeMap<>();
        for (Map.Entry<String, CompanyDirectory.Entry> e : directory.forms().entrySet()) {
            CompanyDirectory.Entry firm = e.getValue();
            if (firm.listed()) {
                continue; // the stock list's 字号 are too often places and words (上海医药, 东方电气)
            }
            String form = e.getKey();
            note(seen, form, firm.name());
            for (String w : tailWords) {
                if (form.endsWith(w) && form.length() > w.length()) {
                    zihao.computeIfAbsent(form.substring(0, form.length() - w.length()), k -> new TreeSet<>())
                            .add(firm.name());
                }
            }
        }
        // a place before a trade word is no 字号 (中国 of 中国石化, 宁德 of 宁德时代): the country, a province or a city
        Gazetteer places = Gazetteer.get();
        zihao.forEach((z, firms) -> {
            if (places.byName(z) == null && !places.country().shortNames().contains(z)) {
                note(seen, z, firms.iterator().next());
            }
        });
        seen.forEach(b::add); // sorted, so that the matcher is built the same way every run
        parents = dictionaries.add(b.build());
    }

    /** A parent's form of two to four Han characters, to its firm; the first firm noted keeps a form two share. */
    private static void note(Map<String, String> seen, String form, String firm) {
        if (form.length() >= 2 && form.length() <= 4 && form.chars().allMatch(c -> Han.is((char) c))) {
            seen.putIfAbsent(form, firm);
        }
    }

    /**
     * Finds the paragraph's joint ventures, adds those whose name ends cleanly, and returns the spans of all of them
     * (the parents' names inside are no firms of their own). {@code scanned} holds the paragraph's dictionary hits.
     */
    List<Range> find(Paragraph p, Dictionaries.Hits scanned, List<RegionMention> regions, List<AgencyMention> bodies,
                     List<Range> legal, CompanyDirectory directory, Companies found) {
        String text = p.string();
        List<PhraseMatcher.Hit<String>> hits = scanned.all(parents);
        if (hits.isEmpty()) {
            return List.of();
        }
        // the longest parent starting at each position
        Map<Integer, PhraseMatcher.Hit<String>> at = new HashMap<>();
        for (PhraseMatcher.Hit<String> h : hits) {
            at.merge(h.start(), h, (a, b) -> a.length() >= b.length() ? a : b);
        }
        List<Range> spans = new ArrayList<>();
        int done = 0;
        for (PhraseMatcher.Hit<String> first : hits) {
            if (first.start() < done || at.get(first.start()) != first) {
                continue;
            }
            List<PhraseMatcher.Hit<String>> chain = new ArrayList<>(List.of(first));
            int end = first.end();
            boolean hyphen = false;
            while (true) {
                boolean joined = !at.containsKey(end) && end < text.length() && HYPHENS.indexOf(text.charAt(end)) >= 0;
                PhraseMatcher.Hit<String> next = at.get(joined ? end + 1 : end);
                if (next == null || chain.stream().anyMatch(c -> c.values().get(0).equals(next.values().get(0)))) {
                    break;
                }
                if (joined && directory.worldListOnly(chain.get(0).values().get(0))) {
                    break; // 雷诺-日产: an alliance of firms outside the mainland, each a firm of its own
                }
                hyphen |= joined;
                chain.add(next);
                end = next.end();
            }
            if (chain.size() < 2) {
                continue;
            }
            int start = first.start();
            if (inside(legal, start, end) || NameBounds.overlaps(bodies, start, end) || crossedByRegion(regions, chain)
                    || !wordsOfTheirOwn(p, text, chain, start, end)) {
                continue;
            }
            done = end;
            int close = closedAt(text, end);
            spans.add(new Range(start, close));
            if (close == end && runsOn(text, end)) {
                continue; // 上汽通用五菱, 广汽本田雅阁: where the name ends the text does not say
            }
            String name = text.substring(start, end);
            found.add(text.substring(start, close), name, null);
            if (hyphen) {
                found.add(text.substring(start, close), name.replaceAll("[" + HYPHENS + "]", ""), null);
            }
        }
        placeLed(p, text, regions, bodies, legal, at, directory, spans, found);
        return spans;
    }

    /**
     * A venture named by its Chinese parent's city and its foreign parent's short name (上海大众, 北京现代, 广州本田): a
     * province's or a city's name right before the short name of a firm of the world list that the curated table does
     * not hold and HanLP's tagger reads as a name there (not 苹果 of 烟台苹果), the name ending a list's item or closed by
     * a trade word (上海大众创业 is no venture).
     */
    private void placeLed(Paragraph p, String text, List<RegionMention> regions, List<AgencyMention> bodies,
                                 List<Range> legal, Map<Integer, PhraseMatcher.Hit<String>> at, CompanyDirectory directory,
                                 List<Range> spans, Companies found) {
        Gazetteer places = Gazetteer.get();
        for (RegionMention r : regions) {
            int start = r.range().start();
            PhraseMatcher.Hit<String> firm = at.get(r.range().end());
            if (firm == null || !directory.worldListOnly(firm.values().get(0)) || places.byName(r.surface()) == null
                    || inside(spans, start, firm.end()) || inside(legal, start, firm.end())
                    || NameBounds.overlaps(bodies, start, firm.end())) {
                continue;
            }
            int end = firm.end();
            int close = closedAt(text, end);
            if (close < text.length() && Han.is(text.charAt(close)) && NameBounds.BOUNDARY_CHARS.indexOf(text.charAt(close)) < 0) {
                continue;
            }
            int from = Math.max(p.sentenceAt(start).start(), start - 8);
            String window = text.substring(from, Math.min(text.length(), close + 8));
            if (!wordsOfTheirOwn(p, text, List.of(firm), start, end)
                    || !Lexicon.isNameToken(window, firm.start() - from, firm.phrase())) {
                continue; // 烟台苹果、洛川苹果: a place's fruit, where HanLP reads 大众 of 上海大众 as a firm's name
            }
            spans.add(new Range(start, close));
            found.add(text.substring(start, close), text.substring(start, end), null);
        }
    }

    /**
     * Whether a name of HanLP's goes on right after the parents (五菱/nz, 雅阁/nz, 迈腾/nrf, 轩/ng): the venture's name
     * may run on (a third parent) or be followed by a car's model; an ordinary word (销量, 发布) ends it.
     */
    private static boolean runsOn(String text, int end) {
        if (end >= text.length() || !Han.is(text.charAt(end))) {
            return false;
        }
        List<Term> terms = Lexicon.segment(text.substring(end, Math.min(text.length(), end + 6)));
        if (terms.isEmpty()) {
            return false;
        }
        String n = terms.get(0).nature.toString();
        return n.equals("nz") || n.startsWith("nr") || n.startsWith("nt") || n.startsWith("ns") || n.startsWith("g");
    }

    /** Whether no word of the sentence runs across a parent's edges or the name's (一汽|现代化, 上|海信|息). */
    private static boolean wordsOfTheirOwn(Paragraph p, String text, List<PhraseMatcher.Hit<String>> chain, int start, int end) {
        int from = Math.max(p.sentenceAt(start).start(), start - 8);
        int to = Math.min(text.length(), end + 8);
        String window = text.substring(from, to);
        if (Lexicon.wordCrosses(window, start - from, end - from)) {
            return false;
        }
        for (PhraseMatcher.Hit<String> h : chain) {
            if (Lexicon.wordCrosses(window, h.start() - from, h.end() - from)) {
                return false;
            }
        }
        return true;
    }

    /** Where a venture's name ending at {@code end} closes: after the longest trade word right after it (上汽通用|汽车). */
    private int closedAt(String text, int end) {
        int close = end;
        for (PhraseMatcher.Hit<String> w : tails.all(text.substring(end, Math.min(text.length(), end + 4)))) {
            if (w.start() == 0) {
                close = Math.max(close, end + w.end());
            }
        }
        return close;
    }

    private static boolean inside(List<Range> ranges, int start, int end) {
        Range span = new Range(start, end);
        return ranges.stream().anyMatch(span::overlaps);
    }

    /** A region reaching beyond a parent it overlaps: 上海 of 上海信息 around 海信. */
    private static boolean crossedByRegion(List<RegionMention> regions, List<PhraseMatcher.Hit<String>> chain) {
        return chain.stream().anyMatch(h -> DirectoryHits.overlapsRegion(regions, h));
    }
}
