package org.policykg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The standard terms PolicyKG writes, and the prefixes its output declares. */
public final class Vocab {
    private Vocab() {
    }

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String WD = "http://www.wikidata.org/entity/";

    public static final Node type = uri(RDF + "type");
    public static final Node label = uri(RDFS + "label");
    public static final Node sameAs = uri(OWL + "sameAs");
    public static final Node dcTitle = uri(DCTERMS + "title");
    public static final Node dcIssued = uri(DCTERMS + "issued");
    public static final Node dcPublisher = uri(DCTERMS + "publisher");
    public static final Node dcCreator = uri(DCTERMS + "creator");
    public static final Node dcSource = uri(DCTERMS + "source");
    public static final Node dcFormat = uri(DCTERMS + "format");
    public static final Node altLabel = uri(SKOS + "altLabel");

    /** Prefix declarations for written output, in the order they are written. */
    public static final String[][] PREFIXES = {
        {"pol", POL.NS}, {"pc", POL.CONCEPT_NS}, {"res", Iris.RESOURCE}, {"rdf", RDF}, {"rdfs", RDFS}, {"xsd", XSD},
        {"owl", OWL}, {"dcterms", DCTERMS}, {"skos", SKOS}, {"prov", PROV}, {"wd", WD},
    };

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
