package org.policykg.publish;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;

/**
 * How a request to the endpoint is retried: a 5xx answer or a failed connection is tried
 * again after a pause that doubles each time ({@code first}, 2×, 4× ...), at most
 * {@code attempts} times in all; a 4xx answer is final at once (401/403 named as refused
 * credentials), since sending the same request again cannot change it.
 *
 * @param sleeper how a pause is taken (tests pass one that records instead of sleeping)
 */
public record Retry(int attempts, Duration first, Sleeper sleeper) {
    public Retry {
        if (attempts < 1 || first.isNegative()) {
            throw new IllegalArgumentException("attempts must be at least 1 and the pause not negative");
        }
    }

    public Retry(int attempts, Duration first) {
        this(attempts, first, Thread::sleep);
    }

    /** Pauses between attempts. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** Runs {@code request}; {@code what} names it in the error ("PUT <graph> to URL"). */
    public <T> T run(String what, Supplier<T> request) {
        long pause = first.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (HttpException e) {
                int status = e.getStatusCode();
                if (status == 401 || status == 403) {
                    throw new PublishException(what + ": the endpoint refused the credentials (HTTP " + status
                            + "); give --user and --password of an account allowed to write", e);
                }
                boolean transientError = status >= 500 || status <= 0;
                if (!transientError || attempt >= attempts) {
                    throw new PublishException(what + ": " + describe(e, attempt), e);
                }
            }
            try {
                sleeper.sleep(pause);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new PublishException(what + ": interrupted", ie);
            }
            pause *= 2;
        }
    }

    /** The reason in words: the status and message, or the connection error at the root. */
    static String describe(HttpException e, int attempts) {
        String tries = attempts > 1 ? " (after " + attempts + " attempts)" : "";
        if (e.getStatusCode() > 0) {
            String body = e.getResponse() == null ? "" : e.getResponse().strip();
            if (body.length() > 300) {
                body = body.substring(0, 300) + "…";
            }
            return "HTTP " + e.getStatusCode() + (body.isEmpty() ? "" : " " + body.replaceAll("\\s+", " ")) + tries;
        }
        // Java's client wraps a refused connection as ConnectException over a ClosedChannelException:
        // any of them on the way down means the endpoint was not reached.
        Throwable root = e;
        Throwable connect = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (connect == null && (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof java.nio.channels.ClosedChannelException)) {
                connect = t;
            }
            root = t;
        }
        if (connect != null) {
            return "cannot reach the endpoint (" + (connect.getMessage() == null ? "connection refused" : connect.getMessage()) + ")" + tries;
        }
        return (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()) + tries;
    }
}
