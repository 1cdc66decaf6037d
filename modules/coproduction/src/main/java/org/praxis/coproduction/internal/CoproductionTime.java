package org.praxis.coproduction.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** "Now" and "today" for co-production: from the application's {@link Clock}, in the configured time zone. */
@Component
public class CoproductionTime {

    private final Clock clock;
    private final ZoneId zone;

    CoproductionTime(Clock clock, CoproductionProperties properties) {
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(zone));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The day, in this zone, of an instant. */
    public LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }
}
