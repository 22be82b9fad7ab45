package org.policykg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policykg.reference.DocumentTypes;
import org.policykg.reference.Region;

/** The vocabulary class and ontology/ say the same thing. */
class VocabularyTest {
    private static final Graph ONTOLOGY = RDFDataMgr.loadGraph("ontology/policykg.ttl");
    private static final Graph CONCEPTS = RDFDataMgr.loadGraph("ontology/concepts.ttl");

    @Test
    void everyConstantIsInTheOntologyAndEveryTermHasAConstant() throws Exception {
        Set<String> constants = new TreeSet<>();
        for (Field f : POL.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                constants.add(((Node) f.get(null)).getURI());
            }
        }
        Set<String> terms = new TreeSet<>();
        for (Node type : new Node[] {OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode()}) {
            ONTOLOGY.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                if (t.getSubject().getURI().startsWith(POL.NS)) {
                    terms.add(t.getSubject().getURI());
                }
            });
        }
        assertEquals(terms, constants);
    }

    @Test
    void everyTermIsLabelledInChineseAndEnglish() {
        ONTOLOGY.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(POL.NS)) {
                Set<String> langs = new TreeSet<>();
                ONTOLOGY.find(s, RDFS.label.asNode(), Node.ANY).forEachRemaining(l -> langs.add(l.getObject().getLiteralLanguage()));
                assertTrue(langs.containsAll(Set.of("zh-Hans", "en")), s + " labels " + langs);
            }
        });
    }

    @Test
    void everyConceptTheCodeUsesExists() {
        for (DocumentTypes.PolicyType t : DocumentTypes.policyTypes()) {
            assertConcept("policy-type-" + t.concept());
        }
        for (Region.Level l : Region.Level.values()) {
            assertConcept("level-" + l.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (org.policykg.concern.target.DeadlineSource d : org.policykg.concern.target.DeadlineSource.values()) {
            assertTrue(CONCEPTS.contains(d.concept(), SKOS.prefLabel.asNode(), Node.ANY), d + " is in ontology/concepts.ttl");
        }
        for (org.policykg.concern.target.Direction d : org.policykg.concern.target.Direction.values()) {
            assertTrue(CONCEPTS.contains(d.concept(), SKOS.prefLabel.asNode(), Node.ANY), d + " is in ontology/concepts.ttl");
        }
        for (org.policykg.analysis.Supports s : org.policykg.analysis.Supports.values()) {
            for (Node p : s.properties()) {
                assertTrue(p.getURI().startsWith(POL.NS) ? ONTOLOGY.contains(p, Node.ANY, Node.ANY) : true,
                        s + ": " + p + " is in ontology/policykg.ttl");
            }
        }
    }

    static void assertConcept(String local) {
        Node c = NodeFactory.createURI(POL.CONCEPT_NS + local);
        assertTrue(CONCEPTS.contains(c, SKOS.prefLabel.asNode(), Node.ANY), local + " is in ontology/concepts.ttl");
    }
}
