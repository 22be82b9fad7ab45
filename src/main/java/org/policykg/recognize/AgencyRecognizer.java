package org.policykg.recognize;

import org.policykg.text.Han;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.reference.Agency;
import org.policykg.reference.AgencyDirectory;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.PhraseMatcher;
import org.policykg.reference.Region;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * Finds agencies and resolves them to full official names. Three sources:
 * fixed names (national bodies, special local ones), the local grammar region +
 * functional unit (四川省 + 经济和信息化厅), and the branches of national vertical
 * bodies (人行福建省分行, 福建证监局). A unit written without its region
 * (市经济和信息化局, or 财政厅 after 省工信厅、) takes the region from context.
 */
public final class AgencyRecognizer {
    /**
     * Words before 省/市/区/县 that make the body generic (各区, 相关区, 设区市, 城市) or another's: 团市委 is the
     * Communist Youth League's committee, a people's organisation, not the party's 市委.
     */
    private static final String GENERIC_BEFORE = "各关有设属所本两全城每该团";

    private static final Pattern FREE_STEM = Pattern.compile(
            "([省市区县])([" + Han.RANGE + "]{2,14}?)(领导小组办公室|领导小组|推进办公室)");
    /** What may follow a party committee's 委: "十二届", "、", "全会", "常委会", "关于", "市政府", "坚强领导". */
    private static final Pattern PARTY_COMMITTEE_NEXT = Pattern.compile(
            "[0-9一二三四五六七八九十]+届|[、,和与及]|全会|常委会|关于|[省市区县](?:人民)?政府|(?:坚强)?领导");
    /** "北京市朝阳区亚运村派出所": a police station named after a place in a named district. */
    private static final Pattern POLICE_STATION = Pattern.compile("派出所");
    /** 人民银行广东省分行, 人行南宁中心支行 (a city's branch before the 2023 reform named its cities 分行). */
    private static final Pattern CENTRAL_BANK = Pattern.compile("(?:中国人民银行|人民银行|人行)([" + Han.RANGE + "]{2,8}?)(分行|营业管理部|中心支行)");
    /**
     * A financial regulator's provincial office under its parent's name: 国家金融监督管理总局江苏监管局, and under the
     * names its parents had before 2023 (中国银保监会江苏监管局, 中国银行保险监督管理委员会江苏监管局 — their offices passed
     * to the 总局) or have (中国证监会江苏监管局, 中国证券监督管理委员会江苏监管局).
     */
    private static final Pattern FINANCE_REGULATOR = Pattern.compile(
            "(?:国家金融监督管理总局|中国银行保险监督管理委员会|(?:中国)?银保监会|(?<securities>中国证券监督管理委员会|(?:中国)?证监会))"
            + "([" + Han.RANGE + "]{2,5}?)监管局");
    /** The foreign exchange administration's branches: 国家外汇管理局广东省分局, 外汇局深圳市分局. */
    private static final Pattern FOREX = Pattern.compile("(?:国家外汇管理局|外汇局)([" + Han.RANGE + "]{2,8}?)分局");
    /**
     * A branch after a branch with the parent left out: "人民银行广东省分行、深圳市分行", "国家外汇管理局广东省分局、
     * 深圳市分局" — the same vertical body's branch in the region named.
     */
    private static final Pattern ELIDED_BRANCH = Pattern.compile("、([" + Han.RANGE + "]{2,8}?)(分行|中心支行|分局)");
    /** The statistics bureau's survey offices: 国家统计局湖南调查总队, 国家统计局株洲调查队 (统计监测 items name them). */
    private static final Pattern SURVEY_OFFICE = Pattern.compile("国家统计局([" + Han.RANGE + "]{2,8}?)调查(总队|队)");
    private static final Pattern SECURITIES_REGULATOR = Pattern.compile("([" + Han.RANGE + "]{2,5}?)(证监局|银保监局)");
    private static final Pattern DEPARTMENT = Pattern.compile("([" + Han.RANGE + "]{2,8}?)司(?![长机])");
    /** The kind of zone a management committee runs, at the end of the zone's name. */
    private static final Pattern ZONE_KIND = Pattern.compile(
            "(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业园区|产业园区|园区|新区|示范区|实验区|试验区|合作区|起步区|保税区|港区|港口)$");
    /** Zones a city has one of, named without anything between city and kind: 高新区管委会 in a Xi'an text. */
    private static final java.util.Set<String> CITY_ZONES = java.util.Set.of("高新技术产业开发区", "经济技术开发区", "高新区", "经开区");
    private static final Pattern BRANCH = Pattern.compile("([" + Han.RANGE + "]{0,4}?)(?:分院|分中心|分所|分会)");
    private static final java.util.Set<String> COMPASS = java.util.Set.of(
            "东部", "西部", "南部", "北部", "中部", "华东", "华南", "华北", "华中", "西南", "西北", "东北", "中南");
    private static final Pattern TAX = Pattern.compile("(国家税务总局)?([" + Han.RANGE + "]{2,5}?)税务局");

    /** 第十四届, 十四届: a people's congress's term, written between its region and its name. */
    private static final Pattern TERM = Pattern.compile("第?[一二三四五六七八九十]{1,3}届$");
    /** The Xinjiang Production and Construction Corps, which names its bodies as a region does. */
    /** How the five province-level autonomous regions' texts refer to their own region (自治区财政厅), as provinces write 省. */
    private static final String AUTONOMOUS_REGION = "自治区";
    private static final String CORPS = "新疆生产建设兵团";
    private static final String CORPS_SHORT = "兵团";
    private static final String CORPS_REGION = "650000";

    private final Gazetteer gazetteer;
    private final AgencyDirectory directory;

    public AgencyRecognizer(Gazetteer gazetteer, AgencyDirectory directory) {
        this.gazetteer = gazetteer;
        this.directory = directory;
    }

