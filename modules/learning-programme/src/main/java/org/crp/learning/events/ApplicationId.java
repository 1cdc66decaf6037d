package org.crp.learning.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies an application to a programme run across modules. */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
