package org.policykg.concern.document;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Context;
import org.policykg.analysis.Fact;
import org.policykg.concern.Concern;
import org.policykg.concern.Emitter;
import org.policykg.concern.Findings;
import org.policykg.concern.Organizations;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;
import org.policykg.reference.NewsOutlets;
import org.policykg.score.Annotations;
import org.policykg.score.GraphView;
import org.policykg.score.Match;
import org.policykg.score.Score;
import org.policykg.score.Scores;

/** The document node: file, hash, graph, and what the document states about itself. */
public final class DocumentConcern implements Concern<DocumentFacts> {
    private final MetadataResolver metadata;

    public DocumentConcern(Context context) {
        this.metadata = new MetadataResolver(context.agencies(), context.cues());
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public DocumentFacts resolve(Analysis a, Findings before) {
        return metadata.resolve(a);
    }

    @Override
    public void emit(DocumentFacts f, Analysis a, Findings all, Emitter out) {
        Node doc = out.document();
        out.type(doc, POL.Document);
        out.label(doc, f.title() != null ? f.title().value() : "文档 " + a.source().name());
        out.string(doc, POL.sourceFile, a.source().file());
        out.string(doc, POL.sha256, a.source().sha256());
        out.add(doc, POL.namedGraph, out.graph());
        out.string(doc, Vocab.dcFormat, a.parsed().format().mediaType());
        if (f.title() != null) {
            out.text(doc, Vocab.dcTitle, f.title().value());
            out.evidence(doc, f.title().evidence());
        }
        if (f.issued() != null) {
            out.date(doc, Vocab.dcIssued, f.issued().value());
            out.evidence(doc, f.issued().evidence());
        }
        if (f.source() != null) {
            out.add(doc, Vocab.dcSource, NodeFactory.createURI(f.source().value()));
            out.evidence(doc, f.source().evidence());
        }
        if (f.publisher() != null) {
            Node pub = Organizations.describe(out, f.publisher().value());
            out.add(doc, Vocab.dcPublisher, pub);
            out.evidence(pub, f.publisher().evidence());
            // An outlet named by its short form (中新网 for 中国新闻网) keeps that form as its alias.
            String written = a.source().quote(a.source().locate(f.publisher().evidence().span()).span()).strip();
            if (NewsOutlets.otherNames(f.publisher().value().name()).contains(written)) {
                out.text(pub, POL.alias, written);
            }
        }
        for (Fact<String> c : f.creators()) {
            Node person = Iris.person(c.value());
            out.type(person, POL.Person);
            out.label(person, c.value());
            out.add(doc, Vocab.dcCreator, person);
            out.evidence(person, c.evidence());
        }
    }

    @Override
    public void score(Annotations.Doc d, GraphView g, Scores scores) {
        String doc = g.document();
        String ctx = d.file() + ": ";
        Score s = scores.of("Document");
        Match.one(s, ctx + "title=", Match.printed(Match.str(d.document().get("title"))),
                Match.printed(g.values("SELECT ?v WHERE { <" + doc + "> dcterms:title ?v }")));
        Match.one(s, ctx + "issued=", Match.str(d.document().get("issued")),
                g.values("SELECT ?v WHERE { <" + doc + "> dcterms:issued ?v }"));
        String publisher = Match.str(d.document().get("publisher"));
        Match.one(s, ctx + "publisher=", publisher, Organizations.asAnnotated(publisher == null ? Set.of() : Set.of(publisher),
                g.values("SELECT ?v WHERE { <" + doc + "> dcterms:publisher/rdfs:label ?v FILTER(lang(?v) = 'zh-Hans') }")));
        Match.one(s, ctx + "source=", Match.str(d.document().get("source")),
                g.values("SELECT ?v WHERE { <" + doc + "> dcterms:source ?v }"));
        s.compare(ctx + "creator=", Annotations.strings(d.document().get("creators")),
                g.values("SELECT ?v WHERE { <" + doc + "> dcterms:creator/rdfs:label ?v }"));
    }
}
