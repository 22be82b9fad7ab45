/**
 * Publishing the graph to a SPARQL 1.1 Graph Store Protocol endpoint (Virtuoso, Fuseki,
 * GraphDB, ...): each document's named graph is PUT whole when its content hash differs
 * from the one the endpoint's manifest graph records, a graph whose document is gone is
 * deleted, and every request is retried with backoff on 5xx and connection errors. The
 * manifest lives at the endpoint, beside the data it describes, so a wiped endpoint is
 * published again in full and an interrupted publish resumes where it stopped.
 */
package org.policykg.publish;
