package org.policykg.serve;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** Content negotiation for resources: a suffix wins, else the Accept header's best match. */
enum Conneg {
    HTML("text/html; charset=utf-8", null, null),
    TURTLE("text/turtle; charset=utf-8", ".ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", ".jsonld", RDFFormat.JSONLD11),
    NTRIPLES("application/n-triples", ".nt", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", ".rdf", RDFFormat.RDFXML_PLAIN);

    final String contentType;
    final String suffix;
    final RDFFormat format;

    Conneg(String contentType, String suffix, RDFFormat format) {
        this.contentType = contentType;
        this.suffix = suffix;
        this.format = format;
    }

    static Conneg bySuffix(String path) {
        for (Conneg c : values()) {
            if (c.suffix != null && path.endsWith(c.suffix)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The best of our types for an Accept header: HTML when nothing is said, null when
     * the client names types and none of them is ours (the answer is then 406, not HTML).
     */
    static Conneg byAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        Conneg best = null;
        double bestQ = 0;
        int bestOrder = Integer.MAX_VALUE;
        String[] ranges = accept.toLowerCase(Locale.ROOT).split(",");
        for (int i = 0; i < ranges.length; i++) {
            String[] parts = ranges[i].trim().split(";");
            String range = parts[0].trim();
            double q = 1;
            for (int k = 1; k < parts.length; k++) {
                String p = parts[k].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            Conneg c = match(range);
            // Higher q wins; on a tie the earlier range, and a specific type over a wildcard.
            int order = range.contains("*") ? 1000 + i : i;
            if (c != null && q > 0 && (q > bestQ || (q == bestQ && order < bestOrder))) {
                best = c;
                bestQ = q;
                bestOrder = order;
            }
        }
        return best;
    }

    private static Conneg match(String range) {
        return switch (range) {
            case "text/html", "application/xhtml+xml", "*/*", "text/*" -> HTML;
            case "text/turtle", "application/x-turtle" -> TURTLE;
            case "application/ld+json", "application/json" -> JSONLD;
            case "application/n-triples", "text/plain" -> NTRIPLES;
            case "application/rdf+xml" -> RDFXML;
            default -> null;
        };
    }

    Lang lang() {
        return format == null ? null : format.getLang();
    }
}
