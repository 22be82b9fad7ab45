/**
 * Stage 7, store: the extracted graph loaded into a TDB2 database with a Chinese
 * full-text index, beside the dumps and the source files it quotes. A store belongs to
 * one version of the code: it is first built in a fresh folder (through Jena's bulk
 * loader) and only then made current, so a server never opens a half-built one; later
 * changes of the inputs are applied to it in place, document graph by document graph,
 * in TDB2 transactions, with a journal that makes an interrupted update finish on the
 * next open.
 */
package org.policykg.store;
