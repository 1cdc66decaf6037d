package org.praxis.coproduction.events;

import java.util.UUID;

public record ElementId(UUID value) {

    public static ElementId of(String text) {
        return new ElementId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
