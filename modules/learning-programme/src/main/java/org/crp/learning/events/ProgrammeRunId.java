package org.crp.learning.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a programme run across modules. */
public record ProgrammeRunId(UUID value) {

    public ProgrammeRunId {
        Objects.requireNonNull(value, "value");
    }

    public static ProgrammeRunId of(String value) {
        return new ProgrammeRunId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
