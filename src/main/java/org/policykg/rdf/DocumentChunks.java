package org.policykg.rdf;

import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * A sink whose syntax can be written a document at a time on any thread. The pipeline formats
 * each document's quads on the thread that extracted it and the sink only appends the bytes in
 * order: formatting on the one writing thread took a quarter of a core beside each extraction
 * thread (measured with bench-scale), which bounded what a second thread could add.
 */
public interface DocumentChunks extends StreamRDF {
    /** Whether {@link #format} and {@link #append} may be used; otherwise quads go one by one. */
    boolean chunked();

    /** The quads as the sink would write them; safe to call from several threads at once. */
    byte[] format(List<Quad> quads);

    /** Appends what {@link #format} made of {@code quads}, which are given for sinks that also count. */
    void append(byte[] formatted, List<Quad> quads);
}
