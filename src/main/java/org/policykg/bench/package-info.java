/**
 * Benchmarks behind the bench, bench-heap, bench-serve and bench-hostile commands (figures
 * in the README): extraction throughput on the seeds copied to a given size, peak heap of
 * the extract command in fresh JVMs as the corpus grows, the server's time to ready and
 * resource-page latency under concurrent clients, and hostile requests alone and at once.
 */
package org.policykg.bench;
