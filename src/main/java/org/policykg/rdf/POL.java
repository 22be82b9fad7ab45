package org.policykg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The PolicyKG vocabulary, mirroring ontology/policykg.ttl term for term
 * (VocabularyTest fails when one side has a term the other lacks).
 */
public final class POL {
    public static final String NS = "https://w3id.org/policykg/ontology#";
    public static final String PREFIX = "pol";
    /** Namespace of the concept schemes in ontology/concepts.ttl. */
    public static final String CONCEPT_NS = "https://w3id.org/policykg/concept/";

    private POL() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /** A concept of ontology/concepts.ttl, e.g. concept("policy-type-programme"). */
    public static Node concept(String local) {
        return NodeFactory.createURI(CONCEPT_NS + local);
    }

    // Classes
    public static final Node Document = term("Document");
    public static final Node Policy = term("Policy");
    public static final Node Report = term("Report");
    public static final Node Region = term("Region");
    public static final Node Organization = term("Organization");
    public static final Node Agency = term("Agency");
    public static final Node Company = term("Company");
    public static final Node Person = term("Person");
    public static final Node Target = term("Target");
    public static final Node Measure = term("Measure");
    public static final Node Support = term("Support");
    public static final Node Evidence = term("Evidence");
    public static final Node Unit = term("Unit");

    // Document
    public static final Node sourceFile = term("sourceFile");
    public static final Node sha256 = term("sha256");
    public static final Node namedGraph = term("namedGraph");

    // Policy and report
    public static final Node title = term("title");
    public static final Node alias = term("alias");
    public static final Node policyType = term("policyType");
    public static final Node theme = term("theme");
    public static final Node documentNumber = term("documentNumber");
    public static final Node startYear = term("startYear");
    public static final Node endYear = term("endYear");
    public static final Node validUntil = term("validUntil");
    public static final Node issuedBy = term("issuedBy");
    public static final Node jurisdiction = term("jurisdiction");
    public static final Node mentionedIn = term("mentionedIn");
    public static final Node hasTarget = term("hasTarget");
    public static final Node hasMeasure = term("hasMeasure");
    public static final Node publishedBy = term("publishedBy");
    public static final Node inForceFrom = term("inForceFrom");
    public static final Node implementsPolicy = term("implements");
    public static final Node repeals = term("repeals");
    public static final Node amends = term("amends");
    public static final Node embodies = term("embodies");
    public static final Node labelSource = term("labelSource");

    // Region and organisations
    public static final Node adminCode = term("adminCode");
    public static final Node partOf = term("partOf");
    public static final Node level = term("level");
    public static final Node region = term("region");

    // Evidence
    public static final Node evidence = term("evidence");
    public static final Node document = term("document");
    public static final Node quote = term("quote");
    public static final Node start = term("start");
    public static final Node end = term("end");
    public static final Node page = term("page");
    public static final Node row = term("row");
    public static final Node column = term("column");
    public static final Node sheet = term("sheet");
    public static final Node supports = term("supports");

    // Targets
    public static final Node metric = term("metric");
    public static final Node value = term("value");
    public static final Node upperValue = term("upperValue");
    public static final Node unit = term("unit");
    public static final Node counter = term("counter");
    public static final Node comparator = term("comparator");
    public static final Node expression = term("expression");
    public static final Node deadline = term("deadline");
    public static final Node deadlineSource = term("deadlineSource");
    public static final Node baseYear = term("baseYear");
    public static final Node direction = term("direction");

    // Measures
    public static final Node ordinal = term("ordinal");
    public static final Node position = term("position");
    public static final Node heading = term("heading");
    public static final Node section = term("section");
    public static final Node subsection = term("subsection");
    public static final Node maxAmount = term("maxAmount");
    public static final Node maxRatio = term("maxRatio");
    public static final Node support = term("support");
    public static final Node capPeriod = term("capPeriod");
    public static final Node beneficiary = term("beneficiary");
    public static final Node instrument = term("instrument");
    public static final Node responsibleAgency = term("responsibleAgency");
    public static final Node leadAgency = term("leadAgency");
    public static final Node participatingAgency = term("participatingAgency");

    // Companies
    public static final Node stockCode = term("stockCode");
    public static final Node partner = term("partner");
}
