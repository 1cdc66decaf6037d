package org.praxis.reciprocation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the reciprocation module ({@code praxis.reciprocation.*}).
 *
 * <p>Evidence files are kept in the platform's file storage ({@code praxis.files.directory}).
 *
 * @param maxFileSize largest file a person may upload as evidence
 * @param reminders   when reminders about due items are sent
 */
@ConfigurationProperties("praxis.reciprocation")
public record ReciprocationProperties(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue Reminders reminders) {

    /**
     * @param cron      when the reminder job runs (Spring cron: second minute hour day month weekday); daily at 07:00 by default
     * @param daysAhead items due within this many days (or overdue) are reminded about
     */
    public record Reminders(@DefaultValue("0 0 7 * * *") String cron, @DefaultValue("7") int daysAhead) {
    }
}
