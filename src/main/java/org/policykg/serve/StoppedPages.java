package org.policykg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page whose queries the bound stopped ({@link Site#bounded}) answers 503 with the bound's
 * message, as the SPARQL endpoint does, rather than a 500 with a stack trace. Pages that say
 * more (search, saved queries) catch {@link QueryBound.Stopped} themselves.
 */
final class StoppedPages implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } catch (QueryBound.Stopped e) {
            HttpServletResponse r = (HttpServletResponse) resp;
            if (!r.isCommitted()) {
                r.resetBuffer();
                Layout.error(r, 503, "页面超时 " + e.getMessage());
            }
        }
    }
}
