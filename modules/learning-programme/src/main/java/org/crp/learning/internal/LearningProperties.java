package org.crp.learning.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * Settings of the learning programme ({@code crp.learning.*}).
 *
 * @param timeZone           where the programme's sessions are held: their times are entered and shown in it
 * @param demoOrganiserEmail with demo data on, the demo programme team member who organises the demo run
 *                           (the identity module's demo account); they become its organiser once identity has told
 *                           this module about them, without signing in
 */
@ConfigurationProperties("crp.learning")
public record LearningProperties(@DefaultValue("Europe/London") ZoneId timeZone,
                                 @DefaultValue("team@praxis.example") String demoOrganiserEmail) {
}
