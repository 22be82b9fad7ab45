package org.policykg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.policykg.ingest.Columns;
import org.policykg.ingest.Debris;
import org.policykg.ingest.RowSources;
import org.policykg.ingest.DocumentReader;
import org.policykg.ingest.InputException;
import org.policykg.ingest.ParsedDocument;
import org.policykg.ingest.Source;
import org.policykg.ingest.SourceReader;
import org.policykg.rdf.DocumentChunks;
import org.policykg.rdf.Iris;
import org.policykg.rdf.QuadCollector;
import org.policykg.rdf.ReferenceData;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Analyzer;
import org.policykg.analysis.Context;
import org.policykg.concern.Concern;
import org.policykg.concern.Emitter;
import org.policykg.concern.Findings;
import org.policykg.extract.Concerns;

/**
 * Runs the stages over many files: read, parse, analyse, extract. Each document
 * is extracted into its own buffer and handed on only when it succeeded, so a
 * failure never leaves half a document in the output; finished documents stream
 * on to the sink in written order.
 */
public final class Pipeline {
    private final SourceReader reader;
    private final Analyzer analyzer;
    private final Concerns concerns;
    private final List<Concern<?>> emitted;
    private final ErrorPolicy errors;
    private final Progress progress;
    private final int threads;
    private final long bytesInFlight;
    private final boolean reference;
    private final Columns columns;

