package org.policykg.concern.company;

import com.hankcs.hanlp.seg.common.Term;
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
 * Firms a report names by their place in a list of firms: the subject of 入选, 跻身, 荣登, 获评 (lexicon/firm-sets.tsv
 * role ranked) whose object in the same clause is a list, ranking or set of cases of firms (…企业500强, …民营企业…
 * 典型案例, …企业名单): "星岚传动入选全国民营企业…典型案例", "青海云豪跻身全球独角兽企业500强". Work reports and news
 * name local firms so by their short names alone, often ordinary words to HanLP. The subject is no place, body,
 * count, 企业家 or thing (a project, a case, a cluster: a noun other than a trade word ends it), and two to eight
 * characters, no phrase of three ordinary words or more; members joined by 、 before it are read the same, and
 * one member that is none makes none of them firms.
 */
final class FirmRankings {
    private static final int MIN = 2;
    private static final int MAX = 8;
    /** Natures of a noun that names a thing, not a firm, when it ends the subject (项目, 案例, 集群, 经济). */
    private static final java.util.Set<String> THING = java.util.Set.of("n", "nis", "nnt", "nz", "nl", "ng");

    private final Dictionaries.Key<String> verbs;
    /** Adverbs that stand between the subject and the verb ({@code lexicon/act-adverbs.tsv}, reader ranked: 甲、乙分别入选). */
    private final List<String> between;
    /** Trade words (roles tail and trade): a subject may end in one (星岚科技) though it is a noun. */
    private final PhraseMatcher<String> trades;

    FirmRankings(CueWords cues, Dictionaries.Builder dictionaries) {
        this.verbs = dictionaries.add(PhraseMatcher.keywords(cues.words("firm-sets", "ranked").toArray(String[]::new)));
        this.between = cues.words("act-adverbs", "adverb", "ranked");
        this.trades = PhraseMatcher.keywords(cues.wordsOfRoles("firm-sets", "tail", "trade", "trade-line").toArray(String[]::new));
    }

    /** {@code scanned} holds the paragraph's dictionary hits. */
    void find(Paragraph p, Dictionaries.Hits scanned, List<RegionMention> regions, List<AgencyMention> bodies,
              CompanyDirectory directory, Companies found) {
        String text = p.string();
        if (!text.contains("企业")) {
            return;
        }
        for (PhraseMatcher.Hit<String> v : scanned.longest(verbs)) {
            if (!firmsInObject(text, v.end())) {
                continue;
            }
            int end = v.start();
            for (String adverb : between) {
                if (text.startsWith(adverb, end - adverb.length())) {
                    end -= adverb.length();
                    break;
                }
            }
            List<String> names = new java.util.ArrayList<>();
            boolean all = true;
            while (true) {
                int start = end;
                while (start > 0 && end - start < MAX && Han.is(text.charAt(start - 1)) && text.charAt(start - 1) != '、') {
                    start--;
                }
                boolean more = start > 0 && text.charAt(start - 1) == '、';
                if (start > 0 && !more && Han.is(text.charAt(start - 1))) {
                    break; // longer than a name: a clause, not a subject
                }
                start += Lexicon.nameStartAfterVerbs(text.substring(start, end));
                if (firm(text, start, end, regions, bodies)) {
                    names.add(text.substring(start, end));
                } else {
                    all = false;
                }
                if (!more) {
                    break;
                }
                end = start - 1;
            }
            if (all) { // members are alike: one that is a task or a place (…服务、…工作分别入选) makes none a firm
                names.forEach(name -> found.add(name, directory.byAlias(name)));
            }
        }
    }

    /** Whether the clause after the verb names a list or ranking of firms: 企业 not as 企业家. */
    private static boolean firmsInObject(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ("，。；！？,;!?".indexOf(c) >= 0) {
                return false;
            }
            if (c == '企' && text.charAt(i + 1) == '业' && (i + 2 >= text.length() || text.charAt(i + 2) != '家')) {
                return true;
            }
        }
        return false;
    }

    private boolean firm(String text, int start, int end, List<RegionMention> regions, List<AgencyMention> bodies) {
        if (end - start < MIN || end - start > MAX || NameBounds.overlaps(bodies, start, end)
                || NameBounds.coveredBy(regions, start, end)) {
            return false;
        }
        String name = text.substring(start, end);
        if (NameBounds.GENERIC.matcher(name).find() || name.endsWith("企业") || name.contains("家")) {
            return false; // 3家企业, 我省企业
        }
        List<Term> terms = Lexicon.segment(name);
        if (terms.size() >= 4 || terms.size() == 3 && Lexicon.isOrdinary(name)) {
            return false; // 实体经济调研服务, 金融惠企工作: a phrase of words, not a name
        }
        Term last = terms.get(terms.size() - 1);
        String nature = last.nature.toString();
        boolean trade = trades.longest(name).stream().anyMatch(t -> t.end() == name.length());
        if (!trade && last.word.length() >= 2 && THING.contains(nature) && (terms.size() > 1 || !nature.equals("nz"))) {
            return false; // 该项目, 产业集群, 数字经济: a thing ranked, not a firm
        }
        for (Term t : terms) {
            char n = t.nature.toString().charAt(0);
            if (n == 'r' || n == 'p' || n == 'c' || n == 'u' || n == 'd' || n == 'm' || n == 'q' || n == 'w') {
                return false; // 我市, 其中, 共: grammar or a count, no name
            }
        }
        return true;
    }
}
