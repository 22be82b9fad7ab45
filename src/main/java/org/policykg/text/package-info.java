/**
 * The analysis text model: {@link org.policykg.text.MappedText} keeps, for every
 * char the analysis sees, the span of the original file it came from, so evidence
 * offsets survive markup removal, folding, conversion and line joining.
 */
package org.policykg.text;
