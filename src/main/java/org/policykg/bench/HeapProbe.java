package org.policykg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The child side of {@link HeapBenchmark}: runs a main class (the CLI) with the heap
 * watched, and when the JVM exits (main returned or called System.exit) writes what it
 * saw to a report file as key=value lines; the exit code is the parent's to read. It
 * uses only the JDK, so it can watch another build's CLI put before this jar on the
 * class path.
 *
 * <p>Usage: {@code java -Xmx256m -cp JAR org.policykg.bench.HeapProbe REPORT MAIN-CLASS ARGS...}
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    /** Heap peaks: before a collection is the used heap at its highest; after one, what was still live. */
    static final class Watch {
        final AtomicLong peakUsed = new AtomicLong();
        final AtomicLong peakAfterGc = new AtomicLong();
        final AtomicInteger collections = new AtomicInteger();
        final long t0 = System.nanoTime();

        void install() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                    if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        collections.incrementAndGet();
                        peakUsed.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                        peakAfterGc.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
                    }
                }, null, null);
            }
        }

        /** The heap pools' part of a collection's pool-by-pool usage. */
        private static long heap(Map<String, MemoryUsage> byPool) {
            long used = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage u = byPool.get(p.getName());
                if (p.getType() == MemoryType.HEAP && u != null) {
                    used += u.getUsed();
                }
            }
            return used;
        }

        String report() {
            // Since the last collection the heap has only grown: count where it stands now.
            peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            List<String> gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName).toList();
            return "millis=" + (System.nanoTime() - t0) / 1_000_000 + "\n"
                    + "peakUsed=" + peakUsed.get() + "\n"
                    + "peakAfterGc=" + peakAfterGc.get() + "\n"
                    + "collections=" + collections.get() + "\n"
                    + "maxHeap=" + Runtime.getRuntime().maxMemory() + "\n"
                    + "gc=" + String.join(" + ", gcs) + "\n"
                    + "peakRss=" + peakRss() + "\n"
                    + "cpuMillis=" + cpuMillis() + "\n";
        }

        /** CPU time of the whole process (every thread, the collector's and the compiler's too); -1 unknown. */
        static long cpuMillis() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                long n = os.getProcessCpuTime();
                return n < 0 ? -1 : n / 1_000_000;
            }
            return -1;
        }

        /**
         * The process's peak resident set (Linux's VmHWM, in bytes), heap and all else the JVM
         * maps (metaspace, thread stacks, Lucene's and TDB2's memory-mapped files); -1 elsewhere.
         */
        static long peakRss() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: no figure
            }
            return -1;
        }
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        Watch watch = new Watch();
        watch.install();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(report, watch.report());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        try {
            Class.forName(args[1]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw (Exception) e.getCause();
        }
    }
}
