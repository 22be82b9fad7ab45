package org.policykg.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.policykg.bench.HostileBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-hostile", description = {
    "Send hostile queries to a server (one started from this jar over the seeds, or --endpoint), each",
    "alone and several at once, with a normal query every 200 ms meanwhile; print per query the",
    "statuses, the longest time over the timeout, server RSS before and after, and whether the",
    "normal query kept answering within 1 s."})
final class HostileBenchCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--endpoint", paramLabel = "URL", description = "A running server's address (default: start one).")
    String endpoint;

    @Option(names = "--pid", paramLabel = "PID", description = "The running server's process, for RSS and heap (with --endpoint).")
    long pid = -1;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "The server's query timeout (default: ${DEFAULT-VALUE}).")
    double timeout = 4;

    @Option(names = "--concurrency", paramLabel = "N,N", split = ",", description = "Copies sent at once (default: 1,8).")
    int[] concurrency = {1, 8};

    @Option(names = "--xmx", paramLabel = "SIZE", description = "Heap of the started server, as java -Xmx (default: the JVM's).")
    String xmx;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Documents of the started server (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--only", paramLabel = "TEXT", description = "Only the requests whose name contains TEXT.")
    String only;

    HostileBenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        List<HostileBenchmark.Request> requests = new ArrayList<>(HostileBenchmark.load());
        if (only != null) {
            requests.removeIf(r -> !r.name().contains(only));
        }
        Process server = null;
        Path data = null;
        Path log = null;
        String origin = endpoint;
        long serverPid = pid;
        try {
            if (origin == null) {
                Path jar = Path.of(HostileBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (!Files.isRegularFile(jar)) {
                    io.err().println("error: run from the jar, or give --endpoint");
                    return ExitCodes.USAGE;
                }
                data = Files.createTempDirectory("policykg-bench-hostile");
                log = Files.createTempFile("policykg-bench-hostile-", ".log");
                List<String> cmd = new ArrayList<>(List.of("java"));
                if (xmx != null) {
                    cmd.add("-Xmx" + xmx);
                }
                cmd.addAll(List.of("-jar", jar.toString(), "serve", "--data", data.resolve("data").toString(), "--port", "0",
                        "--timeout", Double.toString(timeout), "-q", seeds.toString()));
                server = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
                serverPid = server.pid();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.contains("serving at ")) {
                            origin = line.substring(line.indexOf("http"));
                            break;
                        }
                    }
                }
                if (origin == null) {
                    io.err().println("error: the server did not start; see " + log);
                    return ExitCodes.IO;
                }
            }
            io.out().printf("server %s (pid %d), timeout %.1f s, %d cores%n", origin, serverPid, timeout,
                    Runtime.getRuntime().availableProcessors());
            HostileBenchmark bench = new HostileBenchmark(origin, serverPid);
            bench.warmUp();
            long heap0 = HostileBenchmark.heapAfterGcKb(serverPid);
            long rss0 = HostileBenchmark.rssKb(serverPid);
            List<HostileBenchmark.Row> rows = bench.suite(requests, concurrency, timeout, io.out());
            long heap1 = HostileBenchmark.heapAfterGcKb(serverPid);
            long rss1 = HostileBenchmark.rssKb(serverPid);
            for (int n : concurrency) {
                List<HostileBenchmark.Row> at = rows.stream().filter(r -> r.copies() == n).toList();
                double worst = at.stream().mapToDouble(HostileBenchmark.Row::maxSeconds).max().orElse(0);
                double worstWhole = at.stream().mapToDouble(HostileBenchmark.Row::maxWholeSeconds).max().orElse(0);
                long slow = at.stream().filter(r -> r.probesSlow() > 0).count();
                long inTime = at.stream().filter(r -> r.maxWholeSeconds() <= 1.25 * timeout).count();
                double probeMax = at.stream().mapToDouble(HostileBenchmark.Row::probeMaxMs).max().orElse(0);
                long bad = at.stream().mapToLong(HostileBenchmark.Row::badBodies).sum();
                long ok200 = at.stream().flatMap(r -> r.statuses().stream()).filter(s -> s == 200).count();
                io.out().printf("%d at once: %d of %d requests ended (last byte) within 1.25 × timeout; longest %.2f s to the "
                        + "status, %.2f s to the last byte = %.2f × timeout; normal query answered within 1 s during %d of %d "
                        + "(max %.0f ms); %d answered 200, %d of those with an invalid body%n", n, inTime, at.size(), worst,
                        worstWhole, worstWhole / timeout, at.size() - slow, at.size(), probeMax, ok200, bad);
            }
            long ooms = -1;
            if (log != null) {
                List<String> lines = Files.readAllLines(log);
                ooms = lines.stream().filter(l -> l.contains("OutOfMemoryError") || l.contains("Java heap space")).count();
                lines.stream().filter(l -> l.contains(" 500 ") || l.contains("Exception") || l.contains("Error"))
                        .limit(20).forEach(l -> io.err().println("server: " + l));
                io.err().println("server log: " + log);
            }
            io.out().printf("heap after GC: %s before, %s after; RSS %s before, %s after; OutOfMemoryError: %s%n",
                    mb(heap0), mb(heap1), mb(rss0), mb(rss1), ooms < 0 ? "? (see the server's log)" : ooms);
            return ExitCodes.OK;
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor(30, TimeUnit.SECONDS);
            }
            if (data != null) {
                deleteTree(data);
            }
        }
    }

    private static String mb(long kb) {
        return kb < 0 ? "?" : (kb / 1024) + " MB";
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        try (var s = Files.walk(p)) {
            for (Path x : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(x);
            }
        }
    }
}
