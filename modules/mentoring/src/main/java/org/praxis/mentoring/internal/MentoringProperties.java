package org.praxis.mentoring.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * Mentoring's settings.
 *
 * @param timeZone       where meeting times are entered and shown
 * @param quietWeeks     a pair with no meeting for this many weeks is nudged
 * @param followUpWeeks  still no meeting this many weeks after the nudge: the team gets a check-in task
 * @param requestDays    a mentee's request a mentor has not answered expires after this many days
 */
@ConfigurationProperties("praxis.mentoring")
public record MentoringProperties(@DefaultValue("Europe/London") ZoneId timeZone,
                                  @DefaultValue("6") int quietWeeks,
                                  @DefaultValue("2") int followUpWeeks,
                                  @DefaultValue("14") int requestDays) {
}
