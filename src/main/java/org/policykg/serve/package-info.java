/**
 * Stage 8, serve: an embedded Fuseki over the store, read-only, with the linked-data
 * pages, search, saved-query pages and the SPARQL editor around it. Every page is
 * rendered on the server from RDF terms that are escaped for where they land
 * ({@link org.policykg.serve.Html}); request parameters reach SPARQL only as bound
 * RDF terms, never as query text.
 */
package org.policykg.serve;
