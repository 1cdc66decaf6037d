package org.praxis.mentoring.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a mentoring programme across modules. */
public record MentoringProgrammeId(UUID value) {

    public MentoringProgrammeId {
        Objects.requireNonNull(value, "value");
    }

    public static MentoringProgrammeId of(String value) {
        return new MentoringProgrammeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
