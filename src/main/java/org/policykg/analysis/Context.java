package org.policykg.analysis;

import org.policykg.lexicon.CueWords;
import org.policykg.reference.AgencyDirectory;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.Gazetteer;

/**
 * What the analysis and the concerns look things up in, built once and handed to
 * each of them: the gazetteer, the directories of agencies and companies, and the
 * cue words. Rules take it from here, never from a global.
 */
public record Context(Gazetteer gazetteer, AgencyDirectory agencies, CompanyDirectory companies, CueWords cues) {
    /** The project's own reference data and lexicon, loaded once per JVM. */
    public static Context standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Context STANDARD = new Context(Gazetteer.get(), AgencyDirectory.get(), CompanyDirectory.get(),
                CueWords.standard());
    }
}
