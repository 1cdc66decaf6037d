package org.praxis.hub.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.HubViews.ResourceRef;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.praxis.hub.internal.jooq.Tables.RESOURCE;
import static org.praxis.hub.internal.jooq.Tables.RESOURCE_SUPERSEDED;

/** SQL of "superseded by" marks between resources. */
@Repository
class JooqSupersessionRepository {

    private final DSLContext sql;

    JooqSupersessionRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** Makes concurrent marks wait for each other (until commit), so two of them cannot close a circle. */
    void lockMarks() {
        sql.fetch("select pg_advisory_xact_lock(hashtext('hub.resource_superseded'))");
    }

    void mark(ResourceId older, ResourceId newer, String markedByName) {
        OffsetDateTime now = OffsetDateTime.now();
        sql.insertInto(RESOURCE_SUPERSEDED)
                .set(RESOURCE_SUPERSEDED.RESOURCE_ID, older.value())
                .set(RESOURCE_SUPERSEDED.SUPERSEDED_BY, newer.value())
                .set(RESOURCE_SUPERSEDED.MARKED_BY_NAME, markedByName)
                .set(RESOURCE_SUPERSEDED.MARKED_AT, now)
                .onConflict(RESOURCE_SUPERSEDED.RESOURCE_ID).doUpdate()
                .set(RESOURCE_SUPERSEDED.SUPERSEDED_BY, newer.value())
                .set(RESOURCE_SUPERSEDED.MARKED_BY_NAME, markedByName)
                .set(RESOURCE_SUPERSEDED.MARKED_AT, now)
                .execute();
    }

    /** Removes the mark; false if there was none. */
    boolean clear(ResourceId older) {
        return sql.deleteFrom(RESOURCE_SUPERSEDED).where(RESOURCE_SUPERSEDED.RESOURCE_ID.eq(older.value())).execute() == 1;
    }

    /** The resource marked as replacing this one, whatever its status. */
    Optional<ResourceId> supersededBy(ResourceId older) {
        return sql.select(RESOURCE_SUPERSEDED.SUPERSEDED_BY).from(RESOURCE_SUPERSEDED)
                .where(RESOURCE_SUPERSEDED.RESOURCE_ID.eq(older.value()))
                .fetchOptional(r -> new ResourceId(r.value1()));
    }

    /** The newer resource replacing this one, if that is published. */
    Optional<ResourceRef> publishedReplacement(ResourceId older) {
        return sql.select(RESOURCE.ID, RESOURCE.TITLE, RESOURCE.OWNER_ORGANISATION_NAME)
                .from(RESOURCE_SUPERSEDED).join(RESOURCE).on(RESOURCE.ID.eq(RESOURCE_SUPERSEDED.SUPERSEDED_BY))
                .where(RESOURCE_SUPERSEDED.RESOURCE_ID.eq(older.value()))
                .and(RESOURCE.STATUS.eq(ResourceStatus.PUBLISHED.name()))
                .fetchOptional(r -> new ResourceRef(new ResourceId(r.value1()), r.value2(), r.value3()));
    }

    /** The published resources this one replaces, oldest mark first. */
    List<ResourceRef> publishedReplaced(ResourceId newer) {
        return sql.select(RESOURCE.ID, RESOURCE.TITLE, RESOURCE.OWNER_ORGANISATION_NAME)
                .from(RESOURCE_SUPERSEDED).join(RESOURCE).on(RESOURCE.ID.eq(RESOURCE_SUPERSEDED.RESOURCE_ID))
                .where(RESOURCE_SUPERSEDED.SUPERSEDED_BY.eq(newer.value()))
                .and(RESOURCE.STATUS.eq(ResourceStatus.PUBLISHED.name()))
                .orderBy(RESOURCE_SUPERSEDED.MARKED_AT, RESOURCE.ID)
                .fetch(r -> new ResourceRef(new ResourceId(r.value1()), r.value2(), r.value3()));
    }

    /** Which of these resources are replaced by a newer published one. */
    Set<ResourceId> replacedAmong(Collection<ResourceId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        var newer = RESOURCE.as("newer");
        return sql.select(RESOURCE_SUPERSEDED.RESOURCE_ID).from(RESOURCE_SUPERSEDED)
                .join(newer).on(newer.ID.eq(RESOURCE_SUPERSEDED.SUPERSEDED_BY))
                .where(RESOURCE_SUPERSEDED.RESOURCE_ID.in(ids.stream().map(ResourceId::value).toList()))
                .and(newer.STATUS.eq(DSL.inline(ResourceStatus.PUBLISHED.name())))
                .fetch(r -> new ResourceId(r.value1())).stream().collect(Collectors.toSet());
    }
}
