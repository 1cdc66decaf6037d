package org.praxis.platform;

import java.util.Objects;
import java.util.UUID;

/** Identifies an organisation (university, community organisation, ...) across modules. */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
