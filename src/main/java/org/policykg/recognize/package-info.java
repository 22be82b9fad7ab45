/**
 * Stage 3, recognise: dictionary and pattern recognisers that find mentions in
 * paragraphs (regions, agencies, titles, dates, document numbers). They say what
 * the text names, not what it means for a policy; that is resolve's job.
 */
package org.policykg.recognize;
