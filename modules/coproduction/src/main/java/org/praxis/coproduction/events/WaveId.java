package org.praxis.coproduction.events;

import java.util.UUID;

public record WaveId(UUID value) {

    public static WaveId of(String text) {
        return new WaveId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
