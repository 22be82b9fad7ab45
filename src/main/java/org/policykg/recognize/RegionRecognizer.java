package org.policykg.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.PhraseMatcher;
import org.policykg.reference.Region;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * Finds the administrative divisions a document names. Full names are taken as
 * they stand; short names of prefecture-level cities are refused where they are
 * also ordinary words; county names need their city or province nearby, since
 * 朝阳区 or 鼓楼区 exist in many places, unless no other division bears the full name (福田区); one-character abbreviations count only in
 * compounds (沪深, 京津冀), never before a number (沪深300 is an index).
 */
public final class RegionRecognizer {
    /** Short names of cities that are also common words or famous other things. */
    private static final Set<String> AMBIGUOUS_SHORT = Set.of(
            "中山", "白山", "长治", "大同", "安康", "普洱", "朝阳", "黑河", "四平", "日照", "德州", "北海", "来宾",
            "河源", "红河", "大理", "怒江", "山南", "阿里", "白银", "海东", "海北", "海西", "玉树", "三明", "黄山",
            "白城", "兴安", "宁德", "新乡", "开封", "黄石", "安顺", "攀枝花", "文山", "保山", "和平", "新华",
            "城关", "长安", "南山", "白云", "鼓楼", "天河", "永定", "普陀", "青山", "东风", "向阳", "前进", "红旗",
            "新城", "中原", "金水", "城中", "城东", "城西", "城南", "城北", "清河", "新区", "高新");

