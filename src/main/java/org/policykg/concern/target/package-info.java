/** Targets: quantified goals a goal verb governs (GoalSentences), with metric (Metrics), unit, comparator, deadline and its source (Deadlines), owned by the policy that states them (Owner); statistics, offers and structure counts are not targets. */
package org.policykg.concern.target;
