package org.praxis.mentoring.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a meeting of a mentoring pair. */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "value");
    }

    public static MeetingId of(String value) {
        return new MeetingId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
