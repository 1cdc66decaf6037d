package org.praxis.hub.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Hub collection (or curated pathway) across modules. */
public record CollectionId(UUID value) {

    public CollectionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
