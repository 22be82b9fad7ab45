package org.policykg.pipeline;

import org.policykg.rdf.CountingStream;

/**
 * What a run did, as the runner saw it: documents read, failed, their characters, the
 * time. Quads and policies are counted on the way out by whoever wraps the stream
 * ({@link CountingStream}); {@link #line} joins the two for the one line printed at the end.
 */
public record Summary(int documents, int failed, long characters, long millis) {
    public String line(CountingStream.Counts counted) {
        return String.format("%d documents (%d failed), %,d characters, %,d quads, %d policies in %.1f s",
                documents, failed, characters, counted.quads(), counted.policies(), millis / 1000.0);
    }
}
