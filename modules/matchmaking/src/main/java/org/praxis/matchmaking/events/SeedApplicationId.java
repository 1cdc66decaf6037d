package org.praxis.matchmaking.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a partnership's application for seed funding across modules. */
public record SeedApplicationId(UUID value) {

    public SeedApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static SeedApplicationId of(String value) {
        return new SeedApplicationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
