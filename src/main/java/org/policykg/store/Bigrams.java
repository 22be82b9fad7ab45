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
 * other scripts as words, full-width forms folded, lower-cased; the same for the index and for
 * queries. A search (a phrase of pairs in a row) finds a word wherever its characters stand
 * together, names and terms no dictionary knows included (算力券 is in none). This is how Lucene's
 * CJKAnalyzer and most Chinese search engines index; the dictionary segmenter it replaces (smartcn)
 * cost about ten times the CPU (`bench-store`: two thirds of the text index's time) and missed
 * words its dictionary cut differently. Single characters are not indexed beside the pairs: that
 * doubled the index's tokens and its CPU, and kept the store build under 0.8 × tdbloader's speed;
 * so a one-character search finds a character only where it stands alone (券 does not find 算力券;
 * the remote endpoint's substring search does).
 */
final class Bigrams extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL, false);
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
