package org.policykg.extract;

import java.util.List;

/** The registry: every extractor the pipeline runs, in order. */
public final class Extractors {
    private Extractors() {
    }

    public static List<Extractor> defaults() {
        return List.of(
                new DocumentExtractor(),
                new RegionExtractor(),
                new AgencyExtractor(),
                new PolicyExtractor(),
                new ReportExtractor(),
                new TargetExtractor(),
                new MeasureExtractor(),
                new CompanyExtractor());
    }
}
