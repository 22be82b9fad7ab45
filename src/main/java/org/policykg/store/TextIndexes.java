package org.policykg.store;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

/**
 * The full-text index: labels, titles, aliases, metrics, headings and evidence quotes,
 * indexed as Chinese character pairs ({@link Bigrams}), queried in SPARQL as
 * {@code ?s text:query "算力券"} (field {@value #FIELD}).
 */
public final class TextIndexes {
    /** The one field every indexed predicate writes to. */
    public static final String FIELD = "text";
    private static final Node[] INDEXED = {Vocab.label, POL.title, POL.alias, POL.quote, POL.metric, POL.heading};

    private TextIndexes() {
    }

    /** The Lucene field holding the named graph an entity was indexed from. */
    static final String GRAPH_FIELD = "graph";

    /** {@code base} with a Lucene index in {@code dir}: quads added to it are indexed as they come. */
    static DatasetGraph wrap(DatasetGraph base, Path dir) throws IOException {
        return TextDatasetFactory.create(base, open(dir), true);
    }

    /** The Lucene index in {@code dir}, created when absent. */
    static TextIndex open(Path dir) throws IOException {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setAnalyzer(new Bigrams());
        config.setQueryAnalyzer(new Bigrams());
        config.setValueStored(true); // search results show what matched
        return TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config);
    }

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", FIELD, GRAPH_FIELD);
        for (Node p : INDEXED) {
            def.set(FIELD, p);
        }
        def.setPrimaryPredicate(Vocab.label);
        def.setLangField("lang");
        return def;
    }

    /** Whether {@link #add} would index {@code q}: its predicate is one of the indexed ones and its object a literal. */
    static boolean indexed(Quad q) {
        if (!q.getObject().isLiteral()) {
            return false;
        }
        Node p = q.getPredicate();
        for (Node i : INDEXED) {
            if (i.equals(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Indexes one quad as {@link org.apache.jena.query.text.DatasetGraphText} does when the quad
     * is added through it (one Lucene document per quad of an indexed predicate); others are ignored.
     */
    static void add(TextIndex index, Quad q) {
        Entity e = TextQueryFuncs.entityFromQuad(index.getDocDef(), q);
        if (e != null) {
            index.addEntity(e);
        }
    }

    /**
     * Removes every entity indexed from {@code graph}. jena-text drops deletes when no uid field
     * is configured, and deleting quad by quad would cost a term lookup each: a graph's entities
     * all carry its IRI in {@link #GRAPH_FIELD} (an untokenised field), so one delete by term does it.
     */
    static void removeGraph(TextIndex index, String graph) {
        try {
            ((TextIndexLucene) index).getIndexWriter().deleteDocuments(new Term(GRAPH_FIELD, graph));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("text index: " + e.getMessage(), e);
        }
    }
}
