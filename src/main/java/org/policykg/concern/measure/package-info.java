/** Measures: the numbered items of a policy's task sections and a news story's offers, with the money they offer (pol:Support) and the agencies that carry them. */
package org.policykg.concern.measure;
