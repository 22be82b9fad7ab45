/**
 * Stage 2, segment: blocks become normalised {@link org.policykg.segment.Paragraph}s
 * (sentences broken by page breaks re-joined) grouped into {@link org.policykg.segment.Item}s,
 * so every later stage knows which article a sentence belongs to.
 */
package org.policykg.segment;
