/**
 * Saved queries: the {@code queries/*.rq} files with their header (title, the question
 * in Chinese and English, parameters, a chart hint), and one runner that binds
 * parameters as RDF nodes (never pasted into the query text) for the command line,
 * the pages and the tests alike.
 */
package org.policykg.query;
