/**
 * Benchmarks behind the bench, bench-heap and bench-serve commands (figures in the
 * README): extraction throughput on the seeds copied to a given size, peak heap of the
 * extract command in fresh JVMs as the corpus grows, and the server's time to ready
 * and resource-page latency under concurrent clients.
 */
package org.policykg.bench;
