package org.policykg.quantity;

/**
 * What the sentence around a number is about, for units that are ambiguous on their own: a
 * bare P after a number is compute only when the sentence talks about 算力, a bare G is
 * bandwidth only when it talks about networks, and a bare 亿 is money only after words like
 * 产值 or 投资 in the same clause.
 *
 * <p>A sentence runs between 。！？； but at most {@value #REACH} characters either way, and its
 * flags are computed once and cached, so long texts without punctuation stay linear.
 */
final class SentenceContext {

    private static final int REACH = 300;
    private static final int CLAUSE_REACH = 60;
    private static final String SENTENCE_ENDS = "。!?;！？；";
    private static final String CLAUSE_ENDS = "。!?;！？；,，\n";

    private static final String[] COMPUTE = ContextWords.of("compute");
    private static final String[] NETWORK = ContextWords.of("network");
    private static final String[] MONEY = ContextWords.of("money");
    private static final String[] NOT_MONEY = ContextWords.of("not-money");
    private static final String[] INDEX_METRICS = ContextWords.of("index-metric");

    private final CharSequence s;
    private int from = -1;
    private int to = -1;
    private Boolean compute;
    private Boolean network;

    SentenceContext(CharSequence s) {
        this.s = s;
    }

    boolean aboutCompute(int pos) {
        locate(pos);
        if (compute == null) {
            compute = containsAny(from, to, COMPUTE);
        }
        return compute;
    }

    boolean aboutNetworks(int pos) {
        locate(pos);
        if (network == null) {
            network = containsAny(from, to, NETWORK);
        }
        return network;
    }

    /**
     * Whether the clause before {@code pos} names an amount of money (产值超过2.6万亿) and
     * does not go on to count people (中等收入群体超过4亿).
     */
    boolean moneyBefore(int pos) {
        int from = clauseStart(pos);
        int cue = lastIndexOfAny(from, pos, MONEY);
        return cue >= 0 && lastIndexOfAny(cue, pos, NOT_MONEY) < 0;
    }

    /** Whether the clause before {@code pos} names an index (指数, PUE) a plain number is set for. */
    boolean indexBefore(int pos) {
        return containsAny(clauseStart(pos), pos, INDEX_METRICS);
    }

    private void locate(int pos) {
        if (pos >= from && pos < to) {
            return;
        }
        int a = pos;
        while (a > 0 && pos - a < REACH && SENTENCE_ENDS.indexOf(s.charAt(a - 1)) < 0) {
            a--;
        }
        int b = pos;
        while (b < s.length() && b - pos < REACH && SENTENCE_ENDS.indexOf(s.charAt(b)) < 0) {
            b++;
        }
        from = a;
        to = Math.max(b, pos + 1);
        compute = null;
        network = null;
    }

    private int clauseStart(int pos) {
        int a = pos;
        while (a > 0 && pos - a < CLAUSE_REACH && CLAUSE_ENDS.indexOf(s.charAt(a - 1)) < 0) {
            a--;
        }
        return a;
    }

    private int lastIndexOfAny(int a, int b, String[] words) {
        for (int i = b - 1; i >= a; i--) {
            for (String w : words) {
                if (i + w.length() <= b && ComparatorLexicon.startsWith(s, i, w)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private boolean containsAny(int a, int b, String[] words) {
        for (int i = a; i < b; i++) {
            for (String w : words) {
                if (i + w.length() <= b && ComparatorLexicon.startsWith(s, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
