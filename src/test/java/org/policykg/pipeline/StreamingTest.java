package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.Iris;

/**
 * The runner streams: the sink is started first and finished last; each document's graph
 * comes whole, in graph order, then the reference graph; and no more than the window's
 * documents (two per thread, or the thread's budget of bytes) are ever done but not yet
 * handed on.
 */
class StreamingTest {
    private static final String TEXT = "# 某省印发数据条例\n\n近日，某省人民政府印发《湖南省数据要素市场条例》。\n";
    private static final int THREADS = 3;

    @TempDir
    Path dir;

    /** What a sink saw. */
    private static final class Recorder extends StreamRDFBase {
        final List<String> events = new ArrayList<>();
        final List<Node> graphs = new ArrayList<>();
        final AtomicInteger finished;
        final long pauseMillis;
        int mostAhead;

        Recorder(AtomicInteger finished, long pauseMillis) {
            this.finished = finished;
            this.pauseMillis = pauseMillis;
        }

        @Override
        public void start() {
            events.add("start");
        }

        @Override
        public void quad(Quad q) {
            if (graphs.isEmpty() || !graphs.get(graphs.size() - 1).equals(q.getGraph())) {
                graphs.add(q.getGraph());
                // Documents done beyond those already handed on, when this one is.
                mostAhead = Math.max(mostAhead, finished.get() - (graphs.size() - 1));
                pause(); // a slow writer, so the pool runs as far ahead as it may
            }
        }

        @Override
        public void finish() {
            events.add("finish");
        }

        private void pause() {
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Progress counting(AtomicInteger finished) {
        return new Progress() {
            @Override
            public void started(int total) {
            }

            @Override
            public void done(int n, String file) {
                finished.set(Math.max(finished.get(), n));
            }
        };
    }

    @Test
    void documentsComeWholeInGraphOrderAndAtMostAWindowAhead() throws Exception {
        long size = TEXT.getBytes(StandardCharsets.UTF_8).length;
        int budgeted = 4; // documents' worth of bytes per thread: a window of 12, wider than two per thread
        List<Node> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("%02d-doc.md", (i * 17) % 40); // written out of name order
            Files.writeString(dir.resolve(name), TEXT);
            expected.add(Iris.graph(name));
        }
        expected.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        AtomicInteger finished = new AtomicInteger();
        Recorder sink = new Recorder(finished, 30);
        Summary s = Pipeline.builder().threads(THREADS).bytesInFlight(budgeted * size).progress(counting(finished))
                .build().run(List.of(dir), sink);

        assertEquals(List.of("start", "finish"), sink.events);
        assertEquals(40, s.documents());
        assertEquals(0, s.failed());
        expected.add(Iris.REFERENCE_GRAPH);
        assertEquals(expected, sink.graphs, "each graph once, whole, in order, the reference graph last");
        assertTrue(sink.mostAhead <= budgeted * THREADS, "at most a window of documents waits: " + sink.mostAhead);
        assertTrue(sink.mostAhead > 2 * THREADS, "the pool works ahead of the writer, as far as the budget: "
                + sink.mostAhead);
    }

    @Test
    void aFailedDocumentSendsNothingAndTheOthersKeepTheirOrder() throws Exception {
        Files.writeString(dir.resolve("b.md"), TEXT);
        Files.write(dir.resolve("a-empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("c.md"), TEXT);
        Files.write(dir.resolve("b-binary.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        List<String> errors = new ArrayList<>();
        Recorder sink = new Recorder(new AtomicInteger(), 0);
        Summary s = Pipeline.builder().threads(2).reference(false).errors(e -> errors.add(e.describe())).build()
                .run(List.of(dir), sink);

        assertEquals(4, s.documents());
        assertEquals(2, s.failed());
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(List.of(Iris.graph("b.md"), Iris.graph("c.md")), sink.graphs);
        assertEquals(List.of("start", "finish"), sink.events);
    }

    /** An error policy that fails the test on a failed document and hands each warning to {@code warned}. */
    private static ErrorPolicy failingOn(java.util.function.BiConsumer<String, String> warned) {
        return new ErrorPolicy() {
            @Override
            public void failed(org.policykg.ingest.InputException e) {
                throw new AssertionError(e.describe());
            }

            @Override
            public void warned(String file, String reason) {
                warned.accept(file, reason);
            }
        };
    }

    @Test
    void aTableOfManyRowsRunsOnEveryThread() throws Exception {
        // Each row's text holds a control character, so each row warns from the thread that extracts it.
        StringBuilder csv = new StringBuilder("标题,正文\n");
        for (int i = 0; i < 6; i++) {
            csv.append("通知").append(i).append(",某省人民政府印发《数据条例》。\u0007\n");
        }
        Files.writeString(dir.resolve("rows.csv"), csv.toString());
        java.util.Set<Thread> threads = java.util.Collections.synchronizedSet(
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        ErrorPolicy errors = failingOn((file, reason) -> threads.add(Thread.currentThread()));
        Summary s = Pipeline.builder().threads(2).reference(false).errors(errors).build()
                .run(List.of(dir.resolve("rows.csv")), new Recorder(new AtomicInteger(), 0));

        assertEquals(6, s.documents());
        assertEquals(2, threads.size(), "one file, six documents: both threads work on its rows");
    }

    @Test
    void aFrontMatterThatIsNotYamlIsWarnedOnceAndTheDocumentRead() throws Exception {
        // The reader says why it read the front matter line by line; the runner reports it for the file.
        Files.writeString(dir.resolve("bad.md"), "---\ntitle: 丙市关于数据: 产业的若干措施\ntags: 数据\n  - 政策\n---\n\n" + TEXT);
        Files.writeString(dir.resolve("good.md"), "---\ntitle: 丙市关于数据产业的若干措施\n---\n\n" + TEXT);
        List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
        ErrorPolicy errors = failingOn((file, reason) -> warnings.add(Path.of(file).getFileName() + ": " + reason));
        Recorder sink = new Recorder(new AtomicInteger(), 0);
        Summary s = Pipeline.builder().threads(2).reference(false).errors(errors).build().run(List.of(dir), sink);

        assertEquals(2, s.documents());
        assertEquals(0, s.failed());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("bad.md: front matter is not valid YAML ("), warnings.get(0));
        assertEquals(List.of(Iris.graph("bad.md"), Iris.graph("good.md")), sink.graphs);
    }
}
