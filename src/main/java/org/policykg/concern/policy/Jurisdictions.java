package org.policykg.concern.policy;

import java.util.Collection;
import java.util.Set;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.Agency;
import org.policykg.reference.DocumentTypes;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.Region;
import org.policykg.segment.Paragraph;
import org.policykg.text.Normalizer;

/**
 * The jurisdiction of a policy whose title, issuing clause and number named none, read once
 * the mentions are grouped (so it never changes which mentions are one policy):
 * <ul>
 * <li>its issuer's region — a national body (国务院, 国家发展改革委) gives the country, a district's
 * office its district;</li>
 * <li>a law named 中华人民共和国…法 is national, and so is a five-year plan named without a region and a title that
 * opens with 全国;</li>
 * <li>a policy of the whole country named in reference/national-policies.tsv (网络安全法, 中央八项规定) is
 * national, in a text of Taiwan, Hong Kong or Macao the source's own law of that name;</li>
 * <li>a law or regulation (法, 条例) cited without a region is national in a mainland text (local
 * legislation always carries its region in its name) and is the source's own in a text from Taiwan,
 * Hong Kong or Macao (traditional script, its bodies there).</li>
 * </ul>
 */
final class Jurisdictions {
    private static final String COUNTRY_PREFIX = "中华人民共和国";
    /** 全国: the whole country, opening a title (全国统一大市场建设指引). */
    private static final String NATIONWIDE = "全国";
    /** Policy-type concepts that only a legislature or the State Council issues under a bare name. */
    private static final Set<String> LEGISLATION = Set.of("law", "regulations");
    /** The policy-type concept of a 纲要 (规划纲要, 建设纲要). */
    private static final String OUTLINE = "outline";
    /** GB/T 2260 codes of Taiwan, Hong Kong and Macao: legal systems of their own. */
    private static final Set<String> SEPARATE_SYSTEMS = Set.of("710000", "810000", "820000");

    /** 《省数据条例》, 《本市…条例》: a local text's own province or city, named relatively. */
    private static final java.util.regex.Pattern RELATIVE_REGION = java.util.regex.Pattern.compile("本?(?:省|市|区|县|自治区|州|盟|旗)");

    /**
     * “十四五”数字经济发展规划, “十四五”规划: a five-year plan named without a region is the country's
     * (a province's or city's plan for the period carries its name: 北京市“十四五”时期…, 福田区数字经济“十四五”发展规划).
     */
    private static final java.util.regex.Pattern FIVE_YEAR_PLAN = java.util.regex.Pattern.compile(
            "^[“\"]?十[一二三四五六七八九]五[”\"]?[\\u3400-\\u9FFF“”\"]*(?:规划|纲要)$");

    private final Analysis doc;
    private final Gazetteer gazetteer;
    /** The Taiwan, Hong Kong or Macao region a traditional-script text comes from, with the span naming it; or null. */
    private final Fact<Region> source;
    /** A traditional-script text: a bare 条例/法 it cites is not the mainland's, whatever region it is from. */
    private final boolean traditional;

    Jurisdictions(Analysis doc, Gazetteer gazetteer) {
        this.doc = doc;
        this.gazetteer = gazetteer;
        this.traditional = Normalizer.isTraditional(doc.source().text());
        this.source = traditional ? sourceRegion() : null;
    }

    /** Fills the jurisdiction of every group none of whose mentions has one. */
    void complete(Collection<TitleGroup> groups) {
        for (TitleGroup g : groups) {
            narrow(g);
            if (g.report || g.uses.stream().anyMatch(u -> u.jurisdiction != null)) {
                continue;
            }
            Fact<Region> j = null;
            for (TitleUse u : g.uses) {
                j = j != null ? j : fromIssuers(u);
            }
            for (TitleUse u : g.uses) {
                j = j != null ? j : fromName(u);
            }
            for (TitleUse u : g.uses) {
                j = j != null ? j : deliveredByPremier(u);
            }
            for (TitleUse u : g.uses) {
                j = j != null ? j : leadingCounty(u);
            }
            if (j != null) {
                g.uses.get(0).jurisdiction = j;
            }
        }
    }

