package org.policykg.concern;

import java.util.IdentityHashMap;
import java.util.Map;

/** What the concerns found in one document so far, by concern. Filled in registry order. */
public final class Findings {
    private final Map<Class<?>, Object> byConcern = new IdentityHashMap<>();

    /** The findings of concern {@code c}; it must have run (be listed in the asking concern's needs). */
    @SuppressWarnings("unchecked")
    public <F> F get(Class<? extends Concern<F>> c) {
        Object o = byConcern.get(c);
        if (o == null && !byConcern.containsKey(c)) {
            throw new IllegalStateException(c.getSimpleName() + " has not run yet: list it in needs()");
        }
        return (F) o;
    }

    /** The findings of concern {@code c}, which must have run. */
    @SuppressWarnings("unchecked")
    public <F> F of(Concern<F> c) {
        return (F) get((Class<? extends Concern<F>>) c.getClass());
    }

    public <F> void put(Concern<F> c, F found) {
        byConcern.put(c.getClass(), found);
    }
}
