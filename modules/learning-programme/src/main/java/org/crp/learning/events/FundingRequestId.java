package org.crp.learning.events;

import java.util.Objects;
import java.util.UUID;

/** Identifies a request for follow-up funding across modules. */
public record FundingRequestId(UUID value) {

    public FundingRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static FundingRequestId of(String value) {
        return new FundingRequestId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
