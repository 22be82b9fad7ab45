package org.policykg.cli;

/** Exit codes of every command (also listed in the README). */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** The command ran, but some input failed: a document could not be extracted, a graph does not conform. */
    public static final int INPUT_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Output could not be written, or a required file could not be read. */
    public static final int IO = 3;
    /** A bug in policykg (an unexpected exception), reported with its stack trace. */
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
