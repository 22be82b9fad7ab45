/** Policies: title mentions grouped into one node per policy (TitleClauses, Grouping, Aliases), with issuers, dates, number, period, jurisdiction, aliases and validity; the subject of each item. */
package org.policykg.concern.policy;
