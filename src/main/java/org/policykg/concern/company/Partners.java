package org.policykg.concern.company;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Supports;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Layout;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * "A与B签署战略合作", "A将与B、C、D等五家中国企业开展最新合作": cooperation between companies
 * the same sentence names; "公司…与B" means the company the paragraph is about.
 */
final class Partners {
    private static final Pattern COOPERATION = Pattern.compile("合作|签署|携手|战略合作");

    private Partners() {
    }

    /** @param allHits the occurrences of the companies found, per paragraph ({@link ShortForms#occurrences}) */
    static void find(Layout layout, List<List<PhraseMatcher.Hit<String>>> allHits, Companies companies) {
        Map<String, Companies.Company> found = companies.byName;
        String lastSubject = null;
        for (Paragraph p : layout.paragraphs()) {
            String text = p.string();
            List<PhraseMatcher.Hit<String>> hits = allHits.get(p.index());
            if (!hits.isEmpty() && hits.get(0).start() <= 2) {
                lastSubject = hits.get(0).values().get(0);
            }
            if (hits.isEmpty() || text.indexOf('与') < 0) {
                continue;
            }
            for (Range s : p.sentences()) {
                String sentence = text.substring(s.start(), s.end());
                int with = sentence.indexOf('与');
                java.util.regex.Matcher act = COOPERATION.matcher(sentence);
                if (with < 0 || !act.find(with)) {
                    continue;
                }
                // The partners stand between 与 and the act (A与B、C签署…); a firm named after it, in the
                // clauses that follow (…签署合作协议，C同步上线), is no party to it.
                int acted = act.start();
                String a = null;
                List<String> bs = new ArrayList<>();
                for (PhraseMatcher.Hit<String> h : hits) {
                    if (h.start() < s.start() || h.end() > s.end()) {
                        continue;
                    }
                    int at = h.start() - s.start();
                    if (at < with) {
                        a = h.values().get(0);
                    } else if (at < acted && !h.values().get(0).equals(a)) {
                        bs.add(h.values().get(0));
                    }
                }
                if (a == null && sentence.substring(0, with).contains("公司")) {
                    a = lastSubject; // "公司在人工智能AI领域与华为全方位战略合作"
                }
                if (a == null || bs.isEmpty()) {
                    continue;
                }
                Evidence ev = new Evidence(p.span(s.start(), s.end()), Supports.PARTNER);
                for (String other : bs) {
                    if (!other.equals(a) && found.containsKey(a) && found.containsKey(other)) {
                        found.get(a).partners.add(other);
                        found.get(other).partners.add(a);
                        found.get(a).partnerEvidence.add(ev);
                    }
                }
            }
        }
    }
}
