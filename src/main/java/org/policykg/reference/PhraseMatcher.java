package org.policykg.reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * Aho–Corasick matching of many phrases in one pass over the text: dictionary
 * lookups (region and agency names) must stay linear in the text length. The
 * root indexes its children by char; inner nodes keep a few children in small
 * sorted arrays, so matching allocates nothing per character.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {
    /** One occurrence of a phrase: {@code [start, end)} in the text. */
    public record Hit<T>(int start, int end, String phrase, List<T> values) {
        public int length() {
            return end - start;
        }
    }

    private static final class Node<T> {
        char[] keys = new char[0];
        Node<T>[] kids = newArray(0);
        Node<T> fail;
        Node<T> output; // nearest node on the fail chain that ends a phrase
        String phrase;
        List<T> values;

        Node<T> child(char c) {
            char[] k = keys;
            if (k.length <= 8) { // most nodes have one or two children: a scan beats a search
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(k, c);
            return i >= 0 ? kids[i] : null;
        }

        Node<T> add(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            int at = -i - 1;
            Node<T> n = new Node<>();
            char[] k = new char[keys.length + 1];
            Node<T>[] v = newArray(kids.length + 1);
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(kids, 0, v, 0, at);
            k[at] = c;
            v[at] = n;
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(kids, at, v, at + 1, kids.length - at);
            keys = k;
            kids = v;
            return n;
        }

        @SuppressWarnings("unchecked")
        private static <T> Node<T>[] newArray(int n) {
            return (Node<T>[]) new Node[n];
        }
    }

    private final Node<T> root;
    /** The root's children by char, for the lookups that fail most; null for small dictionaries. */
    private final Node<T>[] rootIndex;
    private final int size;

    private PhraseMatcher(Node<T> root, int size) {
        this.root = root;
        this.size = size;
        // A direct index pays only for large dictionaries; small per-document ones search the root's keys.
        if (root.keys.length > 64) {
            this.rootIndex = Node.newArray(65536);
            for (int i = 0; i < root.keys.length; i++) {
                rootIndex[root.keys[i]] = root.kids[i];
            }
        } else {
            this.rootIndex = null;
        }
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public int size() {
        return size;
    }

    private Node<T> step(Node<T> n, char c) {
        while (n != root) {
            Node<T> next = n.child(c);
            if (next != null) {
                return next;
            }
            n = n.fail;
        }
        Node<T> next = rootIndex != null ? rootIndex[c] : root.child(c);
        return next != null ? next : root;
    }

    /** Every occurrence of every phrase, ordered by start then by length (longest first). */
    public List<Hit<T>> all(CharSequence text) {
        List<Hit<T>> hits = new ArrayList<>();
        Node<T> n = root;
        for (int i = 0; i < text.length(); i++) {
            n = step(n, text.charAt(i));
            for (Node<T> o = n.phrase != null ? n : n.output; o != null; o = o.output) {
                hits.add(new Hit<>(i + 1 - o.phrase.length(), i + 1, o.phrase, o.values));
            }
        }
        if (hits.size() > 1) {
            hits.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        }
        return hits;
    }

    /** Whether any phrase occurs in the text (stops at the first; allocates nothing). */
    public boolean containsAny(CharSequence text) {
        Node<T> n = root;
        for (int i = 0; i < text.length(); i++) {
            n = step(n, text.charAt(i));
            if (n.phrase != null || n.output != null) {
                return true;
            }
        }
        return false;
    }

    /** A matcher of plain keywords, for "does the text say any of these". */
    public static PhraseMatcher<String> keywords(String... words) {
        Builder<String> b = new Builder<>();
        for (String w : words) {
            b.add(w, w);
        }
        return b.build();
    }

    /** Leftmost-longest, non-overlapping occurrences. */
    public List<Hit<T>> longest(CharSequence text) {
        return longest(all(text));
    }

    /** Leftmost-longest, non-overlapping hits of {@code all}, every occurrence ordered as {@link #all} orders them. */
    public static <T> List<Hit<T>> longest(List<Hit<T>> all) {
        List<Hit<T>> out = new ArrayList<>();
        int covered = 0;
        for (Hit<T> h : all) {
            if (h.start >= covered) {
                out.add(h);
                covered = h.end;
            }
        }
        return out;
    }

    /** Whether the text is made only of phrases, read leftmost-longest from its start (新能源科技 = 新能源 + 科技). */
    public boolean tiles(CharSequence text) {
        int at = 0;
        for (Hit<T> h : longest(text)) {
            if (h.start != at) {
                return false;
            }
            at = h.end;
        }
        return at == text.length();
    }

    /**
     * Every phrase with its values, in the order of the phrases' characters: for a matcher built from this one and
     * others, which scans a text once for all of them.
     */
    public void forEach(java.util.function.BiConsumer<String, List<T>> action) {
        java.util.Deque<Node<T>> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node<T> n = todo.pop();
            if (n.values != null) {
                action.accept(n.phrase, n.values);
            }
            for (int i = n.kids.length - 1; i >= 0; i--) {
                todo.push(n.kids[i]);
            }
        }
    }

    /** The values of a phrase that is in the dictionary exactly. */
    public List<T> get(CharSequence phrase) {
        Node<T> n = root;
        for (int i = 0; i < phrase.length() && n != null; i++) {
            n = n.child(phrase.charAt(i));
        }
        return n == null || n.values == null ? List.of() : n.values;
    }

    public static final class Builder<T> {
        private final Node<T> root = new Node<>();
        private int size;

        public Builder<T> add(String phrase, T value) {
            if (phrase == null || phrase.isEmpty()) {
                return this;
            }
            Node<T> n = root;
            for (int i = 0; i < phrase.length(); i++) {
                n = n.add(phrase.charAt(i));
            }
            if (n.values == null) {
                n.phrase = phrase;
                n.values = new ArrayList<>(1);
                size++;
            }
            if (!n.values.contains(value)) {
                n.values.add(value);
            }
            return this;
        }

        public PhraseMatcher<T> build() {
            Queue<Node<T>> queue = new ArrayDeque<>();
            root.fail = root;
            for (Node<T> child : root.kids) {
                child.fail = root;
                queue.add(child);
            }
            while (!queue.isEmpty()) {
                Node<T> n = queue.remove();
                if (n.values != null) {
                    n.values = List.copyOf(n.values);
                }
                for (int i = 0; i < n.keys.length; i++) {
                    char c = n.keys[i];
                    Node<T> child = n.kids[i];
                    Node<T> f = n.fail;
                    while (f != root && f.child(c) == null) {
                        f = f.fail;
                    }
                    Node<T> target = f.child(c);
                    child.fail = target != null && target != child ? target : root;
                    child.output = child.fail.phrase != null ? child.fail : child.fail.output;
                    queue.add(child);
                }
            }
            return new PhraseMatcher<>(root, size);
        }
    }
}
