/**
 * The registry of concerns ({@link org.policykg.extract.Concerns}): every concern in an order
 * where each follows the ones it needs, read by the pipeline, the golden tests and eval.
 */
package org.policykg.extract;
