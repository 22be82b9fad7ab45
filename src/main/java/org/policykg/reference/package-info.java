/**
 * Reference data the stages look things up in: the gazetteer of administrative
 * divisions, the directory of agencies and their abbreviations, and the words
 * that give a title its document type. Loaded once, read-only, thread-safe.
 */
package org.policykg.reference;
