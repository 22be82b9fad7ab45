package org.policykg.concern.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Context;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.concern.Concern;
import org.policykg.concern.Emitter;
import org.policykg.concern.Findings;
import org.policykg.concern.Organizations;
import org.policykg.concern.document.DocumentConcern;
import org.policykg.concern.document.DocumentFacts;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;
import org.policykg.reference.Agency;
import org.policykg.reference.Gazetteer;
import org.policykg.score.Annotations;
import org.policykg.score.GraphView;
import org.policykg.score.Match;
import org.policykg.score.Scores;

/** Policies: titles, aliases, type, number, dates, period, issuers, jurisdiction, themes, each with evidence. */
public final class PolicyConcern implements Concern<Titles> {
    private static final String[] ATTRIBUTES = {"type", "number", "issued", "start", "end", "validUntil",
            "jurisdiction", "issuedBy", "aliases", "self", "implements", "repeals", "amends", "inForceFrom"};

    private final PolicyResolver resolver;
    private final Themes themes;

    public PolicyConcern(Context context) {
        this.resolver = new PolicyResolver(context.gazetteer(), context.cues());
        this.themes = new Themes(context.cues());
    }

    @Override
    public String name() {
        return "policies";
    }

    @Override
    public List<Class<? extends Concern<?>>> needs() {
        return List.of(DocumentConcern.class);
    }

    /** The document's own date dates what its clauses give without a year (9月19日). */
    @Override
    public Titles resolve(Analysis a, Findings before) {
        DocumentFacts d = before.get(DocumentConcern.class);
        return resolver.resolve(a, d.issued() == null ? null : d.issued().value());
    }

    @Override
    public void emit(Titles found, Analysis a, Findings all, Emitter out) {
        for (PolicyFacts p : found.policies()) {
            Node n = Iris.policy(p.key());
            out.type(n, POL.Policy);
            out.label(n, p.title());
            out.text(n, POL.title, p.title());
            out.mentionedIn(n);
            for (String alias : p.aliases()) {
                out.text(n, POL.alias, alias);
            }
            if (p.type() != null) {
                out.add(n, POL.policyType, POL.concept("policy-type-" + p.type().concept()));
            }
            for (Evidence e : p.mentions()) {
                out.evidence(n, e);
            }
            if (p.documentNumber() != null) {
                out.string(n, POL.documentNumber, p.documentNumber().value());
                out.evidence(n, p.documentNumber().evidence());
            }
            if (p.issued() != null) {
                out.date(n, Vocab.dcIssued, p.issued().value());
                out.evidence(n, p.issued().evidence());
            }
            if (p.startYear() != null) {
                out.year(n, POL.startYear, p.startYear().value());
                out.year(n, POL.endYear, p.endYear().value());
                out.evidence(n, p.startYear().evidence());
            }
            if (p.validUntil() != null) {
                out.date(n, POL.validUntil, p.validUntil().value());
                out.evidence(n, p.validUntil().evidence());
            }
            for (Fact<Agency> i : p.issuers()) {
                Node agency = Organizations.describe(out, i.value());
                out.add(n, POL.issuedBy, agency);
                out.evidence(n, i.evidence());
                out.evidence(agency, Evidence.mention(i.evidence().span()));
            }
            if (p.jurisdiction() != null) {
                out.add(n, POL.jurisdiction, Iris.region(p.jurisdiction().value().code()));
                out.evidence(n, p.jurisdiction().evidence());
            }
            if (p.own() != null) {
                out.add(out.document(), POL.embodies, n);
                out.add(n, POL.labelSource, POL.concept(p.own().labelSource() == PolicyFacts.LabelSource.DERIVED
                        ? "label-derived" : "label-stated"));
                out.evidence(n, p.own().evidence());
            }
            links(out, n, p.links().implementsKeys(), POL.implementsPolicy);
            links(out, n, p.links().repeals(), POL.repeals);
            links(out, n, p.links().amends(), POL.amends);
            if (p.links().inForceFrom() != null) {
                out.date(n, POL.inForceFrom, p.links().inForceFrom().value());
                out.evidence(n, p.links().inForceFrom().evidence());
            }
            for (Fact<String> t : themes.of(p, a)) {
                out.add(n, POL.theme, POL.concept("theme-" + t.value()));
                out.evidence(n, t.evidence());
            }
        }
    }

    private static void links(Emitter out, Node n, List<Fact<String>> keys, Node property) {
        for (Fact<String> k : keys) {
            out.add(n, property, Iris.policy(k.value()));
            out.evidence(n, k.evidence());
        }
    }

    @Override
    public void score(Annotations.Doc d, GraphView g, Scores scores) {
        List<Map<String, Set<String>>> extracted = new ArrayList<>();
        for (String p : g.values("SELECT ?v WHERE { ?v a pol:Policy ; pol:mentionedIn <" + g.document() + "> }")) {
            Map<String, Set<String>> f = facts(g, p);
            // A body with two plates is named as the annotation names it elsewhere in the file.
            f.put("issuedBy", Organizations.asAnnotated(d.agencies(), f.get("issuedBy")));
            extracted.add(f);
        }
        Match.entities(scores, d.file(), "Policy", d.policies(), extracted, ATTRIBUTES);
    }

    private static Map<String, Set<String>> facts(GraphView g, String p) {
        Map<String, Set<String>> f = new HashMap<>();
        String s = "<" + p + ">";
        f.put("title", g.inGraph(s + " pol:title ?v", ""));
        f.put("type", g.inGraph(s + " pol:policyType ?c", "?c skos:prefLabel ?v FILTER(lang(?v) = 'zh-Hans')"));
        f.put("number", g.inGraph(s + " pol:documentNumber ?v", ""));
        f.put("issued", g.inGraph(s + " dcterms:issued ?v", ""));
        f.put("start", g.inGraph(s + " pol:startYear ?v", ""));
        f.put("end", g.inGraph(s + " pol:endYear ?v", ""));
        f.put("validUntil", g.inGraph(s + " pol:validUntil ?v", ""));
        // Annotations give GB/T 2260 codes: a policy of 高雄市 is one of 710000.
        Set<String> jurisdictions = new TreeSet<>();
        for (String code : g.inGraph(s + " pol:jurisdiction ?r", "BIND(REPLACE(STR(?r), '^.*/', '') AS ?v)")) {
            jurisdictions.add(Gazetteer.get().standardCode(code));
        }
        f.put("jurisdiction", jurisdictions);
        f.put("issuedBy", g.inGraph(s + " pol:issuedBy ?a", "?a rdfs:label ?v FILTER(lang(?v) = 'zh-Hans')"));
        f.put("aliases", Match.aliases(g.inGraph(s + " pol:alias ?v", "")));
        f.put("self", g.inGraph("<" + g.document() + "> pol:embodies " + s + " BIND(\"true\" AS ?v)", ""));
        f.put("implements", linked(g, s, "pol:implements"));
        f.put("repeals", linked(g, s, "pol:repeals"));
        f.put("amends", linked(g, s, "pol:amends"));
        f.put("inForceFrom", g.inGraph(s + " pol:inForceFrom ?v", ""));
        return f;
    }

    /** The policies linked by {@code property}, by their titles as annotations compare them. */
    private static Set<String> linked(GraphView g, String s, String property) {
        return Match.keys(g.inGraph(s + " " + property + " ?o", "?o pol:title ?v"));
    }
}
