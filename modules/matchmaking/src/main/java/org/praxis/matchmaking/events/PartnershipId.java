package org.praxis.matchmaking.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a partnership formed at a match event across modules. */
public record PartnershipId(UUID value) {

    public PartnershipId {
        Objects.requireNonNull(value, "value");
    }

    public static PartnershipId of(String value) {
        return new PartnershipId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