    /**
     * 徐汇区关于…: a title led by a district or county the region read for it contains is that
     * district's (the gazetteer reads only provinces and prefectures at a title's start, so the
     * region found near the text's start is the city around it).
     */
    private void narrow(TitleGroup g) {
        for (TitleUse u : g.uses) {
            if (u.jurisdiction == null) {
                continue;
            }
            for (RegionMention r : doc.regionIndex().in(u.t.paragraph())) {
                if (r.range().start() == u.t.range().start() && r.region().level() == Region.Level.COUNTY
                        && !u.jurisdiction.value().isCountry() && gazetteer.within(r.region(), u.jurisdiction.value())) {
                    Fact<Region> district = new Fact<>(r.region(),
                            new Evidence(doc.paragraph(r.paragraph()).span(r.range()), Supports.JURISDICTION));
                    g.uses.forEach(x -> x.jurisdiction = x.jurisdiction == null ? null : district);
                    return;
                }
            }
        }
        // 中共X县委 X县人民政府 issue it: a county's text, whatever province or city the text's region read names.
        for (TitleUse u : g.uses) {
            for (Fact<Agency> a : u.issuers) {
                Region r = a.value().isAgency() && a.value().region() != null ? gazetteer.byCode(a.value().region()) : null;
                Region now = g.uses.stream().map(x -> x.jurisdiction).filter(java.util.Objects::nonNull).map(Fact::value).findFirst().orElse(null);
                if (r != null && now != null && r.level() == Region.Level.COUNTY && !now.isCountry() && r != now && gazetteer.within(r, now)) {
                    Fact<Region> county = new Fact<>(r, new Evidence(a.evidence().span(), Supports.JURISDICTION));
                    g.uses.forEach(x -> x.jurisdiction = x.jurisdiction == null ? null : county);
                    return;
                }
            }
        }
    }

    /**
     * 义乌市关于…若干政策, 嵊州市…实施细则: a title led by a county or county-level city with no city
     * named around it is that county's. {@link #narrow} only narrows a city found for the title, and a
     * county-level city's own text seldom names its prefecture; without its region its notes
     * (责任单位：市经信局) name nobody.
     */
    private Fact<Region> leadingCounty(TitleUse u) {
        for (RegionMention r : doc.regionIndex().in(u.t.paragraph())) {
            if (r.range().start() == u.t.range().start() && r.region().level() == Region.Level.COUNTY) {
                return new Fact<>(r.region(), new Evidence(doc.paragraph(r.paragraph()).span(r.range()), Supports.JURISDICTION));
            }
        }
        return null;
    }

    /**
     * 李强总理代表国务院…作《政府工作报告》: the work report the premier delivers for the State Council is the
     * country's (the national report bears no region in its name; a province's names its governor, 省长).
     */
    private Fact<Region> deliveredByPremier(TitleUse u) {
        if (!u.display.equals(org.policykg.recognize.TitleRecognizer.WORK_REPORT)) {
            return null;
        }
        Paragraph p = doc.paragraph(u.t.paragraph());
        int at = u.t.range().start();
        String before = p.string().substring(Math.max(0, at - PREMIER_REACH), Math.min(at, p.string().length()));
        return PREMIER.matcher(before).find()
                ? new Fact<>(gazetteer.country(), new Evidence(p.span(u.t.range()), Supports.JURISDICTION)) : null;
    }

    /** The premier, or one speaking for the State Council, before the report's name. */
    private static final java.util.regex.Pattern PREMIER = java.util.regex.Pattern.compile("总理|代表国务院");
    /** How far before the report's name its speaker may stand (…总理代表国务院在十四届全国人大四次会议上所作的《政府工作报告》). */
    private static final int PREMIER_REACH = 48;

    private Fact<Region> fromIssuers(TitleUse u) {
        for (Fact<Agency> a : u.issuers) {
            if (a.value().isAgency() && a.value().region() != null) {
                Region r = gazetteer.byCode(a.value().region());
                if (r != null) {
                    return new Fact<>(r, new Evidence(a.evidence().span(), Supports.JURISDICTION));
                }
            }
        }
        return null;
    }

