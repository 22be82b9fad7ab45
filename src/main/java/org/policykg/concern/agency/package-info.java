/** Every government body (and known organisation) a document names, under its full official name. */
package org.policykg.concern.agency;
