package org.policykg.pipeline;

/** What a run did: the one line printed at its end. */
public record Summary(int documents, int failed, long characters, int quads, int policies, long millis) {
    public String line() {
        return String.format("%d documents (%d failed), %,d characters, %,d quads, %d policies in %.1f s",
                documents, failed, characters, quads, policies, millis / 1000.0);
    }
}
