package org.policykg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Context;
import org.policykg.concern.Concern;
import org.policykg.concern.Emitter;
import org.policykg.concern.Findings;
import org.policykg.concern.agency.AgencyConcern;
import org.policykg.concern.company.CompanyConcern;
import org.policykg.concern.document.DocumentConcern;
import org.policykg.concern.measure.MeasureConcern;
import org.policykg.concern.policy.PolicyConcern;
import org.policykg.concern.region.RegionConcern;
import org.policykg.concern.report.ReportConcern;
import org.policykg.concern.target.TargetConcern;

/**
 * The registry: every concern, in an order where each comes after the concerns it
 * needs. The pipeline, the golden tests and {@code eval} all read it; adding a concern
 * is one package and one line here.
 */
public final class Concerns {
    private final List<Concern<?>> concerns;

    public Concerns(List<Concern<?>> concerns) {
        Set<Class<?>> seen = new HashSet<>();
        for (Concern<?> c : concerns) {
            for (Class<?> need : c.needs()) {
                if (!seen.contains(need)) {
                    throw new IllegalArgumentException(c.name() + " needs " + need.getSimpleName() + " listed before it");
                }
            }
            if (!seen.add(c.getClass())) {
                throw new IllegalArgumentException(c.name() + " is listed twice");
            }
        }
        this.concerns = List.copyOf(concerns);
    }

    public static Concerns standard(Context context) {
        return new Concerns(List.of(
                new DocumentConcern(context),
                new RegionConcern(),
                new AgencyConcern(),
                new CompanyConcern(context),
                new PolicyConcern(context),
                new ReportConcern(),
                new TargetConcern(context),
                new MeasureConcern(context)));
    }

    public List<Concern<?>> all() {
        return concerns;
    }

    /** The concern of that name (as its golden folder is named), or null. */
    public Concern<?> named(String name) {
        for (Concern<?> c : concerns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Runs every concern's rules over one analysed document, in registry order. */
    public Findings resolve(Analysis a) {
        Findings f = new Findings();
        for (Concern<?> c : concerns) {
            resolve(c, a, f);
        }
        return f;
    }

    /** Writes what the given concerns found (all of them by default) through {@code out}. */
    public void emit(Analysis a, Findings f, Emitter out, List<Concern<?>> which) {
        for (Concern<?> c : which) {
            emit(c, a, f, out);
        }
    }

    public void emit(Analysis a, Findings f, Emitter out) {
        emit(a, f, out, concerns);
    }

    private static <F> void resolve(Concern<F> c, Analysis a, Findings f) {
        f.put(c, c.resolve(a, f));
    }

    private static <F> void emit(Concern<F> c, Analysis a, Findings f, Emitter out) {
        c.emit(f.of(c), a, f, out);
    }

    /** The names, in order: for messages and tests. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        concerns.forEach(c -> out.add(c.name()));
        return out;
    }
}
