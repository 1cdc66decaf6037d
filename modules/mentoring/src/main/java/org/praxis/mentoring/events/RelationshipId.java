package org.praxis.mentoring.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a mentoring relationship (a mentor and a mentee) across modules. */
public record RelationshipId(UUID value) {

    public RelationshipId {
        Objects.requireNonNull(value, "value");
    }

    public static RelationshipId of(String value) {
        return new RelationshipId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
