package org.policykg.concern.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import org.policykg.reference.Agency;
import org.policykg.reference.DocumentTypes;
import org.policykg.reference.Region;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;

/**
 * Everything one document says about one policy.
 *
 * @param key          identity key; the same policy in another document gets the same key
 * @param title        the fullest title the document uses (simplified, without 《》)
 * @param aliases      other forms the document uses (short titles, 《方案》, AI十八条)
 * @param type         the type word its title ends with, if known
 * @param items        indices of the items whose subject the policy is
 * @param mentions     every span that names the policy
 */
public record PolicyFacts(String key, String title, SortedSet<String> aliases, DocumentTypes.PolicyType type,
                          Fact<String> documentNumber, Fact<LocalDate> issued, Fact<Integer> startYear,
                          Fact<Integer> endYear, Fact<LocalDate> validUntil, List<Fact<Agency>> issuers,
                          Fact<Region> jurisdiction, List<Evidence> mentions, SortedSet<Integer> items) {
    public PolicyFacts {
        Objects.requireNonNull(key);
        Objects.requireNonNull(title);
        aliases = java.util.Collections.unmodifiableSortedSet(aliases);
        issuers = List.copyOf(issuers);
        mentions = List.copyOf(mentions);
        items = java.util.Collections.unmodifiableSortedSet(items);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("policy " + title + " has no evidence");
        }
    }
}