    private Fact<Region> fromName(TitleUse u) {
        Paragraph p = doc.paragraph(u.t.paragraph());
        if (u.display.startsWith(COUNTRY_PREFIX)) {
            int at = u.t.range().start();
            // the prefix as written where the mention states it; else the mention itself (a derived or short form)
            boolean written = u.t.range().end() <= p.string().length() && p.string().startsWith(COUNTRY_PREFIX, at);
            if (written) {
                return new Fact<>(gazetteer.country(), new Evidence(p.span(at, at + COUNTRY_PREFIX.length()), Supports.JURISDICTION));
            }
            return u.t.range().end() <= p.string().length()
                    ? new Fact<>(gazetteer.country(), new Evidence(p.span(u.t.range()), Supports.JURISDICTION)) : null;
        }
        if (u.display.startsWith(NATIONWIDE) && !traditional && u.titleRegion == null && u.t.range().end() <= p.string().length()) {
            // 全国碳排放权交易市场…工作方案, 全国统一大市场建设指引: a title that opens with 全国 names the whole country
            int at = u.t.range().start();
            boolean written = p.string().startsWith(NATIONWIDE, at);
            return new Fact<>(gazetteer.country(), new Evidence(written ? p.span(at, at + NATIONWIDE.length()) : p.span(u.t.range()),
                    Supports.JURISDICTION));
        }
        if (org.policykg.reference.NationalPolicies.get().contains(u.display) && u.titleRegion == null
                && u.t.range().end() <= p.string().length()) {
            // 网络安全法, 中央八项规定: a policy of the whole country by name; a text of Taiwan, Hong Kong or Macao
            // citing a law of the same name (预算法, 政府采购法) cites its own.
            Fact<Region> country = new Fact<>(gazetteer.country(), new Evidence(p.span(u.t.range()), Supports.JURISDICTION));
            return traditional && source != null ? source : country;
        }
        if (FIVE_YEAR_PLAN.matcher(u.display).matches() && u.titleRegion == null
                && doc.regionIndex().within(p.index(), u.t.range().start(), u.t.range().end()).isEmpty()
                && u.t.range().end() <= p.string().length()) {
            return traditional ? source : new Fact<>(gazetteer.country(), new Evidence(p.span(u.t.range()), Supports.JURISDICTION));
        }
        var type = DocumentTypes.policyType(DocumentTypes.withoutPeriod(u.display));
        if (type.isPresent() && OUTLINE.equals(type.get().concept()) && !traditional && u.titleRegion == null
                && !RELATIVE_REGION.matcher(u.display).lookingAt() && !regionAtStart(p, u) && u.t.range().end() <= p.string().length()) {
            // 粤港澳大湾区发展规划纲要, 教育强国建设规划纲要: an outline named without its region is the Central Committee's
            // and the State Council's (a province's or city's outline carries its name; a region group names no issuer)
            return new Fact<>(gazetteer.country(), new Evidence(p.span(u.t.range()), Supports.JURISDICTION));
        }
        if (type.isEmpty() || !LEGISLATION.contains(type.get().concept()) || u.titleRegion != null
                || RELATIVE_REGION.matcher(u.display).lookingAt()
                || !doc.regionIndex().within(p.index(), u.t.range().start(), u.t.range().end()).isEmpty()) {
            return null;
        }
        if (traditional) {
            return source;
        }
        return new Fact<>(gazetteer.country(), new Evidence(p.span(u.t.range()), Supports.JURISDICTION));
    }

    /**
     * Whether a district's or county's name opens the title (the title's own region is read for provinces and
     * prefectures only; a group of them written as one, 粤港澳 or 京津冀, names no government of its own).
     */
    private boolean regionAtStart(Paragraph p, TitleUse u) {
        for (RegionMention r : doc.regionIndex().in(p.index())) {
            if (r.range().start() == u.t.range().start() && r.region().level() == Region.Level.COUNTY) {
                return true;
            }
        }
        return false;
    }

    /** The first body of Taiwan, Hong Kong or Macao the text names, else the first such region. */
    private Fact<Region> sourceRegion() {
        for (AgencyMention a : doc.agencies()) {
            if (a.agency().region() != null && SEPARATE_SYSTEMS.contains(a.agency().region())) {
                return new Fact<>(gazetteer.byCode(a.agency().region()),
                        new Evidence(doc.paragraph(a.paragraph()).span(a.range()), Supports.JURISDICTION));
            }
        }
        for (RegionMention r : doc.regions()) {
            if (SEPARATE_SYSTEMS.contains(r.region().code())) {
                return new Fact<>(r.region(), new Evidence(doc.paragraph(r.paragraph()).span(r.range()), Supports.JURISDICTION));
            }
        }
        return null;
    }
}
