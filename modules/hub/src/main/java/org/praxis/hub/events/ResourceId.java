package org.praxis.hub.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Hub resource across modules. */
public record ResourceId(UUID value) {

    public ResourceId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