    private record Found(int start, int end, Agency agency, int priority) {
    }

    /**
     * Agencies in a paragraph.
     *
     * @param context the region relative names (市…, 省…) refer to, or null when unknown
     */
    public List<AgencyMention> recognize(Paragraph p, Region context) {
        return recognize(p, context, null);
    }

    /**
     * Agencies in a paragraph.
     *
     * @param context  the region relative names (市…, 省…) refer to, or null when unknown
     * @param district the district 区…/县… refer to when {@code context} is a city (a district's
     *                 text about the city it belongs to), or null
     */
    public List<AgencyMention> recognize(Paragraph p, Region context, Region district) {
        String text = p.string();
        List<Found> found = new ArrayList<>();
        fixedNames(text, context, found);
        verticalBranches(text, context, district, found);
        grammar(text, context, district, found);
        freeStemGroups(text, context, district, found);
        partyCommittees(text, context, district, found);
        policeStations(text, context, found);
        zoneCommittees(text, context, found);
        List<Found> chosen = choose(found);
        List<AgencyMention> out = new ArrayList<>();
        for (Found c : chosen) {
            Found f = generalOffice(text, c);
            int end = parentheticalEnd(text, f.end);
            int start = withEnclosingRegions(text, f);
            out.add(new AgencyMention(p.index(), new Range(start, end), f.agency, text.substring(start, end)));
            if (!f.agency.isAgency() || ministryUnit(f.agency)) {
                owners(p, text, f, found, out); // 工信部电子第一研究所, 工业和信息化部运行监测协调局: the ministry too
            }
        }
        out.sort(java.util.Comparator.comparingInt(m -> m.range().start()));
        return out;
    }

    private void fixedNames(String text, Region context, List<Found> found) {
        for (PhraseMatcher.Hit<AgencyDirectory.Entry> h : directory.names().all(text)) {
            for (AgencyDirectory.Entry e : h.values()) {
                if (e.alias().endsWith("部") && h.end() < text.length() && "署分门位件".indexOf(text.charAt(h.end())) >= 0) {
                    continue; // 教育部署, 商务部门: ordinary words
                }
                if (h.end() - h.start() == 2 && insideWords(text, h.start(), h.end())) {
                    continue; // 中办 in 集中办理, 国办 in 全国办理
                }
                int start = h.start();
                if (e.relative()) {
                    Region own = gazetteer.byCode(e.agency().region());
                    Prefix written = regionPrefix(text, start, null);
                    if (own.isCountry()) {
                        if (context == null || !context.isCountry() || !standsAlone(text, start)) {
                            continue; // 发展改革委 is the national commission only in a national text, not 省级发展改革委
                        }
                    } else if (written != null && written.region.code().equals(own.code())) {
                        start = written.start;
                    } else if (context == null || !gazetteer.within(context, own) || generic(text, start)) {
                        continue;
                    }
                }
                found.add(new Found(start, h.end(), e.agency(), e.relative() ? 4 : 3)); // in its region, 证监会 is Hong Kong's
                if (!e.relative()) {
                    distributeFixed(text, start, h.end(), found);
                }
                Found branch = branch(text, start, h.end(), e.agency());
                if (branch != null) {
                    found.add(branch);
                }
                Found department = department(text, start, h.end(), e.agency());
                if (department != null) {
                    found.add(department);
                }
            }
        }
    }

    /**
     * Whether ordinary words cross the edges of a two-character abbreviation (集中|办理 over 中办): it is
     * then no name. Only the few characters around it are segmented. {@code start == end} asks about one place.
     */
    private static boolean insideWords(String text, int start, int end) {
        int from = Math.max(0, start - 2);
        int at = from;
        for (com.hankcs.hanlp.seg.common.Term t : Lexicon.segment(text.substring(from, Math.min(text.length(), end + 2)))) {
            int next = at + t.word.length();
            if (at < start && next > start || at < end && next > end) {
                return true;
            }
            at = next;
        }
        return false;
    }

    /**
     * Whether an ordinary word runs across {@code end} (政府|办理 over 政府办): the name would end inside it. Only the
     * few characters around it are segmented.
     */
    private static boolean endsInsideWord(String text, int end) {
        if (end >= text.length() || !Han.is(text.charAt(end))) {
            return false;
        }
        return insideWords(text, end, end); // the same few characters around end, one edge
    }

    /**
     * Whether a name starts a phrase of its own: at the start, after punctuation, or after a word that
     * joins bodies (由, 和, 及, 与, 会同): "（发展改革委、财政部负责）", not "省级发展改革委".
     */
    private static boolean standsAlone(String text, int start) {
        // …办公厅市场监管总局办公厅: co-issuers written in a row (the space between them dropped) — an office's name ends there.
        return start == 0 || !Han.is(text.charAt(start - 1)) || "由和及与同".indexOf(text.charAt(start - 1)) >= 0
                || text.startsWith("办公厅", start - 3) || text.startsWith("办公室", start - 3);
    }

    /**
     * "上海市经济和信息化委员会办公室印发": a local commission's or bureau's general office, which
     * issues in its name, is a body of its own.
     */
    private Found generalOffice(String text, Found f) {
        String n = f.agency.name();
        if (f.agency.isAgency() && "CN".equals(f.agency.region())) {
            return nationalOffice(text, f);
        }
        if (!f.agency.isAgency() || f.agency.region() == null || "CN".equals(f.agency.region()) || !text.startsWith("办公室", f.end)
                || !(n.endsWith("委员会") || n.endsWith("局") || n.endsWith("厅")) || n.endsWith("管理委员会")) {
            return f;
        }
        String name = n + "办公室";
        Agency known = directory.byName(name);
        return new Found(f.start, f.end + 3, known != null ? known : new Agency(name, f.agency.region(), null, Agency.Kind.AGENCY), f.priority);
    }

