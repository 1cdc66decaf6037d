package org.praxis.mentoring.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies one person's intake to a mentoring programme across modules. */
public record IntakeId(UUID value) {

    public IntakeId {
        Objects.requireNonNull(value, "value");
    }

    public static IntakeId of(String value) {
        return new IntakeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
