package org.policykg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's JIT compiler threads (HotSpot's "C1 CompilerThread" and "C2 CompilerThread"),
 * read from Linux's {@code /proc/self/task}: process CPU counts them, so a warm benchmark that has
 * not reached the JIT's steady state charges a run with the compilation of whatever code it is the
 * first to make hot. Java's management beans do not see these threads.
 */
public final class CompilerCpu {
    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux's USER_HZ, the unit of a task's utime and stime, 100 on every common build. */
    private static final long TICK_NANOS = 10_000_000L;

    private CompilerCpu() {
    }

    /** Whether {@link #nanos()} measures anything here (Linux with /proc). */
    public static boolean available() {
        return Files.isDirectory(TASKS);
    }

    /** The compiler threads' CPU so far (10 ms resolution), or 0 where {@link #available()} is false. */
    public static long nanos() {
        if (!available()) {
            return 0;
        }
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path t : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended while listed
                }
                ticks += compilerTicks(stat);
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * TICK_NANOS;
    }

    /** utime + stime of one {@code /proc/PID/task/TID/stat} line if its thread is a JIT compiler's, else 0. */
    static long compilerTicks(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            return 0;
        }
        String name = stat.substring(open + 1, close);
        if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
            return 0;
        }
        // fields after the name: state(3) ppid ... utime is field 14, stime 15 (1-based, name is 2)
        String[] f = stat.substring(close + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
