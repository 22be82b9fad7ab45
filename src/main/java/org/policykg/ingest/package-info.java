/**
 * Stage 1, ingest: bytes to a decoded {@link org.policykg.ingest.Source} (UTF-8,
 * UTF-16 with BOM, GB18030), then the detected format's reader turns it into
 * blocks of visible text that remember their offsets in the file. A JSON record
 * (a law-database export) is shown as the text it holds: its title, dated fields and articles.
 * A PDF (its pages' text layer) and a Word file (its paragraphs and tables) are one source each;
 * a table of documents (CSV, TSV, XLSX, JSON Lines, a JSON array of records) gives a source per
 * row ({@link org.policykg.ingest.RowSources}); {@link org.policykg.ingest.Origin} says where
 * such a source's offsets stand in the original (page, or row and column).
 */
package org.policykg.ingest;
