package org.policykg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policykg.text.Slug;
import org.policykg.text.Span;

/**
 * Minting of resource IRIs. They are readable and stable: the same input gives
 * the same IRI (policies by their title key, regions by GB/T 2260 code, agencies
 * by full name, evidence by file and offsets).
 */
public final class Iris {
    public static final String BASE = "https://w3id.org/policykg/";
    public static final String RESOURCE = BASE + "resource/";
    public static final String GRAPH = BASE + "graph/";

    private Iris() {
    }

    /** The graph of shared reference data: the ontology, concept schemes, the gazetteer. */
    public static final Node REFERENCE_GRAPH = NodeFactory.createURI(GRAPH + "reference");

    public static Node graph(String fileName) {
        return NodeFactory.createURI(GRAPH + "document/" + fileSlug(fileName));
    }

    public static Node document(String fileName) {
        return resource("document/" + fileSlug(fileName));
    }

    public static Node policy(String key) {
        return resource("policy/" + key);
    }

    public static Node report(String key) {
        return resource("report/" + key);
    }

    public static Node region(String code) {
        return resource("region/" + code);
    }

    public static Node agency(String name) {
        return resource("agency/" + Slug.of(name));
    }

    public static Node organization(String name) {
        return resource("organization/" + Slug.of(name));
    }

    public static Node company(String name) {
        return resource("company/" + Slug.of(name));
    }

    public static Node person(String name) {
        return resource("person/" + Slug.of(name));
    }

    public static Node evidence(String fileName, Span span) {
        return resource("evidence/" + fileSlug(fileName) + "/" + span.start() + "-" + span.end());
    }

    /** Any resource below {@link #RESOURCE}; {@code path} must already be IRI-safe. */
    public static Node resource(String path) {
        return NodeFactory.createURI(RESOURCE + path);
    }

    private static String fileSlug(String fileName) {
        return Slug.ofFileName(fileName);
    }
}
