package org.praxis.matchmaking.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.PartnershipId;
import org.praxis.matchmaking.events.SeedApplicationId;
import org.praxis.matchmaking.internal.MatchmakingViews.Budget;
import org.praxis.matchmaking.internal.MatchmakingViews.SeedApplication;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.praxis.matchmaking.internal.jooq.Tables.PARTNERSHIP;
import static org.praxis.matchmaking.internal.jooq.Tables.SEED_APPLICATION;
import static org.praxis.matchmaking.internal.jooq.Tables.SEED_FUND;

/** The seed fund's budget and its applications, decisions, payments and reports. Amounts are exact decimals. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqSeedFundRepository {

    private static final String FUND = "SEED_FUND";

    private final DSLContext sql;

    JooqSeedFundRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** The budget with what is committed and paid; {@code lock} makes changes to the fund take turns. */
    Budget budget(boolean lock) {
        var select = sql.selectFrom(SEED_FUND).where(SEED_FUND.ID.eq(FUND));
        var fund = lock ? select.forUpdate().fetchSingle() : select.fetchSingle();
        BigDecimal committed = sum(SEED_APPLICATION.AWARDED, SEED_APPLICATION.STATUS.eq(SeedStatus.APPROVED.name()));
        BigDecimal paid = sum(SEED_APPLICATION.PAID_AMOUNT, SEED_APPLICATION.STATUS.in(SeedStatus.PAID.name(),
                SeedStatus.REPORTED.name()));
        return new Budget(fund.getBudget(), committed, paid, fund.getAnonymisedReview(), fund.getVersion());
    }

    private BigDecimal sum(org.jooq.Field<BigDecimal> field, Condition condition) {
        BigDecimal sum = sql.select(DSL.sum(field)).from(SEED_APPLICATION).where(condition).fetchOne(0, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
    }

    boolean setBudget(int expectedVersion, BigDecimal budget, boolean anonymisedReview) {
        return sql.update(SEED_FUND).set(SEED_FUND.BUDGET, budget).set(SEED_FUND.ANONYMISED_REVIEW, anonymisedReview)
                .set(SEED_FUND.VERSION, expectedVersion + 1)
                .where(SEED_FUND.ID.eq(FUND).and(SEED_FUND.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean hasLiveApplication(PartnershipId partnership) {
        return sql.fetchExists(SEED_APPLICATION, SEED_APPLICATION.PARTNERSHIP_ID.eq(partnership.value())
                .and(SEED_APPLICATION.STATUS.ne(SeedStatus.DECLINED.name())));
    }

    void insert(SeedApplicationId id, PartnershipId partnership, SeedApplicationForm form, PersonId by,
                OffsetDateTime now) {
        sql.insertInto(SEED_APPLICATION)
                .set(SEED_APPLICATION.ID, id.value())
                .set(SEED_APPLICATION.PARTNERSHIP_ID, partnership.value())
                .set(SEED_APPLICATION.AMOUNT, form.getAmount())
                .set(SEED_APPLICATION.PURPOSE, form.getPurpose().strip())
                .set(SEED_APPLICATION.HELD_BY, Objects.requireNonNull(form.getHeldBy()).name())
                .set(SEED_APPLICATION.STATUS, SeedStatus.SUBMITTED.name())
                .set(SEED_APPLICATION.SUBMITTED_BY, by.value())
                .set(SEED_APPLICATION.SUBMITTED_AT, now)
                .execute();
    }

    boolean decide(SeedApplicationId id, int expectedVersion, @Nullable BigDecimal awarded, String note,
                   PersonId by, OffsetDateTime now) {
        return sql.update(SEED_APPLICATION)
                .set(SEED_APPLICATION.STATUS, (awarded == null ? SeedStatus.DECLINED : SeedStatus.APPROVED).name())
                .set(SEED_APPLICATION.AWARDED, awarded)
                .set(SEED_APPLICATION.DECISION_NOTE, note.strip())
                .set(SEED_APPLICATION.DECIDED_BY, by.value())
                .set(SEED_APPLICATION.DECIDED_AT, now)
                .set(SEED_APPLICATION.VERSION, expectedVersion + 1)
                .where(SEED_APPLICATION.ID.eq(id.value()).and(SEED_APPLICATION.VERSION.eq(expectedVersion))
                        .and(SEED_APPLICATION.STATUS.eq(SeedStatus.SUBMITTED.name())))
                .execute() == 1;
    }

    boolean pay(SeedApplicationId id, int expectedVersion, BigDecimal amount, PaymentForm form, PersonId by) {
        return sql.update(SEED_APPLICATION)
                .set(SEED_APPLICATION.STATUS, SeedStatus.PAID.name())
                .set(SEED_APPLICATION.PAID_AMOUNT, amount)
                .set(SEED_APPLICATION.PAYEE_NAME, form.getPayeeName().strip())
                .set(SEED_APPLICATION.PAYEE_KIND, Objects.requireNonNull(form.getPayeeKind()).name())
                .set(SEED_APPLICATION.PAYMENT_REFERENCE, form.getReference().strip())
                .set(SEED_APPLICATION.PAID_ON, form.getPaidOn())
                .set(SEED_APPLICATION.PAID_BY, by.value())
                .set(SEED_APPLICATION.VERSION, expectedVersion + 1)
                .where(SEED_APPLICATION.ID.eq(id.value()).and(SEED_APPLICATION.VERSION.eq(expectedVersion))
                        .and(SEED_APPLICATION.STATUS.eq(SeedStatus.APPROVED.name())))
                .execute() == 1;
    }

    boolean report(SeedApplicationId id, int expectedVersion, ReportForm form, OffsetDateTime now) {
        return sql.update(SEED_APPLICATION)
                .set(SEED_APPLICATION.STATUS, SeedStatus.REPORTED.name())
                .set(SEED_APPLICATION.DEVELOPED, Objects.requireNonNull(form.getDeveloped()).name())
                .set(SEED_APPLICATION.REPORT, form.getReport().strip())
                .set(SEED_APPLICATION.REPORTED_AT, now)
                .set(SEED_APPLICATION.VERSION, expectedVersion + 1)
                .where(SEED_APPLICATION.ID.eq(id.value()).and(SEED_APPLICATION.VERSION.eq(expectedVersion))
                        .and(SEED_APPLICATION.STATUS.eq(SeedStatus.PAID.name())))
                .execute() == 1;
    }

    /** One application, named unless {@code anonymise}. */
    Optional<SeedApplication> find(SeedApplicationId id, boolean anonymise, JooqPartnershipRepository partnerships) {
        return select(SEED_APPLICATION.ID.eq(id.value()), anonymise, partnerships).stream().findFirst();
    }

    List<SeedApplication> forPartnership(PartnershipId partnership, JooqPartnershipRepository partnerships) {
        return select(SEED_APPLICATION.PARTNERSHIP_ID.eq(partnership.value()), false, partnerships);
    }

    /** Applications in the given statuses, oldest first. */
    List<SeedApplication> inStatus(List<SeedStatus> statuses, boolean anonymise,
                                   JooqPartnershipRepository partnerships) {
        return select(SEED_APPLICATION.STATUS.in(statuses.stream().map(Enum::name).toList()), anonymise, partnerships);
    }

    private List<SeedApplication> select(Condition condition, boolean anonymise,
                                         JooqPartnershipRepository partnerships) {
        return sql.select(SEED_APPLICATION.fields()).select(PARTNERSHIP.NAME, PARTNERSHIP.EVENT_ID,
                        PARTNERSHIP.COMMUNITY_PERSON, PARTNERSHIP.RESEARCHER_PERSON)
                .from(SEED_APPLICATION).join(PARTNERSHIP).on(PARTNERSHIP.ID.eq(SEED_APPLICATION.PARTNERSHIP_ID))
                .where(condition)
                .orderBy(SEED_APPLICATION.SUBMITTED_AT)
                .fetch(r -> application(r, anonymise, partnerships));
    }

    private static SeedApplication application(Record r, boolean anonymise, JooqPartnershipRepository partnerships) {
        var event = new org.praxis.matchmaking.events.MatchEventId(r.get(PARTNERSHIP.EVENT_ID));
        String developed = r.get(SEED_APPLICATION.DEVELOPED);
        String payeeKind = r.get(SEED_APPLICATION.PAYEE_KIND);
        SeedApplicationId id = new SeedApplicationId(r.get(SEED_APPLICATION.ID));
        return new SeedApplication(id, new PartnershipId(r.get(SEED_APPLICATION.PARTNERSHIP_ID)),
                anonymise ? "#" + id.toString().substring(id.toString().length() - 6) : r.get(PARTNERSHIP.NAME),
                anonymise ? null : partnerships.name(event, new PersonId(r.get(PARTNERSHIP.COMMUNITY_PERSON))),
                anonymise ? null : partnerships.name(event, new PersonId(r.get(PARTNERSHIP.RESEARCHER_PERSON))),
                anonymise, r.get(SEED_APPLICATION.AMOUNT), r.get(SEED_APPLICATION.PURPOSE),
                AttendeeSide.valueOf(r.get(SEED_APPLICATION.HELD_BY)), SeedStatus.valueOf(r.get(SEED_APPLICATION.STATUS)),
                r.get(SEED_APPLICATION.SUBMITTED_AT), r.get(SEED_APPLICATION.AWARDED),
                r.get(SEED_APPLICATION.DECISION_NOTE), r.get(SEED_APPLICATION.PAID_AMOUNT),
                r.get(SEED_APPLICATION.PAYEE_NAME), payeeKind == null ? null : PayeeKind.valueOf(payeeKind),
                r.get(SEED_APPLICATION.PAYMENT_REFERENCE), r.get(SEED_APPLICATION.PAID_ON),
                developed == null ? null : Development.valueOf(developed), r.get(SEED_APPLICATION.REPORT),
                r.get(SEED_APPLICATION.VERSION));
    }
}
