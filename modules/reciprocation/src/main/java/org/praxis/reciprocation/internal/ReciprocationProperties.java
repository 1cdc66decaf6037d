package org.praxis.reciprocation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * Settings of the reciprocation module ({@code praxis.reciprocation.*}).
 *
 * @param filesDirectory where uploaded evidence files are kept; a file's storage key is its path below this folder
 * @param maxFileSize    largest file a person may upload as evidence
 * @param reminders      when reminders about due items are sent
 */
@ConfigurationProperties("praxis.reciprocation")
public record ReciprocationProperties(
        @DefaultValue("./data/files") Path filesDirectory,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue Reminders reminders) {

    /**
     * @param cron      when the reminder job runs (Spring cron: second minute hour day month weekday); daily at 07:00 by default
     * @param daysAhead items due within this many days (or overdue) are reminded about
     */
    public record Reminders(@DefaultValue("0 0 7 * * *") String cron, @DefaultValue("7") int daysAhead) {
    }
}
