package org.policykg.segment;

import java.util.ArrayList;
import java.util.List;

/** Sentence and clause bounds in a normalised paragraph. */
public final class Sentences {
    private static final String SENTENCE_END = "。!?！？;；";
    private static final String CLAUSE_END = SENTENCE_END + ",，:：";

    private Sentences() {
    }

    public static List<Range> of(String text) {
        List<Range> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '《') {
                depth++;
            } else if ((c == '”' || c == '》') && depth > 0) {
                depth--;
            }
            if (SENTENCE_END.indexOf(c) >= 0 && depth == 0) {
                // A closing quote right after the stop belongs to the sentence.
                int end = i + 1;
                while (end < text.length() && "”’」』)".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                out.add(new Range(start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < text.length()) {
            out.add(new Range(start, text.length()));
        }
        return out;
    }

    /** The sentence containing index {@code at}. */
    public static Range at(String text, int at) {
        return at(of(text), at, text.length());
    }

    /**
     * The sentence of {@code sentences} (a text's, as {@link #of} gives them: in order, each
     * starting where the one before ends) containing {@code at}; the whole text when none does.
     */
    static Range at(List<Range> sentences, int at, int length) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Range r = sentences.get(mid);
            if (at < r.start()) {
                hi = mid - 1;
            } else if (at >= r.end()) {
                lo = mid + 1;
            } else {
                return r;
            }
        }
        return new Range(0, length);
    }

    /** Start of the clause that contains {@code at}: after the last comma, colon or stop before it. */
    public static int clauseStart(String text, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '”' || c == '》' || c == ')') {
                depth++;
            } else if ((c == '“' || c == '《' || c == '(') && depth > 0) {
                depth--;
            } else if (depth == 0 && CLAUSE_END.indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }
}
