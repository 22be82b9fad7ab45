package org.policykg.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.DocumentNumberMention;
import org.policykg.recognize.RegionMention;
import org.policykg.recognize.TitleMention;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.Region;
import org.policykg.segment.Item;
import org.policykg.segment.Layout;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;

/**
 * Decides which region each item is about, so that names written without their
 * region (市经济和信息化局, 省工信厅) can be completed. In order: the region its
 * title starts with, its document number's prefix (沪府, 川经信), the first agency
 * it names in full, the region in its heading, the region it names most; last,
 * the region the whole document names most.
 */
public final class ContextResolver {
    /** How many paragraphs after an item's first the opening reaches. */
    static final int OPENING = 3;

    private final Gazetteer gazetteer;

    public ContextResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Map<Integer, Region> resolve(Layout layout, List<TitleMention> titles, List<DocumentNumberMention> numbers,
                                 List<AgencyMention> explicitAgencies, List<RegionMention> regions) {
        Region documentRegion = mostNamed(regions, null);
        Map<Integer, Region> out = new HashMap<>();
        for (Item it : layout.items()) {
            Region r = fromTitles(it, titles);
            if (r == null) {
                r = fromNumbers(it, numbers);
            }
            if (r == null) {
                r = fromAgencies(it, explicitAgencies);
            }
            if (r == null && it.heading() >= 0) {
                for (RegionMention m : regions) {
                    if (m.paragraph() == it.heading() && m.region().level() != Region.Level.COUNTY) {
                        r = m.region();
                        break;
                    }
                }
            }
            if (r == null) {
                r = mostNamed(regions, it);
            }
            if (r == null) {
                r = documentRegion;
            }
            if (r != null) {
                out.put(it.index(), r);
            }
        }
        return out;
    }

    /**
     * The region names written without their region (省数据局, 市委) refer to, per item: the
     * item's region, unless that is the whole country. A local plan that opens by citing
     * 党中央、国务院 is still about its province: there, the local region the item (else the
     * document) names at least {@value #DOMINANT} times and more than all others together.
     * Item index to region.
     */
    Map<Integer, Region> forNames(Layout layout, Map<Integer, Region> itemRegions, List<RegionMention> regions) {
        Map<Integer, Region> out = new HashMap<>(itemRegions);
        for (Item it : layout.items()) {
            Region r = itemRegions.get(it.index());
            if (r != null && !r.isCountry()) {
                continue;
            }
            Region local = dominant(regions, it, null);
            if (local == null) {
                local = dominant(regions, null, null);
            }
            if (local != null) {
                out.put(it.index(), local);
            }
        }
        return out;
    }

    /**
     * The district 区政府, 区委, 区财政局 refer to in an item about a city: the one district of
     * that city the item names at least {@value #DOMINANT} times and more than all its other
     * districts together (a district's own text on the city's portal). Item index to region.
     */
    Map<Integer, Region> districts(Layout layout, Map<Integer, Region> itemRegions, List<RegionMention> regions) {
        Map<Integer, Region> out = new HashMap<>();
        for (Item it : layout.items()) {
            Region r = itemRegions.get(it.index());
            if (r == null || r.isCountry() || r.level() == Region.Level.COUNTY) {
                continue;
            }
            Region d = dominant(regions, it, r);
            if (d != null) {
                out.put(it.index(), d);
            }
        }
        return out;
    }

    /** How often a region must be named to stand for a text that does not say which it means. */
    static final int DOMINANT = 3;

