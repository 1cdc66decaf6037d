package org.crp.learning.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a learning session, showcase or networking event across modules. */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId of(String value) {
        return new SessionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
