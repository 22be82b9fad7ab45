/** Measures: the numbered items of a policy's task sections (NumberedItems), the articles of rules and regulations (Articles) and a news story's offers (StoryOffers), with the money they offer (Money, pol:Support) and the agencies that carry them (ResponsibilityNotes). */
package org.policykg.concern.measure;
