package org.policykg.pipeline;

import java.io.PrintStream;

/**
 * Progress of a long run on stderr: a bar redrawn in place on a terminal,
 * plain lines (at most about twenty) when stderr is a file or a CI log.
 */
public interface Progress {
    void started(int total);

    void done(int finished, String file);

    static Progress none() {
        return new Progress() {
            @Override
            public void started(int total) {
            }

            @Override
            public void done(int finished, String file) {
            }
        };
    }

    static Progress to(PrintStream err, boolean terminal) {
        return terminal ? new Bar(err) : new Lines(err);
    }

    /** Plain lines, one per ~5% of the work. */
    final class Lines implements Progress {
        private final PrintStream err;
        private int total;
        private int lastPercent = -100;

        Lines(PrintStream err) {
            this.err = err;
        }

        @Override
        public void started(int total) {
            this.total = total;
        }

        @Override
        public synchronized void done(int finished, String file) {
            int percent = total == 0 ? 100 : finished * 100 / total;
            if (percent - lastPercent >= 5 || finished == total) {
                err.printf("extracted %d/%d documents (%d%%) %s%n", finished, total, percent, file);
                lastPercent = percent;
            }
        }
    }

    /** A redrawn bar. */
    final class Bar implements Progress {
        private final PrintStream err;
        private int total;

        Bar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void started(int total) {
            this.total = total;
        }

        @Override
        public synchronized void done(int finished, String file) {
            int width = 30;
            int filled = total == 0 ? width : finished * width / total;
            err.printf("\r[%s%s] %d/%d", "#".repeat(filled), " ".repeat(width - filled), finished, total);
            if (finished == total) {
                err.print("\r" + " ".repeat(width + 24) + "\r");
            }
            err.flush();
        }
    }
}