    /**
     * 工业和信息化部办公厅, 市场监管总局办公厅, 国家知识产权局办公室: a national ministry's, commission's or
     * administration's general office issues 函 and notices in its own name (GB/T 9704 发文机关), and so is a body
     * of its own, named under the full name of the body it serves.
     */
    private Found nationalOffice(String text, Found f) {
        String office = text.startsWith("办公厅", f.end) ? "办公厅" : text.startsWith("办公室", f.end) ? "办公室" : null;
        String n = f.agency.name();
        if (office == null || n.endsWith("办公厅") || n.endsWith("办公室")) {
            return f;
        }
        String name = n + office;
        Agency known = directory.byName(name);
        return new Found(f.start, f.end + office.length(), known != null ? known : new Agency(name, "CN", null, Agency.Kind.AGENCY), f.priority);
    }

    /** A national ministry's department or bureau (…司, …局, Taiwan's …署), which names its ministry too. */
    private static boolean ministryUnit(Agency a) {
        return ("CN".equals(a.region()) || "710000".equals(a.region()))
                && (a.name().endsWith("司") || a.name().endsWith("局") || a.name().endsWith("署"));
    }

    /** 工业和信息化部信息技术发展司, 财政部经济建设司: a 司 of a national ministry is a body of its own. */
    private Found department(String text, int start, int end, Agency ministry) {
        if (!ministry.isAgency() || !"CN".equals(ministry.region()) || end >= text.length()) {
            return null;
        }
        Matcher m = DEPARTMENT.matcher(text).region(end, Math.min(text.length(), end + 10));
        if (!m.lookingAt() || m.group(1).endsWith("公")) {
            return null;
        }
        String name = ministry.name() + text.substring(end, m.end());
        Agency known = directory.byName(name);
        return new Found(start, m.end(), known != null ? known : new Agency(name, "CN", null, Agency.Kind.AGENCY), 3);
    }

    /**
     * 中国信息通信研究院西部分院, 中国科学院成都分院: an institution's branch is a body of its own,
     * named by a region or a compass word before 分院/分中心/分所/分会.
     */
    private Found branch(String text, int start, int end, Agency parent) {
        if (parent.isAgency() || end >= text.length()) {
            return null;
        }
        Matcher m = BRANCH.matcher(text).region(end, Math.min(text.length(), end + 8));
        if (!m.lookingAt()) {
            return null;
        }
        String where = m.group(1);
        Region r = where.isEmpty() || COMPASS.contains(where) ? null : exactRegion(where);
        if (!where.isEmpty() && !COMPASS.contains(where) && r == null) {
            return null;
        }
        Agency a = directory.byName(text.substring(start, m.end()));
        return new Found(start, m.end(), a != null ? a : new Agency(text.substring(start, m.end()),
                r == null ? null : r.code(), null, Agency.Kind.ORGANIZATION), 3);
    }

    private void verticalBranches(String text, Region context, Region district, List<Found> found) {
        // Cheap guards first: these patterns are rare, and regexes tried at every position are not.
        Matcher m = CENTRAL_BANK.matcher(text.contains("分行") || text.contains("营业管理部") || text.contains("中心支行") ? text : "");
        while (m.find()) {
            Region r = exactRegion(m.group(1));
            if (r != null) {
                String kind = m.group(2).equals("中心支行") ? "中心支行" : "分行";
                found.add(new Found(m.start(), m.end(), agency("中国人民银行" + r.name() + kind, r), 2));
                elidedBranches(text, m.end(), "中国人民银行", "分行|中心支行", found);
            }
        }
        m = FOREX.matcher(text.contains("外汇") ? text : "");
        while (m.find()) {
            Region r = exactRegion(m.group(1));
            if (r != null) {
                found.add(new Found(m.start(), m.end(), agency("国家外汇管理局" + r.name() + "分局", r), 2));
                elidedBranches(text, m.end(), "国家外汇管理局", "分局", found);
            }
        }
        m = SURVEY_OFFICE.matcher(text.contains("国家统计局") ? text : "");
        while (m.find()) {
            Region r = exactRegion(m.group(1));
            if (r != null) {
                found.add(new Found(m.start(), m.end(), agency("国家统计局" + r.shortName() + "调查" + m.group(2), r), 2));
            }
        }
        // "广东金融监管局", "深圳金融监管局", "长沙金融监管分局": the financial regulator's office (a city's 分局) named by
        // its region's short name alone. The local government's bureau is written with its level (省地方金融监管局,
        // 市金融监管局) and stays the grammar's.
        for (int at = text.indexOf("金融监管"); at >= 2; at = text.indexOf("金融监管", at + 1)) {
            String kind = text.startsWith("局", at + 4) ? "监管局" : text.startsWith("分局", at + 4) ? "监管分局" : null;
            for (int k = Math.min(3, at); k >= 2 && kind != null; k--) {
                String written = text.substring(at - k, at);
                Region r = exactRegion(written);
                if (r != null && !written.equals(r.name()) && r.shortNames().contains(written)) {
                    found.add(new Found(at - k, at + 2 + kind.length(), agency("国家金融监督管理总局" + r.shortName() + kind, r), 2));
                    break;
                }
            }
        }
        m = FINANCE_REGULATOR.matcher(text.contains("监管局") ? text : "");
        while (m.find()) {
            Region r = exactRegion(m.group(2));
            if (r != null) { // 深圳, 宁波 …: the cities with offices of their own are named as the provinces are
                String body = m.group("securities") != null ? "中国证券监督管理委员会" : "国家金融监督管理总局";
                found.add(new Found(m.start(), m.end(), agency(body + r.shortName() + "监管局", r), 2));
            }
        }
        m = SECURITIES_REGULATOR.matcher(text.contains("监局") ? text : "");
        while (m.find()) {
            Prefix pre = regionPrefix(text, m.start(2), null);
            if (pre != null && pre.region.level() == Region.Level.PROVINCE) {
                // The banking and insurance regulator's local offices passed to the
                // 国家金融监督管理总局 in 2023: link the old name to the body that exists.
                String body = m.group(2).equals("证监局") ? "中国证券监督管理委员会" : "国家金融监督管理总局";
                found.add(new Found(pre.start, m.end(), agency(body + pre.region.shortName() + "监管局", pre.region), 2));
            }
        }
        m = TAX.matcher(text.contains("税务局") ? text : "");
        while (m.find()) {
            Prefix pre = regionPrefix(text, m.start(2) + m.group(2).length(), null);
            if (pre != null && pre.start >= m.start(2)) {
                int start = m.group(1) != null ? m.start() : pre.start;
                found.add(new Found(start, m.end(), agency("国家税务总局" + official(pre.region) + "税务局", pre.region), 2));
            }
        }
        // "省税务局", "市税务局", "区税务局": the tax bureau of the context's province, city or district. Since the 2018
        // merger every tier's bureau is the administration's: 国家税务总局上海市嘉定区税务局, 国家税务总局广州市天河区税务局,
        // a city's district written after its city as its other bodies are.
        for (int at = text.indexOf("税务局"); at > 0; at = text.indexOf("税务局", at + 1)) {
            char marker = text.charAt(at - 1);
            // 区/县 only as a word of its own (、区税务局): 开发区税务局, 园区税务局 are not the district's.
            boolean local = marker == '区' || marker == '县';
            if ("省市区县".indexOf(marker) >= 0 && !generic(text, at - 1) && regionPrefix(text, at - 1, context) == null
                    && (!local || at == 1 || "、，,：:（(；;\n 和及与".indexOf(text.charAt(at - 2)) >= 0)) {
                Region r = relative(marker, context, district);
                if (r != null) {
                    found.add(new Found(at - 1, at + 3, agency("国家税务总局" + official(r) + "税务局", r), 2));
                }
            }
        }
    }

