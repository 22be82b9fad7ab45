package org.policykg.analysis;

import java.util.List;
import org.apache.jena.graph.Node;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

/** What an evidence span states: the properties it supports (pol:supports), one constant per kind of fact. */
public enum Supports {
    TITLE("title", Vocab.dcTitle),
    ISSUED("issued", Vocab.dcIssued),
    PUBLISHER("publisher", Vocab.dcPublisher),
    CREATOR("creator", Vocab.dcCreator),
    SOURCE("source", Vocab.dcSource),
    PERIOD("period", POL.startYear, POL.endYear),
    ISSUED_BY("issuedBy", POL.issuedBy),
    DOCUMENT_NUMBER("documentNumber", POL.documentNumber),
    JURISDICTION("jurisdiction", POL.jurisdiction),
    ALIAS("alias", POL.alias),
    VALID_UNTIL("validUntil", POL.validUntil),
    PUBLISHED_BY("publishedBy", POL.publishedBy),
    STOCK_CODE("stockCode", POL.stockCode),
    PARTNER("partner", POL.partner),
    RESPONSIBLE_AGENCY("responsibleAgency", POL.responsibleAgency),
    MAX_AMOUNT("maxAmount", POL.maxAmount),
    MAX_RATIO("maxRatio", POL.maxRatio),
    DEADLINE("deadline", POL.deadline),
    IMPLEMENTS("implements", POL.implementsPolicy),
    REPEALS("repeals", POL.repeals),
    AMENDS("amends", POL.amends),
    IN_FORCE_FROM("inForceFrom", POL.inForceFrom),
    EMBODIES("embodies", POL.embodies),
    THEME("theme", POL.theme);

    private final String key;
    private final List<Node> properties;

    Supports(String key, Node... properties) {
        this.key = key;
        this.properties = List.of(properties);
    }

    /** The short name (a front-matter key, a sort key): issuedBy, documentNumber …. */
    public String key() {
        return key;
    }

    public List<Node> properties() {
        return properties;
    }

    /** The constant for a short name, e.g. a front-matter key; an unknown name is a programming error. */
    public static Supports of(String key) {
        for (Supports s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("evidence cannot support " + key);
    }
}
