package org.policykg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.Quad;

/**
 * Indexes a fresh build's quads on a thread of its own: word segmentation is most of the text
 * index's cost, and run on the thread that feeds the bulk loader it held up the loader's threads
 * (measured in {@code bench-store}). Quads go over in batches through a bounded queue, so memory
 * does not grow with the store; the index sees them in the order they came.
 */
final class TextIndexing implements AutoCloseable {
    private static final int BATCH = 512;
    private static final List<Quad> END = List.of();

    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(32);
    private final Thread thread;
    private List<Quad> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private boolean finished;

    TextIndexing(TextIndex index) {
        thread = new Thread(() -> run(index), "policykg-text-index");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(TextIndex index) {
        try {
            for (List<Quad> b; (b = queue.take()) != END; ) {
                for (Quad q : b) {
                    TextIndexes.add(index, q);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            queue.clear(); // unblock the feeding thread; it fails at its next hand-over
        }
    }

    /** Queues a quad for the index (those of predicates the index does not hold are dropped here). */
    void add(Quad q) {
        if (TextIndexes.indexed(q)) {
            batch.add(q);
            if (batch.size() == BATCH) {
                hand(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
    }

    /** Waits until every queued quad is indexed; rethrows what went wrong on the index's thread. */
    void finish() {
        hand(batch);
        hand(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the text index was written", e);
        }
        finished = true;
        failed();
    }

    private void hand(List<Quad> b) {
        failed();
        try {
            while (!queue.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                failed();
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the text index's thread stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the text index was written", e);
        }
    }

    private void failed() {
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    /** Stops the index's thread when the build ends early. */
    @Override
    public void close() {
        if (!finished) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
