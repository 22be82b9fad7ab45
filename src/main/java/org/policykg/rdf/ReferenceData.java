package org.policykg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.Region;

/** The shared reference graph: ontology, concept schemes and the gazetteer. */
public final class ReferenceData {
    /** Ontology files in the jar (copied from ontology/ at build time). */
    public static final List<String> ONTOLOGY = List.of("policykg.ttl", "concepts.ttl");
    public static final String ONTOLOGY_RESOURCE_DIR = "/org/policykg/ontology/";

    private ReferenceData() {
    }

    private static volatile List<Quad> sorted;

    /** The reference graph's quads in written order; built once, it never changes. */
    public static List<Quad> sorted() {
        List<Quad> s = sorted;
        if (s == null) {
            synchronized (ReferenceData.class) {
                s = sorted;
                if (s == null) {
                    QuadCollector c = new QuadCollector();
                    emit(c);
                    sorted = s = List.copyOf(c.sorted());
                }
            }
        }
        return s;
    }

    public static void emit(QuadSink sink) {
        Node g = Iris.REFERENCE_GRAPH;
        for (String file : ONTOLOGY) {
            parseOntology(file, (s, p, o) -> sink.quad(g, s, p, o));
        }
        gazetteer(Gazetteer.get(), (s, p, o) -> sink.quad(g, s, p, o));
    }

    /** Triples of one ontology file from the jar. */
    public static void parseOntology(String file, TripleSink out) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(ONTOLOGY_RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing ontology resource " + file);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    out.triple(t.getSubject(), t.getPredicate(), t.getObject());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A triple consumer without a graph. */
    @FunctionalInterface
    public interface TripleSink {
        void triple(Node s, Node p, Node o);
    }

    static void gazetteer(Gazetteer gaz, TripleSink out) {
        for (Region r : gaz.all()) {
            Node n = Iris.region(r.code());
            out.triple(n, Vocab.type, POL.Region);
            out.triple(n, Vocab.label, NodeFactory.createLiteralLang(r.name(), "zh-Hans"));
            if (r.en() != null) {
                out.triple(n, Vocab.label, NodeFactory.createLiteralLang(r.en(), "en"));
            }
            if (r.code().length() == 6 && gaz.standard(r) == r) { // a map service's adcode (810001) is no GB/T 2260 code
                out.triple(n, POL.adminCode, NodeFactory.createLiteralDT(r.code(), XSDDatatype.XSDstring));
            }
            out.triple(n, POL.level, POL.concept("level-" + r.level().name().toLowerCase(java.util.Locale.ROOT)));
            if (r.parent() != null) {
                out.triple(n, POL.partOf, Iris.region(r.parent()));
            } else if (!r.isCountry()) {
                out.triple(n, POL.partOf, Iris.region(gaz.country().code()));
            }
            for (String s : r.shortNames()) {
                out.triple(n, POL.alias, NodeFactory.createLiteralLang(s, "zh-Hans"));
            }
            for (String a : r.abbreviations()) {
                out.triple(n, POL.alias, NodeFactory.createLiteralLang(a, "zh-Hans"));
            }
            if (r.wikidata() != null) {
                out.triple(n, Vocab.sameAs, NodeFactory.createURI(Vocab.WD + r.wikidata()));
            }
        }
    }
}
