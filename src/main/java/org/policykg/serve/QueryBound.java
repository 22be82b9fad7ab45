package org.policykg.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A hard wall-clock bound on public queries, kept by the thread that waits, not by the
 * thread that runs them and not by Jena's timer.
 *
 * <p>Why not Jena's own timeout: in Jena 5.6 {@code QueryExecDataset.startQueryIterator}
 * builds the plan while holding {@code lockTimeout}, and building the plan of
 * {@code ... ORDER BY ?c OFFSET 1} runs the whole sort (the OFFSET is skipped in the
 * slice's constructor). The timeout's {@code TimeoutCallback}, and {@code abort()}, take
 * the same lock, so they wait for the sort to end; and they run on Jena's one
 * {@code AlarmClock} thread, so while it waits no other query's timeout fires either.
 *
 * <p>Here each query runs on a worker and the request thread waits at most the timeout.
 * Then it sets the query's cancel signal, the {@code AtomicBoolean} every Jena query
 * iterator polls ({@code ARQConstants.symCancelQuery}), which takes no lock, answers 503
 * and goes; the worker stops at the next row it pulls. Workers are never interrupted:
 * an interrupt during a read closes TDB2's file channels for every later reader.
 *
 * <p>A heap watchdog cancels the longest-running query when the old generation is still
 * over {@link #HEAP_FRACTION} of its maximum after a collection.
 */
final class QueryBound implements AutoCloseable {
    /** Old-generation occupancy after GC at which the longest-running query is cancelled. */
    static final double HEAP_FRACTION = 0.7;

    /** Why a query was stopped. */
    enum Stop { TIMEOUT, MEMORY, BUSY }

    static final class Stopped extends RuntimeException {
        final Stop why;

        Stopped(Stop why, String message) {
            super(message, null, false, false);
            this.why = why;
        }
    }

    /** One running query: its cancel signal, what stopped it, and when it started. */
    static final class Handle {
        final AtomicBoolean cancel = new AtomicBoolean();
        final AtomicReference<Stop> stopped = new AtomicReference<>();
        final long started = System.nanoTime();

        void stop(Stop why) {
            stopped.compareAndSet(null, why);
            cancel.set(true);
        }

        boolean cancelled() {
            return cancel.get();
        }
    }

    private final ExecutorService workers;
    private final Semaphore slots;
    private final Set<Handle> running = ConcurrentHashMap.newKeySet();
    private final AtomicInteger memoryStops = new AtomicInteger();
    private final Runnable unregister;

    /** @param maxRunning queries run at once; later ones wait for a slot within their own bound */
    QueryBound(int maxRunning) {
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "policykg-query-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.slots = new Semaphore(maxRunning, true);
        this.unregister = watchHeap();
    }

    int memoryStops() {
        return memoryStops.get();
    }

    int running() {
        return running.size();
    }

    /**
     * Runs {@code body} on a worker and returns its value, or throws {@link Stopped} once
     * {@code timeoutMillis} have passed (counting the wait for a slot). Exceptions of
     * {@code body} are rethrown as they are.
     */
    <T> T run(long timeoutMillis, Function<Handle, T> body) {
        return run(timeoutMillis, System.nanoTime(), body);
    }

    /**
     * As {@link #run(long, Function)}, with the clock started at {@code startedNanos}
     * ({@link System#nanoTime}), when the request arrived: reading its body counts too.
     */
    <T> T run(long timeoutMillis, long startedNanos, Function<Handle, T> body) {
        long deadline = startedNanos + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        Handle h = new Handle();
        Future<T> f;
        try {
            if (!slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new Stopped(Stop.BUSY, "the server is busy: no query slot came free within " + seconds(timeoutMillis));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped(Stop.BUSY, "interrupted");
        }
        try {
            running.add(h);
            f = workers.submit(() -> {
                try {
                    return body.apply(h);
                } finally {
                    running.remove(h);
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            running.remove(h);
            slots.release();
            throw e;
        }
        try {
            long left = deadline - System.nanoTime();
            T value = f.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (h.stopped.get() == Stop.MEMORY) {
                throw memory();
            }
            return value;
        } catch (TimeoutException e) {
            h.stop(Stop.TIMEOUT);
            if (h.stopped.get() == Stop.MEMORY) {
                throw memory();
            }
            throw new Stopped(Stop.TIMEOUT, "the query took longer than " + seconds(timeoutMillis) + " and was stopped");
        } catch (InterruptedException e) {
            h.stop(Stop.TIMEOUT);
            Thread.currentThread().interrupt();
            throw new Stopped(Stop.TIMEOUT, "interrupted");
        } catch (ExecutionException e) {
            if (h.stopped.get() == Stop.MEMORY) {
                throw memory();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Stopped memory() {
        return new Stopped(Stop.MEMORY, "the server ran short of memory and stopped this query, the longest running");
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format("%.1f s", millis / 1000.0);
    }

    /** Cancels the longest-running query; called by the heap watchdog. */
    void stopLongest() {
        running.stream().filter(h -> !h.cancelled()).min(Comparator.comparingLong(h -> h.started)).ifPresent(h -> {
            h.stop(Stop.MEMORY);
            memoryStops.incrementAndGet();
        });
    }

    /**
     * Polls the old generation's occupancy after the last collection; when it is over the
     * bound and a collection has happened since the last stop, the longest query goes.
     * (A JMX threshold notification fires only on the first crossing.)
     */
    private Runnable watchHeap() {
        MemoryPoolMXBean old = null;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    && pool.getUsage().getMax() > 0 && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                old = pool;
            }
        }
        if (old == null) {
            return () -> { };
        }
        MemoryPoolMXBean pool = old;
        long limit = (long) (pool.getUsage().getMax() * HEAP_FRACTION);
        long[] lastGcs = {-1};
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policykg-heap-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            MemoryUsage after = pool.getCollectionUsage();
            long gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(g -> Math.max(0, g.getCollectionCount())).sum();
            if (after != null && after.getUsed() > limit && gcs != lastGcs[0] && !running.isEmpty()) {
                lastGcs[0] = gcs;
                stopLongest();
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
        return timer::shutdownNow;
    }

    @Override
    public void close() {
        running.forEach(h -> h.stop(Stop.TIMEOUT));
        unregister.run();
        workers.shutdown();
    }
}
