package org.praxis.coproduction.internal;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.coproduction.events.ClaimId;
import org.praxis.coproduction.events.ElementId;
import org.praxis.coproduction.internal.CoproductionViews.Claim;
import org.praxis.coproduction.internal.CoproductionViews.Element;
import org.praxis.coproduction.internal.CoproductionViews.KnownPerson;
import org.praxis.coproduction.internal.CoproductionViews.RatesPolicy;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.praxis.coproduction.internal.jooq.Tables.CLAIM;
import static org.praxis.coproduction.internal.jooq.Tables.COPRODUCER;
import static org.praxis.coproduction.internal.jooq.Tables.ELEMENT;
import static org.praxis.coproduction.internal.jooq.Tables.PERSON;
import static org.praxis.coproduction.internal.jooq.Tables.PROJECT;
import static org.praxis.coproduction.internal.jooq.Tables.RATES_POLICY;

/** Rates policies, projects and their elements, and claims. A paid claim is never updated (the database refuses). */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqPayRepository {

    private final DSLContext sql;

    JooqPayRepository(DSLContext sql) {
        this.sql = sql;
    }

    // --- policies --------------------------------------------------------------------------------------------

    void insertPolicy(UUID id, RatesPolicyForm form, PersonId by, OffsetDateTime now) {
        // Versions are numbered in order of publication; the table's unique keys refuse a race.
        int number = sql.select(DSL.coalesce(DSL.max(RATES_POLICY.NUMBER), 0)).from(RATES_POLICY).fetchOne().value1() + 1;
        sql.insertInto(RATES_POLICY).set(RATES_POLICY.ID, id).set(RATES_POLICY.NUMBER, number)
                .set(RATES_POLICY.IN_FORCE_FROM, form.inForceFrom()).set(RATES_POLICY.HOURLY_RATE, form.hourlyRate())
                .set(RATES_POLICY.SESSION_RATE, form.sessionRate())
                .set(RATES_POLICY.PREPARATION_HOURS, form.preparationHours())
                .set(RATES_POLICY.DAILY_EXPENSES_CAP, form.dailyExpensesCap())
                .set(RATES_POLICY.EXPENSES_NOTE, form.expensesNote())
                .set(RATES_POLICY.PUBLISHED_BY, by.value()).set(RATES_POLICY.PUBLISHED_AT, now)
                .execute();
    }

    List<RatesPolicy> policies() {
        return sql.selectFrom(RATES_POLICY).orderBy(RATES_POLICY.IN_FORCE_FROM.desc()).fetch(JooqPayRepository::policy);
    }

    /** The policy in force on a day: the latest whose first day is not after it. */
    Optional<RatesPolicy> policyOn(LocalDate day) {
        return sql.selectFrom(RATES_POLICY).where(RATES_POLICY.IN_FORCE_FROM.le(day))
                .orderBy(RATES_POLICY.IN_FORCE_FROM.desc()).limit(1).fetchOptional(JooqPayRepository::policy);
    }

    Optional<RatesPolicy> policy(UUID id) {
        return sql.selectFrom(RATES_POLICY).where(RATES_POLICY.ID.eq(id)).fetchOptional(JooqPayRepository::policy);
    }

    private static RatesPolicy policy(org.praxis.coproduction.internal.jooq.tables.records.RatesPolicyRecord r) {
        return new RatesPolicy(r.getId(), r.getNumber(), r.getInForceFrom(), r.getHourlyRate(), r.getSessionRate(),
                r.getPreparationHours(), r.getDailyExpensesCap(), r.getExpensesNote());
    }

    // --- projects and elements -------------------------------------------------------------------------------

    void insertProject(UUID id, String name, OffsetDateTime now) {
        sql.insertInto(PROJECT).set(PROJECT.ID, id).set(PROJECT.NAME, name).set(PROJECT.CREATED_AT, now).execute();
    }

    Optional<UUID> projectNamed(String name) {
        return sql.select(PROJECT.ID).from(PROJECT).where(PROJECT.NAME.eq(name)).limit(1).fetchOptional(r -> r.value1());
    }

    boolean hasElements(UUID project) {
        return sql.fetchExists(ELEMENT, ELEMENT.PROJECT_ID.eq(project));
    }

    /** Makes transactions that set up demo data take turns until they commit. */
    void waitForTurnAtDemoData() {
        sql.fetch("select pg_advisory_xact_lock(hashtext('coproduction.demo-data'))");
    }

    boolean projectExists(UUID id) {
        return sql.fetchExists(PROJECT, PROJECT.ID.eq(id));
    }

    void insertElement(ElementId id, UUID project, String title, PersonId lead, OffsetDateTime now) {
        sql.insertInto(ELEMENT).set(ELEMENT.ID, id.value()).set(ELEMENT.PROJECT_ID, project).set(ELEMENT.TITLE, title)
                .set(ELEMENT.LEAD, lead.value()).set(ELEMENT.CREATED_AT, now).execute();
    }

    Optional<Element> element(ElementId id) {
        return elements(ELEMENT.ID.eq(id.value())).stream().findFirst();
    }

    List<Element> elements() {
        return elements(DSL.trueCondition());
    }

    private List<Element> elements(org.jooq.Condition condition) {
        return sql.select(ELEMENT.ID, PROJECT.NAME, ELEMENT.TITLE, ELEMENT.LEAD, PERSON.DISPLAY_NAME,
                        ELEMENT.FINISHED_ON)
                .from(ELEMENT).join(PROJECT).on(PROJECT.ID.eq(ELEMENT.PROJECT_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ELEMENT.LEAD))
                .where(condition).orderBy(PROJECT.NAME, ELEMENT.TITLE)
                .fetch(r -> new Element(new ElementId(r.value1()), r.value2(), r.value3(),
                        new KnownPerson(new PersonId(r.value4()), r.value5() == null ? "" : r.value5()), r.value6()));
    }

    // --- claims ----------------------------------------------------------------------------------------------

    void insertClaim(ClaimId id, PersonId coproducer, ElementId element, ClaimKind kind, ClaimForm form,
                     RatesPolicy policy, BigDecimal amount, PaymentMethod method, @Nullable ClaimId corrects,
                     OffsetDateTime now) {
        sql.insertInto(CLAIM).set(CLAIM.ID, id.value()).set(CLAIM.COPRODUCER, coproducer.value())
                .set(CLAIM.ELEMENT_ID, element.value()).set(CLAIM.KIND, kind.name())
                .set(CLAIM.WORK_DATE, form.workDate()).set(CLAIM.HOURS, form.hours()).set(CLAIM.SESSIONS, form.sessions())
                .set(CLAIM.EXPENSES_SPENT, form.expensesSpent()).set(CLAIM.DESCRIPTION, form.description().strip())
                .set(CLAIM.POLICY_ID, policy.id()).set(CLAIM.AMOUNT, amount).set(CLAIM.PAYMENT_METHOD, method.name())
                .set(CLAIM.CORRECTS, corrects == null ? null : corrects.value())
                .set(CLAIM.STATUS, ClaimStatus.SUBMITTED.name()).set(CLAIM.SUBMITTED_AT, now)
                .execute();
    }

    /** Expenses already claimed by the person for the day (refused and corrected claims aside). */
    BigDecimal expensesClaimedOn(PersonId coproducer, LocalDate day) {
        return sql.select(DSL.coalesce(DSL.sum(CLAIM.EXPENSES_SPENT), BigDecimal.ZERO)).from(CLAIM)
                .where(CLAIM.COPRODUCER.eq(coproducer.value()).and(CLAIM.WORK_DATE.eq(day))
                        .and(CLAIM.STATUS.ne(ClaimStatus.REFUSED.name())).and(CLAIM.KIND.ne(ClaimKind.CORRECTION.name())))
                .fetchOne().value1();
    }

    boolean decide(ClaimId id, int expectedVersion, ClaimStatus outcome, @Nullable String reason, PersonId by,
                   OffsetDateTime now) {
        return sql.update(CLAIM).set(CLAIM.STATUS, outcome.name()).set(CLAIM.REFUSAL_REASON, reason)
                .set(CLAIM.DECIDED_BY, by.value()).set(CLAIM.DECIDED_AT, now).set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(id.value()).and(CLAIM.VERSION.eq(expectedVersion))
                        .and(CLAIM.STATUS.eq(ClaimStatus.SUBMITTED.name())))
                .execute() == 1;
    }

    boolean markPaid(ClaimId id, int expectedVersion, LocalDate paidOn, String reference) {
        return sql.update(CLAIM).set(CLAIM.STATUS, ClaimStatus.PAID.name()).set(CLAIM.PAID_ON, paidOn)
                .set(CLAIM.PAYMENT_REFERENCE, reference).set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(id.value()).and(CLAIM.VERSION.eq(expectedVersion))
                        .and(CLAIM.STATUS.eq(ClaimStatus.APPROVED.name())))
                .execute() == 1;
    }

    /** An approved claim whose co-producer declined payment: final, with nothing paid and no reference. */
    void settleDeclined(ClaimId id, LocalDate on) {
        sql.update(CLAIM).set(CLAIM.STATUS, ClaimStatus.PAID.name()).set(CLAIM.PAID_ON, on)
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(id.value()).and(CLAIM.STATUS.eq(ClaimStatus.APPROVED.name()))
                        .and(CLAIM.PAYMENT_METHOD.eq(PaymentMethod.DECLINE.name())))
                .execute();
    }

    Optional<Claim> claim(ClaimId id) {
        return claims(CLAIM.ID.eq(id.value())).stream().findFirst();
    }

    List<Claim> claimsOf(PersonId coproducer) {
        return claims(CLAIM.COPRODUCER.eq(coproducer.value()));
    }

    /** Claims waiting for the lead's decision on elements they lead. */
    List<Claim> waitingForLead(PersonId lead) {
        return claims(CLAIM.STATUS.eq(ClaimStatus.SUBMITTED.name()).and(ELEMENT.LEAD.eq(lead.value())));
    }

    List<Claim> withStatus(ClaimStatus status) {
        return claims(CLAIM.STATUS.eq(status.name()));
    }

    List<Claim> all() {
        return claims(DSL.trueCondition());
    }

    /** Waiting claims sent on or before the day that the team has not been told about yet. */
    List<Claim> overdue(OffsetDateTime sentBefore) {
        return claims(CLAIM.STATUS.in(ClaimStatus.SUBMITTED.name(), ClaimStatus.APPROVED.name())
                .and(CLAIM.PAYMENT_METHOD.ne(PaymentMethod.DECLINE.name()))
                .and(CLAIM.SUBMITTED_AT.lt(sentBefore)).and(CLAIM.OVERDUE_TOLD.isFalse()));
    }

    void markOverdueTold(ClaimId id) {
        sql.update(CLAIM).set(CLAIM.OVERDUE_TOLD, true).where(CLAIM.ID.eq(id.value())).execute();
    }

    private List<Claim> claims(org.jooq.Condition condition) {
        return sql.select(CLAIM.fields()).select(COPRODUCER.DISPLAY_NAME, ELEMENT.TITLE, RATES_POLICY.NUMBER)
                .from(CLAIM).join(COPRODUCER).on(COPRODUCER.PERSON_ID.eq(CLAIM.COPRODUCER))
                .join(ELEMENT).on(ELEMENT.ID.eq(CLAIM.ELEMENT_ID))
                .join(RATES_POLICY).on(RATES_POLICY.ID.eq(CLAIM.POLICY_ID))
                .where(condition).orderBy(CLAIM.SUBMITTED_AT.desc(), CLAIM.ID)
                .fetch(JooqPayRepository::claim);
    }

    private static Claim claim(Record r) {
        UUID corrects = r.get(CLAIM.CORRECTS);
        return new Claim(new ClaimId(r.get(CLAIM.ID)), new PersonId(r.get(CLAIM.COPRODUCER)),
                r.get(COPRODUCER.DISPLAY_NAME), new ElementId(r.get(CLAIM.ELEMENT_ID)), r.get(ELEMENT.TITLE),
                ClaimKind.valueOf(r.get(CLAIM.KIND)), r.get(CLAIM.WORK_DATE), r.get(CLAIM.HOURS), r.get(CLAIM.SESSIONS),
                r.get(CLAIM.EXPENSES_SPENT), r.get(CLAIM.DESCRIPTION), r.get(RATES_POLICY.NUMBER), r.get(CLAIM.AMOUNT),
                PaymentMethod.valueOf(r.get(CLAIM.PAYMENT_METHOD)), corrects == null ? null : new ClaimId(corrects),
                ClaimStatus.valueOf(r.get(CLAIM.STATUS)), r.get(CLAIM.SUBMITTED_AT), r.get(CLAIM.REFUSAL_REASON),
                r.get(CLAIM.PAID_ON), r.get(CLAIM.PAYMENT_REFERENCE), r.get(CLAIM.VERSION));
    }
}
