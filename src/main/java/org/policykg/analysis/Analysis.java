package org.policykg.resolve;

import java.util.List;
import java.util.Map;
import org.policykg.ingest.ParsedDocument;
import org.policykg.ingest.Source;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.Region;
import org.policykg.segment.Layout;

/**
 * One document understood: its layout, what it names and what it says about
 * the policies and reports it names. Extractors read this and emit RDF.
 *
 * @param itemRegions the region each item is about (by item index), where known
 * @param subjects    the key of the policy or report each item is about (by item index), where known
 * @param targets     the quantified goals the document states
 * @param measures    the measures of the policies, numbered or offered in news text
 * @param companies   the enterprises the document names
 */
public record Analysis(ParsedDocument parsed, Layout layout, DocumentFacts document, List<RegionMention> regions,
                       List<AgencyMention> agencies, Map<Integer, Region> itemRegions, List<PolicyFacts> policies,
                       List<ReportFacts> reports, Map<Integer, String> subjects, List<TargetFacts> targets,
                       List<MeasureFacts> measures, List<CompanyFacts> companies) {
    public Analysis {
        regions = List.copyOf(regions);
        agencies = List.copyOf(agencies);
        itemRegions = Map.copyOf(itemRegions);
        policies = List.copyOf(policies);
        reports = List.copyOf(reports);
        subjects = Map.copyOf(subjects);
        targets = List.copyOf(targets);
        measures = List.copyOf(measures);
        companies = List.copyOf(companies);
    }

    public Source source() {
        return parsed.source();
    }
}
