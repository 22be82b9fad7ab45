/** Checks written graphs against the SHACL shapes in ontology/shapes.ttl. */
package org.policykg.validate;
