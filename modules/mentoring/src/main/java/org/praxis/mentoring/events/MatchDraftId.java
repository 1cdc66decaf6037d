package org.praxis.mentoring.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a draft of a cohort match across modules. */
public record MatchDraftId(UUID value) {

    public MatchDraftId {
        Objects.requireNonNull(value, "value");
    }

    public static MatchDraftId of(String value) {
        return new MatchDraftId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
