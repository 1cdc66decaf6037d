package org.praxis.coproduction.internal;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.praxis.coproduction.events.WaveId;
import org.praxis.coproduction.internal.CoproductionViews.Criterion;
import org.praxis.coproduction.internal.CoproductionViews.PublicQuestion;
import org.praxis.coproduction.internal.CoproductionViews.Wave;
import org.praxis.platform.Ids;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.praxis.coproduction.internal.jooq.Tables.CRITERION;
import static org.praxis.coproduction.internal.jooq.Tables.QUESTION;
import static org.praxis.coproduction.internal.jooq.Tables.WAVE;

/** Waves, their scoring criteria and the questions asked about them. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqWaveRepository {

    private final DSLContext sql;

    JooqWaveRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insert(WaveId id, WaveForm form, PersonId by, OffsetDateTime now) {
        sql.insertInto(WAVE)
                .set(WAVE.ID, id.value()).set(WAVE.TITLE, form.title()).set(WAVE.ROLE_DESCRIPTION, form.roleDescription())
                .set(WAVE.COMMITMENT, form.commitment()).set(WAVE.PAY, form.pay())
                .set(WAVE.UPDATE_ON, form.updateOn()).set(WAVE.OPENS_ON, form.opensOn()).set(WAVE.CLOSES_ON, form.closesOn())
                .set(WAVE.KICK_OFF_ON, form.kickOffOn()).set(WAVE.WELCOME_ON, form.welcomeOn())
                .set(WAVE.FIRST_SESSION_ON, form.firstSessionOn())
                .set(WAVE.CREATED_BY, by.value()).set(WAVE.CREATED_AT, now).set(WAVE.UPDATED_AT, now)
                .execute();
        int position = 0;
        for (WaveForm.Criterion criterion : form.criteria()) {
            sql.insertInto(CRITERION).set(CRITERION.ID, Ids.newId()).set(CRITERION.WAVE_ID, id.value())
                    .set(CRITERION.POSITION, position++).set(CRITERION.TITLE, criterion.title())
                    .set(CRITERION.GUIDANCE, criterion.guidance()).set(CRITERION.MAX_SCORE, criterion.maxScore())
                    .execute();
        }
    }

    /** Changes the call's words and timeline (not its criteria, which reviewers may already be using). */
    boolean update(WaveId id, int expectedVersion, WaveForm form, OffsetDateTime now) {
        return sql.update(WAVE)
                .set(WAVE.TITLE, form.title()).set(WAVE.ROLE_DESCRIPTION, form.roleDescription())
                .set(WAVE.COMMITMENT, form.commitment()).set(WAVE.PAY, form.pay())
                .set(WAVE.UPDATE_ON, form.updateOn()).set(WAVE.OPENS_ON, form.opensOn()).set(WAVE.CLOSES_ON, form.closesOn())
                .set(WAVE.KICK_OFF_ON, form.kickOffOn()).set(WAVE.WELCOME_ON, form.welcomeOn())
                .set(WAVE.FIRST_SESSION_ON, form.firstSessionOn())
                .set(WAVE.UPDATED_AT, now).set(WAVE.VERSION, WAVE.VERSION.plus(1))
                .where(WAVE.ID.eq(id.value()).and(WAVE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    Optional<Wave> find(WaveId id) {
        return sql.selectFrom(WAVE).where(WAVE.ID.eq(id.value())).fetchOptional(this::wave);
    }

    boolean titled(String title) {
        return sql.fetchExists(WAVE, WAVE.TITLE.eq(title));
    }

    List<Wave> all() {
        return sql.selectFrom(WAVE).orderBy(WAVE.OPENS_ON.desc(), WAVE.TITLE).fetch(this::wave);
    }

    private Wave wave(Record r) {
        WaveId id = new WaveId(r.get(WAVE.ID));
        return new Wave(id, r.get(WAVE.TITLE), r.get(WAVE.ROLE_DESCRIPTION), r.get(WAVE.COMMITMENT), r.get(WAVE.PAY),
                r.get(WAVE.UPDATE_ON), r.get(WAVE.OPENS_ON), r.get(WAVE.CLOSES_ON), r.get(WAVE.KICK_OFF_ON),
                r.get(WAVE.WELCOME_ON), r.get(WAVE.FIRST_SESSION_ON), criteria(id), r.get(WAVE.VERSION));
    }

    List<Criterion> criteria(WaveId id) {
        return sql.selectFrom(CRITERION).where(CRITERION.WAVE_ID.eq(id.value())).orderBy(CRITERION.POSITION)
                .fetch(c -> new Criterion(c.getId(), c.getTitle(), c.getGuidance(), c.getMaxScore()));
    }

    void insertQuestion(UUID id, WaveId wave, PersonId askedBy, String question, OffsetDateTime now) {
        sql.insertInto(QUESTION).set(QUESTION.ID, id).set(QUESTION.WAVE_ID, wave.value())
                .set(QUESTION.ASKED_BY, askedBy.value()).set(QUESTION.QUESTION_, question).set(QUESTION.ASKED_AT, now)
                .execute();
    }

    boolean answer(UUID question, String answer, OffsetDateTime now) {
        return sql.update(QUESTION).set(QUESTION.ANSWER, answer).set(QUESTION.ANSWERED_AT, now)
                .where(QUESTION.ID.eq(question)).execute() == 1;
    }

    /** Answered questions only, unless the team asks for all. Never who asked. */
    List<PublicQuestion> questions(WaveId wave, boolean includeUnanswered) {
        var condition = QUESTION.WAVE_ID.eq(wave.value());
        if (!includeUnanswered) {
            condition = condition.and(QUESTION.ANSWER.isNotNull());
        }
        return sql.selectFrom(QUESTION).where(condition).orderBy(QUESTION.ASKED_AT)
                .fetch(q -> new PublicQuestion(q.getId(), wave, q.getQuestion(), q.getAnswer()));
    }
}
