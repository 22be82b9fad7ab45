/**
 * Stage 8, serve: an embedded Fuseki over the store, read-only, with the linked-data
 * pages, search, saved-query pages and the SPARQL editor around it. Every page is
 * rendered on the server from RDF terms that are escaped for where they land
 * ({@link org.policykg.serve.Html}); request parameters reach SPARQL only as bound
 * RDF terms, never as query text. Every public query is bounded: it runs on a worker
 * under a wall-clock bound kept outside it ({@link org.policykg.serve.QueryBound}), with
 * allowed functions only and bounded regular expressions and strings
 * ({@link org.policykg.serve.QueryRules}, {@link org.policykg.serve.SafeFunctions}),
 * and its results are complete before they are sent ({@link org.policykg.serve.QueryGuard}).
 */
package org.policykg.serve;
