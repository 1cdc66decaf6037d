package org.crp.learning.internal;

import org.crp.learning.events.FundingRequestId;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.internal.LearningViews.FundingRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.crp.learning.internal.jooq.Tables.FUNDING_REQUEST;
import static org.crp.learning.internal.jooq.Tables.PROGRAMME_RUN;

/** SQL for follow-up funding requests. Updates check the version and status read. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqFundingRepository {

    private final DSLContext sql;

    JooqFundingRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insert(FundingRequestId id, ProgrammeRunId runId, PersonId participant, String participantName,
                FundingRequestForm form, OffsetDateTime now) {
        sql.insertInto(FUNDING_REQUEST)
                .set(FUNDING_REQUEST.ID, id.value())
                .set(FUNDING_REQUEST.RUN_ID, runId.value())
                .set(FUNDING_REQUEST.PARTICIPANT_ID, participant.value())
                .set(FUNDING_REQUEST.PARTICIPANT_NAME, participantName)
                .set(FUNDING_REQUEST.AMOUNT, Objects.requireNonNull(form.amount()))
                .set(FUNDING_REQUEST.PURPOSE, form.purpose().strip())
                .set(FUNDING_REQUEST.STATUS, FundingStatus.REQUESTED.name())
                .set(FUNDING_REQUEST.CREATED_AT, now)
                .set(FUNDING_REQUEST.UPDATED_AT, now)
                .execute();
    }

    boolean decide(FundingRequestId id, int expectedVersion, GrantDecision decision, PersonId decidedBy,
                   OffsetDateTime now) {
        return sql.update(FUNDING_REQUEST)
                .set(FUNDING_REQUEST.STATUS, (decision.granted() ? FundingStatus.GRANTED : FundingStatus.DECLINED).name())
                .set(FUNDING_REQUEST.GRANTED_AMOUNT, decision.granted() ? decision.amount() : null)
                .set(FUNDING_REQUEST.DECISION_NOTE, decision.note().strip())
                .set(FUNDING_REQUEST.DECIDED_BY, decidedBy.value())
                .set(FUNDING_REQUEST.DECIDED_AT, now)
                .set(FUNDING_REQUEST.UPDATED_AT, now)
                .set(FUNDING_REQUEST.VERSION, expectedVersion + 1)
                .where(FUNDING_REQUEST.ID.eq(id.value()))
                .and(FUNDING_REQUEST.VERSION.eq(expectedVersion))
                .and(FUNDING_REQUEST.STATUS.eq(FundingStatus.REQUESTED.name()))
                .execute() == 1;
    }

    boolean report(FundingRequestId id, int expectedVersion, String report, OffsetDateTime now) {
        return sql.update(FUNDING_REQUEST)
                .set(FUNDING_REQUEST.STATUS, FundingStatus.REPORTED.name())
                .set(FUNDING_REQUEST.REPORT, report.strip())
                .set(FUNDING_REQUEST.REPORTED_AT, now)
                .set(FUNDING_REQUEST.UPDATED_AT, now)
                .set(FUNDING_REQUEST.VERSION, expectedVersion + 1)
                .where(FUNDING_REQUEST.ID.eq(id.value()))
                .and(FUNDING_REQUEST.VERSION.eq(expectedVersion))
                .and(FUNDING_REQUEST.STATUS.eq(FundingStatus.GRANTED.name()))
                .execute() == 1;
    }

    Optional<FundingRequest> find(FundingRequestId id) {
        return requests(FUNDING_REQUEST.ID.eq(id.value())).stream().findFirst();
    }

    List<FundingRequest> of(PersonId participant) {
        return requests(FUNDING_REQUEST.PARTICIPANT_ID.eq(participant.value()));
    }

    /** Requests waiting for a decision first, then the rest; oldest first within each. */
    List<FundingRequest> all() {
        return requests(org.jooq.impl.DSL.trueCondition());
    }

    int countWaiting() {
        return sql.fetchCount(FUNDING_REQUEST, FUNDING_REQUEST.STATUS.eq(FundingStatus.REQUESTED.name()));
    }

    private List<FundingRequest> requests(Condition condition) {
        return sql.select(FUNDING_REQUEST.asterisk(), PROGRAMME_RUN.NAME)
                .from(FUNDING_REQUEST)
                .join(PROGRAMME_RUN).on(PROGRAMME_RUN.ID.eq(FUNDING_REQUEST.RUN_ID))
                .where(condition)
                .orderBy(FUNDING_REQUEST.STATUS.eq(FundingStatus.REQUESTED.name()).desc(), FUNDING_REQUEST.CREATED_AT)
                .fetch(r -> new FundingRequest(new FundingRequestId(r.get(FUNDING_REQUEST.ID)),
                        new ProgrammeRunId(r.get(FUNDING_REQUEST.RUN_ID)), r.get(PROGRAMME_RUN.NAME),
                        new PersonId(r.get(FUNDING_REQUEST.PARTICIPANT_ID)), r.get(FUNDING_REQUEST.PARTICIPANT_NAME),
                        r.get(FUNDING_REQUEST.AMOUNT), r.get(FUNDING_REQUEST.PURPOSE),
                        FundingStatus.valueOf(r.get(FUNDING_REQUEST.STATUS)), r.get(FUNDING_REQUEST.GRANTED_AMOUNT),
                        r.get(FUNDING_REQUEST.DECISION_NOTE), r.get(FUNDING_REQUEST.REPORT),
                        r.get(FUNDING_REQUEST.CREATED_AT), r.get(FUNDING_REQUEST.VERSION)));
    }
}
