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
 * @param own          when the document carries the policy's own text: where, and how it is labelled; else null
 * @param links        the policies it implements, repeals or amends, and when it takes effect
 */
public record PolicyFacts(String key, String title, SortedSet<String> aliases, DocumentTypes.PolicyType type,
                          Fact<String> documentNumber, Fact<LocalDate> issued, Fact<Integer> startYear,
                          Fact<Integer> endYear, Fact<LocalDate> validUntil, List<Fact<Agency>> issuers,
                          Fact<Region> jurisdiction, List<Evidence> mentions, SortedSet<Integer> items, Own own,
                          Links links) {
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
        Objects.requireNonNull(links);
    }

    /** Whether its label is a title the text states or one made from its region and type. */
    public enum LabelSource {
        STATED, DERIVED
    }

    /**
     * The policy's own text in this document.
     *
     * @param evidence where the text shows it is the policy's own (its title line, or 本办法)
     * @param first    first paragraph of its text
     * @param last     last paragraph of its text, inclusive
     * @param decides  whether the text is a decision on other policies (停止执行《X》第5条): the clauses
     *                 it quotes are theirs, it sets no measures of its own
     * @param body     first paragraph of its own body (its title line under a notice that prints it, whose own
     *                 numbered paragraphs are not its items), else {@code first}
     */
    public record Own(LabelSource labelSource, Evidence evidence, int first, int last, boolean decides, int body) {
        public Own(LabelSource labelSource, Evidence evidence, int first, int last, boolean decides) {
            this(labelSource, evidence, first, last, decides, first);
        }

        /** Whether the paragraph sets out the policy's own text; a decision's paragraphs quote other policies' clauses. */
        public boolean contains(int paragraph) {
            return !decides && first <= paragraph && paragraph <= last;
        }
    }

    /** What the policy says of others and of its force: each a fact with the span that states it. */
    public record Links(List<Fact<String>> implementsKeys, List<Fact<String>> repeals, List<Fact<String>> amends,
                        Fact<LocalDate> inForceFrom) {
        public Links {
            implementsKeys = List.copyOf(implementsKeys);
            repeals = List.copyOf(repeals);
            amends = List.copyOf(amends);
        }

        public static Links none() {
            return new Links(List.of(), List.of(), List.of(), null);
        }
    }
}
