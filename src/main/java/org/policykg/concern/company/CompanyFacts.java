package org.policykg.concern.company;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import org.policykg.analysis.Evidence;

/**
 * A company as one document names it.
 *
 * @param name      its fullest form (or the usual name of a well-known company)
 * @param en        English name where known, else null
 * @param stockCode exchange prefix and code ("SH.688318") if the text gives one, else null
 * @param partners  names of the companies the text says it cooperates with
 */
public record CompanyFacts(String name, String en, SortedSet<String> aliases, String stockCode,
                           Evidence stockCodeEvidence, List<Evidence> mentions, SortedSet<String> partners,
                           List<Evidence> partnerEvidence) {
    public CompanyFacts {
        Objects.requireNonNull(name);
        aliases = java.util.Collections.unmodifiableSortedSet(aliases);
        mentions = List.copyOf(mentions);
        partners = java.util.Collections.unmodifiableSortedSet(partners);
        partnerEvidence = List.copyOf(partnerEvidence);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("company " + name + " has no evidence");
        }
    }
}
