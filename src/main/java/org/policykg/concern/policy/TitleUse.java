package org.policykg.concern.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.recognize.TitleMention;
import org.policykg.reference.Agency;
import org.policykg.reference.Region;

/**
 * One full title mention of a policy or report and what its own sentence says about it
 * (issuers, date, number, region). Filled in by the rules in turn, then grouped.
 */
public final class TitleUse {
    public final TitleMention t;
    /** The title as displayed (normalised, without 《》). */
    public final String display;
    /** The item it stands in. */
    public final int item;
    String core;
    Region titleRegion;
    Evidence titleRegionEvidence;
    final List<Fact<Agency>> issuers = new ArrayList<>();
    Fact<LocalDate> issued;
    Fact<String> number;
    Region subject;
    Evidence subjectEvidence;
    Fact<Region> jurisdiction;
    String key;

    TitleUse(TitleMention t, String display, int item) {
        this.t = t;
        this.display = display;
        this.item = item;
    }

    /** The key of the policy or report it names, once grouped. */
    public String key() {
        return key;
    }
}
