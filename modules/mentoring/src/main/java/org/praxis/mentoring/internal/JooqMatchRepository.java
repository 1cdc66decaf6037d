package org.praxis.mentoring.internal;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.jooq.Record;
import org.praxis.mentoring.events.IntakeId;
import org.praxis.mentoring.events.MatchDraftId;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.RelationshipId;
import org.praxis.mentoring.internal.MentoringViews.DraftSummary;
import org.praxis.mentoring.internal.MentoringViews.Relationship;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


import static org.praxis.mentoring.internal.jooq.Tables.DRAFT_PAIR;
import static org.praxis.mentoring.internal.jooq.Tables.INTAKE;
import static org.praxis.mentoring.internal.jooq.Tables.MATCH_DRAFT;
import static org.praxis.mentoring.internal.jooq.Tables.PROGRAMME;
import static org.praxis.mentoring.internal.jooq.Tables.RELATIONSHIP;

/** Cohort match drafts with their pairs, and the relationships published from them. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqMatchRepository {

    /** A draft's row: its programme, status and version. */
    record DraftRow(MatchDraftId id, MentoringProgrammeId programmeId, DraftStatus status,
                    OffsetDateTime createdAt, OffsetDateTime publishedAt, int version) {
    }

    private final DSLContext sql;

    JooqMatchRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insertDraft(MatchDraftId id, MentoringProgrammeId programme, Map<IntakeId, IntakeId> mentorOfMentee,
                     PersonId by, OffsetDateTime now) {
        sql.insertInto(MATCH_DRAFT)
                .set(MATCH_DRAFT.ID, id.value())
                .set(MATCH_DRAFT.PROGRAMME_ID, programme.value())
                .set(MATCH_DRAFT.STATUS, DraftStatus.DRAFT.name())
                .set(MATCH_DRAFT.CREATED_BY, by.value())
                .set(MATCH_DRAFT.CREATED_AT, now)
                .execute();
        var insert = sql.insertInto(DRAFT_PAIR, DRAFT_PAIR.DRAFT_ID, DRAFT_PAIR.MENTEE_INTAKE_ID, DRAFT_PAIR.MENTOR_INTAKE_ID);
        for (Map.Entry<IntakeId, IntakeId> pair : mentorOfMentee.entrySet()) {
            insert = insert.values(id.value(), pair.getKey().value(), pair.getValue().value());
        }
        if (!mentorOfMentee.isEmpty()) {
            insert.execute();
        }
    }

    Optional<DraftRow> findDraft(MatchDraftId id) {
        return sql.selectFrom(MATCH_DRAFT).where(MATCH_DRAFT.ID.eq(id.value())).fetchOptional(JooqMatchRepository::draft);
    }

    /** Locks the draft's row for this transaction and moves it to the next version, if still at the one read. */
    boolean claim(MatchDraftId id, int expectedVersion) {
        return sql.update(MATCH_DRAFT)
                .set(MATCH_DRAFT.VERSION, MATCH_DRAFT.VERSION.plus(1))
                .where(MATCH_DRAFT.ID.eq(id.value()).and(MATCH_DRAFT.VERSION.eq(expectedVersion))
                        .and(MATCH_DRAFT.STATUS.eq(DraftStatus.DRAFT.name())))
                .execute() == 1;
    }

    void markPublished(MatchDraftId id, OffsetDateTime now) {
        sql.update(MATCH_DRAFT).set(MATCH_DRAFT.STATUS, DraftStatus.PUBLISHED.name())
                .set(MATCH_DRAFT.PUBLISHED_AT, now).where(MATCH_DRAFT.ID.eq(id.value())).execute();
    }

    /** Mentee intake → mentor intake, in the order the pairs were made. */
    Map<IntakeId, IntakeId> pairs(MatchDraftId id) {
        Map<IntakeId, IntakeId> pairs = new LinkedHashMap<>();
        sql.select(DRAFT_PAIR.MENTEE_INTAKE_ID, DRAFT_PAIR.MENTOR_INTAKE_ID).from(DRAFT_PAIR)
                .where(DRAFT_PAIR.DRAFT_ID.eq(id.value()))
                .orderBy(DRAFT_PAIR.MENTEE_INTAKE_ID)
                .forEach(r -> pairs.put(new IntakeId(r.value1()), new IntakeId(r.value2())));
        return pairs;
    }

    void setPair(MatchDraftId id, IntakeId mentee, IntakeId mentor) {
        sql.insertInto(DRAFT_PAIR)
                .set(DRAFT_PAIR.DRAFT_ID, id.value())
                .set(DRAFT_PAIR.MENTEE_INTAKE_ID, mentee.value())
                .set(DRAFT_PAIR.MENTOR_INTAKE_ID, mentor.value())
                .onConflict(DRAFT_PAIR.DRAFT_ID, DRAFT_PAIR.MENTEE_INTAKE_ID).doUpdate()
                .set(DRAFT_PAIR.MENTOR_INTAKE_ID, mentor.value())
                .execute();
    }

    void removePair(MatchDraftId id, IntakeId mentee) {
        sql.deleteFrom(DRAFT_PAIR).where(DRAFT_PAIR.DRAFT_ID.eq(id.value()).and(DRAFT_PAIR.MENTEE_INTAKE_ID.eq(mentee.value())))
                .execute();
    }

    List<DraftSummary> drafts(MentoringProgrammeId programme) {
        var pairs = sql.selectCount().from(DRAFT_PAIR).where(DRAFT_PAIR.DRAFT_ID.eq(MATCH_DRAFT.ID)).asField("pairs");
        return sql.select(MATCH_DRAFT.ID, MATCH_DRAFT.STATUS, pairs, MATCH_DRAFT.CREATED_AT, MATCH_DRAFT.PUBLISHED_AT)
                .from(MATCH_DRAFT).where(MATCH_DRAFT.PROGRAMME_ID.eq(programme.value()))
                .orderBy(MATCH_DRAFT.CREATED_AT.desc())
                .fetch(r -> new DraftSummary(new MatchDraftId(r.value1()), DraftStatus.valueOf(r.value2()),
                        (Integer) r.value3(), r.value4(), r.value5()));
    }

    void insertRelationship(RelationshipId id, MentoringProgrammeId programme, @Nullable MatchDraftId draft,
                            MentoringViews.Intake mentor, MentoringViews.Intake mentee, int score, OffsetDateTime now) {
        sql.insertInto(RELATIONSHIP)
                .set(RELATIONSHIP.ID, id.value())
                .set(RELATIONSHIP.PROGRAMME_ID, programme.value())
                .set(RELATIONSHIP.DRAFT_ID, draft == null ? null : draft.value())
                .set(RELATIONSHIP.MENTOR_INTAKE_ID, mentor.id().value())
                .set(RELATIONSHIP.MENTEE_INTAKE_ID, mentee.id().value())
                .set(RELATIONSHIP.MENTOR_ID, mentor.person().value())
                .set(RELATIONSHIP.MENTEE_ID, mentee.person().value())
                .set(RELATIONSHIP.SCORE, score)
                .set(RELATIONSHIP.STATUS, RelationshipStatus.ACTIVE.name())
                .set(RELATIONSHIP.STARTED_AT, now)
                .execute();
    }

    /** How many active mentees each mentor intake already has in the programme (from earlier publications). */
    Map<IntakeId, Integer> activeMenteesPerMentor(MentoringProgrammeId programme) {
        Map<IntakeId, Integer> counts = new LinkedHashMap<>();
        sql.select(RELATIONSHIP.MENTOR_INTAKE_ID, org.jooq.impl.DSL.count()).from(RELATIONSHIP)
                .where(RELATIONSHIP.PROGRAMME_ID.eq(programme.value())
                        .and(RELATIONSHIP.STATUS.eq(RelationshipStatus.ACTIVE.name())))
                .groupBy(RELATIONSHIP.MENTOR_INTAKE_ID)
                .forEach(r -> counts.put(new IntakeId(r.value1()), r.value2()));
        return counts;
    }

    /** Mentee intakes of the programme that already have an active relationship. */
    Set<IntakeId> matchedMentees(MentoringProgrammeId programme) {
        return Set.copyOf(sql.select(RELATIONSHIP.MENTEE_INTAKE_ID).from(RELATIONSHIP)
                .where(RELATIONSHIP.PROGRAMME_ID.eq(programme.value())
                        .and(RELATIONSHIP.STATUS.eq(RelationshipStatus.ACTIVE.name())))
                .fetch(r -> new IntakeId(r.value1())));
    }

    Optional<Relationship> findRelationship(RelationshipId id) {
        return relationships().where(RELATIONSHIP.ID.eq(id.value())).fetchOptional(JooqMatchRepository::relationship);
    }

    /** The person's relationships, as mentor or as mentee, newest first. */
    List<Relationship> relationshipsOf(PersonId person) {
        return relationships().where(RELATIONSHIP.MENTOR_ID.eq(person.value()).or(RELATIONSHIP.MENTEE_ID.eq(person.value())))
                .orderBy(RELATIONSHIP.STARTED_AT.desc()).fetch(JooqMatchRepository::relationship);
    }

    List<Relationship> relationshipsIn(MentoringProgrammeId programme) {
        return relationships().where(RELATIONSHIP.PROGRAMME_ID.eq(programme.value()))
                .orderBy(RELATIONSHIP.STARTED_AT.desc()).fetch(JooqMatchRepository::relationship);
    }

    private org.jooq.SelectOnConditionStep<Record> relationships() {
        var mentor = INTAKE.as("mentor");
        var mentee = INTAKE.as("mentee");
        return sql.select(RELATIONSHIP.asterisk(), PROGRAMME.NAME, mentor.PERSON_NAME.as("mentor_name"),
                        mentee.PERSON_NAME.as("mentee_name"))
                .from(RELATIONSHIP)
                .join(PROGRAMME).on(PROGRAMME.ID.eq(RELATIONSHIP.PROGRAMME_ID))
                .join(mentor).on(mentor.ID.eq(RELATIONSHIP.MENTOR_INTAKE_ID))
                .join(mentee).on(mentee.ID.eq(RELATIONSHIP.MENTEE_INTAKE_ID));
    }

    private static Relationship relationship(Record r) {
        return new Relationship(new RelationshipId(r.get(RELATIONSHIP.ID)),
                new MentoringProgrammeId(r.get(RELATIONSHIP.PROGRAMME_ID)), r.get(PROGRAMME.NAME),
                new PersonId(r.get(RELATIONSHIP.MENTOR_ID)), r.get("mentor_name", String.class),
                new PersonId(r.get(RELATIONSHIP.MENTEE_ID)), r.get("mentee_name", String.class),
                r.get(RELATIONSHIP.SCORE), RelationshipStatus.valueOf(r.get(RELATIONSHIP.STATUS)),
                r.get(RELATIONSHIP.STARTED_AT), r.get(RELATIONSHIP.VERSION));
    }

    private static DraftRow draft(Record r) {
        return new DraftRow(new MatchDraftId(r.get(MATCH_DRAFT.ID)), new MentoringProgrammeId(r.get(MATCH_DRAFT.PROGRAMME_ID)),
                DraftStatus.valueOf(r.get(MATCH_DRAFT.STATUS)), r.get(MATCH_DRAFT.CREATED_AT),
                r.get(MATCH_DRAFT.PUBLISHED_AT), r.get(MATCH_DRAFT.VERSION));
    }

    /** Every intake of the person, in any programme. */
    List<IntakeId> intakesOf(PersonId person) {
        return sql.select(INTAKE.ID).from(INTAKE).where(INTAKE.PERSON_ID.eq(person.value()))
                .fetch(r -> new IntakeId(r.value1()));
    }
}
