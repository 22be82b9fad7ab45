package org.policykg.concern.report;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import org.policykg.reference.Agency;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;

/** What one document says about a report (white paper, index, bulletin): cited, not a policy. */
public record ReportFacts(String key, String title, SortedSet<String> aliases, List<Fact<Agency>> publishers,
                          List<Evidence> mentions, SortedSet<Integer> items) {
    public ReportFacts {
        Objects.requireNonNull(key);
        Objects.requireNonNull(title);
        aliases = java.util.Collections.unmodifiableSortedSet(aliases);
        publishers = List.copyOf(publishers);
        mentions = List.copyOf(mentions);
        items = java.util.Collections.unmodifiableSortedSet(items);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("report " + title + " has no evidence");
        }
    }
}
