/**
 * Stage 1, ingest: bytes to a decoded {@link org.policykg.ingest.Source} (UTF-8,
 * UTF-16 with BOM, GB18030), then the detected format's reader turns it into
 * blocks of visible text that remember their offsets in the file. A JSON record
 * (a law-database export) is shown as the text it holds: its title, dated fields and articles.
 */
package org.policykg.ingest;
