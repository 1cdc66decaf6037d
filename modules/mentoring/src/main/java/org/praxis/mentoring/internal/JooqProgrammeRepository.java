package org.praxis.mentoring.internal;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.internal.MentoringViews.Programme;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.praxis.mentoring.internal.jooq.Tables.PROGRAMME;

/** Mentoring programmes. Edits check the version they were read at. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqProgrammeRepository {

    private final DSLContext sql;

    JooqProgrammeRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insert(MentoringProgrammeId id, ProgrammeForm form, PersonId by, OffsetDateTime now) {
        sql.insertInto(PROGRAMME)
                .set(PROGRAMME.ID, id.value())
                .set(PROGRAMME.NAME, form.getName().strip())
                .set(PROGRAMME.DESCRIPTION, form.getDescription().strip())
                .set(PROGRAMME.KIND, Objects.requireNonNull(form.getKind()).name())
                .set(PROGRAMME.FORMAT, Objects.requireNonNull(form.getFormat()).name())
                .set(PROGRAMME.CADENCE, Objects.requireNonNull(form.getCadence()).name())
                .set(PROGRAMME.LENGTH_MONTHS, form.getLengthMonths())
                .set(PROGRAMME.STARTS_ON, form.getStartsOn())
                .set(PROGRAMME.MIN_EXPERIENCE_YEARS, form.getMinExperienceYears())
                .set(PROGRAMME.CROSS_CONTEXT_REQUIRED, form.isCrossContextRequired())
                .set(PROGRAMME.INTAKE_OPEN, form.isIntakeOpen())
                .set(PROGRAMME.CREATED_BY, by.value())
                .set(PROGRAMME.CREATED_AT, now)
                .execute();
    }

    boolean update(MentoringProgrammeId id, int expectedVersion, ProgrammeForm form) {
        return sql.update(PROGRAMME)
                .set(PROGRAMME.NAME, form.getName().strip())
                .set(PROGRAMME.DESCRIPTION, form.getDescription().strip())
                .set(PROGRAMME.KIND, Objects.requireNonNull(form.getKind()).name())
                .set(PROGRAMME.FORMAT, Objects.requireNonNull(form.getFormat()).name())
                .set(PROGRAMME.CADENCE, Objects.requireNonNull(form.getCadence()).name())
                .set(PROGRAMME.LENGTH_MONTHS, form.getLengthMonths())
                .set(PROGRAMME.STARTS_ON, form.getStartsOn())
                .set(PROGRAMME.MIN_EXPERIENCE_YEARS, form.getMinExperienceYears())
                .set(PROGRAMME.CROSS_CONTEXT_REQUIRED, form.isCrossContextRequired())
                .set(PROGRAMME.INTAKE_OPEN, form.isIntakeOpen())
                .set(PROGRAMME.VERSION, PROGRAMME.VERSION.plus(1))
                .where(PROGRAMME.ID.eq(id.value()).and(PROGRAMME.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean extend(MentoringProgrammeId id, int expectedVersion, int months) {
        return sql.update(PROGRAMME)
                .set(PROGRAMME.LENGTH_MONTHS, PROGRAMME.LENGTH_MONTHS.plus(months))
                .set(PROGRAMME.VERSION, PROGRAMME.VERSION.plus(1))
                .where(PROGRAMME.ID.eq(id.value()).and(PROGRAMME.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    Optional<Programme> find(MentoringProgrammeId id) {
        return sql.selectFrom(PROGRAMME).where(PROGRAMME.ID.eq(id.value())).fetchOptional(JooqProgrammeRepository::programme);
    }

    List<Programme> all() {
        return sql.selectFrom(PROGRAMME).orderBy(PROGRAMME.STARTS_ON.desc(), PROGRAMME.NAME)
                .fetch(JooqProgrammeRepository::programme);
    }

    private static Programme programme(Record r) {
        return new Programme(new MentoringProgrammeId(r.get(PROGRAMME.ID)), r.get(PROGRAMME.NAME),
                r.get(PROGRAMME.DESCRIPTION), ProgrammeKind.valueOf(r.get(PROGRAMME.KIND)),
                MentoringFormat.valueOf(r.get(PROGRAMME.FORMAT)), Cadence.valueOf(r.get(PROGRAMME.CADENCE)),
                r.get(PROGRAMME.LENGTH_MONTHS), r.get(PROGRAMME.STARTS_ON), r.get(PROGRAMME.MIN_EXPERIENCE_YEARS),
                r.get(PROGRAMME.CROSS_CONTEXT_REQUIRED), r.get(PROGRAMME.INTAKE_OPEN), r.get(PROGRAMME.VERSION));
    }
}
