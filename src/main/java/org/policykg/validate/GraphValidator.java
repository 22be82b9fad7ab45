package org.policykg.validate;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Checks a written graph against ontology/shapes.ttl. Validation runs over the
 * union of all named graphs, because the subclass axioms sh:class relies on
 * live in the reference graph.
 */
public final class GraphValidator {
    private static final String SHAPES_RESOURCE = "/org/policykg/ontology/shapes.ttl";

    private final Shapes shapes;

    public GraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes shipped in the jar. */
    public static GraphValidator standard() {
        try (InputStream in = GraphValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SHAPES_RESOURCE);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new GraphValidator(Shapes.parse(g));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GraphValidator fromFile(Path shapesFile) {
        if (!Files.isReadable(shapesFile)) {
            throw new IllegalArgumentException("cannot read shapes " + shapesFile);
        }
        return new GraphValidator(Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString())));
    }

    /** One problem, in words. */
    public record Violation(String severity, String focus, String path, String value, String message) {
        public String line() {
            return severity + ": " + focus + (path.isEmpty() ? "" : " " + path)
                    + (value.isEmpty() ? "" : " = " + value) + ": " + message;
        }
    }

    /** The outcome: conforming or not, with violations in a stable order. */
    public record Report(boolean conforms, int triples, List<Violation> violations) {
    }

    public Report validate(DatasetGraph ds) {
        Graph union = GraphFactory.createDefaultGraph();
        Iterator<Quad> it = ds.find();
        while (it.hasNext()) {
            union.add(it.next().asTriple());
        }
        return validate(union);
    }

    public Report validate(Graph data) {
        ValidationReport r = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : r.getEntries()) {
            out.add(new Violation(e.severity().level().getLocalName(), str(e.focusNode()),
                    e.resultPath() == null ? "" : e.resultPath().toString(), str(e.value()), e.message()));
        }
        out.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::path).thenComparing(Violation::message));
        return new Report(r.conforms(), data.size(), out);
    }

    private static String str(Node n) {
        if (n == null) {
            return "";
        }
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
