/**
 * Benchmarks behind the bench, bench-heap, bench-serve, bench-hostile, bench-store and bench-scale
 * commands (figures in the README): extraction throughput on the seeds copied to a given size,
 * peak heap of the extract command in fresh JVMs as the corpus grows, the server's time to ready
 * and resource-page latency under concurrent clients, hostile requests alone and at once, the
 * store's build against Jena's bulk loaders and its update in place against a full build, and the
 * capacity plan: corpora of real-like documents made from the shared corpus, extracted, stored and
 * served at several sizes.
 */
package org.policykg.bench;
