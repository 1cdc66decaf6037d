package org.praxis.reciprocation.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a reciprocation agreement across modules. */
public record AgreementId(UUID value) {

    public AgreementId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
