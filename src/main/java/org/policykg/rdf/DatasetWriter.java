package org.policykg.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes a stream of quads as TriG or N-Quads, in the order they come (the pipeline
 * sends them sorted). A file is written to a temporary sibling and moved into place
 * when the stream finishes, so it is never seen half-written. A name ending in .gz is
 * written gzip-compressed as it streams (a corpus's N-Quads are some 20 times its text).
 */
public final class DatasetWriter {
    public enum Syntax {
        TRIG(RDFFormat.TRIG_BLOCKS), NQUADS(RDFFormat.NQUADS);

        final RDFFormat format;

        Syntax(RDFFormat format) {
            this.format = format;
        }

        /** By extension: .trig, or .nq / .nquads; each may be followed by .gz. */
        public static Syntax forFile(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (gzipped(file)) {
                n = n.substring(0, n.length() - ".gz".length());
            }
            if (n.endsWith(".trig")) {
                return TRIG;
            }
            if (n.endsWith(".nq") || n.endsWith(".nquads")) {
                return NQUADS;
            }
            throw new IllegalArgumentException("cannot tell the syntax of " + file
                    + ": use .trig, .nq or .nquads, optionally with .gz");
        }
    }

    /** Whether {@code file} is written gzip-compressed: its name ends in .gz. */
    public static boolean gzipped(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private DatasetWriter() {
    }

    /** A stream writing to {@code out}; TriG gets the project's prefixes when the stream starts. */
    public static StreamRDF stream(OutputStream out, Syntax syntax) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, syntax.format);
        if (syntax == Syntax.NQUADS) {
            return new NQuadsChunks(w, out);
        }
        return new StreamRDFWrapper(w) {
            @Override
            public void start() {
                super.start();
                for (String[] p : Vocab.PREFIXES) {
                    super.prefix(p[0], p[1]);
                }
            }
        };
    }

    /**
     * N-Quads, which has no state between lines (no prefixes, no blank-node labels here: every
     * node is an IRI or a literal), so a document formatted apart is byte for byte what the
     * stream would write. Chunks go to {@code out} directly: after the first quad written one by
     * one, the writer may hold buffered text, so the two ways are not mixed.
     */
    private static final class NQuadsChunks extends StreamRDFWrapper implements DocumentChunks {
        private final OutputStream out;
        private boolean quadsWritten;

        NQuadsChunks(StreamRDF writer, OutputStream out) {
            super(writer);
            this.out = out;
        }

        @Override
        public void quad(Quad q) {
            quadsWritten = true;
            super.quad(q);
        }

        @Override
        public boolean chunked() {
            return true;
        }

        @Override
        public byte[] format(List<Quad> quads) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(quads.size() * 160);
            StreamRDF w = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
            w.start();
            quads.forEach(w::quad);
            w.finish();
            return bytes.toByteArray();
        }

        @Override
        public void append(byte[] formatted, List<Quad> quads) {
            if (quadsWritten) {
                throw new IllegalStateException("chunks after quads written one by one");
            }
            try {
                out.write(formatted);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A stream writing to {@code file} (syntax by extension). The folder and a temporary
     * sibling are made now, so an unwritable place is known before any work is done.
     */
    public static FileStream open(Path file) throws IOException {
        return new FileStream(file, Syntax.forFile(file));
    }

    /** Writes a list, start to finish. */
    public static void write(List<Quad> sorted, Syntax syntax, OutputStream out) {
        StreamRDF w = stream(out, syntax);
        w.start();
        sorted.forEach(w::quad);
        w.finish();
    }

    /** Writes a list atomically to {@code file}. */
    public static void write(List<Quad> sorted, Path file) throws IOException {
        try (FileStream w = open(file)) {
            w.start();
            sorted.forEach(w::quad);
            w.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A file being written: {@link #finish()} moves it into place; {@link #close()}
     * without a finish (the run failed) deletes the temporary file and leaves any
     * earlier file whole. Write errors surface as {@link UncheckedIOException}.
     */
    public static final class FileStream extends StreamRDFWrapper implements AutoCloseable, DocumentChunks {
        private final Path file;
        private final Path tmp;
        private final OutputStream out;
        private boolean finished;

        private FileStream(Path file, Syntax syntax) throws IOException {
            this(file, syntax, special(file) ? null : temporarySibling(file));
        }

        private FileStream(Path file, Syntax syntax, Path tmp) throws IOException {
            this(file, tmp, compressedIfAsked(file, tmp == null ? Files.newOutputStream(file) : Files.newOutputStream(tmp,
                    StandardOpenOption.WRITE)), syntax);
        }

        /** Buffered, and gzip-compressed for a .gz name; closing it finishes the gzip stream. */
        private static OutputStream compressedIfAsked(Path file, OutputStream raw) throws IOException {
            if (!gzipped(file)) {
                return new BufferedOutputStream(raw, 1 << 16);
            }
            try {
                return new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16), 1 << 16);
            } catch (IOException e) {
                raw.close();
                throw e;
            }
        }

        private FileStream(Path file, Path tmp, OutputStream out, Syntax syntax) {
            super(stream(out, syntax));
            this.file = file;
            this.tmp = tmp;
            this.out = out;
        }

        /**
         * An output that exists and is not a regular file (a device such as /dev/stdout, a pipe,
         * or a link to one) is written directly: moving a file onto it would replace it.
         */
        static boolean special(Path file) {
            return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
        }

        /**
         * An empty temporary sibling, created as an ordinary new file so that it gets the mode the
         * umask gives (Files.createTempFile makes it 0600 whatever the umask, and the move keeps that).
         */
        private static Path temporarySibling(Path file) throws IOException {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            java.util.Random random = new java.util.Random();
            for (int attempt = 0; ; attempt++) {
                Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                        + Long.toUnsignedString(random.nextLong(), 36) + ".tmp");
                try {
                    Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                    return tmp;
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    if (attempt > 100) {
                        throw e;
                    }
                }
            }
        }

        public Path file() {
            return file;
        }

        @Override
        public boolean chunked() {
            return other instanceof DocumentChunks c && c.chunked();
        }

        @Override
        public byte[] format(List<Quad> quads) {
            return ((DocumentChunks) other).format(quads);
        }

        @Override
        public void append(byte[] formatted, List<Quad> quads) {
            try {
                ((DocumentChunks) other).append(formatted, quads);
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException(file + ": " + e.getCause().getMessage(), e.getCause());
            }
        }

        @Override
        public void quad(Quad q) {
            try {
                super.quad(q);
            } catch (RuntimeIOException e) {
                throw unchecked(e);
            }
        }

        @Override
        public void finish() {
            try {
                super.finish();
                out.close();
                if (tmp != null) {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                finished = true;
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            } catch (RuntimeIOException e) {
                throw unchecked(e);
            }
        }

        private UncheckedIOException unchecked(RuntimeIOException e) {
            IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
            return new UncheckedIOException(file + ": " + cause.getMessage(), cause);
        }

        @Override
        public void close() throws IOException {
            if (!finished) {
                try {
                    out.close();
                } catch (IOException e) {
                    // Already reported by the write that failed; the temporary file goes all the same.
                } finally {
                    if (tmp != null) {
                        Files.deleteIfExists(tmp);
                    }
                }
            }
        }
    }
}
