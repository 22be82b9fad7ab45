/**
 * The quality report: the extraction of the seeds compared with the project's
 * own annotations (eval/annotations), as precision, recall and F1 per class
 * and per attribute.
 */
package org.policykg.eval;
