package org.praxis.matchmaking.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a match event across modules. */
public record MatchEventId(UUID value) {

    public MatchEventId {
        Objects.requireNonNull(value, "value");
    }

    public static MatchEventId of(String value) {
        return new MatchEventId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