    /**
     * The region named at least {@link #DOMINANT} times and more often than all others together:
     * provinces and cities (counties within {@code city} when it is given), in {@code it} or the document.
     */
    private Region dominant(List<RegionMention> regions, Item it, Region city) {
        Map<Region, Integer> counts = new HashMap<>();
        int total = 0;
        for (RegionMention m : regions) {
            Region r = m.region();
            if (it != null && !it.contains(m.paragraph()) || r.isCountry()) {
                continue;
            }
            boolean county = r.level() == Region.Level.COUNTY;
            if (city == null ? county : !county || !gazetteer.within(r, city)) {
                continue;
            }
            counts.merge(r, 1, Integer::sum);
            total++;
        }
        for (Map.Entry<Region, Integer> e : counts.entrySet()) {
            if (e.getValue() >= DOMINANT && 2 * e.getValue() > total) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * "二、合肥：大模型企业最高可获…": a heading that opens with a region and a colon is a news
     * story's section about that region; its paragraphs (to the next heading as high) take that
     * region in place of the item's. Paragraph index to region.
     */
    Map<Integer, Region> sections(Layout layout, List<RegionMention> regions) {
        Map<Integer, Region> out = new HashMap<>();
        Region current = null;
        Paragraph opened = null;
        Mentions<RegionMention> byParagraph = new Mentions<>(regions); // not every mention for every heading
        for (Paragraph p : layout.paragraphs()) {
            if (p.isHeading()) {
                Region r = leadingRegion(p, byParagraph);
                if (r != null) {
                    current = r;
                    opened = p;
                } else if (current != null && !deeper(p, opened)) {
                    current = null;
                }
            }
            if (current != null) {
                out.put(p.index(), current);
            }
        }
        return out;
    }

    private static Region leadingRegion(Paragraph p, Mentions<RegionMention> regions) {
        String s = p.string();
        Ordinals.Ordinal o = Ordinals.at(s);
        int from = o == null ? 0 : o.end();
        while (from < s.length() && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        for (RegionMention m : regions.in(p.index())) {
            int end = m.range().end();
            if (m.range().start() == from && end < s.length() && s.charAt(end) == ':'
                    && m.region().level() != Region.Level.COUNTRY) {
                return m.region();
            }
        }
        return null;
    }

    /** Is heading {@code h} below the section heading {@code opened} (a deeper markup level or numbering)? */
    private static boolean deeper(Paragraph h, Paragraph opened) {
        if (h.level() > 0 && opened.level() > 0) {
            return h.level() > opened.level();
        }
        Ordinals.Ordinal a = Ordinals.at(h.string());
        Ordinals.Ordinal b = Ordinals.at(opened.string());
        return a != null && b != null && a.tier().compareTo(b.tier()) > 0;
    }

    private Region fromTitles(Item it, List<TitleMention> titles) {
        int from = it.note() >= 0 ? it.note() : it.heading();
        if (from < 0) {
            return null;
        }
        for (TitleMention t : titles) {
            if (t.paragraph() >= from && it.contains(t.paragraph()) && t.kind() == TitleMention.Kind.POLICY
                    && (t.paragraph() == it.heading() || t.source() == TitleMention.Source.BRACKETS)) {
                Gazetteer.NameMatch m = gazetteer.nameAtStart(t.title());
                if (m != null) {
                    return m.region();
                }
                if (t.paragraph() == it.heading()) {
                    return null;
                }
            }
        }
        return null;
    }

    private Region fromNumbers(Item it, List<DocumentNumberMention> numbers) {
        for (DocumentNumberMention n : numbers) {
            if (it.contains(n.paragraph())) {
                Region r = regionOfNumber(n.prefix());
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** 沪府 → 上海市, 川经信 → 四川省, 国办发 → the country: the first character of an issuing code. */
    public Region regionOfNumber(String prefix) {
        if (prefix.isEmpty()) {
            return null;
        }
        char c = prefix.charAt(0);
        if (c == '国' || prefix.startsWith("中办") || prefix.startsWith("工信部") || prefix.startsWith("发改")) {
            return gazetteer.country();
        }
        for (Region r : gazetteer.all()) {
            if (r.level() == Region.Level.PROVINCE && !r.abbreviations().isEmpty()
                    && r.abbreviations().get(0).charAt(0) == c) {
                return r;
            }
        }
        return null;
    }

    private static Region fromAgencies(Item it, List<AgencyMention> agencies) {
        for (AgencyMention m : agencies) {
            if (it.contains(m.paragraph()) && m.paragraph() <= it.first() + OPENING && m.agency().region() != null
                    && m.agency().isAgency()) {
                return Gazetteer.get().byCode(m.agency().region());
            }
        }
        return null;
    }

    private static Region mostNamed(List<RegionMention> regions, Item it) {
        Map<Region, Integer> counts = new HashMap<>();
        Region best = null;
        int bestCount = 0;
        for (RegionMention m : regions) {
            if ((it != null && !it.contains(m.paragraph())) || m.region().level() == Region.Level.COUNTY) {
                continue;
            }
            int c = counts.merge(m.region(), 1, Integer::sum);
            if (c > bestCount) {
                best = m.region();
                bestCount = c;
            }
        }
        return best;
    }
}
