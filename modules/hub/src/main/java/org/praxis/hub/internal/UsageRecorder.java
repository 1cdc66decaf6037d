package org.praxis.hub.internal;

import org.jooq.DSLContext;
import org.praxis.hub.events.ResourceId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

import static org.praxis.hub.internal.jooq.Tables.USAGE_DAILY;

/** Counts views and downloads per resource and day (one upsert each; no personal data kept). */
@Component
class UsageRecorder {

    private final DSLContext sql;
    private final Clock clock;

    UsageRecorder(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    void viewed(ResourceId id) {
        sql.insertInto(USAGE_DAILY).set(USAGE_DAILY.RESOURCE_ID, id.value()).set(USAGE_DAILY.DAY, LocalDate.now(clock))
                .set(USAGE_DAILY.VIEWS, 1)
                .onConflict(USAGE_DAILY.RESOURCE_ID, USAGE_DAILY.DAY).doUpdate()
                .set(USAGE_DAILY.VIEWS, USAGE_DAILY.VIEWS.plus(1))
                .execute();
    }

    void downloaded(ResourceId id) {
        sql.insertInto(USAGE_DAILY).set(USAGE_DAILY.RESOURCE_ID, id.value()).set(USAGE_DAILY.DAY, LocalDate.now(clock))
                .set(USAGE_DAILY.DOWNLOADS, 1)
                .onConflict(USAGE_DAILY.RESOURCE_ID, USAGE_DAILY.DAY).doUpdate()
                .set(USAGE_DAILY.DOWNLOADS, USAGE_DAILY.DOWNLOADS.plus(1))
                .execute();
    }
}
