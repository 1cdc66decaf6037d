package org.praxis.mentoring.internal;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.praxis.mentoring.events.IntakeId;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.mentoring.events.SectorContext;
import org.praxis.mentoring.internal.MentoringViews.Intake;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.praxis.mentoring.internal.jooq.Tables.INTAKE;

/** Intakes, one per person, programme and side; sets are kept as the names of their values. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqIntakeRepository {

    private final DSLContext sql;

    JooqIntakeRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insert(IntakeId id, MentoringProgrammeId programme, PersonId person, String personName, IntakeForm form,
                OffsetDateTime now) {
        MentoringSide side = Objects.requireNonNull(form.getSide());
        sql.insertInto(INTAKE)
                .set(INTAKE.ID, id.value())
                .set(INTAKE.PROGRAMME_ID, programme.value())
                .set(INTAKE.PERSON_ID, person.value())
                .set(INTAKE.PERSON_NAME, personName)
                .set(INTAKE.SIDE, side.name())
                .set(INTAKE.SECTOR, Objects.requireNonNull(form.getSector()).name())
                .set(INTAKE.EXPERIENCE_YEARS, form.getExperienceYears())
                .set(INTAKE.EXPERIENCE, form.getExperience().strip())
                .set(INTAKE.GOALS, form.getGoals().strip())
                .set(INTAKE.APPROACH, form.getApproach().strip())
                .set(INTAKE.REGION, form.getRegion().strip())
                .set(INTAKE.ACTIVITIES, names(form.getActivities()))
                .set(INTAKE.TOPICS, names(form.getTopics()))
                .set(INTAKE.VALUES_HELD, names(form.getValues()))
                .set(INTAKE.AVAILABILITY, names(form.getAvailability()))
                .set(INTAKE.CAPACITY, side == MentoringSide.MENTOR ? form.getCapacity() : 0)
                .set(INTAKE.MUST_NOT_MATCH, form.getMustNotMatch().stream().map(PersonId::value).toArray(UUID[]::new))
                .set(INTAKE.SUBMITTED_AT, now)
                .set(INTAKE.UPDATED_AT, now)
                .execute();
    }

    boolean setPlaces(IntakeId id, int expectedVersion, int capacity, boolean paused, OffsetDateTime now) {
        return sql.update(INTAKE)
                .set(INTAKE.CAPACITY, capacity)
                .set(INTAKE.PAUSED, paused)
                .set(INTAKE.UPDATED_AT, now)
                .set(INTAKE.VERSION, INTAKE.VERSION.plus(1))
                .where(INTAKE.ID.eq(id.value()).and(INTAKE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean exists(MentoringProgrammeId programme, PersonId person, MentoringSide side) {
        return sql.fetchExists(INTAKE, INTAKE.PROGRAMME_ID.eq(programme.value())
                .and(INTAKE.PERSON_ID.eq(person.value())).and(INTAKE.SIDE.eq(side.name())));
    }

    Optional<Intake> find(IntakeId id) {
        return sql.selectFrom(INTAKE).where(INTAKE.ID.eq(id.value())).fetchOptional(JooqIntakeRepository::intake);
    }

    List<Intake> of(MentoringProgrammeId programme) {
        return sql.selectFrom(INTAKE).where(INTAKE.PROGRAMME_ID.eq(programme.value()))
                .orderBy(INTAKE.SIDE, INTAKE.PERSON_NAME, INTAKE.ID).fetch(JooqIntakeRepository::intake);
    }

    List<Intake> ofPerson(PersonId person) {
        return sql.selectFrom(INTAKE).where(INTAKE.PERSON_ID.eq(person.value()))
                .orderBy(INTAKE.SUBMITTED_AT.desc()).fetch(JooqIntakeRepository::intake);
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    private static <E extends Enum<E>> Set<E> values(Class<E> type, String[] names) {
        Set<E> set = EnumSet.noneOf(type);
        Arrays.stream(names).map(name -> Enum.valueOf(type, name)).forEach(set::add);
        return set;
    }

    static Intake intake(Record r) {
        return new Intake(new IntakeId(r.get(INTAKE.ID)), new MentoringProgrammeId(r.get(INTAKE.PROGRAMME_ID)),
                new PersonId(r.get(INTAKE.PERSON_ID)), r.get(INTAKE.PERSON_NAME),
                MentoringSide.valueOf(r.get(INTAKE.SIDE)), SectorContext.valueOf(r.get(INTAKE.SECTOR)),
                r.get(INTAKE.EXPERIENCE_YEARS), r.get(INTAKE.EXPERIENCE), r.get(INTAKE.GOALS),
                r.get(INTAKE.APPROACH), r.get(INTAKE.REGION),
                values(ActivityType.class, r.get(INTAKE.ACTIVITIES)), values(Topic.class, r.get(INTAKE.TOPICS)),
                values(ValueStatement.class, r.get(INTAKE.VALUES_HELD)),
                values(Availability.class, r.get(INTAKE.AVAILABILITY)), r.get(INTAKE.CAPACITY),
                Arrays.stream(r.get(INTAKE.MUST_NOT_MATCH)).map(PersonId::new)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                r.get(INTAKE.PAUSED), r.get(INTAKE.SUBMITTED_AT), r.get(INTAKE.VERSION));
    }
}
