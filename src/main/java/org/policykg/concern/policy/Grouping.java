package org.policykg.concern.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.ContextResolver;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Supports;
import org.policykg.analysis.Fact;
import org.policykg.analysis.TitleKey;
import org.policykg.recognize.RegionMention;
import org.policykg.recognize.TitleMention;
import org.policykg.reference.Agency;
import org.policykg.reference.DocumentTypes;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.Region;
import org.policykg.segment.Item;

/**
 * Which mentions are one policy, and which policy each item is about: a title's
 * jurisdiction, mentions grouped by core title and region, and the subject of each item.
 */
final class Grouping {
    private final Analysis doc;
    private final Gazetteer gazetteer;
    private final ContextResolver contexts;

    Grouping(Analysis doc, Gazetteer gazetteer) {
        this.doc = doc;
        this.gazetteer = gazetteer;
        this.contexts = new ContextResolver(gazetteer);
    }

    /** The title's own region, else its issuer's, else the clause subject's, else its number's. */
    void jurisdiction(TitleUse f) {
        if (f.titleRegion != null) {
            f.jurisdiction = new Fact<>(f.titleRegion, f.titleRegionEvidence);
            return;
        }
        for (Fact<Agency> a : f.issuers) {
            if (a.value().region() != null && a.value().isAgency()) {
                Region r = gazetteer.byCode(a.value().region());
                if (r != null) {
                    f.jurisdiction = new Fact<>(r, new Evidence(a.evidence().span(), Supports.JURISDICTION));
                    return;
                }
            }
        }
        if (f.subject != null) {
            f.jurisdiction = new Fact<>(f.subject, f.subjectEvidence);
            return;
        }
        Fact<Region> relative = relative(f);
        if (relative != null) {
            f.jurisdiction = relative;
            return;
        }
        if (f.number != null) {
            Region r = contexts.regionOfNumber(f.number.value().substring(0, f.number.value().indexOf('〔')));
            if (r != null) {
                f.jurisdiction = new Fact<>(r, new Evidence(f.number.evidence().span(), Supports.JURISDICTION));
                return;
            }
        }
        if (f.t.title().endsWith(org.policykg.recognize.TitleRecognizer.WORK_REPORT)) {
            f.jurisdiction = congress(f);
        } else if (f.t.title().endsWith(org.policykg.recognize.TitleRecognizer.POLICY_ADDRESS)) {
            f.jurisdiction = specialRegion(f);
        }
    }

    /**
     * A 施政报告 is the policy address of Hong Kong's or Macao's Chief Executive: the special administrative region
     * its item names (the last one before the mention, else the first after it), or null.
     */
    private Fact<Region> specialRegion(TitleUse f) {
        Item item = doc.layout().itemOf(f.t.paragraph());
        RegionMention found = null;
        for (int i = item.first(); i <= item.last(); i++) {
            for (RegionMention r : doc.regionIndex().in(i)) {
                String code = r.region().code();
                boolean sar = code.startsWith("81") || code.startsWith("82");
                boolean before = i < f.t.paragraph() || i == f.t.paragraph() && r.range().start() < f.t.range().start();
                if (sar && (before || found == null)) {
                    found = r;
                }
                if (sar && !before) {
                    break;
                }
            }
            if (found != null && i >= f.t.paragraph()) {
                break;
            }
        }
        Region sar = found == null ? null : gazetteer.byCode(found.region().code().substring(0, 2) + "0000");
        return sar == null ? null : new Fact<>(sar, new Evidence(doc.paragraph(found.paragraph()).span(found.range()), Supports.JURISDICTION));
    }

    /**
     * 自治区宗教事务条例 in a text about an autonomous region, 省数据条例 in a province's: the regulation of the
     * region of the item it stands in, when that region is of the kind the word names; null otherwise.
     */
    Fact<Region> relative(TitleUse f) {
        if (!org.policykg.recognize.TitleRecognizer.RELATIVE_LAW.matcher(f.display).matches()) {
            return null;
        }
        Region r = doc.itemRegions().get(f.item);
        if (r == null) {
            return null;
        }
        String word = f.display.startsWith("自治区") ? "自治区" : f.display.substring(0, 1);
        boolean fits = switch (word) {
            case "自治区" -> r.level() == Region.Level.PROVINCE && r.name().endsWith("自治区");
            case "省" -> r.level() == Region.Level.PROVINCE && r.name().endsWith("省");
            default -> r.level() == Region.Level.PREFECTURE || r.level() == Region.Level.PROVINCE && r.name().endsWith("市");
        };
        org.policykg.segment.Paragraph p = doc.paragraph(f.t.paragraph());
        return fits && f.t.range().end() <= p.string().length() ? new Fact<>(r, new Evidence(
                p.span(f.t.range().start(), f.t.range().start() + word.length()), Supports.JURISDICTION)) : null;
    }

