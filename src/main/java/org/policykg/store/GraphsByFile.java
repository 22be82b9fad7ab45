package org.policykg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.policykg.rdf.Iris;

/**
 * Passes quads on and notes which input file each named graph came from, in the order the
 * graphs arrive: a document's graph is named from its file ({@link Iris#graph}), a table
 * row's from {@code FILE#row-N} or {@code FILE#sheet-K-row-N}, which slug to the file's graph IRI plus
 * {@code -row-N} or {@code -sheet-K-row-N}.
 */
final class GraphsByFile extends StreamRDFWrapper {
    private static final Pattern ROW = Pattern.compile("(.*?)(?:-sheet-\\d+)?-row-\\d+");
    private final Map<String, String> fileOfGraph = new HashMap<>();
    private final Map<String, Set<String>> graphs = new HashMap<>();
    private String lastGraph;

    GraphsByFile(StreamRDF out, List<Path> files) {
        super(out);
        for (Path f : files) {
            String name = f.getFileName().toString();
            fileOfGraph.put(Iris.graph(name).getURI(), name);
        }
    }

    @Override
    public void quad(Quad q) {
        String g = q.getGraph().getURI();
        if (!g.equals(lastGraph)) { // quads come graph by graph: look up once per graph
            lastGraph = g;
            if (!g.equals(Iris.REFERENCE_GRAPH.getURI())) {
                String file = fileOfGraph.get(g);
                if (file == null) {
                    Matcher m = ROW.matcher(g);
                    file = m.matches() ? fileOfGraph.get(m.group(1)) : null;
                }
                if (file == null) {
                    throw new IllegalStateException("a graph of no input file: " + g);
                }
                graphs.computeIfAbsent(file, k -> new LinkedHashSet<>()).add(g);
            }
        }
        super.quad(q);
    }

    /** The graphs of {@code name}, in the order they came; none when it failed. */
    List<String> of(String name) {
        return new ArrayList<>(graphs.getOrDefault(name, Set.of()));
    }
}
