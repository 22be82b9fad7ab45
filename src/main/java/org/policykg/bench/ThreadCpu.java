package org.policykg.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a process's CPU time goes, by kind of thread, read from Linux's {@code /proc/self/task}:
 * the thread that runs the pipeline (and writes its output), the collector, the JIT compilers and
 * the rest. Threads that ended between two snapshots (a pipeline's pool) leave no entry, so the
 * process total minus the live threads is what they used. Elsewhere it reports nothing.
 */
final class ThreadCpu {
    static final String CALLER = "caller (writer)";
    static final String WORKERS = "extraction pool";
    static final String GC = "collector";
    static final String JIT = "JIT compilers";
    static final String OTHER = "other";

    /** CPU clock ticks per thread kind at one moment, with the process's total. */
    record Snapshot(Map<String, Long> ticks, long total) {
        static final Snapshot NONE = new Snapshot(Map.of(), 0);

        /** Seconds of CPU per kind from this snapshot to {@code later}; the pool's is the remainder. */
        Map<String, Double> secondsUntil(Snapshot later) {
            Map<String, Double> out = new LinkedHashMap<>();
            if (ticks.isEmpty() || later.ticks.isEmpty()) {
                return out;
            }
            long live = 0;
            for (String kind : new String[] {CALLER, GC, JIT, OTHER}) {
                long d = later.ticks.getOrDefault(kind, 0L) - ticks.getOrDefault(kind, 0L);
                live += d;
                out.put(kind, d / HZ);
            }
            out.put(WORKERS, Math.max(0, later.total - total - live) / HZ);
            return out;
        }
    }

    /** USER_HZ: Linux reports task times in hundredths of a second on every architecture Java runs on. */
    private static final double HZ = 100.0;

    private ThreadCpu() {
    }

    static Snapshot now() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return Snapshot.NONE;
        }
        String caller = Thread.currentThread().getName();
        Map<String, Long> ticks = new LinkedHashMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tasks)) {
            for (Path t : ds) {
                long[] parsed = ticksOf(t.resolve("stat"));
                if (parsed == null) {
                    continue;
                }
                String comm = Files.readString(t.resolve("comm")).strip();
                ticks.merge(kind(comm, caller), parsed[0], Long::sum);
            }
            long[] total = ticksOf(Path.of("/proc/self/stat"));
            return total == null ? Snapshot.NONE : new Snapshot(ticks, total[0]);
        } catch (IOException | RuntimeException e) {
            // A thread ended while being read, or no procfs: no split for this run.
            return Snapshot.NONE;
        }
    }

    private static String kind(String comm, String caller) {
        if (comm.startsWith("policykg-extrac")) {
            return WORKERS;
        }
        // Linux keeps 15 characters of a thread's name.
        if (caller.startsWith(comm) && !comm.isEmpty() || comm.equals("java")) {
            return CALLER;
        }
        if (comm.contains("GC") || comm.startsWith("G1") || comm.equals("VM Thread")) {
            return GC;
        }
        if (comm.contains("Compiler")) {
            return JIT;
        }
        return OTHER;
    }

    /** utime + stime of a stat line; the command name in parentheses may hold spaces. */
    private static long[] ticksOf(Path stat) throws IOException {
        String s;
        try {
            s = Files.readString(stat);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
        String[] f = s.substring(s.lastIndexOf(')') + 2).trim().split(" ");
        // After the name: state is field 3 of the line, utime 14 and stime 15.
        return new long[] {Long.parseLong(f[11]) + Long.parseLong(f[12])};
    }
}
