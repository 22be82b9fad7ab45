package org.policykg.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes quads as TriG or N-Quads in a fixed order. A file is written to a
 * temporary sibling and moved into place, so it is never seen half-written.
 */
public final class DatasetWriter {
    public enum Syntax {
        TRIG(RDFFormat.TRIG_BLOCKS), NQUADS(RDFFormat.NQUADS);

        final RDFFormat format;

        Syntax(RDFFormat format) {
            this.format = format;
        }

        /** By extension: .trig, or .nq / .nquads. */
        public static Syntax forFile(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".trig")) {
                return TRIG;
            }
            if (n.endsWith(".nq") || n.endsWith(".nquads")) {
                return NQUADS;
            }
            throw new IllegalArgumentException("cannot tell the syntax of " + file + ": use .trig, .nq or .nquads");
        }
    }

    private DatasetWriter() {
    }

    public static void write(List<Quad> sorted, Syntax syntax, OutputStream out) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, syntax.format);
        w.start();
        if (syntax == Syntax.TRIG) {
            for (String[] p : Vocab.PREFIXES) {
                w.prefix(p[0], p[1]);
            }
        }
        for (Quad q : sorted) {
            w.quad(q);
        }
        w.finish();
    }

    /** Writes atomically: to a temporary file beside {@code file}, then moved over it. */
    public static void write(List<Quad> sorted, Path file) throws IOException {
        Syntax syntax = Syntax.forFile(file);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                write(sorted, syntax, out);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
