package org.praxis.coproduction.events;

import java.util.UUID;

public record ApplicationId(UUID value) {

    public static ApplicationId of(String text) {
        return new ApplicationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
