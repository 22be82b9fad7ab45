package org.policykg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for the read-only SPARQL endpoint and graph store (/kg/*), so notebooks and
 * dashboards served from elsewhere (Observable, a YASGUI on another site) can query it.
 * Only GET and POST are allowed, no credentials: the dataset has no update operation,
 * so a cross-site request can read what anyone can read and nothing more.
 */
final class Cors implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest q = (HttpServletRequest) req;
        HttpServletResponse r = (HttpServletResponse) resp;
        r.setHeader("Access-Control-Allow-Origin", "*");
        r.setHeader("Access-Control-Expose-Headers", QueryGuard.TRUNCATED);
        if (q.getMethod().equals("OPTIONS") && q.getHeader("Access-Control-Request-Method") != null) {
            r.setHeader("Access-Control-Allow-Methods", "GET, POST");
            r.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
            r.setHeader("Access-Control-Max-Age", "86400");
            r.setStatus(204);
            return;
        }
        chain.doFilter(req, resp);
    }
}
