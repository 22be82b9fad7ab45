package org.policykg.publish;

import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Quads in, whole named graphs out: the quads of one graph are gathered until another graph's
 * arrive, so memory holds one document's graph, not the corpus. The pipeline and our dumps
 * write each graph's quads together; a graph that comes back later is refused by
 * {@link Publisher#graph}, and a triple outside any named graph here.
 */
public final class GraphStream extends StreamRDFBase {
    private final BiConsumer<Node, Graph> out;
    private Node current;
    private Graph graph;

    public GraphStream(BiConsumer<Node, Graph> out) {
        this.out = out;
    }

    @Override
    public void quad(Quad q) {
        if (q.isDefaultGraph() || !q.getGraph().isURI()) {
            throw new IllegalArgumentException("a triple outside a named graph: publish sends named graphs only ("
                    + q.asTriple() + ")");
        }
        if (!q.getGraph().equals(current)) {
            flush();
            current = q.getGraph();
            graph = GraphFactory.createDefaultGraph();
        }
        graph.add(q.asTriple());
    }

    @Override
    public void triple(Triple t) {
        quad(Quad.create(Quad.defaultGraphIRI, t));
    }

    @Override
    public void finish() {
        flush();
    }

    private void flush() {
        if (current != null) {
            out.accept(current, graph);
            current = null;
            graph = null;
        }
    }
}
