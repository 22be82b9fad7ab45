/** The document itself: title, date, publisher, authors, address, from front matter, field tables, bylines, mastheads and source lines. */
package org.policykg.concern.document;
