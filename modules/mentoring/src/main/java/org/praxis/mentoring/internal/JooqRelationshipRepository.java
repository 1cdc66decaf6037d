package org.praxis.mentoring.internal;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.praxis.mentoring.events.MeetingId;
import org.praxis.mentoring.events.RelationshipId;
import org.praxis.mentoring.internal.MentoringViews.Expectations;
import org.praxis.mentoring.internal.MentoringViews.Meeting;
import org.praxis.mentoring.internal.MentoringViews.Reflection;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static org.praxis.mentoring.internal.jooq.Tables.CARE_TASK;
import static org.praxis.mentoring.internal.jooq.Tables.MEETING;
import static org.praxis.mentoring.internal.jooq.Tables.REFLECTION;
import static org.praxis.mentoring.internal.jooq.Tables.RELATIONSHIP;

/** A relationship's expectations, goals, meetings, reflections, closure and care. Edits check the version. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqRelationshipRepository {

    private final DSLContext sql;

    JooqRelationshipRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** The proposal replaces the expectations; only its proposer has agreed to it so far. */
    boolean proposeExpectations(RelationshipId id, int expectedVersion, ExpectationsForm form, boolean byMentor,
                                OffsetDateTime now) {
        return sql.update(RELATIONSHIP)
                .set(RELATIONSHIP.EXPECTED_LENGTH_MONTHS, form.getLengthMonths())
                .set(RELATIONSHIP.MEETING_FREQUENCY, Objects.requireNonNull(form.getFrequency()).name())
                .set(RELATIONSHIP.CONFIDENTIALITY, form.getConfidentiality().strip())
                .set(RELATIONSHIP.HOW_TO_CLOSE, form.getHowToClose().strip())
                .set(RELATIONSHIP.MENTOR_AGREED_AT, byMentor ? now : null)
                .set(RELATIONSHIP.MENTEE_AGREED_AT, byMentor ? null : now)
                .set(RELATIONSHIP.VERSION, RELATIONSHIP.VERSION.plus(1))
                .where(current(id, expectedVersion))
                .execute() == 1;
    }

    boolean agree(RelationshipId id, int expectedVersion, boolean byMentor, OffsetDateTime now) {
        return sql.update(RELATIONSHIP)
                .set(byMentor ? RELATIONSHIP.MENTOR_AGREED_AT : RELATIONSHIP.MENTEE_AGREED_AT, now)
                .set(RELATIONSHIP.VERSION, RELATIONSHIP.VERSION.plus(1))
                .where(current(id, expectedVersion))
                .execute() == 1;
    }

    boolean setGoals(RelationshipId id, int expectedVersion, String goals) {
        return sql.update(RELATIONSHIP)
                .set(RELATIONSHIP.GOALS, goals.strip())
                .set(RELATIONSHIP.VERSION, RELATIONSHIP.VERSION.plus(1))
                .where(current(id, expectedVersion))
                .execute() == 1;
    }

    boolean close(RelationshipId id, int expectedVersion, PersonId by, ClosureForm form, OffsetDateTime now) {
        return sql.update(RELATIONSHIP)
                .set(RELATIONSHIP.STATUS, RelationshipStatus.CLOSED.name())
                .set(RELATIONSHIP.CLOSED_AT, now)
                .set(RELATIONSHIP.CLOSED_BY, by.value())
                .set(RELATIONSHIP.COMPLETED, form.isCompleted())
                .set(RELATIONSHIP.CONTINUE_INFORMALLY, form.isContinueInformally())
                .set(RELATIONSHIP.VERSION, RELATIONSHIP.VERSION.plus(1))
                .where(current(id, expectedVersion).and(RELATIONSHIP.STATUS.eq(RelationshipStatus.ACTIVE.name())))
                .execute() == 1;
    }

    Expectations expectations(RelationshipId id) {
        Record r = sql.selectFrom(RELATIONSHIP).where(RELATIONSHIP.ID.eq(id.value())).fetchOne();
        Objects.requireNonNull(r);
        String frequency = r.get(RELATIONSHIP.MEETING_FREQUENCY);
        return new Expectations(r.get(RELATIONSHIP.EXPECTED_LENGTH_MONTHS), frequency == null ? null : Cadence.valueOf(frequency),
                r.get(RELATIONSHIP.CONFIDENTIALITY), r.get(RELATIONSHIP.HOW_TO_CLOSE),
                r.get(RELATIONSHIP.MENTOR_AGREED_AT), r.get(RELATIONSHIP.MENTEE_AGREED_AT));
    }

    /** Goals, completed, continue informally and closed-at, as one row. */
    Record closureAndGoals(RelationshipId id) {
        return Objects.requireNonNull(sql.select(RELATIONSHIP.GOALS, RELATIONSHIP.COMPLETED,
                        RELATIONSHIP.CONTINUE_INFORMALLY, RELATIONSHIP.CLOSED_AT)
                .from(RELATIONSHIP).where(RELATIONSHIP.ID.eq(id.value())).fetchOne());
    }

    void insertMeeting(MeetingId id, RelationshipId relationship, MeetingForm form, OffsetDateTime startsAt,
                       PersonId by, OffsetDateTime now) {
        sql.insertInto(MEETING)
                .set(MEETING.ID, id.value())
                .set(MEETING.RELATIONSHIP_ID, relationship.value())
                .set(MEETING.STARTS_AT, startsAt)
                .set(MEETING.MINUTES, form.getMinutes())
                .set(MEETING.ACTIVITY, Objects.requireNonNull(form.getActivity()).name())
                .set(MEETING.AGENDA, form.getAgenda().strip())
                .set(MEETING.NOTES, form.getNotes().strip())
                .set(MEETING.LOGGED_BY, by.value())
                .set(MEETING.CREATED_AT, now)
                .execute();
    }

    List<Meeting> meetings(RelationshipId id) {
        return sql.selectFrom(MEETING).where(MEETING.RELATIONSHIP_ID.eq(id.value())).orderBy(MEETING.STARTS_AT.desc())
                .fetch(JooqRelationshipRepository::meeting);
    }

    Optional<Meeting> meeting(MeetingId id) {
        return sql.selectFrom(MEETING).where(MEETING.ID.eq(id.value())).fetchOptional(JooqRelationshipRepository::meeting);
    }

    /** Meetings held by now and the last of them, per relationship: counts and dates only. */
    Map<RelationshipId, Object[]> activity(List<RelationshipId> ids, OffsetDateTime now) {
        return sql.select(MEETING.RELATIONSHIP_ID, DSL.count(), DSL.max(MEETING.STARTS_AT))
                .from(MEETING)
                .where(MEETING.RELATIONSHIP_ID.in(ids.stream().map(RelationshipId::value).toList())
                        .and(MEETING.STARTS_AT.le(now)))
                .groupBy(MEETING.RELATIONSHIP_ID)
                .fetchMap(r -> new RelationshipId(r.value1()), r -> new Object[] {r.value2(), r.value3()});
    }

    void upsertReflection(RelationshipId id, PersonId person, String text, OffsetDateTime now) {
        sql.insertInto(REFLECTION)
                .set(REFLECTION.RELATIONSHIP_ID, id.value())
                .set(REFLECTION.PERSON_ID, person.value())
                .set(REFLECTION.TEXT, text.strip())
                .set(REFLECTION.WRITTEN_AT, now)
                .onConflict(REFLECTION.RELATIONSHIP_ID, REFLECTION.PERSON_ID).doUpdate()
                .set(REFLECTION.TEXT, text.strip())
                .set(REFLECTION.WRITTEN_AT, now)
                .execute();
    }

    List<Reflection> reflections(RelationshipId id) {
        return sql.selectFrom(REFLECTION).where(REFLECTION.RELATIONSHIP_ID.eq(id.value())).orderBy(REFLECTION.WRITTEN_AT)
                .fetch(r -> new Reflection(new PersonId(r.getPersonId()), r.getText(), r.getWrittenAt()));
    }

    // --- relationship care ------------------------------------------------------------------------------

    /** An active pair whose last held meeting (or start) is before {@code quietBefore}. */
    record QuietPair(RelationshipId id, OffsetDateTime quietSince, OffsetDateTime nudgedAt) {
    }

    List<QuietPair> quietPairs(OffsetDateTime quietBefore, OffsetDateTime now) {
        var lastMeeting = DSL.select(DSL.max(MEETING.STARTS_AT)).from(MEETING)
                .where(MEETING.RELATIONSHIP_ID.eq(RELATIONSHIP.ID).and(MEETING.STARTS_AT.le(now))).asField();
        var quietSince = DSL.greatest(RELATIONSHIP.STARTED_AT, DSL.coalesce(lastMeeting, RELATIONSHIP.STARTED_AT));
        return sql.select(RELATIONSHIP.ID, quietSince, RELATIONSHIP.NUDGED_AT)
                .from(RELATIONSHIP)
                .where(RELATIONSHIP.STATUS.eq(RelationshipStatus.ACTIVE.name()).and(quietSince.lt(quietBefore)))
                .orderBy(RELATIONSHIP.ID)
                .forUpdate().of(RELATIONSHIP)
                .fetch(r -> new QuietPair(new RelationshipId(r.value1()), r.value2(), r.value3()));
    }

    void markNudged(RelationshipId id, OffsetDateTime now) {
        sql.update(RELATIONSHIP).set(RELATIONSHIP.NUDGED_AT, now).where(RELATIONSHIP.ID.eq(id.value())).execute();
    }

    /** Adds the check-in task once per quiet spell; false when it was there already. */
    boolean addCareTask(RelationshipId id, OffsetDateTime quietSince, OffsetDateTime now) {
        return sql.insertInto(CARE_TASK)
                .set(CARE_TASK.ID, UUID.randomUUID())
                .set(CARE_TASK.RELATIONSHIP_ID, id.value())
                .set(CARE_TASK.QUIET_SINCE, quietSince)
                .set(CARE_TASK.CREATED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** Open check-in tasks: relationship id → (task id, quiet since, created at). */
    List<Record> openCareTasks() {
        return List.copyOf(sql.select(CARE_TASK.ID, CARE_TASK.RELATIONSHIP_ID, CARE_TASK.QUIET_SINCE, CARE_TASK.CREATED_AT)
                .from(CARE_TASK).where(CARE_TASK.DONE_AT.isNull()).orderBy(CARE_TASK.CREATED_AT).fetch());
    }

    boolean completeCareTask(UUID id, OffsetDateTime now) {
        return sql.update(CARE_TASK).set(CARE_TASK.DONE_AT, now)
                .where(CARE_TASK.ID.eq(id).and(CARE_TASK.DONE_AT.isNull())).execute() == 1;
    }

    private static org.jooq.Condition current(RelationshipId id, int expectedVersion) {
        return RELATIONSHIP.ID.eq(id.value()).and(RELATIONSHIP.VERSION.eq(expectedVersion));
    }

    private static Meeting meeting(org.praxis.mentoring.internal.jooq.tables.records.MeetingRecord r) {
        return new Meeting(new MeetingId(r.getId()), new RelationshipId(r.getRelationshipId()), r.getStartsAt(),
                r.getMinutes(), ActivityType.valueOf(r.getActivity()), r.getAgenda(), r.getNotes(),
                new PersonId(r.getLoggedBy()));
    }
}
