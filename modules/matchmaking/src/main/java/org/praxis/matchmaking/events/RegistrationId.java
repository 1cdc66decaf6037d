package org.praxis.matchmaking.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person's registration for a match event across modules. */
public record RegistrationId(UUID value) {

    public RegistrationId {
        Objects.requireNonNull(value, "value");
    }

    public static RegistrationId of(String value) {
        return new RegistrationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
