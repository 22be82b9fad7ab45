package org.policykg.reference;

import java.util.Objects;

/**
 * A government or party body, or another organisation (institute, academy,
 * association), by its full official name.
 *
 * @param name   full official name: the label and the key of its IRI
 * @param region code of the region it belongs to ("CN" for national bodies), or null
 * @param en     official English name where known, else null
 * @param kind   agency (government or party body) or other organisation
 */
public record Agency(String name, String region, String en, Kind kind) {
    public enum Kind { AGENCY, ORGANIZATION }

    public Agency {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank agency name");
        }
    }

    public boolean isAgency() {
        return kind == Kind.AGENCY;
    }
}
