package org.praxis.coproduction.events;

import java.util.UUID;

public record ClaimId(UUID value) {

    public static ClaimId of(String text) {
        return new ClaimId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
