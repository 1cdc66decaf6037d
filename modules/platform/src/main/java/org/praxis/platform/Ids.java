package org.praxis.platform;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New ids for records: UUID version 7, so that primary-key indexes stay compact and ids sort by creation
 * time. Within one running application they are strictly increasing, even within one millisecond (the
 * 12 bits after the timestamp count, as RFC 9562 section 6.2 allows): records written in one transaction,
 * such as the steps of a history, sort in the order they were made.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The last timestamp and counter handed out: milliseconds shifted left by 12, plus the counter. */
    private static final AtomicLong LAST = new AtomicLong();

    private Ids() {
    }

    public static UUID newId() {
        long now = Instant.now().toEpochMilli() << 12;
        // A counter that runs over 4,095 in one millisecond borrows from the next one: still increasing.
        long stamp = LAST.updateAndGet(last -> Math.max(now, last + 1));
        long mostSignificant = ((stamp >>> 12) << 16) | (0x7L << 12) | (stamp & 0xFFF);
        long leastSignificant = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
