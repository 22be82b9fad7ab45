package org.policykg.pipeline;

import java.io.PrintStream;
import org.policykg.ingest.InputException;

/**
 * What happens when a document cannot be read or extracted. The CLI reports
 * and goes on (every other document is still written); tests run strict.
 */
public interface ErrorPolicy {
    void failed(InputException e);

    /** One line per failure on {@code err}: "error: FILE: REASON". */
    static ErrorPolicy report(PrintStream err) {
        return e -> err.println("error: " + e.describe());
    }

    /** Throws on the first failure. */
    static ErrorPolicy strict() {
        return e -> {
            throw new IllegalStateException(e.describe(), e);
        };
    }
}
