package org.praxis.hub.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.praxis.hub.events.CollectionId;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.CollectionViews.CollectionDetails;
import org.praxis.hub.internal.CollectionViews.CollectionSummary;
import org.praxis.hub.internal.CollectionViews.Membership;
import org.praxis.hub.internal.CollectionViews.Step;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.praxis.hub.internal.jooq.Tables.RESOURCE;
import static org.praxis.hub.internal.jooq.Tables.RESOURCE_COLLECTION;
import static org.praxis.hub.internal.jooq.Tables.RESOURCE_COLLECTION_ITEM;

/** SQL of collections and their ordered resources. Changes check the version read (optimistic locking). */
@Repository
class JooqCollectionRepository {

    private final DSLContext sql;

    JooqCollectionRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** Inserts a new collection (not published) with its items; false if one with this id exists. */
    boolean insert(CollectionId id, CollectionForm form, String createdByName) {
        int inserted = sql.insertInto(RESOURCE_COLLECTION)
                .set(RESOURCE_COLLECTION.ID, id.value())
                .set(RESOURCE_COLLECTION.TITLE, form.getTitle().strip())
                .set(RESOURCE_COLLECTION.DESCRIPTION, form.getDescription().strip())
                .set(RESOURCE_COLLECTION.PATHWAY, form.isPathway())
                .set(RESOURCE_COLLECTION.STATUS, CollectionStatus.DRAFT.name())
                .set(RESOURCE_COLLECTION.CREATED_BY_NAME, createdByName)
                .onConflict(RESOURCE_COLLECTION.ID).doNothing()
                .execute();
        if (inserted == 1) {
            replaceItems(id, form.getItems());
        }
        return inserted == 1;
    }

    /** Changes the content; false if someone else changed it since {@code expectedVersion}. */
    boolean update(CollectionId id, int expectedVersion, CollectionForm form) {
        int updated = sql.update(RESOURCE_COLLECTION)
                .set(RESOURCE_COLLECTION.TITLE, form.getTitle().strip())
                .set(RESOURCE_COLLECTION.DESCRIPTION, form.getDescription().strip())
                .set(RESOURCE_COLLECTION.PATHWAY, form.isPathway())
                .set(RESOURCE_COLLECTION.UPDATED_AT, OffsetDateTime.now())
                .set(RESOURCE_COLLECTION.VERSION, expectedVersion + 1)
                .where(RESOURCE_COLLECTION.ID.eq(id.value())).and(RESOURCE_COLLECTION.VERSION.eq(expectedVersion))
                .execute();
        if (updated == 1) {
            replaceItems(id, form.getItems());
        }
        return updated == 1;
    }

    private void replaceItems(CollectionId id, List<CollectionForm.Item> items) {
        sql.deleteFrom(RESOURCE_COLLECTION_ITEM).where(RESOURCE_COLLECTION_ITEM.COLLECTION_ID.eq(id.value())).execute();
        if (items.isEmpty()) {
            return;
        }
        var insert = sql.insertInto(RESOURCE_COLLECTION_ITEM, RESOURCE_COLLECTION_ITEM.COLLECTION_ID,
                RESOURCE_COLLECTION_ITEM.POSITION, RESOURCE_COLLECTION_ITEM.RESOURCE_ID, RESOURCE_COLLECTION_ITEM.NOTE);
        int position = 1;
        for (CollectionForm.Item item : items) {
            insert = insert.values(id.value(), position++, item.resourceId().value(), item.note().strip());
        }
        insert.execute();
    }

    /** Publishes or takes down; false if it was not in {@code from} at that version. */
    boolean changeStatus(CollectionId id, int expectedVersion, CollectionStatus from, CollectionStatus to) {
        var update = sql.update(RESOURCE_COLLECTION)
                .set(RESOURCE_COLLECTION.STATUS, to.name())
                .set(RESOURCE_COLLECTION.UPDATED_AT, OffsetDateTime.now())
                .set(RESOURCE_COLLECTION.VERSION, expectedVersion + 1);
        if (to == CollectionStatus.PUBLISHED) {
            update = update.set(RESOURCE_COLLECTION.PUBLISHED_AT, OffsetDateTime.now());
        }
        return update.where(RESOURCE_COLLECTION.ID.eq(id.value()))
                .and(RESOURCE_COLLECTION.VERSION.eq(expectedVersion))
                .and(RESOURCE_COLLECTION.STATUS.eq(from.name()))
                .execute() == 1;
    }

