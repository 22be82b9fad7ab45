package org.policykg.quantity;

/** Base units every quantity is normalised to; {@link #code()} is the string written to RDF. */
public enum Unit {
    CNY("CNY"),
    USD("USD"),
    PERCENT("percent"),
    FLOPS("FLOPS"),
    COUNT("count"),
    WATT("W"),
    TONNE("t"),
    BIT_PER_SECOND("bit/s"),
    SECOND("s"),
    CNY_PER_PERSON("CNY/person"),
    INDEX("index");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