    /**
     * The branches that follow a vertical body's branch ending at {@code end} with the parent left out
     * ("…广东省分行、深圳市分行"): each of a region named exactly, of the kinds {@code kinds} allows.
     */
    private void elidedBranches(String text, int end, String parent, String kinds, List<Found> found) {
        Matcher m = ELIDED_BRANCH.matcher(text);
        int at = end;
        while (at < text.length() && text.charAt(at) == '、') {
            m.region(at, Math.min(text.length(), at + 12));
            if (!m.lookingAt() || !kinds.contains(m.group(2))) {
                return;
            }
            Region r = exactRegion(m.group(1));
            if (r == null) {
                return;
            }
            found.add(new Found(m.start(1), m.end(), agency(parent + r.name() + m.group(2), r), 2));
            at = m.end();
        }
    }

    /**
     * "广州、深圳边检总站": a fixed name that starts with its region ({@code [start, end)}), after a list of
     * regions, names the same body of each region the list names, when the dictionary has it.
     */
    private void distributeFixed(String text, int start, int end, List<Found> found) {
        if (start < 3 || text.charAt(start - 1) != '、') {
            return;
        }
        Gazetteer.NameMatch own = gazetteer.nameAtStart(text.subSequence(start, end));
        if (own == null || own.end() >= end - start) {
            return;
        }
        String rest = text.substring(start + own.end(), end);
        int at = start;
        while (at > 0 && text.charAt(at - 1) == '、') {
            Prefix pre = regionPrefix(text, at - 1, null);
            if (pre == null) {
                return;
            }
            List<AgencyDirectory.Entry> es = directory.names().get(text.substring(pre.start, at - 1) + rest);
            if (es.isEmpty() || es.get(0).relative()) {
                return;
            }
            found.add(new Found(pre.start, end, es.get(0).agency(), 3));
            at = pre.start;
        }
    }