    Optional<CollectionDetails> find(CollectionId id) {
        return sql.selectFrom(RESOURCE_COLLECTION).where(RESOURCE_COLLECTION.ID.eq(id.value()))
                .fetchOptional(c -> new CollectionDetails(id, c.getTitle(), c.getDescription(), c.getPathway(),
                        CollectionStatus.valueOf(c.getStatus()), c.getVersion(), c.getCreatedByName(), c.getUpdatedAt(),
                        c.getPublishedAt(), steps(id)));
    }

    private List<Step> steps(CollectionId id) {
        return sql.select(RESOURCE_COLLECTION_ITEM.POSITION, RESOURCE_COLLECTION_ITEM.RESOURCE_ID,
                        RESOURCE.TITLE, RESOURCE.PLAIN_SUMMARY, RESOURCE.STATUS, RESOURCE_COLLECTION_ITEM.NOTE)
                .from(RESOURCE_COLLECTION_ITEM)
                .join(RESOURCE).on(RESOURCE.ID.eq(RESOURCE_COLLECTION_ITEM.RESOURCE_ID))
                .where(RESOURCE_COLLECTION_ITEM.COLLECTION_ID.eq(id.value()))
                .orderBy(RESOURCE_COLLECTION_ITEM.POSITION)
                .fetch(r -> new Step(r.value1(), new ResourceId(r.value2()), r.value3(), r.value4(),
                        ResourceStatus.PUBLISHED.name().equals(r.value5()), r.value6()));
    }

    /** Collections with their number of resources, by title; only published ones unless {@code withDrafts}. */
    List<CollectionSummary> summaries(boolean withDrafts) {
        Condition which = withDrafts ? DSL.noCondition()
                : RESOURCE_COLLECTION.STATUS.eq(CollectionStatus.PUBLISHED.name());
        var count = DSL.field(DSL.selectCount().from(RESOURCE_COLLECTION_ITEM)
                .where(RESOURCE_COLLECTION_ITEM.COLLECTION_ID.eq(RESOURCE_COLLECTION.ID)));
        return sql.select(RESOURCE_COLLECTION.ID, RESOURCE_COLLECTION.TITLE, RESOURCE_COLLECTION.DESCRIPTION,
                        RESOURCE_COLLECTION.PATHWAY, RESOURCE_COLLECTION.STATUS, count, RESOURCE_COLLECTION.UPDATED_AT)
                .from(RESOURCE_COLLECTION).where(which)
                .orderBy(DSL.lower(RESOURCE_COLLECTION.TITLE), RESOURCE_COLLECTION.ID)
                .fetch(r -> new CollectionSummary(new CollectionId(r.value1()), r.value2(), r.value3(), r.value4(),
                        CollectionStatus.valueOf(r.value5()), r.value6(), r.value7()));
    }

    /** The published collections a resource is in, with its position and the number of steps. */
    List<Membership> publishedMemberships(ResourceId resource) {
        var all = RESOURCE_COLLECTION_ITEM.as("all_items");
        var steps = DSL.field(DSL.selectCount().from(all).where(all.COLLECTION_ID.eq(RESOURCE_COLLECTION.ID)));
        return sql.select(RESOURCE_COLLECTION.ID, RESOURCE_COLLECTION.TITLE, RESOURCE_COLLECTION.PATHWAY,
                        RESOURCE_COLLECTION_ITEM.POSITION, steps)
                .from(RESOURCE_COLLECTION_ITEM)
                .join(RESOURCE_COLLECTION).on(RESOURCE_COLLECTION.ID.eq(RESOURCE_COLLECTION_ITEM.COLLECTION_ID))
                .where(RESOURCE_COLLECTION_ITEM.RESOURCE_ID.eq(resource.value()))
                .and(RESOURCE_COLLECTION.STATUS.eq(CollectionStatus.PUBLISHED.name()))
                .orderBy(DSL.lower(RESOURCE_COLLECTION.TITLE), RESOURCE_COLLECTION.ID)
                .fetch(r -> new Membership(new CollectionId(r.value1()), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** The status of each of these resources that exists. */
    Map<UUID, ResourceStatus> resourceStatuses(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return sql.select(RESOURCE.ID, RESOURCE.STATUS).from(RESOURCE).where(RESOURCE.ID.in(ids))
                .fetchMap(RESOURCE.ID, r -> ResourceStatus.valueOf(r.value2()));
    }

    /** A resource loaded by the demo data or an import, by its key. */
    Optional<ResourceId> resourceByImportKey(String importKey) {
        return sql.select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.IMPORT_KEY.eq(importKey))
                .fetchOptional(r -> new ResourceId(r.value1()));
    }
}
