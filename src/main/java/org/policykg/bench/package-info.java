/**
 * Benchmarks behind the bench and bench-serve commands (figures in the README):
 * extraction throughput on the seeds copied to a given size, and the server's time
 * to ready and resource-page latency under concurrent clients.
 */
package org.policykg.bench;
