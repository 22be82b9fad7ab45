/**
 * Runs the stages over many files with one error policy: inputs are collected
 * (folders walked, unreadable entries reported), each document is extracted in
 * isolation on a pool and streamed on in written order as soon as it is done,
 * and a summary line reports what was done.
 */
package org.policykg.pipeline;
