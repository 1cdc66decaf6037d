package org.praxis.matchmaking.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.matchmaking.internal.MatchmakingViews.ChecklistItem;
import org.praxis.matchmaking.internal.MatchmakingViews.MatchEvent;
import org.praxis.matchmaking.internal.MatchmakingViews.Material;
import org.praxis.matchmaking.internal.MatchmakingViews.Places;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.praxis.matchmaking.internal.jooq.Tables.CHECKLIST_CONFIRMATION;
import static org.praxis.matchmaking.internal.jooq.Tables.CHECKLIST_ITEM;
import static org.praxis.matchmaking.internal.jooq.Tables.EVENT_MATERIAL;
import static org.praxis.matchmaking.internal.jooq.Tables.EVENT_PLACES;
import static org.praxis.matchmaking.internal.jooq.Tables.HUB_RESOURCE;
import static org.praxis.matchmaking.internal.jooq.Tables.MATCH_EVENT;
import static org.praxis.matchmaking.internal.jooq.Tables.REGISTRATION;

/** Match events, their places per group, their pre-work (Hub materials and checklist), and the Hub's resources. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqEventRepository {

    private final DSLContext sql;

    JooqEventRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insert(MatchEventId id, MatchEventForm form, OffsetDateTime startsAt, OffsetDateTime endsAt,
                PersonId organiser, @Nullable String demoKey, OffsetDateTime now) {
        sql.insertInto(MATCH_EVENT)
                .set(MATCH_EVENT.ID, id.value())
                .set(MATCH_EVENT.TITLE, form.getTitle().strip())
                .set(MATCH_EVENT.DESCRIPTION, form.getDescription().strip())
                .set(MATCH_EVENT.FORMAT, String.valueOf(form.getFormat()))
                .set(MATCH_EVENT.STARTS_AT, startsAt)
                .set(MATCH_EVENT.ENDS_AT, endsAt)
                .set(MATCH_EVENT.PLACE, form.getPlace().strip())
                .set(MATCH_EVENT.LINK, form.getLink().strip())
                .set(MATCH_EVENT.AUTO_ACCEPT, form.isAutoAccept())
                .set(MATCH_EVENT.ORGANISER_ID, organiser.value())
                .set(MATCH_EVENT.DEMO_KEY, demoKey)
                .set(MATCH_EVENT.CREATED_AT, now)
                .set(MATCH_EVENT.UPDATED_AT, now)
                .execute();
        for (AttendeeSide side : AttendeeSide.values()) {
            sql.insertInto(EVENT_PLACES).set(EVENT_PLACES.EVENT_ID, id.value()).set(EVENT_PLACES.SIDE, side.name())
                    .set(EVENT_PLACES.PLACES, form.placesFor(side)).execute();
        }
        replacePreWork(id, form);
    }

    boolean update(MatchEventId id, int expectedVersion, MatchEventForm form, OffsetDateTime startsAt,
                   OffsetDateTime endsAt, OffsetDateTime now) {
        boolean updated = sql.update(MATCH_EVENT)
                .set(MATCH_EVENT.TITLE, form.getTitle().strip())
                .set(MATCH_EVENT.DESCRIPTION, form.getDescription().strip())
                .set(MATCH_EVENT.FORMAT, String.valueOf(form.getFormat()))
                .set(MATCH_EVENT.STARTS_AT, startsAt)
                .set(MATCH_EVENT.ENDS_AT, endsAt)
                .set(MATCH_EVENT.PLACE, form.getPlace().strip())
                .set(MATCH_EVENT.LINK, form.getLink().strip())
                .set(MATCH_EVENT.AUTO_ACCEPT, form.isAutoAccept())
                .set(MATCH_EVENT.UPDATED_AT, now)
                .set(MATCH_EVENT.VERSION, expectedVersion + 1)
                .where(MATCH_EVENT.ID.eq(id.value()).and(MATCH_EVENT.VERSION.eq(expectedVersion)))
                .execute() == 1;
        if (updated) {
            for (AttendeeSide side : AttendeeSide.values()) {
                sql.update(EVENT_PLACES).set(EVENT_PLACES.PLACES, form.placesFor(side))
                        .where(EVENT_PLACES.EVENT_ID.eq(id.value()).and(EVENT_PLACES.SIDE.eq(side.name())))
                        .execute();
            }
            replacePreWork(id, form);
        }
        return updated;
    }

    /** Links the form's materials, and keeps checklist items whose words did not change (with their confirmations). */
    private void replacePreWork(MatchEventId id, MatchEventForm form) {
        sql.deleteFrom(EVENT_MATERIAL).where(EVENT_MATERIAL.EVENT_ID.eq(id.value())).execute();
        List<UUID> materials = form.getMaterials().stream().distinct().toList();
        for (int i = 0; i < materials.size(); i++) {
            sql.insertInto(EVENT_MATERIAL).set(EVENT_MATERIAL.EVENT_ID, id.value())
                    .set(EVENT_MATERIAL.RESOURCE_ID, materials.get(i)).set(EVENT_MATERIAL.POSITION, i).execute();
        }
        List<String> items = form.checklistItems();
        sql.deleteFrom(CHECKLIST_ITEM)
                .where(CHECKLIST_ITEM.EVENT_ID.eq(id.value()).and(CHECKLIST_ITEM.TEXT.notIn(items)))
                .execute();
        Map<String, UUID> kept = sql.select(CHECKLIST_ITEM.TEXT, CHECKLIST_ITEM.ID).from(CHECKLIST_ITEM)
                .where(CHECKLIST_ITEM.EVENT_ID.eq(id.value())).fetchMap(CHECKLIST_ITEM.TEXT, CHECKLIST_ITEM.ID);
        for (int i = 0; i < items.size(); i++) {
            UUID existing = kept.get(items.get(i));
            if (existing == null) {
                sql.insertInto(CHECKLIST_ITEM).set(CHECKLIST_ITEM.ID, UUID.randomUUID())
                        .set(CHECKLIST_ITEM.EVENT_ID, id.value()).set(CHECKLIST_ITEM.POSITION, i)
                        .set(CHECKLIST_ITEM.TEXT, items.get(i)).execute();
            } else {
                sql.update(CHECKLIST_ITEM).set(CHECKLIST_ITEM.POSITION, i).where(CHECKLIST_ITEM.ID.eq(existing))
                        .execute();
            }
        }
    }

    Optional<MatchEvent> find(MatchEventId id) {
        return sql.selectFrom(MATCH_EVENT).where(MATCH_EVENT.ID.eq(id.value())).fetchOptional()
                .map(r -> event(r, places(List.of(id)).getOrDefault(id, List.of())));
    }

    /** Events from the given time on (or all, if null), soonest first. */
    List<MatchEvent> events(@Nullable OffsetDateTime endingAfter) {
        var rows = sql.selectFrom(MATCH_EVENT)
                .where(endingAfter == null ? DSL.trueCondition() : MATCH_EVENT.ENDS_AT.gt(endingAfter))
                .orderBy(MATCH_EVENT.STARTS_AT, MATCH_EVENT.TITLE)
                .fetch();
        Map<MatchEventId, List<Places>> places = places(rows.map(r -> new MatchEventId(r.getId())));
        return rows.map(r -> event(r, places.getOrDefault(new MatchEventId(r.getId()), List.of())));
    }

    private static MatchEvent event(org.praxis.matchmaking.internal.jooq.tables.records.MatchEventRecord r,
                                    List<Places> places) {
        return new MatchEvent(new MatchEventId(r.getId()), r.getTitle(), r.getDescription(),
                EventFormat.valueOf(r.getFormat()), r.getStartsAt(), r.getEndsAt(), r.getPlace(), r.getLink(),
                r.getAutoAccept(), new PersonId(r.getOrganiserId()), places, r.getVersion());
    }

    /** Each event's groups that have places, with how many are taken and waiting, in the order of the groups. */
    private Map<MatchEventId, List<Places>> places(Collection<MatchEventId> ids) {
        var taken = DSL.count().filterWhere(REGISTRATION.STATUS.in(names(RegistrationStatus.HOLDING_A_PLACE)));
        var waiting = DSL.count().filterWhere(REGISTRATION.STATUS.eq(RegistrationStatus.WAITING.name()));
        Map<MatchEventId, List<Places>> result = new java.util.HashMap<>();
        sql.select(EVENT_PLACES.EVENT_ID, EVENT_PLACES.SIDE, EVENT_PLACES.PLACES, taken, waiting)
                .from(EVENT_PLACES)
                .leftJoin(REGISTRATION).on(REGISTRATION.EVENT_ID.eq(EVENT_PLACES.EVENT_ID)
                        .and(REGISTRATION.SIDE.eq(EVENT_PLACES.SIDE)))
                .where(EVENT_PLACES.EVENT_ID.in(ids.stream().map(MatchEventId::value).toList()))
                .groupBy(EVENT_PLACES.EVENT_ID, EVENT_PLACES.SIDE, EVENT_PLACES.PLACES)
                .fetch()
                .stream()
                .filter(r -> r.value3() > 0 || r.value4() > 0)
                .sorted(java.util.Comparator.comparing(r -> AttendeeSide.valueOf(r.value2())))
                .forEach(r -> result.computeIfAbsent(new MatchEventId(r.value1()), k -> new ArrayList<>())
                        .add(new Places(AttendeeSide.valueOf(r.value2()), r.value3(), r.value4(), r.value5())));
        return result;
    }

    /**
     * Locks the group's places at the event until the transaction ends, so changes to who holds them take turns,
     * and returns how many places the group has.
     */
    int lockPlaces(MatchEventId id, AttendeeSide side) {
        return sql.select(EVENT_PLACES.PLACES).from(EVENT_PLACES)
                .where(EVENT_PLACES.EVENT_ID.eq(id.value()).and(EVENT_PLACES.SIDE.eq(side.name())))
                .forUpdate()
                .fetchOptional(EVENT_PLACES.PLACES)
                .orElse(0);
    }

    /** How many of the group's places are taken or held for an offer. */
    int placesTaken(MatchEventId id, AttendeeSide side) {
        return sql.fetchCount(REGISTRATION, REGISTRATION.EVENT_ID.eq(id.value())
                .and(REGISTRATION.SIDE.eq(side.name()))
                .and(REGISTRATION.STATUS.in(names(RegistrationStatus.HOLDING_A_PLACE))));
    }

    static List<String> names(Collection<RegistrationStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    // --- pre-work ------------------------------------------------------------------------------------

    /** The event's Hub materials that have been published, in the organiser's order. */
    List<Material> materials(MatchEventId id) {
        return sql.select(HUB_RESOURCE.ID, HUB_RESOURCE.TITLE, HUB_RESOURCE.TYPE)
                .from(EVENT_MATERIAL).join(HUB_RESOURCE).on(HUB_RESOURCE.ID.eq(EVENT_MATERIAL.RESOURCE_ID))
                .where(EVENT_MATERIAL.EVENT_ID.eq(id.value()))
                .orderBy(EVENT_MATERIAL.POSITION)
                .fetch(r -> new Material(r.value1(), r.value2(), r.value3()));
    }

    List<UUID> materialIds(MatchEventId id) {
        return sql.select(EVENT_MATERIAL.RESOURCE_ID).from(EVENT_MATERIAL)
                .where(EVENT_MATERIAL.EVENT_ID.eq(id.value())).orderBy(EVENT_MATERIAL.POSITION)
                .fetch(EVENT_MATERIAL.RESOURCE_ID);
    }

    /** The checklist, with the registration's confirmations (none, if no registration is given). */
    List<ChecklistItem> checklist(MatchEventId id, @Nullable RegistrationId registration) {
        var confirmed = registration == null ? DSL.falseCondition() : DSL.exists(DSL.selectOne()
                .from(CHECKLIST_CONFIRMATION)
                .where(CHECKLIST_CONFIRMATION.ITEM_ID.eq(CHECKLIST_ITEM.ID)
                        .and(CHECKLIST_CONFIRMATION.REGISTRATION_ID.eq(registration.value()))));
        return sql.select(CHECKLIST_ITEM.ID, CHECKLIST_ITEM.TEXT, DSL.field(confirmed))
                .from(CHECKLIST_ITEM)
                .where(CHECKLIST_ITEM.EVENT_ID.eq(id.value()))
                .orderBy(CHECKLIST_ITEM.POSITION)
                .fetch(r -> new ChecklistItem(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3())));
    }

    boolean hasChecklistItem(MatchEventId id, UUID item) {
        return sql.fetchExists(CHECKLIST_ITEM, CHECKLIST_ITEM.ID.eq(item).and(CHECKLIST_ITEM.EVENT_ID.eq(id.value())));
    }

    void confirm(RegistrationId registration, UUID item, boolean confirmed, OffsetDateTime now) {
        if (confirmed) {
            sql.insertInto(CHECKLIST_CONFIRMATION)
                    .set(CHECKLIST_CONFIRMATION.REGISTRATION_ID, registration.value())
                    .set(CHECKLIST_CONFIRMATION.ITEM_ID, item)
                    .set(CHECKLIST_CONFIRMATION.CONFIRMED_AT, now)
                    .onConflictDoNothing()
                    .execute();
        } else {
            sql.deleteFrom(CHECKLIST_CONFIRMATION).where(CHECKLIST_CONFIRMATION.REGISTRATION_ID
                    .eq(registration.value()).and(CHECKLIST_CONFIRMATION.ITEM_ID.eq(item))).execute();
        }
    }

    /** How many checklist items each of the event's registrations has confirmed. */
    Map<RegistrationId, Integer> confirmationCounts(MatchEventId id) {
        Map<RegistrationId, Integer> counts = new java.util.HashMap<>();
        sql.select(CHECKLIST_CONFIRMATION.REGISTRATION_ID, DSL.count())
                .from(CHECKLIST_CONFIRMATION).join(CHECKLIST_ITEM).on(CHECKLIST_ITEM.ID.eq(CHECKLIST_CONFIRMATION.ITEM_ID))
                .where(CHECKLIST_ITEM.EVENT_ID.eq(id.value()))
                .groupBy(CHECKLIST_CONFIRMATION.REGISTRATION_ID)
                .fetch()
                .forEach(r -> counts.put(new RegistrationId(r.value1()), r.value2()));
        return counts;
    }

    // --- the Hub's resources -------------------------------------------------------------------------

    void upsertHubResource(UUID id, String title, String type, OffsetDateTime publishedAt) {
        sql.insertInto(HUB_RESOURCE).set(HUB_RESOURCE.ID, id).set(HUB_RESOURCE.TITLE, title)
                .set(HUB_RESOURCE.TYPE, type).set(HUB_RESOURCE.PUBLISHED_AT, publishedAt)
                .onConflict(HUB_RESOURCE.ID).doUpdate()
                .set(HUB_RESOURCE.TITLE, title).set(HUB_RESOURCE.TYPE, type)
                .set(HUB_RESOURCE.PUBLISHED_AT, publishedAt)
                .execute();
    }

    /** Published Hub resources, newest first, to link to events. */
    List<Material> hubResources() {
        return sql.select(HUB_RESOURCE.ID, HUB_RESOURCE.TITLE, HUB_RESOURCE.TYPE).from(HUB_RESOURCE)
                .orderBy(HUB_RESOURCE.PUBLISHED_AT.desc(), HUB_RESOURCE.TITLE)
                .fetch(r -> new Material(r.value1(), r.value2(), r.value3()));
    }

    boolean demoEventExists(String demoKey) {
        return sql.fetchExists(MATCH_EVENT, MATCH_EVENT.DEMO_KEY.eq(demoKey));
    }
}
