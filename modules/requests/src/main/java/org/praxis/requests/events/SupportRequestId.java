package org.praxis.requests.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a support request across modules. */
public record SupportRequestId(UUID value) {

    public SupportRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static SupportRequestId of(String value) {
        return new SupportRequestId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
