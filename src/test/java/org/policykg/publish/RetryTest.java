package org.policykg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Retries with backoff on 5xx and connection errors, none on 4xx; the content hash ignores triple order. */
class RetryTest {
    private final List<Long> pauses = new ArrayList<>();
    private final Retry retry = new Retry(4, Duration.ofMillis(500), pauses::add);

    @Test
    void serverErrorsAreTriedAgainWithDoublingPauses() {
        AtomicInteger calls = new AtomicInteger();
        String r = retry.run("PUT g", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new HttpException(503, "Service Unavailable", "busy");
            }
            return "done";
        });
        assertEquals("done", r);
        assertEquals(3, calls.get());
        assertEquals(List.of(500L, 1000L), pauses);
    }

    @Test
    void anUnreachableEndpointFailsAfterTheLastAttemptSayingSo() {
        AtomicInteger calls = new AtomicInteger();
        PublishException e = assertThrows(PublishException.class, () -> retry.run("PUT g to http://x", () -> {
            calls.incrementAndGet();
            throw new HttpException("io", new ConnectException("Connection refused"));
        }));
        assertEquals(4, calls.get());
        assertEquals(List.of(500L, 1000L, 2000L), pauses);
        assertTrue(e.getMessage().startsWith("PUT g to http://x: cannot reach the endpoint (Connection refused) (after 4 attempts)"),
                e.getMessage());
    }

    @Test
    void refusedCredentialsAndOtherClientErrorsAreNotRetried() {
        PublishException auth = assertThrows(PublishException.class, () -> retry.run("PUT g", () -> {
            throw new HttpException(401, "Unauthorized", "");
        }));
        assertTrue(auth.getMessage().contains("refused the credentials (HTTP 401)"), auth.getMessage());
        PublishException bad = assertThrows(PublishException.class, () -> retry.run("PUT g", () -> {
            throw new HttpException(400, "Bad Request", "parse error line 3");
        }));
        assertTrue(bad.getMessage().contains("HTTP 400 parse error line 3"), bad.getMessage());
        assertEquals(List.of(), pauses, "no pause: a 4xx is final");
    }

    @Test
    void theHashDependsOnContentNotOrder() {
        var a = GraphFactory.createDefaultGraph();
        var b = GraphFactory.createDefaultGraph();
        Triple t1 = Triple.create(NodeFactory.createURI("http://x/a"), NodeFactory.createURI("http://x/p"), NodeFactory.createLiteralString("一"));
        Triple t2 = Triple.create(NodeFactory.createURI("http://x/b"), NodeFactory.createURI("http://x/p"), NodeFactory.createLiteralString("二"));
        a.add(t1);
        a.add(t2);
        b.add(t2);
        b.add(t1);
        assertEquals(Publisher.hash(a), Publisher.hash(b));
        b.delete(t2);
        assertTrue(!Publisher.hash(a).equals(Publisher.hash(b)));
    }
}
