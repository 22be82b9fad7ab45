/**
 * Finds quantities (amounts of money, percentages, compute, power, mass, bandwidth, time,
 * counts and index values) in Chinese policy text and normalises them to base units with
 * exact {@link java.math.BigDecimal} values. It reads how policy documents write numbers in
 * general (numerals, scales, ranges, comparators, units), not particular documents, and uses
 * only {@code java.base}. Its words are data beside it: {@code units.tsv} (unit and counter
 * words) and {@code context-words.tsv} (the words around a number that decide its reading).
 */
package org.policykg.quantity;
