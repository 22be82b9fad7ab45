package org.policykg.concern.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import org.policykg.reference.Agency;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;

/**
 * One measure of a policy: a leaf item of its numbered text, or a money offer a
 * news story describes.
 *
 * @param policy      key of the policy
 * @param ordinal     the number as written ("12.", "(三)"), or null for an unnumbered offer
 * @param position    order among the policy's measures in this document, from 1
 * @param localKey    what makes the measure's IRI unique within the policy
 * @param lead        agencies the text marks as leading (牵头)
 * @param participating agencies the text marks as taking part (参与, 配合)
 * @param responsible the other agencies named as responsible (责任单位, 负责)
 */
public record MeasureFacts(String policy, String ordinal, int position, String localKey, String heading,
                           String section, String subsection, Evidence evidence, List<Support> supports,
                           List<Fact<Agency>> lead, List<Fact<Agency>> participating, List<Fact<Agency>> responsible) {
    public MeasureFacts {
        Objects.requireNonNull(policy);
        Objects.requireNonNull(localKey);
        Objects.requireNonNull(evidence);
        supports = List.copyOf(supports);
        lead = List.copyOf(lead);
        participating = List.copyOf(participating);
        responsible = List.copyOf(responsible);
    }

    /** The largest cap any of its offers states. */
    public BigDecimal maxAmount() {
        return supports.stream().map(Support::amount).filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(null);
    }

    /** The largest share any of its offers states. */
    public BigDecimal maxRatio() {
        return supports.stream().map(Support::ratio).filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(null);
    }

    /**
     * One offer of money: a cap and/or a share, the period the cap applies to, how
     * the money is given and to whom (concept local names of ontology/concepts.ttl).
     */
    public record Support(BigDecimal amount, BigDecimal ratio, String capPeriod, SortedSet<String> instruments,
                          SortedSet<String> beneficiaries, String expression, Evidence evidence) {
        public Support {
            Objects.requireNonNull(evidence);
            instruments = java.util.Collections.unmodifiableSortedSet(instruments);
            beneficiaries = java.util.Collections.unmodifiableSortedSet(beneficiaries);
            if (amount == null && ratio == null && instruments.isEmpty()) {
                throw new IllegalArgumentException("a support offers an amount, a share or an instrument");
            }
        }
    }
}
