package org.policykg.ingest;

/** A document that cannot be read: the message names the reason, the file is named by the caller. */
public final class InputException extends Exception {
    private final String file;

    public InputException(String file, String reason) {
        super(reason);
        this.file = file;
    }

    public InputException(String file, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
    }

    public String file() {
        return file;
    }

    public String reason() {
        return getMessage();
    }

    /** One line: "file: reason". */
    public String describe() {
        return file + ": " + getMessage();
    }
}
