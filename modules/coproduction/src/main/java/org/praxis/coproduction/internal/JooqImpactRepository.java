package org.praxis.coproduction.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.praxis.coproduction.events.ElementId;
import org.praxis.coproduction.internal.ImpactViews.Benefit;
import org.praxis.coproduction.internal.ImpactViews.Change;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.praxis.coproduction.internal.jooq.Tables.COPRODUCER;
import static org.praxis.coproduction.internal.jooq.Tables.ELEMENT;
import static org.praxis.coproduction.internal.jooq.Tables.IMPACT_BENEFIT;
import static org.praxis.coproduction.internal.jooq.Tables.IMPACT_CHANGE;
import static org.praxis.coproduction.internal.jooq.Tables.PROJECT;

/** Benefits for co-producers and "you said, we did" changes. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqImpactRepository {

    private final DSLContext sql;

    JooqImpactRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insertBenefit(UUID id, PersonId coproducer, BenefitKind kind, String description, LocalDate on,
                       PersonId by, OffsetDateTime now) {
        sql.insertInto(IMPACT_BENEFIT).set(IMPACT_BENEFIT.ID, id).set(IMPACT_BENEFIT.COPRODUCER, coproducer.value())
                .set(IMPACT_BENEFIT.KIND, kind.name()).set(IMPACT_BENEFIT.DESCRIPTION, description)
                .set(IMPACT_BENEFIT.HAPPENED_ON, on).set(IMPACT_BENEFIT.RECORDED_BY, by.value())
                .set(IMPACT_BENEFIT.RECORDED_AT, now).execute();
    }

    List<Benefit> benefits(Condition condition) {
        return sql.select(IMPACT_BENEFIT.ID, IMPACT_BENEFIT.COPRODUCER, COPRODUCER.DISPLAY_NAME, IMPACT_BENEFIT.KIND,
                        IMPACT_BENEFIT.DESCRIPTION, IMPACT_BENEFIT.HAPPENED_ON)
                .from(IMPACT_BENEFIT).join(COPRODUCER).on(COPRODUCER.PERSON_ID.eq(IMPACT_BENEFIT.COPRODUCER))
                .where(condition).orderBy(IMPACT_BENEFIT.HAPPENED_ON.desc(), COPRODUCER.DISPLAY_NAME)
                .fetch(r -> new Benefit(r.value1(), new PersonId(r.value2()), r.value3(), BenefitKind.valueOf(r.value4()),
                        r.value5(), r.value6()));
    }

    List<Benefit> allBenefits() {
        return benefits(DSL.trueCondition());
    }

    List<Benefit> benefitsOf(PersonId person) {
        return benefits(IMPACT_BENEFIT.COPRODUCER.eq(person.value()));
    }

    void insertChange(UUID id, ElementId element, String youSaid, String weDid, LocalDate on, PersonId by,
                      OffsetDateTime now) {
        sql.insertInto(IMPACT_CHANGE).set(IMPACT_CHANGE.ID, id).set(IMPACT_CHANGE.ELEMENT_ID, element.value())
                .set(IMPACT_CHANGE.YOU_SAID, youSaid).set(IMPACT_CHANGE.WE_DID, weDid)
                .set(IMPACT_CHANGE.CHANGED_ON, on).set(IMPACT_CHANGE.RECORDED_BY, by.value())
                .set(IMPACT_CHANGE.RECORDED_AT, now).execute();
    }

    List<Change> changes() {
        return sql.select(IMPACT_CHANGE.ID, IMPACT_CHANGE.ELEMENT_ID, PROJECT.NAME, ELEMENT.TITLE,
                        IMPACT_CHANGE.YOU_SAID, IMPACT_CHANGE.WE_DID, IMPACT_CHANGE.CHANGED_ON)
                .from(IMPACT_CHANGE).join(ELEMENT).on(ELEMENT.ID.eq(IMPACT_CHANGE.ELEMENT_ID))
                .join(PROJECT).on(PROJECT.ID.eq(ELEMENT.PROJECT_ID))
                .orderBy(IMPACT_CHANGE.CHANGED_ON.desc(), PROJECT.NAME, ELEMENT.TITLE)
                .fetch(r -> new Change(r.value1(), new ElementId(r.value2()), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }
}
