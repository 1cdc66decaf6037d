package org.praxis.coproduction.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.praxis.coproduction.internal.RecognitionViews.RoleLine;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.praxis.coproduction.internal.jooq.Tables.ASSIGNMENT;
import static org.praxis.coproduction.internal.jooq.Tables.CLAIM;
import static org.praxis.coproduction.internal.jooq.Tables.ELEMENT;
import static org.praxis.coproduction.internal.jooq.Tables.PROJECT;

/** What a person did, element by element: the elements they were assigned to or led, and their counted claims. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqRecognitionRepository {

    private static final List<String> COUNTED = List.of(ClaimStatus.APPROVED.name(), ClaimStatus.PAID.name());

    private final DSLContext sql;

    JooqRecognitionRepository(DSLContext sql) {
        this.sql = sql;
    }

    List<RoleLine> roles(PersonId person) {
        UUID me = person.value();
        var later = CLAIM.as("later");
        // A counted claim, unless an approved or paid correction has since put it right.
        var counted = DSL.select(CLAIM.ELEMENT_ID, CLAIM.HOURS, CLAIM.SESSIONS, CLAIM.WORK_DATE).from(CLAIM)
                .where(CLAIM.COPRODUCER.eq(me)).and(CLAIM.STATUS.in(COUNTED))
                .andNotExists(DSL.selectOne().from(later).where(later.CORRECTS.eq(CLAIM.ID))
                        .and(later.STATUS.in(COUNTED)))
                .asTable("counted");
        var elementId = counted.field(CLAIM.ELEMENT_ID);
        var worked = DSL.select(elementId, DSL.coalesce(DSL.sum(counted.field(CLAIM.HOURS)), BigDecimal.ZERO).as("hours"),
                        DSL.coalesce(DSL.sum(counted.field(CLAIM.SESSIONS)), BigDecimal.ZERO).as("sessions"),
                        DSL.min(counted.field(CLAIM.WORK_DATE)).as("first_day"),
                        DSL.max(counted.field(CLAIM.WORK_DATE)).as("last_day"))
                .from(counted).groupBy(elementId).asTable("worked");
        var involved = ELEMENT.LEAD.eq(me).or(ELEMENT.ID.in(DSL.select(ASSIGNMENT.ELEMENT_ID).from(ASSIGNMENT)
                .where(ASSIGNMENT.COPRODUCER.eq(me)))).or(worked.field(elementId).isNotNull());
        return sql.select(PROJECT.NAME, ELEMENT.TITLE, DSL.field(ELEMENT.LEAD.eq(me)), worked.field("hours", BigDecimal.class),
                        worked.field("sessions", BigDecimal.class), worked.field("first_day", java.time.LocalDate.class),
                        worked.field("last_day", java.time.LocalDate.class))
                .from(ELEMENT).join(PROJECT).on(PROJECT.ID.eq(ELEMENT.PROJECT_ID))
                .leftJoin(worked).on(worked.field(elementId).eq(ELEMENT.ID))
                .where(involved).orderBy(PROJECT.NAME, ELEMENT.TITLE)
                .fetch(r -> new RoleLine(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3()),
                        r.value4() == null ? BigDecimal.ZERO : r.value4(), r.value5() == null ? 0 : r.value5().intValue(),
                        r.value6(), r.value7()));
    }
}
