package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;

/** A response written on a query's worker stops at the cancel signal (issue 11: writing after the bound). */
class BufferedResponseTest {
    /** Never written to: the buffer replays onto the real response only in copyTo. */
    private static final jakarta.servlet.http.HttpServletResponse REAL = (jakarta.servlet.http.HttpServletResponse)
            java.lang.reflect.Proxy.newProxyInstance(BufferedResponseTest.class.getClassLoader(),
                    new Class<?>[] {jakarta.servlet.http.HttpServletResponse.class}, (p, m, a) -> {
                        throw new AssertionError("the real response was touched: " + m.getName());
                    });

    @Test
    void writingStopsOnceTheBoundHasAnswered() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        BufferedResponse r = new BufferedResponse(REAL, cancel);
        r.getOutputStream().write("{\"head\"".getBytes(StandardCharsets.UTF_8));
        assertEquals(7, r.size());
        cancel.set(true);
        assertThrows(QueryCancelledException.class, () -> r.getOutputStream().write(new byte[] {1, 2}, 0, 2));
        assertEquals(7, r.size(), "nothing more written");
    }

    @Test
    void headersAndStatusAreKeptUntilCopied() {
        BufferedResponse r = new BufferedResponse(REAL, new AtomicBoolean());
        r.setContentType("text/csv; charset=utf-8");
        r.setHeader("X-A", "1");
        r.setHeader("X-A", "2");
        r.setStatus(200);
        assertEquals("2", r.getHeader("x-a"));
        assertEquals("utf-8", r.getCharacterEncoding());
        assertEquals(200, r.getStatus());
    }
}
