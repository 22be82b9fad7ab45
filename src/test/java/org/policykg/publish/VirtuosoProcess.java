package org.policykg.publish;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A Virtuoso Open Source server of the test's own (Debian's virtuoso-t): a fresh database in
 * a temporary folder, on free ports, never the system service. The account dba/dba of a new
 * database may write through /sparql-graph-crud-auth (HTTP Digest).
 */
final class VirtuosoProcess implements AutoCloseable {
    static final String BINARY = "virtuoso-t";

    private final Process process;
    final int httpPort;

    private VirtuosoProcess(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    /** Whether virtuoso-t is on the PATH. */
    static boolean available() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, BINARY))) {
                return true;
            }
        }
        return false;
    }

    static VirtuosoProcess start(Path dir) throws IOException, InterruptedException {
        int sqlPort = freePort();
        int httpPort = freePort();
        Files.writeString(dir.resolve("virtuoso.ini"), """
                [Database]
                DatabaseFile = virtuoso.db
                ErrorLogFile = virtuoso.log
                LockFile = virtuoso.lck
                TransactionFile = virtuoso.trx
                xa_persistent_file = virtuoso.pxa
                MaxCheckpointRemap = 2000
                Striping = 0
                TempStorage = TempDatabase
                [TempDatabase]
                DatabaseFile = virtuoso-temp.db
                TransactionFile = virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping = 0
                [Parameters]
                ServerPort = %d
                DisableUnixSocket = 1
                CaseMode = 2
                DirsAllowed = .
                NumberOfBuffers = 20000
                MaxDirtyBuffers = 12000
                ThreadsPerQuery = 2
                [HTTPServer]
                ServerPort = %d
                ServerRoot = /var/lib/virtuoso-opensource-7/vsp
                MaxClientConnections = 10
                ServerThreads = 10
                Charset = UTF-8
                [SPARQL]
                ResultSetMaxRows = 1000000
                MaxQueryExecutionTime = 120
                MaxQueryCostEstimationTime = 400
                """.formatted(sqlPort, httpPort));
        Process p = new ProcessBuilder(BINARY, "+foreground", "+configfile", "virtuoso.ini")
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile()).start();
        VirtuosoProcess v = new VirtuosoProcess(p, httpPort);
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            if (!p.isAlive()) {
                throw new IOException("virtuoso-t exited: " + Files.readString(dir.resolve("stdout.log")));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(v.sparql() + "?query=ASK%7B%7D")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return v;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        v.close();
        throw new IOException("virtuoso-t did not answer within 120 s");
    }

    String sparql() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    String graphStore() {
        return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud-auth";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
