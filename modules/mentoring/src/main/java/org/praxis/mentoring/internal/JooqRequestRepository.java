package org.praxis.mentoring.internal;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.praxis.mentoring.events.IntakeId;
import org.praxis.mentoring.events.MentorRequestId;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.internal.MentoringViews.MentorRequest;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.praxis.mentoring.internal.jooq.Tables.DISMISSED_SUGGESTION;
import static org.praxis.mentoring.internal.jooq.Tables.INTAKE;
import static org.praxis.mentoring.internal.jooq.Tables.MENTOR_REQUEST;

/** Mentees' requests to mentors and the suggestions they dismissed. Answers check the version. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqRequestRepository {

    private final DSLContext sql;

    JooqRequestRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insert(MentorRequestId id, MentoringProgrammeId programme, IntakeId mentee, IntakeId mentor, String message,
                OffsetDateTime now, OffsetDateTime expiresAt) {
        sql.insertInto(MENTOR_REQUEST)
                .set(MENTOR_REQUEST.ID, id.value())
                .set(MENTOR_REQUEST.PROGRAMME_ID, programme.value())
                .set(MENTOR_REQUEST.MENTEE_INTAKE_ID, mentee.value())
                .set(MENTOR_REQUEST.MENTOR_INTAKE_ID, mentor.value())
                .set(MENTOR_REQUEST.MESSAGE, message.strip())
                .set(MENTOR_REQUEST.STATUS, RequestStatus.WAITING.name())
                .set(MENTOR_REQUEST.CREATED_AT, now)
                .set(MENTOR_REQUEST.EXPIRES_AT, expiresAt)
                .execute();
    }

    Optional<MentorRequest> find(MentorRequestId id) {
        return select().where(MENTOR_REQUEST.ID.eq(id.value())).fetchOptional(JooqRequestRepository::request);
    }

    /** Requests to or from any of these intakes, newest first. */
    List<MentorRequest> involving(Collection<IntakeId> intakes) {
        var ids = intakes.stream().map(IntakeId::value).toList();
        return select().where(MENTOR_REQUEST.MENTEE_INTAKE_ID.in(ids).or(MENTOR_REQUEST.MENTOR_INTAKE_ID.in(ids)))
                .orderBy(MENTOR_REQUEST.CREATED_AT.desc()).fetch(JooqRequestRepository::request);
    }

    boolean hasOpen(IntakeId mentee, IntakeId mentor) {
        return sql.fetchExists(MENTOR_REQUEST, MENTOR_REQUEST.MENTEE_INTAKE_ID.eq(mentee.value())
                .and(MENTOR_REQUEST.MENTOR_INTAKE_ID.eq(mentor.value()))
                .and(MENTOR_REQUEST.STATUS.in(RequestStatus.WAITING.name(), RequestStatus.MORE_ASKED.name())));
    }

    /** Mentors the mentee has asked (whatever the answer) or dismissed: not suggested again. */
    Set<IntakeId> askedOrDismissed(IntakeId mentee) {
        return Set.copyOf(sql.select(MENTOR_REQUEST.MENTOR_INTAKE_ID).from(MENTOR_REQUEST)
                .where(MENTOR_REQUEST.MENTEE_INTAKE_ID.eq(mentee.value()))
                .union(sql.select(DISMISSED_SUGGESTION.MENTOR_INTAKE_ID).from(DISMISSED_SUGGESTION)
                        .where(DISMISSED_SUGGESTION.MENTEE_INTAKE_ID.eq(mentee.value())))
                .fetch(r -> new IntakeId(r.value1())));
    }

    void dismiss(IntakeId mentee, IntakeId mentor, OffsetDateTime now) {
        sql.insertInto(DISMISSED_SUGGESTION)
                .set(DISMISSED_SUGGESTION.MENTEE_INTAKE_ID, mentee.value())
                .set(DISMISSED_SUGGESTION.MENTOR_INTAKE_ID, mentor.value())
                .set(DISMISSED_SUGGESTION.DISMISSED_AT, now)
                .onConflictDoNothing()
                .execute();
    }

    /** Moves an open request to its next status, if still at the version read. */
    boolean answer(MentorRequestId id, int expectedVersion, RequestStatus status, String reply, OffsetDateTime now) {
        return sql.update(MENTOR_REQUEST)
                .set(MENTOR_REQUEST.STATUS, status.name())
                .set(MENTOR_REQUEST.MENTOR_REPLY, reply.strip())
                .set(MENTOR_REQUEST.ANSWERED_AT, now)
                .set(MENTOR_REQUEST.VERSION, MENTOR_REQUEST.VERSION.plus(1))
                .where(MENTOR_REQUEST.ID.eq(id.value()).and(MENTOR_REQUEST.VERSION.eq(expectedVersion))
                        .and(MENTOR_REQUEST.STATUS.in(RequestStatus.WAITING.name(), RequestStatus.MORE_ASKED.name())))
                .execute() == 1;
    }

    /** The mentee's reply to "tell me more": the request waits again, with a fresh expiry. */
    boolean tellMore(MentorRequestId id, int expectedVersion, String message, OffsetDateTime expiresAt) {
        return sql.update(MENTOR_REQUEST)
                .set(MENTOR_REQUEST.STATUS, RequestStatus.WAITING.name())
                .set(MENTOR_REQUEST.MESSAGE, MENTOR_REQUEST.MESSAGE.concat("\n\n").concat(message.strip()))
                .set(MENTOR_REQUEST.EXPIRES_AT, expiresAt)
                .set(MENTOR_REQUEST.VERSION, MENTOR_REQUEST.VERSION.plus(1))
                .where(MENTOR_REQUEST.ID.eq(id.value()).and(MENTOR_REQUEST.VERSION.eq(expectedVersion))
                        .and(MENTOR_REQUEST.STATUS.eq(RequestStatus.MORE_ASKED.name())))
                .execute() == 1;
    }

    /** Open requests past their expiry, locked so two runs do not expire one twice. */
    List<MentorRequest> stale(OffsetDateTime now) {
        return select().where(MENTOR_REQUEST.STATUS.in(RequestStatus.WAITING.name(), RequestStatus.MORE_ASKED.name())
                        .and(MENTOR_REQUEST.EXPIRES_AT.le(now)))
                .orderBy(MENTOR_REQUEST.EXPIRES_AT)
                .forUpdate().of(MENTOR_REQUEST).skipLocked()
                .fetch(JooqRequestRepository::request);
    }

    void expire(MentorRequestId id, OffsetDateTime now) {
        sql.update(MENTOR_REQUEST).set(MENTOR_REQUEST.STATUS, RequestStatus.EXPIRED.name())
                .set(MENTOR_REQUEST.ANSWERED_AT, now).set(MENTOR_REQUEST.VERSION, MENTOR_REQUEST.VERSION.plus(1))
                .where(MENTOR_REQUEST.ID.eq(id.value())).execute();
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        var mentee = INTAKE.as("mentee");
        var mentor = INTAKE.as("mentor");
        return sql.select(MENTOR_REQUEST.asterisk(), mentee.PERSON_ID.as("mentee_id"), mentee.PERSON_NAME.as("mentee_name"),
                        mentor.PERSON_ID.as("mentor_id"), mentor.PERSON_NAME.as("mentor_name"))
                .from(MENTOR_REQUEST)
                .join(mentee).on(mentee.ID.eq(MENTOR_REQUEST.MENTEE_INTAKE_ID))
                .join(mentor).on(mentor.ID.eq(MENTOR_REQUEST.MENTOR_INTAKE_ID));
    }

    private static MentorRequest request(Record r) {
        return new MentorRequest(new MentorRequestId(r.get(MENTOR_REQUEST.ID)),
                new MentoringProgrammeId(r.get(MENTOR_REQUEST.PROGRAMME_ID)),
                new IntakeId(r.get(MENTOR_REQUEST.MENTEE_INTAKE_ID)), new IntakeId(r.get(MENTOR_REQUEST.MENTOR_INTAKE_ID)),
                new org.praxis.platform.PersonId(r.get("mentee_id", java.util.UUID.class)), r.get("mentee_name", String.class),
                new org.praxis.platform.PersonId(r.get("mentor_id", java.util.UUID.class)), r.get("mentor_name", String.class),
                r.get(MENTOR_REQUEST.MESSAGE), RequestStatus.valueOf(r.get(MENTOR_REQUEST.STATUS)),
                r.get(MENTOR_REQUEST.MENTOR_REPLY), r.get(MENTOR_REQUEST.CREATED_AT), r.get(MENTOR_REQUEST.EXPIRES_AT),
                r.get(MENTOR_REQUEST.VERSION));
    }
}
