/**
 * Stage 1, ingest: bytes to a decoded {@link org.policykg.ingest.Source} (UTF-8,
 * UTF-16 with BOM, else GB18030 or Big5 told from the bytes: {@code charsets.tsv}), then the detected format's reader turns it into
 * blocks of visible text that remember their offsets in the file. A JSON record
 * (a law-database export) is shown as the text it holds: its title, dated fields and articles.
 * A saved web page is its title, field table and main text ({@link org.policykg.ingest.PageParts},
 * the portals' names in {@code page-parts.tsv}), without the site's chrome.
 * A PDF and an OFD file (their pages' text) and a Word file (.docx, .doc, .wps, and RTF whatever its
 * name: its paragraphs and tables) are one source each; JSON wrapped in JavaScript ({@code var x = …;},
 * {@code callback(…)}) is read where its value stands; a table of documents (CSV, TSV, every sheet of
 * an XLSX or XLS, JSON Lines, a JSON array of records, a list of records in JavaScript data) gives a source per row ({@link org.policykg.ingest.RowSources}), a cell
 * holding HTML or Markdown read as that markup; {@link org.policykg.ingest.Origin} says where
 * such a source's offsets stand in the original (page, or sheet, row and column).
 */
package org.policykg.ingest;
