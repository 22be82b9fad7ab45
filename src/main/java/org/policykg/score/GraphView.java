package org.policykg.score;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * One scored document's view of the extracted graph: its document IRI, its own named
 * graph (what this document states) and the union (labels, concepts). Everything is
 * read back through SPARQL, so a scorer scores what was really written.
 */
public final class GraphView {
    private static final String PREFIXES = """
            PREFIX pol: <https://w3id.org/policykg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private final Dataset dataset;
    private final String document;
    private final String graph;

    public GraphView(Dataset dataset, String document, String graph) {
        this.dataset = dataset;
        this.document = document;
        this.graph = graph;
    }

    /** The document's IRI. */
    public String document() {
        return document;
    }

    /** Values of ?v where {@code pattern} holds in the document's graph and {@code more} in the union. */
    public Set<String> inGraph(String pattern, String more) {
        return values(dataset, "SELECT ?v WHERE { GRAPH <" + graph + "> { " + pattern + " } " + more + " }");
    }

    /** Values of ?v of a SELECT over the union of all graphs. */
    public Set<String> values(String select) {
        return values(dataset, select);
    }

    /** Values of ?v (lexical forms for literals, IRIs otherwise), sorted. */
    public static Set<String> values(Dataset dataset, String select) {
        Set<String> out = new TreeSet<>();
        Query q = QueryFactory.create(PREFIXES + select);
        try (QueryExecution qe = QueryExecution.create(q, dataset)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                RDFNode v = s.get("v");
                if (v == null) {
                    continue;
                }
                out.add(v.isLiteral() ? v.asLiteral().getLexicalForm() : v.toString());
            }
        }
        return out;
    }
}
