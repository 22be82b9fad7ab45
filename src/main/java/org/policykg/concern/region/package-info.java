/** Every region a document names, with its evidence; labels and codes are reference data. */
package org.policykg.concern.region;