    private Pipeline(Builder b) {
        this.columns = b.columns;
        this.reader = b.reader;
        this.analyzer = new Analyzer(b.context);
        this.concerns = b.concerns;
        this.emitted = b.emitted == null ? b.concerns.all() : List.copyOf(b.emitted);
        this.errors = b.errors;
        this.progress = b.progress;
        this.threads = b.threads;
        this.bytesInFlight = b.bytesInFlight;
        this.reference = b.reference;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The quads of one source, or the reason it failed. */
    public QuadCollector extract(Source source) throws InputException {
        return extract(source, DocumentReader.parse(source));
    }

    /** The quads of a source already read ({@code parsed}; a page written as a script is read from other text). */
    private QuadCollector extract(Source source, ParsedDocument parsed) {
        Analysis a = analyzer.analyze(parsed);
        Findings found = concerns.resolve(a);
        QuadCollector quads = new QuadCollector();
        concerns.emit(a, found, new Emitter(quads, source), emitted);
        return quads;
    }

    /** A document extracted: its quads in written order, and its length for the summary. */
    private record Outcome(List<Quad> quads, long characters, byte[] formatted) {
    }

    /** A document handed to the pool, and its file's size while it is in flight. */
    private record Pending(Future<Outcome> outcome, long bytes) {
    }

    /**
     * Extracts every input into {@code sink}, from its start to its finish, in the order
     * output is written: document graphs by IRI, each sorted on the thread that extracted
     * it, then the reference graph. The order is known before any document is read (a
     * graph's IRI comes from its file name), so the pool works a window ahead of the
     * writer and each document goes to the sink as soon as those before it have: memory
     * holds a window of documents, not the corpus. A document that fails sends nothing.
     *
     * <p>The window is two documents per thread, widened to a budget of bytes per thread:
     * counted in documents alone, a long document at its head leaves the other threads
     * idle once they have done the few behind it (the seeds copied, one of 93 KB among
     * ones of 6-24 KB, hit this every fifth document), while bytes still bound what waits
     * in memory.
     */
    public Summary run(List<Path> inputs, StreamRDF sink) {
        long t0 = System.nanoTime();
        AtomicInteger failed = new AtomicInteger();
        ErrorPolicy counting = new ErrorPolicy() {
            @Override
            public void failed(InputException e) {
                failed.incrementAndGet();
                errors.failed(e);
            }

            @Override
            public void warned(String file, String reason) {
                errors.warned(file, reason);
            }
        };
        List<Path> files = inWrittenOrder(Inputs.collect(inputs, counting));
        int collectFailures = failed.get();
        progress.started(files.size());
        AtomicInteger finished = new AtomicInteger();
        // Not bounded by the number of files: a table is one file of many documents (a CSV ran its
        // rows on one thread of two). The pool starts a thread only for a job, so one document takes one.
        int poolSize = Math.max(1, threads);
        int window = 2 * poolSize;
        long budget = bytesInFlight * poolSize;
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
            Thread t = new Thread(r, "policykg-extract");
            t.setDaemon(true);
            return t;
        });
        long chars = 0;
        DocumentChunks chunks = sink instanceof DocumentChunks c && c.chunked() ? c : null;
        Jobs next = new Jobs(files, counting, finished, chunks);
        sink.start();
        try {
            Deque<Pending> inFlight = new ArrayDeque<>();
            long bytes = 0;
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (next.hasNext() && (inFlight.size() < window || bytes < budget)) {
                    Job j = next.next();
                    Pending p = new Pending(pool.submit(j.work()), j.bytes());
                    inFlight.add(p);
                    bytes += p.bytes();
                }
                if (inFlight.isEmpty()) {
                    continue;
                }
                Pending head = inFlight.remove();
                bytes -= head.bytes();
                Outcome o = head.outcome().get();
                if (o != null) {
                    chars += o.characters();
                    if (o.formatted() != null) {
                        chunks.append(o.formatted(), o.quads());
                    } else {
                        o.quads().forEach(sink::quad);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            next.close();
            pool.shutdownNow();
        }
        if (reference && chunks != null) {
            List<Quad> ref = ReferenceData.sorted();
            chunks.append(chunks.format(ref), ref);
        } else if (reference) {
            ReferenceData.sorted().forEach(sink::quad);
        }
        sink.finish();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new Summary(next.documents() + collectFailures, failed.get(), chars, millis);
    }

    /** A file's size for the window; one that cannot be read counts nothing (the reader reports it). */
    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    /** A document to extract on the pool, and the bytes it holds while in flight. */
    private record Job(java.util.concurrent.Callable<Outcome> work, long bytes) {
    }

    /**
     * The documents of the files in order: a file is one document, read on a pool thread; a table
     * is read here a row at a time, each row a document, so a table of any length is never held
     * whole. A row that cannot be a document is reported and the rows after it go on.
     */
    private final class Jobs implements java.io.Closeable {
        private final Iterator<Path> files;
        private final ErrorPolicy counting;
        private final AtomicInteger finished;
        private RowSources table;
        private Job ahead;
        private int documents;

        private final DocumentChunks chunks;

        Jobs(List<Path> files, ErrorPolicy counting, AtomicInteger finished, DocumentChunks chunks) {
            this.chunks = chunks;
            this.files = files.iterator();
            this.counting = counting;
            this.finished = finished;
        }

        int documents() {
            return documents;
        }

        boolean hasNext() {
            while (ahead == null) {
                if (table != null) {
                    try {
                        Source s = table.next();
                        if (s == null) {
                            closeTable();
                            continue;
                        }
                        documents++;
                        ahead = new Job(() -> extractOrReport(s.name(), () -> s, counting, null, chunks),
                                3L * s.text().length());
                    } catch (InputException e) {
                        documents++;
                        counting.failed(e);
                    }
                    continue;
                }
                if (!files.hasNext()) {
                    return false;
                }
                Path f = files.next();
                SourceReader.Kind kind = reader.kind(f);
                if (kind == SourceReader.Kind.DOCUMENT) {
                    documents++;
                    ahead = new Job(() -> extractOrReport(f.getFileName().toString(), () -> reader.read(f), counting, finished, chunks), sizeOf(f));
                } else {
                    try {
                        table = reader.table(f, kind, columns);
                    } catch (InputException e) {
                        documents++;
                        counting.failed(e);
                    }
                }
            }
            return true;
        }

        Job next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Job j = ahead;
            ahead = null;
            return j;
        }

        /** A table counts as one file in the progress, done when its last row has been read. */
        private void closeTable() {
            progress.done(finished.incrementAndGet(), table.file());
            try {
                table.close();
            } catch (IOException e) {
                counting.warned(table.toString(), "not closed: " + e.getMessage());
            }
            table = null;
        }

        @Override
        public void close() {
            if (table != null) {
                closeTable();
            }
        }
    }

