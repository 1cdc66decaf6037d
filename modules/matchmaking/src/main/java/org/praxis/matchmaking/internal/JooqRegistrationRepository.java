package org.praxis.matchmaking.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.matchmaking.internal.MatchmakingViews.DirectoryEntry;
import org.praxis.matchmaking.internal.MatchmakingViews.Registration;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.praxis.matchmaking.internal.jooq.Tables.MATCH_EVENT;
import static org.praxis.matchmaking.internal.jooq.Tables.ORGANISATION;
import static org.praxis.matchmaking.internal.jooq.Tables.PERSON;
import static org.praxis.matchmaking.internal.jooq.Tables.REGISTRATION;

/** People's registrations for match events, the waiting list's order, and the attendee directory. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqRegistrationRepository {

    private final DSLContext sql;

    JooqRegistrationRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insert(RegistrationId id, MatchEventId event, PersonId person, String name, ProfileForm form,
                RegistrationStatus status, OffsetDateTime now) {
        sql.insertInto(REGISTRATION)
                .set(REGISTRATION.ID, id.value())
                .set(REGISTRATION.EVENT_ID, event.value())
                .set(REGISTRATION.PERSON_ID, person.value())
                .set(REGISTRATION.PERSON_NAME, name)
                .set(REGISTRATION.SIDE, Objects.requireNonNull(form.getSide()).name())
                .set(REGISTRATION.OFFER, form.getOffer().strip())
                .set(REGISTRATION.LOOKING_FOR, form.getLookingFor().strip())
                .set(REGISTRATION.THEMES, form.getThemes().strip())
                .set(REGISTRATION.LOCATION, form.getLocation().strip())
                .set(REGISTRATION.ACCESS_NEEDS, form.getAccessNeeds().strip())
                .set(REGISTRATION.DIRECTORY_VISIBILITY, Objects.requireNonNull(form.getVisibility()).name())
                .set(REGISTRATION.PREFERS_GROUP, form.isPrefersGroup())
                .set(REGISTRATION.STATUS, status.name())
                .set(REGISTRATION.WAITING_SINCE, status == RegistrationStatus.WAITING ? now : null)
                .set(REGISTRATION.CREATED_AT, now)
                .set(REGISTRATION.UPDATED_AT, now)
                .execute();
    }

    /** Changes the profile (never the group: a place belongs to a group). */
    boolean updateProfile(RegistrationId id, int expectedVersion, ProfileForm form, OffsetDateTime now) {
        return sql.update(REGISTRATION)
                .set(REGISTRATION.OFFER, form.getOffer().strip())
                .set(REGISTRATION.LOOKING_FOR, form.getLookingFor().strip())
                .set(REGISTRATION.THEMES, form.getThemes().strip())
                .set(REGISTRATION.LOCATION, form.getLocation().strip())
                .set(REGISTRATION.ACCESS_NEEDS, form.getAccessNeeds().strip())
                .set(REGISTRATION.DIRECTORY_VISIBILITY, Objects.requireNonNull(form.getVisibility()).name())
                .set(REGISTRATION.PREFERS_GROUP, form.isPrefersGroup())
                .set(REGISTRATION.UPDATED_AT, now)
                .set(REGISTRATION.VERSION, expectedVersion + 1)
                .where(REGISTRATION.ID.eq(id.value()).and(REGISTRATION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /**
     * Moves the registration from one status to another if nobody changed it since the version seen (any
     * version, if null); joining the waiting list stamps its place in the queue, an offer its time limit.
     */
    boolean changeStatus(RegistrationId id, @Nullable Integer expectedVersion, RegistrationStatus from,
                         RegistrationStatus to, @Nullable OffsetDateTime offeredUntil, OffsetDateTime now) {
        Condition version = expectedVersion == null ? DSL.trueCondition() : REGISTRATION.VERSION.eq(expectedVersion);
        return sql.update(REGISTRATION)
                .set(REGISTRATION.STATUS, to.name())
                .set(REGISTRATION.WAITING_SINCE, to == RegistrationStatus.WAITING ? DSL.val(now)
                        : REGISTRATION.WAITING_SINCE)
                .set(REGISTRATION.OFFERED_UNTIL, offeredUntil)
                .set(REGISTRATION.UPDATED_AT, now)
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(REGISTRATION.ID.eq(id.value()).and(REGISTRATION.STATUS.eq(from.name())).and(version))
                .execute() == 1;
    }

    boolean hasLiveRegistration(MatchEventId event, PersonId person) {
        return sql.fetchExists(REGISTRATION, REGISTRATION.EVENT_ID.eq(event.value())
                .and(REGISTRATION.PERSON_ID.eq(person.value()))
                .and(REGISTRATION.STATUS.in(JooqEventRepository.names(List.of(RegistrationStatus.APPLIED,
                        RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING, RegistrationStatus.OFFERED)))));
    }

    Optional<Registration> find(RegistrationId id) {
        return select().where(REGISTRATION.ID.eq(id.value())).fetchOptional(JooqRegistrationRepository::registration);
    }

    /** The person's registrations, soonest event first. */
    List<Registration> of(PersonId person) {
        return select().where(REGISTRATION.PERSON_ID.eq(person.value()))
                .orderBy(MATCH_EVENT.STARTS_AT, REGISTRATION.CREATED_AT)
                .fetch(JooqRegistrationRepository::registration);
    }

    /** Every registration for the event, by group, then status, then the order people joined the queue. */
    List<Registration> forEvent(MatchEventId event) {
        return select().where(REGISTRATION.EVENT_ID.eq(event.value()))
                .orderBy(REGISTRATION.SIDE, REGISTRATION.STATUS, REGISTRATION.WAITING_SINCE.nullsLast(),
                        REGISTRATION.CREATED_AT)
                .fetch(JooqRegistrationRepository::registration);
    }

    /** The first person on the group's waiting list: the one who joined it earliest. */
    Optional<Registration> firstWaiting(MatchEventId event, AttendeeSide side) {
        return select().where(REGISTRATION.EVENT_ID.eq(event.value()).and(REGISTRATION.SIDE.eq(side.name()))
                        .and(REGISTRATION.STATUS.eq(RegistrationStatus.WAITING.name())))
                .orderBy(REGISTRATION.WAITING_SINCE, REGISTRATION.CREATED_AT, REGISTRATION.ID)
                .limit(1)
                .fetchOptional(JooqRegistrationRepository::registration);
    }

    /** Offers whose time limit has passed. */
    List<Registration> lapsedOffers(OffsetDateTime now) {
        return select().where(REGISTRATION.STATUS.eq(RegistrationStatus.OFFERED.name())
                        .and(REGISTRATION.OFFERED_UNTIL.le(now)))
                .orderBy(REGISTRATION.OFFERED_UNTIL)
                .fetch(JooqRegistrationRepository::registration);
    }

    boolean isConfirmed(MatchEventId event, PersonId person) {
        return sql.fetchExists(REGISTRATION, REGISTRATION.EVENT_ID.eq(event.value())
                .and(REGISTRATION.PERSON_ID.eq(person.value()))
                .and(REGISTRATION.STATUS.eq(RegistrationStatus.CONFIRMED.name())));
    }

    /**
     * The event's confirmed attendees whom the viewer may see: those who chose everyone signed in, and, if the
     * viewer is an attendee too, those who chose attendees only. Those who chose hidden never appear.
     */
    List<DirectoryEntry> directory(MatchEventId event, boolean viewerIsAttendee) {
        Condition visible = REGISTRATION.DIRECTORY_VISIBILITY.eq(DirectoryVisibility.ALL_SIGNED_IN.name());
        if (viewerIsAttendee) {
            visible = visible.or(REGISTRATION.DIRECTORY_VISIBILITY.eq(DirectoryVisibility.ATTENDEES.name()));
        }
        return select().where(REGISTRATION.EVENT_ID.eq(event.value())
                        .and(REGISTRATION.STATUS.eq(RegistrationStatus.CONFIRMED.name()))
                        .and(REGISTRATION.DIRECTORY_VISIBILITY.ne(DirectoryVisibility.HIDDEN.name()))
                        .and(visible))
                .orderBy(REGISTRATION.SIDE, DSL.coalesce(PERSON.DISPLAY_NAME, REGISTRATION.PERSON_NAME))
                .fetch(r -> {
                    Registration x = registration(r);
                    return new DirectoryEntry(x.id(), x.person(), x.name(), x.organisation(), x.side(), x.offer(),
                            x.lookingFor(), x.themes(), x.location());
                });
    }

    int countApplied() {
        return sql.fetchCount(REGISTRATION, REGISTRATION.STATUS.eq(RegistrationStatus.APPLIED.name()));
    }

    private SelectOnConditionStep<Record> select() {
        return sql.select(REGISTRATION.fields())
                .select(MATCH_EVENT.TITLE, MATCH_EVENT.STARTS_AT, PERSON.DISPLAY_NAME, ORGANISATION.NAME)
                .from(REGISTRATION)
                .join(MATCH_EVENT).on(MATCH_EVENT.ID.eq(REGISTRATION.EVENT_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(REGISTRATION.PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID));
    }

    private static Registration registration(Record r) {
        String knownName = r.get(PERSON.DISPLAY_NAME);
        return new Registration(new RegistrationId(r.get(REGISTRATION.ID)), new MatchEventId(r.get(REGISTRATION.EVENT_ID)),
                r.get(MATCH_EVENT.TITLE), r.get(MATCH_EVENT.STARTS_AT), new PersonId(r.get(REGISTRATION.PERSON_ID)),
                knownName == null ? r.get(REGISTRATION.PERSON_NAME) : knownName, r.get(ORGANISATION.NAME),
                AttendeeSide.valueOf(r.get(REGISTRATION.SIDE)), r.get(REGISTRATION.OFFER),
                r.get(REGISTRATION.LOOKING_FOR), r.get(REGISTRATION.THEMES), r.get(REGISTRATION.LOCATION),
                r.get(REGISTRATION.ACCESS_NEEDS), DirectoryVisibility.valueOf(r.get(REGISTRATION.DIRECTORY_VISIBILITY)),
                r.get(REGISTRATION.PREFERS_GROUP),
                RegistrationStatus.valueOf(r.get(REGISTRATION.STATUS)), r.get(REGISTRATION.OFFERED_UNTIL),
                r.get(REGISTRATION.VERSION));
    }
}
