package org.policykg.pipeline;

import java.io.PrintStream;
import org.policykg.ingest.InputException;

/**
 * What happens when a document cannot be read or extracted. The CLI reports
 * and goes on (every other document is still written); tests run strict.
 */
public interface ErrorPolicy {
    void failed(InputException e);

    /** A document read with something left out (its text is still extracted); ignored unless reported. */
    default void warned(String file, String reason) {
    }

    /** One line per failure on {@code err}, "error: FILE: REASON", and per warning, "warning: FILE: REASON". */
    static ErrorPolicy report(PrintStream err) {
        return new ErrorPolicy() {
            @Override
            public void failed(InputException e) {
                err.println("error: " + e.describe());
            }

            @Override
            public void warned(String file, String reason) {
                err.println("warning: " + file + ": " + reason);
            }
        };
    }

    /** Throws on the first failure. */
    static ErrorPolicy strict() {
        return e -> {
            throw new IllegalStateException(e.describe(), e);
        };
    }
}