    /** Well-established nicknames of cities. */
    private static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("申城", "310000"), Map.entry("魔都", "310000"), Map.entry("鹏城", "440300"),
            Map.entry("羊城", "440100"), Map.entry("蓉城", "510100"), Map.entry("榕城", "350100"),
            Map.entry("鹭岛", "350200"), Map.entry("泉城", "370100"), Map.entry("冰城", "230100"),
            Map.entry("星城", "430100"), Map.entry("津门", "120000"), Map.entry("春城", "530100"));

    /** Compounds of abbreviations that use a character which alone is too common (深, 港, 新, 云 …). */
    private static final Set<String> ABBREVIATION_COMPOUNDS = Set.of(
            "沪深", "深港", "港深", "京深", "深莞", "成渝", "青藏", "新藏", "川藏", "云贵", "云贵川", "黑吉辽",
            "陕甘宁", "甘青", "港澳", "港澳台", "台港澳", "粤港澳", "粤港", "闽台");

    /** Standard names of city clusters written with first characters of their cities. */
    private static final Map<String, List<String>> CITY_CLUSTERS = Map.of(
            "成渝", List.of("510100", "500000"), "长株潭", List.of("430100", "430200", "430300"),
            "厦漳泉", List.of("350200", "350600", "350500"), "广佛", List.of("440100", "440600"),
            "深莞惠", List.of("440300", "441900", "441300"), "西咸", List.of("610100", "610400"));

    /** Abbreviation characters that hardly ever mean anything else. */
    private static final String UNAMBIGUOUS_ABBREVIATIONS = "京津冀晋辽沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇陕穗蓉榕";

    private enum Form { FULL, SHORT, NICKNAME }

    private record Candidate(Region region, Form form) {
    }

    private final Gazetteer gazetteer;
    private final PhraseMatcher<Candidate> names;
    /** One-character abbreviations, indexed by char (a map would box every char of every text). */
    private final Region[] abbreviations = new Region[65536];

    public RegionRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        PhraseMatcher.Builder<Candidate> b = PhraseMatcher.builder();
        for (Region r : gazetteer.all()) {
            if (r.isCountry()) {
                continue; // 中国 is in every other organisation name; the country is a jurisdiction, not a mention
            }
            b.add(r.name(), new Candidate(r, Form.FULL));
            for (String s : r.shortNames()) {
                if (s.length() >= 2) {
                    b.add(s, new Candidate(r, Form.SHORT));
                }
            }
            for (String a : r.abbreviations()) {
                if (a.length() == 1 && abbreviations[a.charAt(0)] == null) {
                    abbreviations[a.charAt(0)] = r;
                }
            }
        }
        NICKNAMES.forEach((nick, code) -> b.add(nick, new Candidate(gazetteer.byCode(code), Form.NICKNAME)));
        this.names = b.build();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Every region mention in the document, in paragraph and text order. */
    public List<RegionMention> recognize(List<Paragraph> paragraphs) {
        // Names are found once; the first pass only decides which regions the document establishes.
        List<List<PhraseMatcher.Hit<Candidate>>> hits = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            hits.add(names.all(p.string()));
        }
        Set<String> context = new HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            for (RegionMention m : scan(paragraphs.get(i), hits.get(i), Set.of())) {
                context.add(m.region().code());
            }
        }
        List<RegionMention> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.addAll(scan(paragraphs.get(i), hits.get(i), context));
        }
        return out;
    }

    private List<RegionMention> scan(Paragraph p, List<PhraseMatcher.Hit<Candidate>> hits, Set<String> context) {
        String text = p.string();
        List<RegionMention> out = new ArrayList<>();
        int covered = 0;
        for (PhraseMatcher.Hit<Candidate> h : hits) {
            if (h.start() < covered) {
                continue;
            }
            Region r = choose(h, text, context);
            if (r != null) {
                out.add(new RegionMention(p.index(), new Range(h.start(), h.end()), r, h.phrase()));
                covered = h.end();
            }
        }
        abbreviationCompounds(p, text, out);
        cityClusters(p, text, out);
        out.sort(Comparator.comparingInt(m -> m.range().start()));
        return out;
    }

    private Region choose(PhraseMatcher.Hit<Candidate> h, String text, Set<String> context) {
        Region best = null;
        for (Candidate c : h.values()) {
            if (!accept(c, h, text, context)) {
                continue;
            }
            if (best == null || better(c.region(), best, context)) {
                best = c.region();
            }
        }
        return best;
    }

    /** Prefer the higher level (海南 the province, not 海南藏族自治州); context breaks ties (朝阳区). */
    private boolean better(Region a, Region b, Set<String> context) {
        if (a.level() != b.level()) {
            return a.level().ordinal() < b.level().ordinal();
        }
        return inContext(a, context) && !inContext(b, context);
    }

    private boolean inContext(Region r, Set<String> context) {
        for (Region x = gazetteer.parent(r); x != null; x = gazetteer.parent(x)) {
            if (context.contains(x.code())) {
                return true;
            }
        }
        return false;
    }

    private boolean accept(Candidate c, PhraseMatcher.Hit<Candidate> h, String text, Set<String> context) {
        Region r = c.region();
        switch (r.level()) {
            case PROVINCE:
                return true;
            case PREFECTURE:
                return c.form() != Form.SHORT || !AMBIGUOUS_SHORT.contains(h.phrase()) || precededByAncestor(r, text, h.start());
            case COUNTY:
                if (precededByAncestor(r, text, h.start())) {
                    return true;
                }
                // 东区, 南区, 城区, 郊区: a district named by a direction or a generic word is a part of
                // any town or park (园区东区) and counts only after its city (香港东区, 攀枝花市西区).
                if (c.form() == Form.FULL && r.name().length() == 2 && r.name().endsWith("区")) {
                    return false;
                }
                if (!inContext(r, context)) {
                    // 福田区, 新星市: a full name only one division in the country bears needs no city beside it.
                    return c.form() == Form.FULL && h.phrase().length() >= 3 && h.values().size() == 1
                            && gazetteer.byFullName(h.phrase()).size() == 1;
                }
                return c.form() == Form.FULL ? !AMBIGUOUS_SHORT.contains(h.phrase()) : inList(text, h.start(), h.end());
            default:
                return false;
        }
    }

    /** "北京市朝阳区", "江西南昌": the parent or province is written right before. */
    private boolean precededByAncestor(Region r, String text, int start) {
        for (Region a = gazetteer.parent(r); a != null; a = gazetteer.parent(a)) {
            if (endsWithAt(text, start, a.name())) {
                return true;
            }
            for (String s : a.shortNames()) {
                if (s.length() >= 2 && endsWithAt(text, start, s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWithAt(String text, int end, String s) {
        return end >= s.length() && text.startsWith(s, end - s.length());
    }

    /** A bare short name of a district counts only as an item of a list: "宝山、青浦、松江等". */
    private static boolean inList(String text, int start, int end) {
        char before = start == 0 ? '、' : text.charAt(start - 1);
        char after = end >= text.length() ? '、' : text.charAt(end);
        return "、,;和与及在".indexOf(before) >= 0 && "、,;等和与及".indexOf(after) >= 0;
    }

    private void abbreviationCompounds(Paragraph p, String text, List<RegionMention> out) {
        int i = 0;
        while (i < text.length()) {
            if (abbreviations[text.charAt(i)] == null) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && j - i < 4 && abbreviations[text.charAt(j)] != null) {
                j++;
            }
            String run = text.substring(i, j);
            boolean beforeDigit = j < text.length() && Character.isDigit(text.charAt(j));
            if (run.length() >= 2 && !beforeDigit && isCompound(run) && !overlaps(out, i, j)) {
                for (int k = i; k < j; k++) {
                    Region r = abbreviations[text.charAt(k)];
                    out.add(new RegionMention(p.index(), new Range(k, k + 1), r, text.substring(k, k + 1)));
                }
            }
            i = j;
        }
    }

    private void cityClusters(Paragraph p, String text, List<RegionMention> out) {
        for (Map.Entry<String, List<String>> e : CITY_CLUSTERS.entrySet()) {
            for (int at = text.indexOf(e.getKey()); at >= 0; at = text.indexOf(e.getKey(), at + 1)) {
                if (overlaps(out, at, at + e.getKey().length())) {
                    continue;
                }
                for (int k = 0; k < e.getValue().size(); k++) {
                    Region r = gazetteer.byCode(e.getValue().get(k));
                    if (r != null) {
                        out.add(new RegionMention(p.index(), new Range(at + k, at + k + 1), r, text.substring(at + k, at + k + 1)));
                    }
                }
            }
        }
    }

    private static boolean isCompound(String run) {
        if (ABBREVIATION_COMPOUNDS.contains(run)) {
            return true;
        }
        for (int k = 0; k < run.length(); k++) {
            if (UNAMBIGUOUS_ABBREVIATIONS.indexOf(run.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(List<RegionMention> ms, int start, int end) {
        for (RegionMention m : ms) {
            if (m.range().start() < end && start < m.range().end()) {
                return true;
            }
        }
        return false;
    }
}
