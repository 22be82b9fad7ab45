/** Targets: quantified goals a goal verb governs, with metric, unit, comparator, deadline and its source; statistics, offers and structure counts are not targets. */
package org.policykg.concern.target;
