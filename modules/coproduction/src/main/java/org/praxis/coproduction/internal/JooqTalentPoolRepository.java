package org.praxis.coproduction.internal;

import org.jooq.DSLContext;
import org.praxis.coproduction.events.WaveId;
import org.praxis.coproduction.internal.CoproductionViews.PoolEntry;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.praxis.coproduction.internal.jooq.Tables.TALENT_POOL;
import static org.praxis.coproduction.internal.jooq.Tables.WAVE;

/** The talent pool: every read leaves out entries whose consent has run out, whether or not the job has run. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqTalentPoolRepository {

    private final DSLContext sql;

    JooqTalentPoolRepository(DSLContext sql) {
        this.sql = sql;
    }

    void keep(PersonId person, String name, WaveId fromWave, LocalDate consentedOn, LocalDate expiresOn) {
        sql.insertInto(TALENT_POOL).set(TALENT_POOL.PERSON_ID, person.value()).set(TALENT_POOL.DISPLAY_NAME, name)
                .set(TALENT_POOL.FROM_WAVE, fromWave.value()).set(TALENT_POOL.CONSENTED_ON, consentedOn)
                .set(TALENT_POOL.EXPIRES_ON, expiresOn)
                .onConflict(TALENT_POOL.PERSON_ID).doUpdate()
                .set(TALENT_POOL.FROM_WAVE, fromWave.value()).set(TALENT_POOL.CONSENTED_ON, consentedOn)
                .set(TALENT_POOL.EXPIRES_ON, expiresOn).setNull(TALENT_POOL.REMINDED_FOR)
                .execute();
    }

    boolean renew(PersonId person, LocalDate today, LocalDate expiresOn) {
        return sql.update(TALENT_POOL).set(TALENT_POOL.CONSENTED_ON, today).set(TALENT_POOL.EXPIRES_ON, expiresOn)
                .setNull(TALENT_POOL.REMINDED_FOR)
                .where(TALENT_POOL.PERSON_ID.eq(person.value()).and(TALENT_POOL.EXPIRES_ON.gt(today)))
                .execute() == 1;
    }

    boolean leave(PersonId person) {
        return sql.deleteFrom(TALENT_POOL).where(TALENT_POOL.PERSON_ID.eq(person.value())).execute() == 1;
    }

    List<PoolEntry> current(LocalDate today) {
        return sql.select(TALENT_POOL.PERSON_ID, TALENT_POOL.DISPLAY_NAME, TALENT_POOL.FROM_WAVE, WAVE.TITLE,
                        TALENT_POOL.EXPIRES_ON)
                .from(TALENT_POOL).join(WAVE).on(WAVE.ID.eq(TALENT_POOL.FROM_WAVE))
                .where(TALENT_POOL.EXPIRES_ON.gt(today))
                .orderBy(TALENT_POOL.DISPLAY_NAME)
                .fetch(r -> new PoolEntry(new PersonId(r.value1()), r.value2(), new WaveId(r.value3()), r.value4(),
                        r.value5()));
    }

    Optional<PoolEntry> of(PersonId person, LocalDate today) {
        return current(today).stream().filter(e -> e.person().equals(person)).findFirst();
    }

    /** Entries whose consent ends within the window and who have not been reminded of that date yet. */
    List<PoolEntry> endingBy(LocalDate today, LocalDate last) {
        return current(today).stream()
                .filter(e -> !e.expiresOn().isAfter(last))
                .filter(e -> sql.fetchExists(TALENT_POOL, TALENT_POOL.PERSON_ID.eq(e.person().value())
                        .and(TALENT_POOL.REMINDED_FOR.isNull().or(TALENT_POOL.REMINDED_FOR.ne(e.expiresOn())))))
                .toList();
    }

    void markReminded(PersonId person, LocalDate expiresOn) {
        sql.update(TALENT_POOL).set(TALENT_POOL.REMINDED_FOR, expiresOn)
                .where(TALENT_POOL.PERSON_ID.eq(person.value())).execute();
    }

    /** Removes every entry whose consent has run out; how many went. */
    int forgetExpired(LocalDate today) {
        return sql.deleteFrom(TALENT_POOL).where(TALENT_POOL.EXPIRES_ON.le(today)).execute();
    }
}
