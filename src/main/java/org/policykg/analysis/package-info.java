/**
 * The shared analysis below the concerns: a document segmented and recognised (regions,
 * agencies completed by their item's region, titles, dates, numbers), the region each item is
 * about, and the values every concern uses ({@link org.policykg.analysis.Fact},
 * {@link org.policykg.analysis.Evidence}, {@link org.policykg.analysis.TitleKey},
 * {@link org.policykg.analysis.Sentences}). {@link org.policykg.analysis.Context} carries the
 * gazetteer, directories and lexicon, built once and injected.
 */
package org.policykg.analysis;
