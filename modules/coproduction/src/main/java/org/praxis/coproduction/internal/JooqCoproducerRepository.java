package org.praxis.coproduction.internal;

import org.jooq.DSLContext;
import org.praxis.coproduction.internal.CoproductionViews.Coproducer;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.praxis.coproduction.internal.jooq.Tables.COPRODUCER;

/** Appointed co-producers: their agreement's first day and how they choose to be paid. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqCoproducerRepository {

    private final DSLContext sql;

    JooqCoproducerRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** Appoints (or re-appoints, with a new agreement date); their payment choice is kept. */
    void appoint(PersonId person, String name, LocalDate agreementFrom, PersonId by, OffsetDateTime now) {
        sql.insertInto(COPRODUCER).set(COPRODUCER.PERSON_ID, person.value()).set(COPRODUCER.DISPLAY_NAME, name)
                .set(COPRODUCER.AGREEMENT_FROM, agreementFrom).set(COPRODUCER.APPOINTED_BY, by.value())
                .set(COPRODUCER.APPOINTED_AT, now)
                .onConflict(COPRODUCER.PERSON_ID).doUpdate()
                .set(COPRODUCER.AGREEMENT_FROM, agreementFrom).set(COPRODUCER.APPOINTED_BY, by.value())
                .set(COPRODUCER.APPOINTED_AT, now).set(COPRODUCER.VERSION, COPRODUCER.VERSION.plus(1))
                .execute();
    }

    Optional<Coproducer> find(PersonId person) {
        return sql.selectFrom(COPRODUCER).where(COPRODUCER.PERSON_ID.eq(person.value()))
                .fetchOptional(JooqCoproducerRepository::coproducer);
    }

    List<Coproducer> all() {
        return sql.selectFrom(COPRODUCER).orderBy(COPRODUCER.DISPLAY_NAME).fetch(JooqCoproducerRepository::coproducer);
    }

    boolean choosePaymentMethod(PersonId person, int expectedVersion, PaymentMethod method) {
        return sql.update(COPRODUCER).set(COPRODUCER.PAYMENT_METHOD, method.name())
                .set(COPRODUCER.VERSION, COPRODUCER.VERSION.plus(1))
                .where(COPRODUCER.PERSON_ID.eq(person.value()).and(COPRODUCER.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private static Coproducer coproducer(org.praxis.coproduction.internal.jooq.tables.records.CoproducerRecord r) {
        return new Coproducer(new PersonId(r.getPersonId()), r.getDisplayName(), r.getAgreementFrom(),
                PaymentMethod.valueOf(r.getPaymentMethod()), r.getVersion());
    }
}
