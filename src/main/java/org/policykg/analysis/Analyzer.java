package org.policykg.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policykg.ingest.ParsedDocument;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.AgencyRecognizer;
import org.policykg.recognize.DateMention;
import org.policykg.recognize.DateRecognizer;
import org.policykg.recognize.DocumentNumberMention;
import org.policykg.recognize.DocumentNumberRecognizer;
import org.policykg.recognize.RegionMention;
import org.policykg.recognize.RegionRecognizer;
import org.policykg.recognize.TitleMention;
import org.policykg.recognize.TitleRecognizer;
import org.policykg.reference.Region;
import org.policykg.segment.Layout;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Segmenter;
import org.policykg.structure.Structure;
import org.policykg.structure.StructureReader;

/**
 * Segments a parsed document, runs the recognisers and reads its structure as an
 * official document: the shared {@link Analysis} below the concerns. Thread-safe: all state is per call.
 */
public final class Analyzer {
    private final Context context;
    private final Segmenter segmenter;
    private final RegionRecognizer regions;
    private final AgencyRecognizer agencies;
    private final TitleRecognizer titles = new TitleRecognizer();
    private final DateRecognizer dates = new DateRecognizer();
    private final DocumentNumberRecognizer numbers = new DocumentNumberRecognizer();
    private final StructureReader structure;

    public Analyzer(Context context) {
        this.context = context;
        this.segmenter = new Segmenter(context.cues());
        this.regions = new RegionRecognizer(context.gazetteer());
        this.agencies = new AgencyRecognizer(context.gazetteer(), context.agencies());
        this.structure = new StructureReader(context.cues());
    }

    public Context context() {
        return context;
    }

    public Analysis analyze(ParsedDocument doc) {
        Layout layout = segmenter.segment(doc);
        List<Paragraph> ps = layout.paragraphs();
        List<RegionMention> regionMentions = regions.recognize(ps);
        List<TitleMention> titleMentions = new ArrayList<>();
        List<DateMention> dateMentions = new ArrayList<>();
        List<DocumentNumberMention> numberMentions = new ArrayList<>();
        List<AgencyMention> explicit = new ArrayList<>();
        for (Paragraph p : ps) {
            titleMentions.addAll(titles.recognize(p));
            if (p.string().contains(TitleRecognizer.WORK_REPORT)) {
                titleMentions.addAll(titles.workReports(p, regionMentions.stream().filter(r -> r.paragraph() == p.index()).toList()));
            }
            if (p.string().contains(TitleRecognizer.POLICY_ADDRESS)) {
                titleMentions.addAll(titles.policyAddresses(p));
            }
            dateMentions.addAll(dates.recognize(p));
            numberMentions.addAll(numbers.recognize(p));
        }
        // Agencies named in full where an item starts tell the item's region (ContextResolver).
        for (var it : layout.items()) {
            for (int i = it.first(); i <= Math.min(it.last(), it.first() + ContextResolver.OPENING); i++) {
                explicit.addAll(agencies.recognize(ps.get(i), null));
            }
        }
        ContextResolver contexts = new ContextResolver(context.gazetteer());
        Map<Integer, Region> itemRegions = contexts.resolve(layout, titleMentions, numberMentions, explicit, regionMentions);
        Map<Integer, Region> sectionRegions = contexts.sections(layout, regionMentions);
        Map<Integer, Region> nameRegions = contexts.forNames(layout, itemRegions, regionMentions);
        Map<Integer, Region> districts = contexts.districts(layout, itemRegions, regionMentions);
        List<AgencyMention> agencyMentions = new ArrayList<>();
        for (Paragraph p : ps) {
            int item = layout.itemOf(p.index()).index();
            Region context = sectionRegions.getOrDefault(p.index(), nameRegions.get(item));
            List<AgencyMention> found = agencies.recognize(p, context, sectionRegions.containsKey(p.index()) ? null : districts.get(item));
            for (AgencyMention m : found) {
                if (!insideTitle(m, p, titleMentions, found)) {
                    agencyMentions.add(m);
                }
            }
        }
        agencyMentions = DefinedAgencies.apply(ps, agencyMentions);
        Structure structure = this.structure.read(layout, titleMentions, itemRegions, regionMentions);
        // A title line the structure found in plain text is a title mention like any other.
        for (Structure.Part part : structure.parts()) {
            if (part.title() != null && !titleMentions.contains(part.title())) {
                titleMentions.add(part.title());
            }
            for (TitleMention v : part.variants()) {
                if (!titleMentions.contains(v)) {
                    titleMentions.add(v);
                }
            }
        }
        titleMentions.sort(java.util.Comparator.comparingInt(TitleMention::paragraph)
                .thenComparingInt(t -> t.range().start()));
        return new Analysis(doc, layout, regionMentions, agencyMentions, titleMentions, dateMentions, numberMentions,
                itemRegions, structure);
    }

    /** After a title's issuer: 关于, or 等部门关于 / 等六部门关于 when it leads several. */
    private static final java.util.regex.Pattern ISSUER_END = java.util.regex.Pattern.compile(
            "关于|等(?:[0-9一二三四五六七八九十]+个?)?部(?:门|委)关于");

    /**
     * A name inside a title is part of the title (《贵阳市政府数据共享开放条例》 is
     * about government data), unless the title opens with its issuer: 中央网信办关于…,
     * 国家发展改革委等部门关于….
     */
    private static boolean insideTitle(AgencyMention m, Paragraph p, List<TitleMention> titles, List<AgencyMention> found) {
        for (TitleMention t : titles) {
            if (t.paragraph() == m.paragraph() && t.range().start() <= m.range().start()
                    && m.range().end() <= t.range().end() && t.source() != TitleMention.Source.ISSUANCE) {
                return !issuerPrefix(m, p, t, found);
            }
        }
        return false;
    }

    /**
     * Whether a name is one of the issuers a title opens with: 中央网信办关于…, and co-issuers in a row
     * (中共中央 国务院关于…, 工业和信息化部办公厅 市场监管总局办公厅关于…, the space between them dropped or a 、).
     */
    private static boolean issuerPrefix(AgencyMention m, Paragraph p, TitleMention t, List<AgencyMention> found) {
        String text = p.string();
        int at = t.range().start();
        boolean in = false;
        for (int guard = 0; guard < MAX_ISSUERS && at < t.range().end(); guard++) {
            AgencyMention next = null;
            for (AgencyMention a : found) {
                if (a.range().start() == at && (next == null || a.range().end() > next.range().end())) {
                    next = a;
                }
            }
            if (next == null) {
                return false;
            }
            in |= next.range().equals(m.range());
            at = next.range().end();
            if (ISSUER_END.matcher(text).region(at, text.length()).lookingAt()) {
                return in;
            }
            if (at < text.length() && text.charAt(at) == '、') {
                at++;
            }
        }
        return false;
    }

    /** Co-issuers a title may open with (a joint document of many departments names them all). */
    private static final int MAX_ISSUERS = 12;
}
