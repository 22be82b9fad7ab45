package org.policykg.cli;

import java.io.PrintStream;

/** The streams a command writes to; injected so tests can read them. */
public record Io(PrintStream out, PrintStream err, boolean terminal) {
    public static Io system() {
        return new Io(System.out, System.err, System.console() != null);
    }
}
