package org.praxis.mentoring.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a mentee's request to a mentor. */
public record MentorRequestId(UUID value) {

    public MentorRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static MentorRequestId of(String value) {
        return new MentorRequestId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
