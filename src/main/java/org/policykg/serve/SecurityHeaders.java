package org.policykg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every response: a Content-Security-Policy that allows scripts, data and
 * connections from this server only (no inline script, no CDN), and the usual
 * hardening headers.
 */
final class SecurityHeaders implements Filter {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse r = (HttpServletResponse) resp;
        r.setHeader("Content-Security-Policy", CSP);
        r.setHeader("X-Content-Type-Options", "nosniff");
        r.setHeader("Referrer-Policy", "no-referrer");
        r.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(req, resp);
    }
}
