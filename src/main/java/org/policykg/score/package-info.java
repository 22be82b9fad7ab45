/**
 * What a concern's scorer works with: the annotations, a document's view of the written graph
 * (read back through SPARQL), scores by class and attribute, and the shared ways of pairing
 * annotated and extracted values.
 */
package org.policykg.score;