    /**
     * 贵州省第十四届人民代表大会第三次会议, 深圳市七届人大二次会议, 杭州市两会: the congress of a region's people, named
     * with its term, or the region's two sessions (its congress and its CPPCC's, held together).
     */
    private static final java.util.regex.Pattern CONGRESS = java.util.regex.Pattern.compile(
            "^(?:第?[一二三四五六七八九十]{1,3}届(?:人民代表大会|人大)|两会)");

    /**
     * A 政府工作报告 is delivered to the people's congress of its region: the region whose congress the
     * story names last before the report (…第十四届人民代表大会第三次会议开幕,省长X作政府工作报告; or a
     * sentence or paragraph before it in the same item: …第二届人民代表大会第四次会议隆重举行。…市长X作政府工作报告), or null.
     */
    private Fact<Region> congress(TitleUse f) {
        RegionMention r = congressMention(f);
        return r == null ? null : new Fact<>(r.region(), new Evidence(doc.paragraph(r.paragraph()).span(r.range()), Supports.JURISDICTION));
    }

    /** The region mention that names the congress a work report is delivered to (see {@link #congress}), or null. */
    private RegionMention congressMention(TitleUse f) {
        int first = doc.layout().itemOf(f.t.paragraph()).first();
        for (int i = f.t.paragraph(); i >= first; i--) {
            String text = doc.paragraph(i).string();
            int before = i == f.t.paragraph() ? f.t.range().start() : text.length();
            RegionMention found = null;
            for (RegionMention r : doc.regionIndex().in(i)) {
                int end = r.range().end();
                if (end < before && CONGRESS.matcher(text).region(end, text.length()).lookingAt()) {
                    found = r;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * 4月11日，深圳市七届人大二次会议开幕，市长X…作政府工作报告: a work report told in the news of its congress
     * session is delivered on the day the story dates the session in that sentence (without a year, in the year
     * of the document's own date). Leaves {@code f} as it is when it has a date or the story dates no session.
     */
    void deliveredOn(TitleUse f, java.time.LocalDate documentDate) {
        if (f.issued != null || !f.display.endsWith(org.policykg.recognize.TitleRecognizer.WORK_REPORT)) {
            return;
        }
        RegionMention r = congressMention(f);
        if (r == null) {
            return;
        }
        org.policykg.segment.Paragraph p = doc.paragraph(r.paragraph());
        int sentence = Math.max(p.string().lastIndexOf('。', r.range().start()), p.string().lastIndexOf('\n', r.range().start())) + 1;
        org.policykg.recognize.DateMention date = null;
        for (org.policykg.recognize.DateMention d : doc.dateIndex().in(r.paragraph())) {
            if (d.range().start() >= sentence && d.range().end() <= r.range().start()) {
                date = d;
            }
        }
        int year = date == null ? 0 : date.hasYear() ? date.year() : documentDate != null ? documentDate.getYear() : 0;
        if (year > 0 && date.month() > 0 && date.day() > 0 && date.day() <= java.time.YearMonth.of(year, date.month()).lengthOfMonth()) {
            f.issued = new Fact<>(java.time.LocalDate.of(year, date.month(), date.day()), new Evidence(p.span(date.range()), Supports.ISSUED));
        }
    }

    
    /**
     * Mentions with the same core title are one policy, unless they name
     * different regions; a mention with no region joins the only region its
     * title has in this document.
     */
    Map<String, TitleGroup> group(List<TitleUse> fulls) {
        qualifiedForms(fulls);
        Map<String, List<TitleUse>> byCore = new LinkedHashMap<>();
        for (TitleUse f : fulls) {
            byCore.computeIfAbsent(f.core, k -> new ArrayList<>()).add(f);
        }
        Map<String, TitleGroup> groups = new LinkedHashMap<>();
        for (List<TitleUse> same : byCore.values()) {
            Map<String, Fact<Region>> regionsSeen = new LinkedHashMap<>();
            for (TitleUse f : same) {
                if (f.jurisdiction != null) {
                    regionsSeen.putIfAbsent(f.jurisdiction.value().code(), f.jurisdiction);
                }
            }
            for (TitleUse f : same) {
                Fact<Region> j = f.jurisdiction;
                if (j == null && regionsSeen.size() == 1) {
                    j = regionsSeen.values().iterator().next();
                }
                Region r = j == null ? null : j.value();
                String prefix = r == null || r.isCountry() ? "" : r.name();
                String core = f.core;
                if (!prefix.isEmpty() && org.policykg.recognize.TitleRecognizer.RELATIVE_LAW.matcher(core).matches()) {
                    // 自治区宗教事务条例 of 宁夏回族自治区 is 宁夏回族自治区宗教事务条例, as its full title would be keyed
                    core = core.substring(core.startsWith("自治区") ? 3 : 1);
                }
                if (!prefix.isEmpty() && core.startsWith(prefix)) {
                    // 太湖县人民政府工作规则 of 太湖县: its title already leads with its region (a county's, which the
                    // title's region read leaves in the core); keyed once, not 太湖县太湖县…
                    prefix = "";
                }
                f.key = TitleKey.slug(prefix + core);
                f.jurisdiction = j;
                groups.computeIfAbsent(f.key, k -> new TitleGroup(k, false)).uses.add(f);
            }
        }
        return groups;
    }


    /**
     * 《X(试行)》 and 《X》, 《X(征求意见稿)》 and X: a title written once with its status, edition or
     * period and once without is one policy in one document, when only one qualified form of it
     * is named; the qualified form is its title (the fullest), the bare one an alias.
     */
    static void qualifiedForms(List<TitleUse> fulls) {
        Map<String, java.util.Set<String>> qualified = new HashMap<>();
        for (TitleUse f : fulls) {
            String bare = TitleKey.core(DocumentTypes.withoutPeriod(f.core));
            if (!bare.equals(f.core)) {
                qualified.computeIfAbsent(bare, k -> new java.util.TreeSet<>()).add(f.core);
            }
        }
        for (TitleUse f : fulls) {
            java.util.Set<String> forms = qualified.get(f.core);
            if (forms != null && forms.size() == 1) {
                f.core = forms.iterator().next();
            }
        }
    }

    /** What each item is about: its heading's title, its note's first title, its heading region's policy. */
    Map<Integer, String> subjects(Map<String, TitleGroup> policies, Map<String, TitleGroup> reports) {
        Map<Integer, String> out = new HashMap<>();
        List<TitleUse> all = new ArrayList<>();
        policies.values().forEach(g -> all.addAll(g.uses));
        reports.values().forEach(g -> all.addAll(g.uses));
        all.sort(Comparator.comparingInt((TitleUse f) -> f.t.paragraph()).thenComparingInt(f -> f.t.range().start()));
        for (Item it : doc.layout().items()) {
            String key = null;
            if (it.heading() >= 0) {
                for (TitleUse f : all) {
                    if (f.t.paragraph() == it.heading()) {
                        key = f.key;
                        break;
                    }
                }
            }
            if (key == null && it.note() >= 0) {
                for (TitleUse f : all) {
                    if (it.contains(f.t.paragraph()) && f.t.paragraph() > it.note()) {
                        key = f.key;
                        break;
                    }
                }
            }
            if (key == null && it.heading() >= 0) {
                key = policyOfHeadingRegion(it, policies);
            }
            if (key == null) {
                for (TitleUse f : all) {
                    if (it.contains(f.t.paragraph()) && f.t.source() != TitleMention.Source.CONTENTS) {
                        key = f.key;
                        break;
                    }
                }
            }
            if (key != null) {
                out.put(it.index(), key);
            }
        }
        return out;
    }

    /** A news section headed "深圳:…" (a region, then a colon or bar) is about the document's one policy of 深圳. */
    private String policyOfHeadingRegion(Item it, Map<String, TitleGroup> policies) {
        String heading = doc.paragraph(it.heading()).string();
        for (RegionMention r : doc.regions()) {
            if (r.paragraph() != it.heading() || r.range().start() != 0 || r.range().end() >= heading.length()
                    || ":：|｜".indexOf(heading.charAt(r.range().end())) < 0) {
                continue;
            }
            String found = null;
            for (TitleGroup g : policies.values()) {
                for (TitleUse f : g.uses) {
                    if (f.jurisdiction != null && f.jurisdiction.value().code().equals(r.region().code())) {
                        if (found != null && !found.equals(g.key)) {
                            return null;
                        }
                        found = g.key;
                    }
                }
            }
            return found;
        }
        return null;
    }
}
