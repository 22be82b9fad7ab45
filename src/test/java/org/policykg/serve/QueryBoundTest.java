package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The wall-clock bound holds even when the query's own thread never looks at it (finding 1 of issue 11). */
class QueryBoundTest {
    @Test
    void aBodyThatIgnoresTheBoundIsLeftBehindAtTheDeadline() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (QueryBound b = new QueryBound(4)) {
            long t0 = System.nanoTime();
            QueryBound.Stopped e = assertThrows(QueryBound.Stopped.class, () -> b.run(300, h -> {
                try {
                    never.await(); // like a sort holding Jena's timeout lock: deaf to everything
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(QueryBound.Stop.TIMEOUT, e.why);
            assertTrue(ms < 300 * 3, ms + " ms");
            never.countDown();
        }
    }

    @Test
    void aBodyPollingItsSignalStopsAndFreesItsSlot() throws Exception {
        try (QueryBound b = new QueryBound(1)) {
            CountDownLatch ended = new CountDownLatch(1);
            assertThrows(QueryBound.Stopped.class, () -> b.run(200, h -> {
                while (!h.cancelled()) {
                    Thread.onSpinWait();
                }
                ended.countDown();
                return null;
            }));
            assertTrue(ended.await(2, TimeUnit.SECONDS), "the worker saw the signal");
            assertEquals("ok", b.run(2000, h -> "ok"), "the one slot is free again");
        }
    }

    @Test
    void aBodysExceptionsPassThrough() {
        try (QueryBound b = new QueryBound(2)) {
            assertThrows(IllegalArgumentException.class, () -> b.run(1000, h -> {
                throw new IllegalArgumentException("bad");
            }));
        }
    }

    @Test
    void theWatchdogStopsTheLongestRunning() throws Exception {
        try (QueryBound b = new QueryBound(4)) {
            CountDownLatch started = new CountDownLatch(1);
            Thread t = new Thread(() -> {
                try {
                    b.run(10_000, h -> {
                        started.countDown();
                        while (!h.cancelled()) {
                            Thread.onSpinWait();
                        }
                        return null;
                    });
                } catch (QueryBound.Stopped e) {
                    assertEquals(QueryBound.Stop.MEMORY, e.why);
                }
            });
            t.start();
            assertTrue(started.await(2, TimeUnit.SECONDS));
            b.stopLongest();
            t.join(5000);
            assertEquals(1, b.memoryStops());
            assertTrue(!t.isAlive(), "stopped well before its 10 s bound");
        }
    }
}
