package org.praxis.coproduction.internal;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.praxis.coproduction.events.ApplicationId;
import org.praxis.coproduction.events.WaveId;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.praxis.coproduction.internal.jooq.Tables.APPLICATION;
import static org.praxis.coproduction.internal.jooq.Tables.WAVE;

/** Applications to waves, with their answers, adjustments and decision. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqApplicationRepository {

    /** An application row as the services need it; views are shaped from it for each reader. */
    record Row(ApplicationId id, WaveId waveId, String waveTitle, PersonId applicant, String applicantName,
               ApplicationForm content, @Nullable String mediaKey, @Nullable String mediaType,
               ApplicationStatus status, @Nullable String decisionReason, int version) {
    }

    private final DSLContext sql;

    JooqApplicationRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insert(ApplicationId id, WaveId wave, PersonId applicant, String name, ApplicationForm form,
                OffsetDateTime now) {
        sql.insertInto(APPLICATION).set(APPLICATION.ID, id.value()).set(APPLICATION.WAVE_ID, wave.value())
                .set(APPLICATION.APPLICANT, applicant.value()).set(APPLICATION.APPLICANT_NAME, name)
                .set(APPLICATION.CREATED_AT, now).set(APPLICATION.UPDATED_AT, now)
                .execute();
        sql.update(APPLICATION).set(content(form)).where(APPLICATION.ID.eq(id.value())).execute();
    }

    boolean updateContent(ApplicationId id, int expectedVersion, ApplicationForm form, OffsetDateTime now) {
        return sql.update(APPLICATION).set(content(form)).set(APPLICATION.UPDATED_AT, now)
                .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1))
                .where(APPLICATION.ID.eq(id.value()).and(APPLICATION.VERSION.eq(expectedVersion))
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.DRAFT.name())))
                .execute() == 1;
    }

    private static java.util.Map<org.jooq.Field<?>, Object> content(ApplicationForm form) {
        java.util.Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(APPLICATION.CONTACT, form.contact());
        values.put(APPLICATION.ABOUT_ME, form.aboutMe());
        values.put(APPLICATION.ANSWER_FORMAT, form.format().name());
        values.put(APPLICATION.WRITTEN_ANSWER, form.writtenAnswer());
        values.put(APPLICATION.OTHER_FORMAT_REQUEST, form.otherFormatRequest());
        values.put(APPLICATION.ADJUSTMENTS, form.adjustments().stream().map(Enum::name).sorted().toArray(String[]::new));
        values.put(APPLICATION.ADJUSTMENT_NOTES, form.adjustmentNotes());
        return values;
    }

    boolean attachMedia(ApplicationId id, int expectedVersion, String key, String type, long size, OffsetDateTime now) {
        return sql.update(APPLICATION).set(APPLICATION.MEDIA_KEY, key).set(APPLICATION.MEDIA_TYPE, type)
                .set(APPLICATION.MEDIA_SIZE, size).set(APPLICATION.UPDATED_AT, now)
                .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1))
                .where(APPLICATION.ID.eq(id.value()).and(APPLICATION.VERSION.eq(expectedVersion))
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.DRAFT.name())))
                .execute() == 1;
    }

    boolean submit(ApplicationId id, int expectedVersion, OffsetDateTime now) {
        return sql.update(APPLICATION).set(APPLICATION.STATUS, ApplicationStatus.SUBMITTED.name())
                .set(APPLICATION.SUBMITTED_AT, now).set(APPLICATION.UPDATED_AT, now)
                .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1))
                .where(APPLICATION.ID.eq(id.value()).and(APPLICATION.VERSION.eq(expectedVersion))
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.DRAFT.name())))
                .execute() == 1;
    }

    boolean decide(ApplicationId id, int expectedVersion, ApplicationStatus outcome, String reason, PersonId by,
                   OffsetDateTime now) {
        return sql.update(APPLICATION).set(APPLICATION.STATUS, outcome.name())
                .set(APPLICATION.DECISION_REASON, reason).set(APPLICATION.DECIDED_BY, by.value())
                .set(APPLICATION.DECIDED_AT, now).set(APPLICATION.UPDATED_AT, now)
                .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1))
                .where(APPLICATION.ID.eq(id.value()).and(APPLICATION.VERSION.eq(expectedVersion))
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.SUBMITTED.name())))
                .execute() == 1;
    }

    boolean exists(WaveId wave, PersonId applicant) {
        return sql.fetchExists(APPLICATION, APPLICATION.WAVE_ID.eq(wave.value())
                .and(APPLICATION.APPLICANT.eq(applicant.value())));
    }

    Optional<Row> find(ApplicationId id) {
        return select().where(APPLICATION.ID.eq(id.value())).fetchOptional(JooqApplicationRepository::row);
    }

    List<Row> ofApplicant(PersonId applicant) {
        return select().where(APPLICATION.APPLICANT.eq(applicant.value()))
                .orderBy(APPLICATION.UPDATED_AT.desc()).fetch(JooqApplicationRepository::row);
    }

    /** Sent applications of a wave (drafts are their applicant's alone), oldest first. */
    List<Row> submittedTo(WaveId wave) {
        return select().where(APPLICATION.WAVE_ID.eq(wave.value())
                        .and(APPLICATION.STATUS.ne(ApplicationStatus.DRAFT.name())))
                .orderBy(APPLICATION.SUBMITTED_AT).fetch(JooqApplicationRepository::row);
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return sql.select(APPLICATION.fields()).select(WAVE.TITLE).from(APPLICATION)
                .join(WAVE).on(WAVE.ID.eq(APPLICATION.WAVE_ID));
    }

    private static Row row(Record r) {
        ApplicationForm form = new ApplicationForm(r.get(APPLICATION.CONTACT), r.get(APPLICATION.ABOUT_ME),
                AnswerFormat.valueOf(r.get(APPLICATION.ANSWER_FORMAT)), r.get(APPLICATION.WRITTEN_ANSWER),
                r.get(APPLICATION.OTHER_FORMAT_REQUEST),
                Arrays.stream(r.get(APPLICATION.ADJUSTMENTS)).map(Adjustment::valueOf).collect(Collectors.toSet()),
                r.get(APPLICATION.ADJUSTMENT_NOTES));
        return new Row(new ApplicationId(r.get(APPLICATION.ID)), new WaveId(r.get(APPLICATION.WAVE_ID)),
                r.get(WAVE.TITLE), new PersonId(r.get(APPLICATION.APPLICANT)), r.get(APPLICATION.APPLICANT_NAME), form,
                r.get(APPLICATION.MEDIA_KEY), r.get(APPLICATION.MEDIA_TYPE),
                ApplicationStatus.valueOf(r.get(APPLICATION.STATUS)), r.get(APPLICATION.DECISION_REASON),
                r.get(APPLICATION.VERSION));
    }
}
