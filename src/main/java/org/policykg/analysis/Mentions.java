package org.policykg.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykg.recognize.Mention;

/**
 * The mentions of one kind in a document, indexed by paragraph: the "same paragraph,
 * inside this range" look-ups every rule needs, written once.
 *
 * @param <M> the kind of mention
 */
public final class Mentions<M extends Mention> {
    private final List<M> all;
    private final Map<Integer, List<M>> byParagraph = new HashMap<>();

    public Mentions(List<M> mentions) {
        this.all = List.copyOf(mentions);
        for (M m : all) {
            byParagraph.computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(m);
        }
    }

    /** Every mention, in the order recognised. */
    public List<M> all() {
        return all;
    }

    /** The mentions in paragraph {@code p}, in the order recognised. */
    public List<M> in(int p) {
        return byParagraph.getOrDefault(p, List.of());
    }

    /** The mentions of paragraph {@code p} that lie wholly inside {@code [start, end)}. */
    public List<M> within(int p, int start, int end) {
        List<M> out = new ArrayList<>();
        for (M m : in(p)) {
            if (m.range().start() >= start && m.range().end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether some mention of paragraph {@code p} covers {@code [start, end)}. */
    public boolean covers(int p, int start, int end) {
        for (M m : in(p)) {
            if (m.range().start() <= start && end <= m.range().end()) {
                return true;
            }
        }
        return false;
    }
}
