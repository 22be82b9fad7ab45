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

/**
 * One document segmented and recognised: the shared analysis every concern reads.
 * What the concerns make of it is in their own findings, not here.
 *
 * @param regions     the regions it names
 * @param agencies    the bodies it names, completed by the region of their item or section
 * @param titles      the titles of documents it names (policies, reports, generic references)
 * @param itemRegions the region each item is about (by item index), where known
 */
public record Analysis(ParsedDocument parsed, Layout layout, List<RegionMention> regions, List<AgencyMention> agencies,
                       List<TitleMention> titles, List<DateMention> dates, List<DocumentNumberMention> numbers,
                       Map<Integer, Region> itemRegions) {
    public Analysis {
        regions = List.copyOf(regions);
        agencies = List.copyOf(agencies);
        titles = List.copyOf(titles);
        dates = List.copyOf(dates);
        numbers = List.copyOf(numbers);
        itemRegions = Map.copyOf(itemRegions);
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
}