    private void grammar(String text, Region context, Region district, List<Found> found) {
        List<Found> local = new ArrayList<>();
        for (PhraseMatcher.Hit<AgencyDirectory.Unit> h : directory.units().all(text)) {
            for (AgencyDirectory.Unit u : h.values()) {
                int pos = h.start();
                if (u.official().equals("人民代表大会") && (text.startsWith("常务委员", h.end()) || text.startsWith("常委", h.end()))) {
                    continue; // "人民代表大会常务委员\n会": the standing committee, whatever breaks its name
                }
                boolean party = false;
                if (u.kind() == AgencyDirectory.Unit.Kind.PARTY) {
                    if (pos == 0 || text.charAt(pos - 1) != '委') {
                        continue;
                    }
                    if (u.surface().equals("办") && h.end() < text.length() && text.charAt(h.end()) == '局') {
                        continue; // 区委办局, 市委办局: the commissions, offices and bureaus (委、办、局) together, not the party's 区委办
                    }
                    pos--;
                    party = true;
                }
                if (u.surface().endsWith("办") && endsInsideWord(text, h.end())) {
                    continue; // 区政府办理事项, 县委办好: 办 begins a verb (办理, 办好), not an office's short name (区政府办、)
                }
                Region region;
                int start;
                // "贵州省第十四届人民代表大会", "省十四届人大": a congress's term between region and body.
                int at = party ? pos : pos - termBefore(text, pos);
                Prefix pre = regionPrefix(text, at, context);
                if (pre != null) {
                    region = pre.region;
                    start = pre.start;
                } else if (text.startsWith(AUTONOMOUS_REGION, at - AUTONOMOUS_REGION.length()) && autonomousRegion(context) != null) {
                    // "自治区发展改革委": an autonomous region's texts name its bodies by 自治区, as a province's by 省.
                    region = autonomousRegion(context);
                    start = at - AUTONOMOUS_REGION.length();
                } else if (at > 0 && "省市区县".indexOf(text.charAt(at - 1)) >= 0) {
                    if (generic(text, at - 1)) {
                        continue;
                    }
                    region = relative(text.charAt(at - 1), context, district);
                    start = at - 1;
                } else if (at > 0 && text.charAt(at - 1) == PREFECTURE_MARKER && autonomousPrefecture(context) != null) {
                    // "州发展改革委", "州委组织部": an autonomous prefecture's texts name its bodies by 州, as a city's by 市.
                    if (generic(text, at - 1)) {
                        continue;
                    }
                    region = autonomousPrefecture(context);
                    start = at - 1;
                } else if (!party && u.kind() == AgencyDirectory.Unit.Kind.STEM && text.startsWith(CORPS_SHORT, pos - CORPS_SHORT.length())) {
                    // "新疆生产建设兵团发展改革委", "兵团工业和信息化局": the Corps has its own bodies.
                    start = text.startsWith(CORPS, pos - CORPS.length()) ? pos - CORPS.length() : pos - CORPS_SHORT.length();
                    local.add(new Found(start, h.end(), agency(CORPS + u.official(), gazetteer.byCode(CORPS_REGION)), 1));
                    continue;
                } else {
                    Found prev = elided(local, text, pos);
                    if (prev == null) {
                        continue;
                    }
                    region = gazetteer.byCode(prev.agency.region());
                    party = party || prev.agency.name().startsWith("中共");
                    start = pos;
                }
                if (region == null || (u.kind() == AgencyDirectory.Unit.Kind.PARTY) != party || !namedSoIn(u, h.values(), region)) {
                    continue;
                }
                if (u.kind() == AgencyDirectory.Unit.Kind.BRANCH) {
                    Region city = gazetteer.parent(region);
                    if (city != null) { // 区公安分局 in 静安区: 上海市公安局静安分局, the city bureau's branch
                        local.add(new Found(start, h.end(), agency(u.branchIn(city, region), region), 1));
                    }
                    continue;
                }
                String name = party ? "中共" + official(region) + "委" + u.official() : u.nameIn(official(region), region.level());
                // 中共株洲市委办公室 written in full: the unit's name starts at 中共, or the committee alone (中共株洲市委,
                // found from its 委) would be the leftmost match and the unit lost.
                start = party && start >= 2 && text.startsWith("中共", start - 2) ? start - 2 : start;
                Found f = new Found(start, h.end(), agency(name, region), 1);
                local.add(f);
                distribute(text, f, u, party, local);
            }
        }
        found.addAll(local);
    }

    /**
     * Whether {@code u}, one of the units written {@code alternatives}, names the body in {@code region}: a regional
     * unit only under its region and at its tier (区房管局 in Shanghai's districts), a national one where no regional
     * unit of the same writing applies.
     */
    private boolean namedSoIn(AgencyDirectory.Unit u, List<AgencyDirectory.Unit> alternatives, Region region) {
        if (u.regional()) {
            return appliesIn(u, region);
        }
        for (AgencyDirectory.Unit v : alternatives) {
            if (v.regional() && appliesIn(v, region)) {
                return false;
            }
        }
        return true;
    }

    private boolean appliesIn(AgencyDirectory.Unit u, Region region) {
        Region scope = gazetteer.byCode(u.scope());
        return scope != null && gazetteer.within(region, scope) && (u.tier() == null || u.tier() == region.level());
    }

    /**
     * "福州市、厦门市、泉州市人民政府": one unit after a list of regions means one body each.
     * Districts in the list are read within the city of the last one (江宁区、浦口区、溧水区人民政府).
     */
    private void distribute(String text, Found f, AgencyDirectory.Unit u, boolean party, List<Found> out) {
        Region last = gazetteer.byCode(f.agency.region());
        Region within = last != null && last.level() == Region.Level.COUNTY ? gazetteer.parent(last) : null;
        int at = f.start;
        while (at > 0 && text.charAt(at - 1) == '、') {
            Prefix pre = regionPrefix(text, at - 1, within);
            if (pre == null || u.regional() && !appliesIn(u, pre.region)) {
                return;
            }
            String name = party ? "中共" + official(pre.region) + "委" + u.official() : u.nameIn(official(pre.region), pre.region.level());
            out.add(new Found(pre.start, f.end, agency(name, pre.region), 1));
            at = pre.start;
        }
    }

    /** How many chars of a congress's term (第十四届) end at {@code pos}, or 0. */
    private static int termBefore(String text, int pos) {
        if (pos == 0 || text.charAt(pos - 1) != '届') {
            return 0;
        }
        Matcher m = TERM.matcher(text.substring(Math.max(0, pos - 5), pos));
        return m.find() ? m.end() - m.start() : 0;
    }

