package org.policykg.concern.company;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.policykg.analysis.Evidence;
import org.policykg.reference.CompanyDirectory;

/**
 * The companies a document names, as the rules find them: each by its fullest name, with
 * every surface form (short name, name without its legal form) that names it. The first
 * rule to see a surface decides which company it names.
 */
final class Companies {
    /** One company as this document names it, filled in by the rules. */
    static final class Company {
        final String name;
        String en;
        final TreeSet<String> aliases = new TreeSet<>();
        final List<Evidence> mentions = new ArrayList<>();
        String stockCode;
        Evidence stockCodeEvidence;
        final TreeSet<String> partners = new TreeSet<>();
        final List<Evidence> partnerEvidence = new ArrayList<>();
        /** Short forms of its registered name ({@link LegalForms}): an alias once the text uses one. */
        final TreeSet<String> shortForms = new TreeSet<>();

        Company(String name, String en) {
            this.name = name;
            this.en = en;
        }
    }

    /** By name, in the order found. */
    final Map<String, Company> byName = new LinkedHashMap<>();
    /** Every surface form, to the name of the company it names. */
    final Map<String, String> surfaces = new LinkedHashMap<>();
    /** Registered names standing alone as headings ({@link NameHeadings}): where a 字号 HanLP reads as a verb is whole. */
    final List<String> headings = new ArrayList<>();

    /** The company {@code surface} names: the one it already names, else {@code name}, new if need be. */
    Company add(String name, String surface, String en) {
        String existing = surfaces.get(surface);
        Company f = byName.get(existing != null ? existing : name);
        if (f == null) {
            f = new Company(name, en);
            byName.put(name, f);
        }
        if (f.en == null) {
            f.en = en; // a quote link may name the company before the dictionary does
        }
        surfaces.putIfAbsent(surface, f.name);
        surfaces.putIfAbsent(name, f.name);
        if (!surface.equals(f.name)) {
            f.aliases.add(surface);
        }
        return f;
    }

    /** The company {@code surface} names, under the directory's name for it when {@code known}. */
    Company add(String surface, CompanyDirectory.Entry known) {
        return add(known != null ? known.name() : surface, surface, known != null ? known.en() : null);
    }

    /** A name the text uses as it stands. */
    Company add(String name) {
        return add(name, name, null);
    }

    List<CompanyFacts> facts() {
        List<CompanyFacts> out = new ArrayList<>();
        for (Company f : byName.values()) {
            out.add(new CompanyFacts(f.name, f.en, f.aliases, f.stockCode, f.stockCodeEvidence, f.mentions, f.partners,
                    f.partnerEvidence));
        }
        return out;
    }
}
