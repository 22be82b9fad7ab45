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

    /**
     * One line per failure on {@code err}, "error: FILE: REASON", and per warning, "warning: FILE:
     * REASON". Control characters (a newline in a file name could otherwise forge a line of its
     * own) are shown escaped.
     */
    static ErrorPolicy report(PrintStream err) {
        return new ErrorPolicy() {
            @Override
            public void failed(InputException e) {
                err.println("error: " + oneLine(e.describe()));
            }

            @Override
            public void warned(String file, String reason) {
                err.println("warning: " + oneLine(file + ": " + reason));
            }
        };
    }

    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029) {
                b.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** Throws on the first failure. */
    static ErrorPolicy strict() {
        return e -> {
            throw new IllegalStateException(e.describe(), e);
        };
    }
}
