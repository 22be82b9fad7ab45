package org.policykg.analysis;

import java.util.List;
import java.util.Map;
import org.policykg.ingest.ParsedDocument;
import org.policykg.ingest.Source;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.DateMention;
import org.policykg.recognize.DocumentNumberMention;
import org.policykg.recognize.RegionMention;
import org.policykg.recognize.TitleMention;
import org.policykg.reference.Region;
import org.policykg.segment.Layout;
import org.policykg.segment.Paragraph;
import org.policykg.structure.Structure;

/**
 * One document segmented and recognised: the shared analysis every concern reads.
 * What the concerns make of it is in their own findings, not here. Each kind of
 * mention is kept as recognised ({@link #agencies()} …) and indexed by paragraph
 * ({@link #agencyIndex()} …) for the look-ups the rules make.
 */
public final class Analysis {
    private final ParsedDocument parsed;
    private final Layout layout;
    private final Mentions<RegionMention> regions;
    private final Mentions<AgencyMention> agencies;
    private final Mentions<TitleMention> titles;
    private final Mentions<DateMention> dates;
    private final Mentions<DocumentNumberMention> numbers;
    private final Map<Integer, Region> itemRegions;
    private final Structure structure;

    /**
     * @param agencies    the bodies it names, completed by the region of their item or section
     * @param itemRegions the region each item is about (by item index), where known
     */
    public Analysis(ParsedDocument parsed, Layout layout, List<RegionMention> regions, List<AgencyMention> agencies,
                    List<TitleMention> titles, List<DateMention> dates, List<DocumentNumberMention> numbers,
                    Map<Integer, Region> itemRegions, Structure structure) {
        this.parsed = parsed;
        this.layout = layout;
        this.regions = new Mentions<>(regions);
        this.agencies = new Mentions<>(agencies);
        this.titles = new Mentions<>(titles);
        this.dates = new Mentions<>(dates);
        this.numbers = new Mentions<>(numbers);
        this.itemRegions = Map.copyOf(itemRegions);
        this.structure = structure;
    }

    /** The document read as an official document: whether it carries policies' own texts, and where. */
    public Structure structure() {
        return structure;
    }

    public ParsedDocument parsed() {
        return parsed;
    }

    public Layout layout() {
        return layout;
    }

    public Source source() {
        return parsed.source();
    }

    public List<Paragraph> paragraphs() {
        return layout.paragraphs();
    }

    public Paragraph paragraph(int i) {
        return layout.paragraphs().get(i);
    }

    public List<RegionMention> regions() {
        return regions.all();
    }

    public List<AgencyMention> agencies() {
        return agencies.all();
    }

    public List<TitleMention> titles() {
        return titles.all();
    }

    public List<DateMention> dates() {
        return dates.all();
    }

    public List<DocumentNumberMention> numbers() {
        return numbers.all();
    }

    public Mentions<RegionMention> regionIndex() {
        return regions;
    }

    public Mentions<AgencyMention> agencyIndex() {
        return agencies;
    }

    public Mentions<TitleMention> titleIndex() {
        return titles;
    }

    public Mentions<DateMention> dateIndex() {
        return dates;
    }

    public Mentions<DocumentNumberMention> numberIndex() {
        return numbers;
    }

    /** The region each item is about (by item index), where known. */
    public Map<Integer, Region> itemRegions() {
        return itemRegions;
    }
}
