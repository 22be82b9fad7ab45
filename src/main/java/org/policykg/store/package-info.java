/**
 * Stage 7, store: the extracted graph loaded into a TDB2 database with a Chinese
 * full-text index, beside the dumps and the source files it quotes. A store is
 * named by the content hash of its inputs and the code that read them; it is built
 * in a fresh folder and only then made current, so a server never opens a half-built one.
 */
package org.policykg.store;
