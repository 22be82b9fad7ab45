package org.policykg.recognize;

import org.policykg.segment.Range;

/**
 * An issuing number such as 沪府〔2023〕51号, normalised to the 〔〕 form.
 *
 * @param prefix the issuer code before the year (沪府, 川经信信安)
 */
public record DocumentNumberMention(int paragraph, Range range, String number, String prefix, int year) implements Mention {
}
