package org.policykg.store;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.store.FSDirectory;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

/**
 * The full-text index: labels, titles, aliases, metrics, headings and evidence quotes,
 * segmented into Chinese words by Lucene's SmartChineseAnalyzer, queried in SPARQL as
 * {@code ?s text:query "算力券"} (field {@value #FIELD}).
 */
public final class TextIndexes {
    /** The one field every indexed predicate writes to. */
    public static final String FIELD = "text";
    private static final Node[] INDEXED = {Vocab.label, POL.title, POL.alias, POL.quote, POL.metric, POL.heading};

    private TextIndexes() {
    }

    /** {@code base} with a Lucene index in {@code dir}: quads added to it are indexed as they come. */
    static DatasetGraph wrap(DatasetGraph base, Path dir) throws IOException {
        EntityDefinition def = new EntityDefinition("uri", FIELD, "graph");
        for (Node p : INDEXED) {
            def.set(FIELD, p);
        }
        def.setPrimaryPredicate(Vocab.label);
        def.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new SmartChineseAnalyzer());
        config.setQueryAnalyzer(new SmartChineseAnalyzer());
        config.setValueStored(true); // search results show what matched
        TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config);
        return TextDatasetFactory.create(base, index, true);
    }
}
