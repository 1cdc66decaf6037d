package org.praxis.platform;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * New ids for records. Time-ordered (UUID version 7) so that primary-key indexes stay compact
 * and ids sort roughly by creation time.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        long millis = Instant.now().toEpochMilli();
        long randA = RANDOM.nextInt(1 << 12);
        long mostSignificant = (millis << 16) | (0x7L << 12) | randA;
        long leastSignificant = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
