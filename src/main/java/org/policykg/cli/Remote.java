package org.policykg.cli;

import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/** How a failed request to a SPARQL endpoint is told on one line. */
final class Remote {
    private Remote() {
    }

    /** The status and the root cause: "Connection refused" says more than "Unexpected error making the query". */
    static String reason(QueryExceptionHTTP e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return (e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " : "")
                + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip());
    }
}
