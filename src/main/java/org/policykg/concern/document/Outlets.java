package org.policykg.concern.document;

import java.util.Set;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.recognize.AgencyMention;
import org.policykg.reference.Agency;
import org.policykg.reference.AgencyDirectory;
import org.policykg.reference.NewsOutlets;
import org.policykg.segment.Paragraph;

/**
 * The body a field, byline or masthead names as publisher: a known agency, a news outlet
 * (outlets.tsv) under its full name, the agency recognised there, or else an organisation by the
 * name as written.
 */
final class Outlets {
    /** Words that stand for the outlet itself (本报讯) and name nobody. */
    private static final Set<String> SELF = Set.of("本报", "本刊", "本网", "本台", "本站");

    private final AgencyDirectory directory;
    private final Analysis doc;

    Outlets(AgencyDirectory directory, Analysis doc) {
        this.directory = directory;
        this.doc = doc;
    }

    /** The publisher {@code [start, end)} of the paragraph names, spaces stripped; null for 本报 and the like. */
    Fact<Agency> at(Paragraph p, int start, int end) {
        String name = p.string().substring(start, end).strip();
        if (name.length() < 2 || SELF.contains(name)) {
            return null;
        }
        return named(p, name, start);
    }

    /** The publisher {@code name}, quoted where it first occurs in the paragraph from {@code from}. */
    Fact<Agency> named(Paragraph p, String name, int from) {
        int at = p.string().indexOf(name, from);
        return new Fact<>(organisation(name, p), new Evidence(p.span(at, at + name.length()), Supports.PUBLISHER));
    }

    /**
     * A known agency by that name, else a news outlet by its full or short name (中新网 is
     * 中国新闻网), else the agency recognised there under it, else an organisation.
     */
    Agency organisation(String name, Paragraph p) {
        Agency known = directory.byName(name);
        if (known != null || p == null) {
            return known != null ? known : new Agency(name, null, null, Agency.Kind.ORGANIZATION);
        }
        NewsOutlets.Outlet outlet = NewsOutlets.get().byName(name);
        if (outlet != null) {
            return outlet.organization();
        }
        for (AgencyMention m : doc.agencyIndex().in(p.index())) {
            if (m.surface().equals(name)) {
                return m.agency();
            }
        }
        return new Agency(name, null, null, Agency.Kind.ORGANIZATION);
    }
}
