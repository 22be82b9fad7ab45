package org.policykg.concern.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;

/** The mentions of one policy or report, and what the document says of it as a whole. */
public final class TitleGroup {
    public final String key;
    public final boolean report;
    public final List<TitleUse> uses = new ArrayList<>();
    final TreeSet<String> aliases = new TreeSet<>();
    final List<Evidence> mentions = new ArrayList<>();
    /** The items that are about it. */
    public final TreeSet<Integer> items = new TreeSet<>();
    Fact<LocalDate> validUntil;

    TitleGroup(String key, boolean report) {
        this.key = key;
        this.report = report;
    }
}
