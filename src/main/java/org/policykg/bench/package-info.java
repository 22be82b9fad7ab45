/** The extraction benchmark behind the bench command (figures in the README). */
package org.policykg.bench;
