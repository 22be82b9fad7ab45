package org.policykg.concern;

import java.util.List;
import org.policykg.analysis.Analysis;
import org.policykg.score.Annotations;
import org.policykg.score.GraphView;
import org.policykg.score.Scores;

/**
 * One concern of the graph (documents, regions, agencies, policies, reports, targets,
 * measures, companies): what it finds in a document, how it writes that as RDF, and how
 * an annotated document scores it. A concern reads the shared {@link Analysis} and the
 * findings of the concerns it {@link #needs() needs}; it never sees the others or the
 * store, and agrees with them on IRIs through {@link org.policykg.rdf.Iris}.
 *
 * @param <F> what the concern finds in one document
 */
public interface Concern<F> {
    /** A short name: messages, the golden folder (src/test/resources/golden/NAME) and benchmarks. */
    String name();

    /** The concerns whose findings {@link #resolve} reads; the registry runs them first. */
    default List<Class<? extends Concern<?>>> needs() {
        return List.of();
    }

    /** What this document states for this concern. */
    F resolve(Analysis a, Findings before);

    /** Writes the findings into the document's named graph, each fact with its evidence. */
    void emit(F found, Analysis a, Findings all, Emitter out);

    /** Scores what was written for one annotated document. */
    void score(Annotations.Doc doc, GraphView graph, Scores scores);
}
