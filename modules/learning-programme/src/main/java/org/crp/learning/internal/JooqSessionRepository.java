package org.crp.learning.internal;

import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.events.SessionId;
import org.crp.learning.events.SessionKind;
import org.crp.learning.internal.LearningViews.AttendanceLine;
import org.crp.learning.internal.LearningViews.HubResource;
import org.crp.learning.internal.LearningViews.LogEntry;
import org.crp.learning.internal.LearningViews.SessionSummary;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.Ids;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.crp.learning.internal.jooq.Tables.APPLICATION;
import static org.crp.learning.internal.jooq.Tables.ATTENDANCE;
import static org.crp.learning.internal.jooq.Tables.HUB_RESOURCE;
import static org.crp.learning.internal.jooq.Tables.PERSON;
import static org.crp.learning.internal.jooq.Tables.PROGRAMME_RUN;
import static org.crp.learning.internal.jooq.Tables.REFLECTION;
import static org.crp.learning.internal.jooq.Tables.REGISTRATION;
import static org.crp.learning.internal.jooq.Tables.SESSION;
import static org.crp.learning.internal.jooq.Tables.SESSION_RESOURCE;

/**
 * SQL for sessions, their linked Hub resources, registrations, attendance and reflections. Updates check the
 * version read. Called only inside a service's transaction.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqSessionRepository {

    /** A session row as the services reason about it. */
    record SessionRow(SessionId id, ProgrammeRunId runId, String runName, SessionKind kind, String title,
                      OffsetDateTime startsAt, OffsetDateTime endsAt, String agenda, @Nullable PersonId facilitator,
                      @Nullable String facilitatorName, String joiningLink, int version) {
    }

    private final DSLContext sql;

    JooqSessionRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insert(SessionId id, ProgrammeRunId runId, SessionForm form, OffsetDateTime startsAt, OffsetDateTime endsAt,
                @Nullable String demoKey, OffsetDateTime now) {
        sql.insertInto(SESSION)
                .set(SESSION.ID, id.value())
                .set(SESSION.RUN_ID, runId.value())
                .set(SESSION.KIND, java.util.Objects.requireNonNull(form.getKind()).name())
                .set(SESSION.TITLE, form.getTitle().strip())
                .set(SESSION.STARTS_AT, startsAt)
                .set(SESSION.ENDS_AT, endsAt)
                .set(SESSION.AGENDA, form.getAgenda().strip())
                .set(SESSION.FACILITATOR_ID, form.getFacilitator() == null ? null : form.getFacilitator().value())
                .set(SESSION.JOINING_LINK, form.getJoiningLink().strip())
                .set(SESSION.DEMO_KEY, demoKey)
                .set(SESSION.CREATED_AT, now)
                .set(SESSION.UPDATED_AT, now)
                .execute();
        replaceResources(id, form.getResourceIds());
    }

    boolean update(SessionId id, int expectedVersion, SessionForm form, OffsetDateTime startsAt,
                   OffsetDateTime endsAt, OffsetDateTime now) {
        boolean updated = sql.update(SESSION)
                .set(SESSION.KIND, java.util.Objects.requireNonNull(form.getKind()).name())
                .set(SESSION.TITLE, form.getTitle().strip())
                .set(SESSION.STARTS_AT, startsAt)
                .set(SESSION.ENDS_AT, endsAt)
                .set(SESSION.AGENDA, form.getAgenda().strip())
                .set(SESSION.FACILITATOR_ID, form.getFacilitator() == null ? null : form.getFacilitator().value())
                .set(SESSION.JOINING_LINK, form.getJoiningLink().strip())
                .set(SESSION.UPDATED_AT, now)
                .set(SESSION.VERSION, expectedVersion + 1)
                .where(SESSION.ID.eq(id.value()).and(SESSION.VERSION.eq(expectedVersion)))
                .execute() == 1;
        if (updated) {
            replaceResources(id, form.getResourceIds());
        }
        return updated;
    }

    private void replaceResources(SessionId id, List<UUID> resourceIds) {
        sql.deleteFrom(SESSION_RESOURCE).where(SESSION_RESOURCE.SESSION_ID.eq(id.value())).execute();
        int position = 0;
        for (UUID resource : resourceIds.stream().distinct().toList()) {
            sql.insertInto(SESSION_RESOURCE)
                    .set(SESSION_RESOURCE.SESSION_ID, id.value())
                    .set(SESSION_RESOURCE.RESOURCE_ID, resource)
                    .set(SESSION_RESOURCE.POSITION, position++)
                    .execute();
        }
    }

    boolean demoSessionExists(String demoKey) {
        return sql.fetchExists(SESSION, SESSION.DEMO_KEY.eq(demoKey));
    }

    /** Makes the person the facilitator of demo sessions that have none; returns how many changed. */
    int adoptDemoSessions(PersonId facilitator) {
        return sql.update(SESSION).set(SESSION.FACILITATOR_ID, facilitator.value())
                .where(SESSION.DEMO_KEY.isNotNull().and(SESSION.FACILITATOR_ID.isNull()))
                .execute();
    }

    Optional<SessionRow> find(SessionId id) {
        return sql.select(SESSION.asterisk(), PROGRAMME_RUN.NAME, PERSON.DISPLAY_NAME)
                .from(SESSION)
                .join(PROGRAMME_RUN).on(PROGRAMME_RUN.ID.eq(SESSION.RUN_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(SESSION.FACILITATOR_ID))
                .where(SESSION.ID.eq(id.value()))
                .fetchOptional(r -> new SessionRow(id, new ProgrammeRunId(r.get(SESSION.RUN_ID)),
                        r.get(PROGRAMME_RUN.NAME), SessionKind.valueOf(r.get(SESSION.KIND)), r.get(SESSION.TITLE),
                        r.get(SESSION.STARTS_AT), r.get(SESSION.ENDS_AT), r.get(SESSION.AGENDA),
                        r.get(SESSION.FACILITATOR_ID) == null ? null : new PersonId(r.get(SESSION.FACILITATOR_ID)),
                        r.get(PERSON.DISPLAY_NAME), r.get(SESSION.JOINING_LINK), r.get(SESSION.VERSION)));
    }

    List<HubResource> resources(SessionId id) {
        return sql.select(SESSION_RESOURCE.RESOURCE_ID, HUB_RESOURCE.TITLE, HUB_RESOURCE.TYPE)
                .from(SESSION_RESOURCE)
                .join(HUB_RESOURCE).on(HUB_RESOURCE.ID.eq(SESSION_RESOURCE.RESOURCE_ID))
                .where(SESSION_RESOURCE.SESSION_ID.eq(id.value()))
                .orderBy(SESSION_RESOURCE.POSITION)
                .fetch(r -> new HubResource(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Sessions the person may see, with where they stand: every session for the programme team, otherwise those
     * of the runs they take part in and those they facilitate. Soonest first.
     */
    List<SessionSummary> visibleTo(PersonId person, boolean team) {
        Condition visible = team ? DSL.trueCondition()
                : SESSION.FACILITATOR_ID.eq(person.value()).or(SESSION.RUN_ID.in(
                DSL.select(APPLICATION.RUN_ID).from(APPLICATION)
                        .where(APPLICATION.APPLICANT_ID.eq(person.value())
                                .and(APPLICATION.STATUS.eq(ApplicationStatus.SELECTED.name())))));
        var registered = DSL.exists(DSL.selectOne().from(REGISTRATION)
                .where(REGISTRATION.SESSION_ID.eq(SESSION.ID).and(REGISTRATION.PARTICIPANT_ID.eq(person.value()))));
        var attended = DSL.exists(DSL.selectOne().from(ATTENDANCE)
                .where(ATTENDANCE.SESSION_ID.eq(SESSION.ID).and(ATTENDANCE.PARTICIPANT_ID.eq(person.value()))));
        return sql.select(SESSION.ID, SESSION.RUN_ID, PROGRAMME_RUN.NAME, SESSION.KIND, SESSION.TITLE,
                        SESSION.STARTS_AT, SESSION.ENDS_AT, PERSON.DISPLAY_NAME, DSL.field(registered),
                        DSL.field(attended))
                .from(SESSION)
                .join(PROGRAMME_RUN).on(PROGRAMME_RUN.ID.eq(SESSION.RUN_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(SESSION.FACILITATOR_ID))
                .where(visible)
                .orderBy(SESSION.STARTS_AT, SESSION.ID)
                .fetch(r -> new SessionSummary(new SessionId(r.value1()), new ProgrammeRunId(r.value2()), r.value3(),
                        SessionKind.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(),
                        Boolean.TRUE.equals(r.value9()), Boolean.TRUE.equals(r.value10())));
    }

    // --- registration and attendance -------------------------------------------------------------------

    /** True if newly registered; registering twice changes nothing. */
    boolean register(SessionId id, PersonId participant, OffsetDateTime now) {
        return sql.insertInto(REGISTRATION)
                .set(REGISTRATION.SESSION_ID, id.value())
                .set(REGISTRATION.PARTICIPANT_ID, participant.value())
                .set(REGISTRATION.REGISTERED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    boolean unregister(SessionId id, PersonId participant) {
        return sql.deleteFrom(REGISTRATION)
                .where(REGISTRATION.SESSION_ID.eq(id.value()).and(REGISTRATION.PARTICIPANT_ID.eq(participant.value())))
                .execute() == 1;
    }

    boolean isRegistered(SessionId id, PersonId participant) {
        return sql.fetchExists(REGISTRATION, REGISTRATION.SESSION_ID.eq(id.value())
                .and(REGISTRATION.PARTICIPANT_ID.eq(participant.value())));
    }

    int registeredCount(SessionId id) {
        return sql.fetchCount(REGISTRATION, REGISTRATION.SESSION_ID.eq(id.value()));
    }

    /** True if newly marked; marking twice changes nothing. */
    boolean markAttended(SessionId id, PersonId participant, PersonId markedBy, OffsetDateTime now) {
        return sql.insertInto(ATTENDANCE)
                .set(ATTENDANCE.SESSION_ID, id.value())
                .set(ATTENDANCE.PARTICIPANT_ID, participant.value())
                .set(ATTENDANCE.MARKED_BY, markedBy.value())
                .set(ATTENDANCE.MARKED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    boolean unmarkAttended(SessionId id, PersonId participant) {
        return sql.deleteFrom(ATTENDANCE)
                .where(ATTENDANCE.SESSION_ID.eq(id.value()).and(ATTENDANCE.PARTICIPANT_ID.eq(participant.value())))
                .execute() == 1;
    }

    boolean attended(SessionId id, PersonId participant) {
        return sql.fetchExists(ATTENDANCE, ATTENDANCE.SESSION_ID.eq(id.value())
                .and(ATTENDANCE.PARTICIPANT_ID.eq(participant.value())));
    }

    /** The run's selected participants, with whether each registered for and attended the session. */
    List<AttendanceLine> attendance(SessionId id, ProgrammeRunId runId) {
        var registered = DSL.exists(DSL.selectOne().from(REGISTRATION)
                .where(REGISTRATION.SESSION_ID.eq(id.value()).and(REGISTRATION.PARTICIPANT_ID.eq(APPLICATION.APPLICANT_ID))));
        var attended = DSL.exists(DSL.selectOne().from(ATTENDANCE)
                .where(ATTENDANCE.SESSION_ID.eq(id.value()).and(ATTENDANCE.PARTICIPANT_ID.eq(APPLICATION.APPLICANT_ID))));
        return sql.select(APPLICATION.APPLICANT_ID, APPLICATION.APPLICANT_NAME, DSL.field(registered),
                        DSL.field(attended))
                .from(APPLICATION)
                .where(APPLICATION.RUN_ID.eq(runId.value())
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.SELECTED.name())))
                .orderBy(APPLICATION.APPLICANT_NAME)
                .fetch(r -> new AttendanceLine(new PersonId(r.value1()), r.value2(), Boolean.TRUE.equals(r.value3()),
                        Boolean.TRUE.equals(r.value4())));
    }

    /** The participants' next session they registered for, from now on. */
    Optional<SessionSummary> nextRegistered(PersonId participant, OffsetDateTime now) {
        return visibleTo(participant, false).stream()
                .filter(s -> s.registered() && s.endsAt().isAfter(now))
                .findFirst();
    }

    // --- reflections ----------------------------------------------------------------------------------

    /** The sessions the participant attended, each with their reflection if they wrote one; latest first. */
    List<LogEntry> log(PersonId participant) {
        return sql.select(SESSION.ID, SESSION.TITLE, PROGRAMME_RUN.NAME, SESSION.STARTS_AT, REFLECTION.BODY,
                        REFLECTION.SHARED_WITH_TEAM, REFLECTION.VERSION)
                .from(ATTENDANCE)
                .join(SESSION).on(SESSION.ID.eq(ATTENDANCE.SESSION_ID))
                .join(PROGRAMME_RUN).on(PROGRAMME_RUN.ID.eq(SESSION.RUN_ID))
                .leftJoin(REFLECTION).on(REFLECTION.SESSION_ID.eq(SESSION.ID)
                        .and(REFLECTION.AUTHOR_ID.eq(participant.value())))
                .where(ATTENDANCE.PARTICIPANT_ID.eq(participant.value()))
                .orderBy(SESSION.STARTS_AT.desc())
                .fetch(r -> new LogEntry(new SessionId(r.value1()), r.value2(), r.value3(), r.value4(), r.value5(),
                        Boolean.TRUE.equals(r.value6()), r.value7() == null ? 0 : r.value7()));
    }

    int countUnreflected(PersonId participant) {
        return (int) log(participant).stream().filter(entry -> !entry.written()).count();
    }

    /** Writes a first reflection; false if one exists already (then update it with its version). */
    boolean insertReflection(SessionId id, PersonId author, ReflectionForm form, OffsetDateTime now) {
        return sql.insertInto(REFLECTION)
                .set(REFLECTION.ID, Ids.newId())
                .set(REFLECTION.SESSION_ID, id.value())
                .set(REFLECTION.AUTHOR_ID, author.value())
                .set(REFLECTION.BODY, form.body().strip())
                .set(REFLECTION.SHARED_WITH_TEAM, form.sharedWithTeam())
                .set(REFLECTION.CREATED_AT, now)
                .set(REFLECTION.UPDATED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    boolean updateReflection(SessionId id, PersonId author, int expectedVersion, ReflectionForm form,
                             OffsetDateTime now) {
        return sql.update(REFLECTION)
                .set(REFLECTION.BODY, form.body().strip())
                .set(REFLECTION.SHARED_WITH_TEAM, form.sharedWithTeam())
                .set(REFLECTION.UPDATED_AT, now)
                .set(REFLECTION.VERSION, expectedVersion + 1)
                .where(REFLECTION.SESSION_ID.eq(id.value()).and(REFLECTION.AUTHOR_ID.eq(author.value()))
                        .and(REFLECTION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean reflectionExists(SessionId id, PersonId author) {
        return sql.fetchExists(REFLECTION, REFLECTION.SESSION_ID.eq(id.value())
                .and(REFLECTION.AUTHOR_ID.eq(author.value())));
    }
}
