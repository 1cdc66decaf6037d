package org.praxis.coproduction.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.coproduction.events.ApplicationId;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.praxis.coproduction.internal.jooq.Tables.MODERATION;
import static org.praxis.coproduction.internal.jooq.Tables.REVIEWER;
import static org.praxis.coproduction.internal.jooq.Tables.SCORE;

/** Who reviews which application, their scores and the team's moderation. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqReviewRepository {

    /** A reviewer of an application and their total, null until they have scored. */
    record Review(PersonId reviewer, @Nullable Integer total) {
    }

    private final DSLContext sql;

    JooqReviewRepository(DSLContext sql) {
        this.sql = sql;
    }

    void assign(ApplicationId application, PersonId reviewer) {
        sql.insertInto(REVIEWER).set(REVIEWER.APPLICATION_ID, application.value()).set(REVIEWER.REVIEWER_, reviewer.value())
                .onConflictDoNothing().execute();
    }

    boolean isReviewer(ApplicationId application, PersonId person) {
        return sql.fetchExists(REVIEWER, REVIEWER.APPLICATION_ID.eq(application.value())
                .and(REVIEWER.REVIEWER_.eq(person.value())));
    }

    boolean hasScored(ApplicationId application, PersonId person) {
        return sql.fetchExists(REVIEWER, REVIEWER.APPLICATION_ID.eq(application.value())
                .and(REVIEWER.REVIEWER_.eq(person.value())).and(REVIEWER.SCORED_AT.isNotNull()));
    }

    /** Records a reviewer's scores, once: false if they had already scored. */
    boolean score(ApplicationId application, PersonId reviewer, Map<UUID, Integer> scores, String comment,
                  OffsetDateTime now) {
        int marked = sql.update(REVIEWER).set(REVIEWER.SCORED_AT, now)
                .where(REVIEWER.APPLICATION_ID.eq(application.value()).and(REVIEWER.REVIEWER_.eq(reviewer.value()))
                        .and(REVIEWER.SCORED_AT.isNull()))
                .execute();
        if (marked != 1) {
            return false;
        }
        scores.forEach((criterion, score) -> sql.insertInto(SCORE)
                .set(SCORE.APPLICATION_ID, application.value()).set(SCORE.REVIEWER, reviewer.value())
                .set(SCORE.CRITERION_ID, criterion).set(SCORE.SCORE_, score).set(SCORE.COMMENT, comment)
                .execute());
        return true;
    }

    /** Every reviewer of the application with their total (null until scored), in the order they were given it. */
    List<Review> reviews(ApplicationId application) {
        var total = DSL.select(DSL.sum(SCORE.SCORE_)).from(SCORE)
                .where(SCORE.APPLICATION_ID.eq(REVIEWER.APPLICATION_ID).and(SCORE.REVIEWER.eq(REVIEWER.REVIEWER_)))
                .asField("total");
        return sql.select(REVIEWER.REVIEWER_, REVIEWER.SCORED_AT, total).from(REVIEWER)
                .where(REVIEWER.APPLICATION_ID.eq(application.value()))
                .orderBy(REVIEWER.REVIEWER_)
                .fetch(r -> new Review(new PersonId(r.value1()),
                        r.value2() == null ? null : r.get("total", Integer.class)));
    }

    List<ApplicationId> assignedTo(PersonId reviewer) {
        return sql.select(REVIEWER.APPLICATION_ID).from(REVIEWER).where(REVIEWER.REVIEWER_.eq(reviewer.value()))
                .fetch(r -> new ApplicationId(r.value1()));
    }

    void moderate(ApplicationId application, int agreedTotal, String note, PersonId by, OffsetDateTime now) {
        sql.insertInto(MODERATION).set(MODERATION.APPLICATION_ID, application.value())
                .set(MODERATION.AGREED_TOTAL, agreedTotal).set(MODERATION.NOTE, note)
                .set(MODERATION.MODERATED_BY, by.value()).set(MODERATION.MODERATED_AT, now)
                .onConflict(MODERATION.APPLICATION_ID).doUpdate()
                .set(MODERATION.AGREED_TOTAL, agreedTotal).set(MODERATION.NOTE, note)
                .set(MODERATION.MODERATED_BY, by.value()).set(MODERATION.MODERATED_AT, now)
                .execute();
    }

    Optional<Integer> agreedTotal(ApplicationId application) {
        return sql.select(MODERATION.AGREED_TOTAL).from(MODERATION)
                .where(MODERATION.APPLICATION_ID.eq(application.value())).fetchOptional(r -> r.value1());
    }
}
