/** Companies: names by stock code, legal form, listed-company phrasing, lists and the directory; short forms, stock codes, partners. */
package org.policykg.concern.company;
