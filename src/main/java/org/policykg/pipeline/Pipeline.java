package org.policykg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.policykg.ingest.DocumentReader;
import org.policykg.ingest.InputException;
import org.policykg.ingest.Source;
import org.policykg.ingest.SourceReader;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.QuadCollector;
import org.policykg.rdf.QuadSink;
import org.policykg.rdf.ReferenceData;
import org.policykg.rdf.Vocab;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Analyzer;
import org.policykg.analysis.Context;
import org.policykg.concern.Concern;
import org.policykg.concern.Emitter;
import org.policykg.concern.Findings;
import org.policykg.extract.Concerns;
import org.policykg.concern.Emitter;

/**
 * Runs the stages over many files: read, parse, analyse, extract. Each document
 * is extracted into its own buffer and handed on only when it succeeded, so a
 * failure never leaves half a document in the output.
 */
public final class Pipeline {
    private final SourceReader reader;
    private final Analyzer analyzer;
    private final Concerns concerns;
    private final List<Concern<?>> emitted;
    private final ErrorPolicy errors;
    private final Progress progress;
    private final int threads;
    private final boolean reference;

    private Pipeline(Builder b) {
        this.reader = b.reader;
        this.analyzer = new Analyzer(b.context);
        this.concerns = b.concerns;
        this.emitted = b.emitted == null ? b.concerns.all() : List.copyOf(b.emitted);
        this.errors = b.errors;
        this.progress = b.progress;
        this.threads = b.threads;
        this.reference = b.reference;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The quads of one source, or the reason it failed. */
    public QuadCollector extract(Source source) throws InputException {
        Analysis a = analyzer.analyze(DocumentReader.parse(source));
        Findings found = concerns.resolve(a);
        QuadCollector quads = new QuadCollector();
        concerns.emit(a, found, new Emitter(quads, source), emitted);
        return quads;
    }

    private static final class Outcome {
        final String graph;
        final List<Quad> quads;
        final long characters;

        Outcome(String graph, List<Quad> quads, long characters) {
            this.graph = graph;
            this.quads = quads;
            this.characters = characters;
        }
    }

    /**
     * Extracts every input into {@code sink}, in the order output is written: document
     * graphs by IRI, each sorted on the thread that extracted it, then the reference graph.
     */
    public Summary run(List<Path> inputs, QuadSink sink) {
        long t0 = System.nanoTime();
        AtomicInteger failed = new AtomicInteger();
        ErrorPolicy counting = e -> {
            failed.incrementAndGet();
            errors.failed(e);
        };
        List<Path> files = Inputs.collect(inputs, counting);
        int collectFailures = failed.get();
        progress.started(files.size());
        AtomicInteger finished = new AtomicInteger();
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), r -> {
            Thread t = new Thread(r, "policykg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    try {
                        Source s = reader.read(f);
                        List<Quad> q;
                        try {
                            q = extract(s).sorted();
                        } catch (InputException e) {
                            throw e;
                        } catch (RuntimeException | StackOverflowError e) {
                            throw new InputException(f.toString(), "extraction failed: " + e, e);
                        }
                        return new Outcome(graphOf(s).getURI(), q, s.codePointLength());
                    } catch (InputException e) {
                        counting.failed(e);
                        return null;
                    } finally {
                        progress.done(finished.incrementAndGet(), f.getFileName().toString());
                    }
                }));
            }
            for (Future<Outcome> fu : futures) {
                Outcome o = fu.get();
                if (o != null) {
                    outcomes.add(o);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        int quads = 0;
        long chars = 0;
        Set<Node> policies = new HashSet<>();
        outcomes.sort(Comparator.comparing(o -> o.graph));
        for (Outcome o : outcomes) {
            chars += o.characters;
            quads += o.quads.size();
            for (Quad q : o.quads) {
                sink.quad(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                if (q.getPredicate().equals(Vocab.type) && q.getObject().equals(POL.Policy)) {
                    policies.add(q.getSubject());
                }
            }
        }
        if (reference) {
            for (Quad q : ReferenceData.sorted()) {
                sink.quad(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                quads++;
            }
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new Summary(files.size() + collectFailures, failed.get(), chars, quads, policies.size(), millis);
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
        private boolean reference = true;

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
