package org.crp.learning.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** "Now" and "today" for the programme: from the application's {@link Clock}, in the programme's time zone. */
@Component
public class LearningTime {

    private final Clock clock;
    private final ZoneId zone;

    LearningTime(Clock clock, LearningProperties properties) {
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

    /** A date and time on the programme's clock as an instant with its offset. */
    public OffsetDateTime at(LocalDateTime local) {
        return local.atZone(zone).toOffsetDateTime();
    }
}