    /** "省工信厅、财政厅": a unit right after 、 and another body shares that body's region. */
    private static Found elided(List<Found> earlier, String text, int pos) {
        for (int hops = 0; hops <= ELIDED_UNKNOWN_HOPS; hops++) {
            if (pos == 0 || text.charAt(pos - 1) != '、') {
                return null;
            }
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Found e = earlier.get(i);
                int end = parentheticalEnd(text, e.end);
                if (end == pos - 1) {
                    return e;
                }
            }
            // "省工业和信息化委、国土资源厅、能源开发局、水利厅": a unit the directory does not know, named as units are, does not
            // end the list; the bodies after it still share the region of the body before it.
            int start = pos - 1;
            while (start > 0 && start > pos - 1 - ELIDED_UNKNOWN_LENGTH && Character.isIdeographic(text.charAt(start - 1))) {
                start--;
            }
            if (start == 0 || text.charAt(start - 1) != '、' || !ELIDED_UNKNOWN.matcher(text).region(start, pos - 1).matches()) {
                return null;
            }
            pos = start;
        }
        return null;
    }

    /** A unit's name as the grammar builds them (stem + 厅, 局, 委员会 or 委; an office's 办), for {@link #elided}. */
    private static final Pattern ELIDED_UNKNOWN = Pattern.compile("\\p{IsHan}{2,10}(?:厅|局|委员会|委|办)");
    private static final int ELIDED_UNKNOWN_LENGTH = 12;
    /** How many units the directory does not know an elided list may run over. */
    private static final int ELIDED_UNKNOWN_HOPS = 2;

    private void freeStemGroups(String text, Region context, Region district, List<Found> found) {
        Matcher m = FREE_STEM.matcher(text.contains("领导小组") || text.contains("推进办公室") ? text : "");
        while (m.find()) {
            if (generic(text, m.start(1))) {
                continue;
            }
            Prefix pre = regionPrefix(text, m.start(1) + 1, context);
            Region region = pre != null && pre.start < m.start(1) + 1 ? pre.region : relative(text.charAt(m.start(1)), context, district);
            if (region != null) {
                int start = pre != null && pre.start < m.start(1) + 1 ? pre.start : m.start();
                // 上海市徐汇区新型工业化推进办公室: the match opens at 市, so a district written out at the
                // stem's start is the body's region, not part of its stem.
                String stem = m.group(2);
                Gazetteer.NameMatch inner = leadingRegion(text, m.start(2), m.end(2), region);
                if (inner != null) {
                    region = inner.region();
                    stem = text.substring(inner.end(), m.end(2));
                }
                found.add(new Found(start, m.end(), agency(official(region) + stem + m.group(3), region), 0));
            }
        }
    }

    /** The longest region inside {@code within} written at {@code from}, leaving at least two characters before {@code to}. */
    private Gazetteer.NameMatch leadingRegion(String text, int from, int to, Region within) {
        for (int end = to - 2; end >= from + 2; end--) {
            Gazetteer.NameMatch n = gazetteer.nameEndingAt(text, end, within);
            if (n != null && n.start() == from && !n.region().equals(within) && gazetteer.within(n.region(), within)) {
                return n;
            }
        }
        return null;
    }

    /** "工信部电子第一研究所" names its ministry too: agencies inside an organisation's name. */
    private static void owners(Paragraph p, String text, Found org, List<Found> found, List<AgencyMention> out) {
        for (Found f : found) {
            if (f != org && f.agency.isAgency() && f.start >= org.start && f.end <= org.end && f.end - f.start < org.end - org.start
                    && f.agency.region() != null) {
                out.add(new AgencyMention(p.index(), new Range(f.start, f.end), f.agency, text.substring(f.start, f.end)));
                return;
            }
        }
    }

    /**
     * "四川省委十二届三次全会", "中共浙江省委、省政府", "市委市政府", "在省委坚强领导下": found from
     * each 委 outward, not by a regex at every position; 省委, 市委, 区委 alone take the region of
     * their context.
     */
    private void partyCommittees(String text, Region context, Region district, List<Found> found) {
        Matcher next = null;
        for (int at = text.indexOf('委'); at >= 0; at = text.indexOf('委', at + 1)) {
            next = next == null ? PARTY_COMMITTEE_NEXT.matcher(text) : next;
            int end = at > 0 && text.charAt(at - 1) == '党' ? at - 1 : at;
            boolean written = next.region(at + 1, text.length()).lookingAt();
            // without the words after it, only a 委 with 中共 a region's name before it (not 委员会) is looked up
            boolean party = written || (at + 1 == text.length() || text.charAt(at + 1) != '员') && partyBefore(text, at);
            Gazetteer.NameMatch r = !party ? null : gazetteer.nameEndingAt(text, end, null);
            // 中共X县委 named in full needs nothing after it: a joint document's head line (中共X县委 X县人民政府) runs on;
            // a county's name is looked up inside the text's region.
            if (!written && party && r == null && context != null) {
                r = gazetteer.nameEndingAt(text, end, context);
            }
            if (!written && (r == null || !text.startsWith("中共", r.start() - 2))) {
                continue;
            }
            if (r != null && r.region().name().equals(text.substring(r.start(), end))) {
                int start = text.startsWith("中共", r.start() - 2) ? r.start() - 2 : r.start();
                found.add(new Found(start, at + 1, agency("中共" + r.region().name() + "委", r.region()), 1));
            } else if (r == null && end == at && at > 0 && !generic(text, at - 1) && ("省市区县".indexOf(text.charAt(at - 1)) >= 0
                    || text.charAt(at - 1) == PREFECTURE_MARKER && autonomousPrefecture(context) != null)) {
                Region own = text.charAt(at - 1) == PREFECTURE_MARKER ? autonomousPrefecture(context)
                        : relative(text.charAt(at - 1), context, district);
                if (own != null) {
                    found.add(new Found(at - 1, at + 1, agency("中共" + official(own) + "委", own), 1));
                }
            }
        }
    }

    /** Is 中共 written within a region name's reach (12 chars) before {@code at}? */
    private static boolean partyBefore(String text, int at) {
        for (int k = Math.max(0, at - 14); k + 2 <= at; k++) {
            if (text.charAt(k) == '中' && text.charAt(k + 1) == '共') {
                return true;
            }
        }
        return false;
    }

    private void policeStations(String text, Region context, List<Found> found) {
        Matcher m = POLICE_STATION.matcher(text.contains("派出所") ? text : "");
        while (m.find()) {
            for (int k = 2; k <= 6 && m.start() - k > 0; k++) {
                Prefix pre = regionPrefix(text, m.start() - k, context);
                if (pre == null || pre.region.level() != Region.Level.COUNTY) {
                    continue;
                }
                int start = pre.start;
                Prefix parent = regionPrefix(text, start, null);
                while (parent != null && gazetteer.within(pre.region, parent.region)) {
                    start = parent.start;
                    parent = regionPrefix(text, start, null);
                }
                String written = text.substring(start, m.end());
                Region top = gazetteer.province(pre.region);
                String name = written.startsWith(top.name()) ? written : top.name() + written;
                found.add(new Found(start, m.end(), agency(name, pre.region), 1));
                break;
            }
        }
    }

    /**
     * A development zone's or new area's management committee: "济南高新区管委会", "天津滨海高新技术产业
     * 开发区管理委员会", "省沈抚改革创新示范区管委会", "市经开区管理委员会", and each zone of a list
     * before one 管委会 ("苏州工业园区、苏州高新区、太仓港口管委会"). The name is the region (a
     * province in full, else its short name), the zone's own words as written and its kind.
     */
    private void zoneCommittees(String text, Region context, List<Found> found) {
        if (!text.contains("管委会") && !text.contains("管理委员会")) {
            return;
        }
        for (int k = 0; k < text.length(); k++) {
            int len = text.startsWith("管委会", k) ? 3 : text.startsWith("管理委员会", k) ? 5 : 0;
            if (len == 0) {
                continue;
            }
            int end = k + len;
            int runStart = zoneRunStart(text, k);
            Found last = zone(text, runStart, k, end, context, true);
            if (last != null) {
                found.add(last);
            } else if (!ZONE_KIND.matcher(text.substring(runStart, k)).find()) {
                continue;
            }
            // Earlier zones of a list share the committee word: each is a committee of its own.
            int at = runStart;
            while (at > 0 && text.charAt(at - 1) == '、') {
                int s = zoneRunStart(text, at - 1);
                Found f = zone(text, s, at - 1, end, context, false);
                if (f == null) {
                    break;
                }
                found.add(f);
                at = s;
            }
        }
    }

    /** Where the run of name characters ending at {@code end} begins (at most 16 back, not past 、). */
    private static int zoneRunStart(String text, int end) {
        int s = end;
        while (s > 0 && end - s < 16 && Han.is(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** The zone named in {@code [runStart, zoneEnd)}, as the committee ending at {@code end}; null if none. */
    private Found zone(String text, int runStart, int zoneEnd, int end, Region context, boolean bare) {
        Matcher kind = ZONE_KIND.matcher(text.substring(runStart, zoneEnd));
        if (!kind.find()) {
            return null;
        }
        int kindStart = runStart + kind.start();
        Region region = null;
        int start = -1;
        int middleStart = kindStart;
        // The region written nearest before the kind, with at most 8 chars of the zone's own name between.
        for (int e = kindStart; e >= runStart + 2 && kindStart - e <= 8 && region == null; e--) {
            Gazetteer.NameMatch nm = gazetteer.nameEndingAt(text, e, context);
            if (nm != null && nm.start() >= runStart) {
                region = nm.region();
                start = nm.start();
                middleStart = e;
            }
        }
        if (region == null) {
            // "省沈抚改革创新示范区", "市经开区": 省 or 市 for the context's province or city.
            for (int p = runStart; p < Math.min(kindStart, runStart + 3) && region == null; p++) {
                if ((text.charAt(p) == '省' || text.charAt(p) == '市') && !generic(text, p) && kindStart - p - 1 <= 8) {
                    region = relative(text.charAt(p), context);
                    start = p;
                    middleStart = p + 1;
                }
            }
        }
        String middle = text.substring(middleStart, kindStart);
        boolean cityContext = context != null && (context.level() == Region.Level.PREFECTURE || context.isMunicipality());
        if (region == null && bare && cityContext
                && (CITY_ZONES.contains(kind.group()) && kindStart == runStart
                    || kind.group().equals("新区") && kindStart - runStart >= 2 && text.charAt(kindStart - 1) != '高')) {
            region = context; // "高新区管委会", "江北新区管委会" in a text about the city
            start = kind.group().equals("新区") ? kindStart - 2 : kindStart;
            middle = text.substring(start, kindStart);
        }
        if (region == null || region.isCountry()) {
            return null;
        }
        boolean municipality = region.isMunicipality();
        String zone = switch (kind.group()) {
            case "高新区" -> "高新技术产业开发区";
            case "经开区" -> "经济技术开发区";
            default -> kind.group();
        };
        String where = region.level() == Region.Level.PROVINCE && !municipality ? region.name()
                : region.shortNames().isEmpty() ? region.name() : region.shortNames().get(0);
        return new Found(start, end, agency(where + middle + zone + "管理委员会", region), 1);
    }

    /** Leftmost-longest, then the more specific source. */
    private static List<Found> choose(List<Found> found) {
        found.sort(Comparator.comparingInt((Found f) -> f.start)
                .thenComparing(Comparator.comparingInt((Found f) -> f.end - f.start).reversed())
                .thenComparing(Comparator.comparingInt((Found f) -> f.priority).reversed())
                .thenComparing(f -> f.agency.name()));
        List<Found> out = new ArrayList<>();
        int covered = 0;
        for (Found f : found) {
            if (f.start >= covered) {
                out.add(f);
                covered = f.end;
            } else if (!out.isEmpty() && out.get(out.size() - 1).end == f.end && out.get(out.size() - 1).start < f.start
                    && !out.get(out.size() - 1).agency.name().equals(f.agency.name())) {
                // A distributed list ("福州市、厦门市、泉州市人民政府") shares its end with the longest member.
                out.add(f);
            }
        }
        return out;
    }

    private record Prefix(int start, Region region) {
    }

    /**
     * A body's full name may write the regions around its own before it, as a signature does
     * (成都市武侯区人民政府, 四川省成都市…): the mention starts with the outermost of them, so that the
     * line is read as the body's name alone.
     */
    private int withEnclosingRegions(String text, Found f) {
        Region own = f.agency.region() == null ? null : gazetteer.byCode(f.agency.region());
        int start = f.start;
        if (own == null) {
            return start;
        }
        Prefix outer = regionPrefix(text, start, null);
        while (outer != null && outer.start < start && !outer.region.code().equals(own.code()) && gazetteer.within(own, outer.region)) {
            start = outer.start;
            outer = regionPrefix(text, start, null);
        }
        return start;
    }

    /** The longest region name that ends at {@code end}; county names only within {@code context}. */
    private Prefix regionPrefix(String text, int end, Region context) {
        Gazetteer.NameMatch m = gazetteer.nameEndingAt(text, end, context);
        return m == null ? null : new Prefix(m.start(), m.region());
    }

    private Region exactRegion(String s) {
        return gazetteer.byName(s);
    }

    /** What 省, 市, 区 or 县 refers to when the region is left out; 区/县 may name {@code district} of a city context. */
    private Region relative(char marker, Region context, Region district) {
        if ((marker == '区' || marker == '县') && district != null && context != null
                && context.level() != Region.Level.COUNTY && gazetteer.within(district, context)) {
            return district;
        }
        return relative(marker, context);
    }

    /** What 省, 市, 区 or 县 refers to when the region is left out. */
    private Region relative(char marker, Region context) {
        if (context == null || context.isCountry()) {
            return null;
        }
        switch (marker) {
            case '省':
                Region prov = gazetteer.province(context);
                return prov != null && !prov.isMunicipality() ? prov : null;
            case '市':
                if (context.isMunicipality() || context.level() == Region.Level.PREFECTURE) {
                    return context;
                }
                if (context.level() == Region.Level.COUNTY && context.name().endsWith("市")) {
                    return context; // a county-level city (义乌市, 嵊州市) is the 市 of its own text: 市经信局 is its bureau
                }
                if (context.level() == Region.Level.COUNTY) {
                    Region parent = gazetteer.parent(context);
                    return parent != null && (parent.isMunicipality() || parent.level() == Region.Level.PREFECTURE) ? parent : null;
                }
                return null;
            case '区':
            case '县':
                return context.level() == Region.Level.COUNTY ? context : null;
            default:
                return null;
        }
    }

    /** How an autonomous prefecture's texts refer to it before its bodies (州财政局, 州委), as a city's write 市. */
    private static final char PREFECTURE_MARKER = '州';
    private static final String AUTONOMOUS_PREFECTURE = "自治州";

    /** The autonomous prefecture the context is or lies in (楚雄彝族自治州 for itself and for 楚雄市), or null. */
    private Region autonomousPrefecture(Region context) {
        if (context == null || context.isCountry()) {
            return null;
        }
        Region r = context.level() == Region.Level.COUNTY ? gazetteer.parent(context) : context;
        return r != null && r.level() == Region.Level.PREFECTURE && r.name().endsWith(AUTONOMOUS_PREFECTURE) ? r : null;
    }

    /** The autonomous region the context lies in (内蒙古自治区 for 呼和浩特市), or null when it lies in a province or municipality. */
    private Region autonomousRegion(Region context) {
        if (context == null || context.isCountry()) {
            return null;
        }
        Region province = gazetteer.province(context);
        return province != null && province.name().endsWith(AUTONOMOUS_REGION) ? province : null;
    }

    private static boolean generic(String text, int markerAt) {
        if (markerAt == 0) {
            return false;
        }
        return GENERIC_BEFORE.indexOf(text.charAt(markerAt - 1)) >= 0;
    }

    /**
     * A region as the official names of its bodies write it: a city district carries its
     * city (南京市江宁区人民政府, 北京市海淀区人民政府); counties and the rest stand alone.
     */
    private String official(Region r) {
        if (r.level() == Region.Level.COUNTY && r.name().endsWith("区")) {
            Region city = gazetteer.parent(r);
            if (city != null && (city.isMunicipality() || city.level() == Region.Level.PREFECTURE)
                    && !r.name().startsWith(city.name())) {
                return city.name() + r.name();
            }
        }
        return r.name();
    }

    /** "省发改委(数字办)": a short parenthesis right after a name belongs to it. */
    private static int parentheticalEnd(String text, int end) {
        if (end < text.length() && text.charAt(end) == '(') {
            int close = text.indexOf(')', end);
            if (close > end + 1 && close - end <= 10) {
                String inner = text.substring(end + 1, close);
                if (inner.chars().allMatch(c -> Han.is((char) c))) {
                    return close + 1;
                }
            }
        }
        return end;
    }

    /**
     * The government of a region a list of bodies names by its name alone ("责任单位：市规划资源局、杨浦区"):
     * a district, county or city inside {@code within} (the list's own region) or that region itself, which
     * acts through its people's government (上海市杨浦区人民政府); null when {@code name} is not wholly such a region.
     */
    public Agency government(String name, Region within) {
        if (within == null || name.length() < 2) {
            return null;
        }
        Gazetteer.NameMatch m = gazetteer.nameEndingAt(name, name.length(), within);
        if (m == null || m.start() != 0 || !gazetteer.within(m.region(), within)
                || m.region().level() != Region.Level.COUNTY && m.region().level() != Region.Level.PREFECTURE) {
            return null;
        }
        return agency(official(m.region()) + "人民政府", m.region());
    }

    private Agency agency(String name, Region region) {
        Agency known = directory.byName(name);
        return known != null ? known : new Agency(name, region.code(), null, Agency.Kind.AGENCY);
    }
}
