package org.policykg.extract;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;
import org.policykg.resolve.Analysis;
import org.policykg.resolve.DocumentFacts;
import org.policykg.resolve.Fact;

/** The document node: file, hash, graph, and what the document states about itself. */
public final class DocumentExtractor implements Extractor {
    @Override
    public String name() {
        return "documents";
    }

    @Override
    public void extract(Analysis a, Emitter out) {
        Node doc = out.document();
        DocumentFacts f = a.document();
        out.type(doc, POL.Document);
        out.label(doc, f.title() != null ? f.title().value() : "文档 " + a.source().name());
        out.string(doc, POL.sourceFile, a.source().name());
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
        }
        for (Fact<String> c : f.creators()) {
            Node person = Iris.person(c.value());
            out.type(person, POL.Person);
            out.label(person, c.value());
            out.add(doc, Vocab.dcCreator, person);
            out.evidence(person, c.evidence());
        }
    }
}