    /** Reads a source; for a file, on the pool thread. */
    private interface Reading {
        Source read() throws InputException;
    }

    /**
     * One document on a pool thread; null when it failed (reported through {@code counting}). A
     * file's document counts in the progress ({@code finished}); a table's rows do not, the table does.
     */
    private Outcome extractOrReport(String shown, Reading reading, ErrorPolicy counting, AtomicInteger finished,
                                    DocumentChunks chunks) {
        try {
            Source s = reading.read();
            String debris = Debris.describe(s.text());
            if (debris != null) {
                counting.warned(s.location(), debris);
            }
            List<Quad> q;
            try {
                ParsedDocument parsed = DocumentReader.parse(s);
                for (String warning : parsed.warnings()) {
                    counting.warned(s.location(), warning); // a front matter read line by line
                }
                q = extract(s, parsed).sorted();
            } catch (InputException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                throw new InputException(s.location(), "extraction failed: " + e, e);
            }
            // Formatted here, on the pool thread, when the sink allows it: see DocumentChunks.
            return new Outcome(q, s.codePointLength(), chunks == null ? null : chunks.format(q));
        } catch (InputException e) {
            counting.failed(e);
            return null;
        } finally {
            if (finished != null) {
                progress.done(finished.incrementAndGet(), shown);
            }
        }
    }

    /**
     * Files in the order their graphs are written: by graph IRI, made from the file name as
     * {@link #graphOf} makes it from the source's. The sort is stable, so files whose names
     * give one IRI keep the order they were collected in, as they always have.
     */
    static List<Path> inWrittenOrder(List<Path> files) {
        record Keyed(String graph, Path file) {
        }
        List<Keyed> keyed = new ArrayList<>(files.size());
        for (Path f : files) {
            keyed.add(new Keyed(Iris.graph(f.getFileName().toString()).getURI(), f));
        }
        keyed.sort(Comparator.comparing(Keyed::graph));
        return keyed.stream().map(Keyed::file).toList();
    }

    /** The graph IRI a document's triples go to. */
    public static Node graphOf(Source s) {
        return Iris.graph(s.name());
    }

    public static final class Builder {
        private SourceReader reader = new SourceReader();
        private Context context;
        private Concerns concerns;
        private List<Concern<?>> emitted;
        private ErrorPolicy errors = ErrorPolicy.strict();
        private Progress progress = Progress.none();
        private int threads = 1;
        // A document's quads take some ten times its file's size in heap: 256 KB of files is ~2.5 MB waiting.
        private long bytesInFlight = 256 << 10;
        private boolean reference = true;
        private Columns columns = Columns.GUESS;

        /** Which columns of a table of documents are its text and title (default: guessed from their names). */
        public Builder columns(Columns c) {
            this.columns = c;
            return this;
        }

        public Builder reader(SourceReader r) {
            this.reader = r;
            return this;
        }

        /** What the analysis and the concerns look things up in (default: {@link Context#standard()}). */
        public Builder context(Context c) {
            this.context = c;
            return this;
        }

        /** Write only what these concerns find (the others still run when they are needed): golden tests. */
        public Builder emit(List<Concern<?>> only) {
            this.emitted = only;
            return this;
        }

        public Builder errors(ErrorPolicy e) {
            this.errors = e;
            return this;
        }

        public Builder progress(Progress p) {
            this.progress = p;
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /** Bytes of documents (file sizes) a thread may have in flight beyond its two; for tests. */
        Builder bytesInFlight(long perThread) {
            this.bytesInFlight = perThread;
            return this;
        }

        /** Whether to add the reference graph (ontology, concepts, gazetteer); on by default. */
        public Builder reference(boolean r) {
            this.reference = r;
            return this;
        }

        public Pipeline build() {
            if (context == null) {
                context = Context.standard();
            }
            concerns = Concerns.standard(context);
            return new Pipeline(this);
        }
    }
}
