package org.policykg.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.policykg.analysis.Context;
import org.policykg.concern.Concern;
import org.policykg.extract.Concerns;
import org.policykg.score.Annotations;
import org.policykg.score.GraphView;
import org.policykg.score.Score;
import org.policykg.score.Scores;

/**
 * Compares an extracted graph with the annotations: each concern of the registry
 * scores its own part. Each document is scored on its own named graph: what that
 * document states, not what the merged node learned from other documents.
 */
public final class Evaluator {
    private final Dataset dataset;
    private final Concerns concerns;
    private final Scores scores = new Scores();
    /** The document and graph IRI of a view that finds nothing: what a failed document's facts are scored against. */
    private static final String NOT_EXTRACTED = "urn:policykg:eval:not-extracted";

    /** {@code ds}: the extracted named graphs; its default graph is made their union (labels, concepts). */
    public Evaluator(DatasetGraph ds) {
        this(ds, Concerns.standard(Context.standard()));
    }

    public Evaluator(DatasetGraph ds, Concerns concerns) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        ds.find().forEachRemaining(q -> {
            copy.add(q);
            copy.getDefaultGraph().add(q.asTriple());
        });
        this.dataset = DatasetFactory.wrap(copy);
        this.concerns = concerns;
    }

    public Map<String, Score> scores() {
        return scores.asMap();
    }

    public Map<String, Score> evaluate(List<Annotations.Doc> docs) {
        for (Annotations.Doc d : docs) {
            Set<String> iris = GraphView.values(dataset,
                    "SELECT ?v WHERE { ?v a pol:Document ; pol:sourceFile \"" + d.file().replace("\"", "") + "\" }");
            GraphView view;
            if (iris.isEmpty()) {
                // A document the extractor failed on misses every fact it holds, not only itself.
                view = new GraphView(dataset, NOT_EXTRACTED, NOT_EXTRACTED);
            } else {
                String doc = iris.iterator().next();
                String graph = GraphView.values(dataset, "SELECT ?v WHERE { <" + doc + "> pol:namedGraph ?v }").iterator().next();
                view = new GraphView(dataset, doc, graph);
            }
            Annotations.Doc resolved = OwnPolicyTitles.resolve(d, view);
            for (Concern<?> c : concerns.all()) {
                c.score(resolved, view, scores);
            }
        }
        return scores.asMap();
    }
}
