/** Reports (white papers, bulletins, indices): the report mentions the policy concern grouped, with who published them (Publishers). */
package org.policykg.concern.report;
