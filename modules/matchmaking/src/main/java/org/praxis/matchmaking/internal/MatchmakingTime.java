package org.praxis.matchmaking.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** "Now" for matchmaking: from the application's {@link Clock}, in the events' time zone. */
@Component
public class MatchmakingTime {

    private final Clock clock;
    private final ZoneId zone;

    MatchmakingTime(Clock clock, MatchmakingProperties properties) {
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    public ZoneId zone() {
        return zone;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(zone));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** A date and time on the events' clock as an instant with its offset. */
    public OffsetDateTime at(LocalDateTime local) {
        return local.atZone(zone).toOffsetDateTime();
    }
}
