package org.policykg.store;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The text index's analysis: Chinese as overlapping pairs of characters (算力券 → 算力 力券),
 * other scripts as words, full-width forms folded, lower-cased. The index also holds each Chinese
 * character alone, so a one-character search (券) finds 算力券 and 数据券; a longer search is its
 * pairs in a row, so a word matches wherever its characters stand together, names and terms no
 * dictionary knows included (算力券 is in none). This is how Lucene's CJKAnalyzer and most
 * Chinese search engines index; the dictionary segmenter it replaces (smartcn) cost about ten
 * times the CPU (`bench-store`: two thirds of the text index's time) and missed words its
 * dictionary cut differently.
 */
final class Bigrams extends Analyzer {
    /** For the index: pairs and single characters. */
    static Bigrams forIndex() {
        return new Bigrams(true);
    }

    /** For queries: pairs, a character alone only when it stands alone. */
    static Bigrams forQuery() {
        return new Bigrams(false);
    }

    private final boolean unigrams;

    private Bigrams(boolean unigrams) {
        this.unigrams = unigrams;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL, unigrams);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected Reader initReader(String field, Reader reader) {
        return new CJKWidthCharFilter(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String field, Reader reader) {
        return new CJKWidthCharFilter(reader);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
