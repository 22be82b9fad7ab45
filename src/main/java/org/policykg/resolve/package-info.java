/**
 * Stage 4, resolve: decides what the mentions mean. Which region each item is
 * about, which titles are one policy (across forms, and across documents through
 * a stable key), who issued it, when, under which number, for which period and
 * region, and which reports are cited. The result is an {@link org.policykg.resolve.Analysis}.
 */
package org.policykg.resolve;
