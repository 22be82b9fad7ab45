package org.policykg.concern.company;

import java.util.ArrayList;
import java.util.List;
import org.policykg.analysis.Evidence;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Layout;
import org.policykg.segment.Paragraph;

/**
 * Once every name is found: short forms joined to the full names they begin, and every
 * occurrence of a name or alias as a mention of its company.
 */
final class ShortForms {
    private ShortForms() {
    }

    /**
     * "上海道客公司" is 上海道客网络科技有限公司: a short form + 公司 that begins a full name; and
     * "纺织集团" is 省纺织集团, the province's (or city's) own firm written with its 省/市.
     */
    static void merge(Companies found) {
        for (String name : new ArrayList<>(found.byName.keySet())) {
            if ((name.startsWith("省") || name.startsWith("市")) && name.length() >= 5 && found.byName.containsKey(name.substring(1))) {
                absorb(found, name, name.substring(1));
            }
        }
        for (String name : new ArrayList<>(found.byName.keySet())) {
            // 平煤神马 is 中国平煤神马: a national firm's name written without its 中国
            if (name.startsWith("中国") && name.length() >= 5 && found.byName.containsKey(name.substring(2))) {
                absorb(found, name, name.substring(2));
            }
        }
        // 中车株洲所 is 中车株洲电力机车研究所有限公司: an institute-firm named by its name's head and 所
        for (String name : new ArrayList<>(found.byName.keySet())) {
            if (name.length() < 4 || !name.endsWith("所") || !found.byName.containsKey(name)) {
                continue;
            }
            String head = name.substring(0, name.length() - 1);
            for (String full : new ArrayList<>(found.byName.keySet())) {
                if (!full.equals(name) && full.startsWith(head) && full.indexOf("研究所", head.length()) > 0 && full.endsWith("公司")) {
                    absorb(found, full, name);
                    break;
                }
            }
        }
        // 宁德时代 (the directory's) is 宁德时代新能源科技股份有限公司: a firm named by a short form of a registered name
        for (String name : new ArrayList<>(found.byName.keySet())) {
            Companies.Company full = found.byName.get(name);
            if (full == null || full.shortForms.isEmpty()) {
                continue;
            }
            for (String other : new ArrayList<>(found.byName.keySet())) {
                Companies.Company part = found.byName.get(other);
                if (part == full || !full.shortForms.contains(other) && part.aliases.stream().noneMatch(full.shortForms::contains)) {
                    continue;
                }
                absorb(found, name, other);
                full.en = full.en != null ? full.en : part.en;
                if (full.stockCode == null) {
                    full.stockCode = part.stockCode;
                    full.stockCodeEvidence = part.stockCodeEvidence;
                }
            }
        }
        List<String> names = new ArrayList<>(found.byName.keySet());
        for (String shortName : names) {
            if (!shortName.endsWith("公司") || shortName.contains("有限")) {
                continue;
            }
            String stem = shortName.substring(0, shortName.length() - 2);
            for (String full : names) {
                if (!full.equals(shortName) && full.startsWith(stem) && full.length() > shortName.length()) {
                    Companies.Company shortF = found.byName.remove(shortName);
                    Companies.Company fullF = found.byName.get(full);
                    fullF.aliases.add(shortName);
                    fullF.aliases.addAll(shortF.aliases);
                    found.surfaces.put(shortName, full);
                    break;
                }
            }
        }
    }

    /** The firm found as {@code bare} is the one named {@code full}: its names and mentions go over. */
    private static void absorb(Companies found, String full, String bare) {
        Companies.Company gone = found.byName.remove(bare);
        Companies.Company kept = found.byName.get(full);
        kept.aliases.add(gone.name);
        kept.aliases.addAll(gone.aliases);
        found.surfaces.replaceAll((surface, n) -> n.equals(gone.name) ? full : n);
    }

    /** Every occurrence of every name and alias found, per paragraph, longest match first. */
    static List<List<PhraseMatcher.Hit<String>>> occurrences(Layout layout, Companies found) {
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
        found.surfaces.forEach((surface, name) -> {
            if (found.byName.containsKey(name)) {
                b.add(surface, name);
            }
        });
        PhraseMatcher<String> m = b.build();
        List<List<PhraseMatcher.Hit<String>>> out = new ArrayList<>();
        for (Paragraph p : layout.paragraphs()) {
            out.add(found.byName.isEmpty() ? List.of() : m.longest(p.string()));
        }
        return out;
    }

    /** Every occurrence as evidence; a name that never occurs as a whole word is dropped. */
    static void mentions(Layout layout, List<List<PhraseMatcher.Hit<String>>> hits, Companies found) {
        for (Paragraph p : layout.paragraphs()) {
            for (PhraseMatcher.Hit<String> h : hits.get(p.index())) {
                Companies.Company f = found.byName.get(h.values().get(0));
                f.mentions.add(new Evidence(p.span(h.start(), h.end()), null));
                String surface = p.string().substring(h.start(), h.end());
                if (f.shortForms.contains(surface)) {
                    f.aliases.add(surface); // the text goes on with a short form of the registered name
                }
            }
        }
        found.byName.values().removeIf(f -> f.mentions.isEmpty());
    }
}
