package org.policykg.publish;

/** A publish that cannot go on: the endpoint is unreachable, refuses the credentials, or rejects a graph. */
public final class PublishException extends RuntimeException {
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
