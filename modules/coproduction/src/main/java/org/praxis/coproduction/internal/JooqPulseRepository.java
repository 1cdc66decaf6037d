package org.praxis.coproduction.internal;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.jooq.impl.DSL;
import org.praxis.coproduction.events.ElementId;
import org.praxis.coproduction.internal.PulseViews.PulseToAnswer;
import org.praxis.coproduction.internal.PulseViews.Tally;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.praxis.coproduction.internal.jooq.Tables.ASSIGNMENT;
import static org.praxis.coproduction.internal.jooq.Tables.ELEMENT;
import static org.praxis.coproduction.internal.jooq.Tables.PROJECT;
import static org.praxis.coproduction.internal.jooq.Tables.PULSE_ANSWER;
import static org.praxis.coproduction.internal.jooq.Tables.PULSE_RESPONDENT;

/** Finished elements, who has answered their pulse, and the answers (which name nobody). */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqPulseRepository {

    private final DSLContext sql;

    JooqPulseRepository(DSLContext sql) {
        this.sql = sql;
    }

    void finish(ElementId element, LocalDate on) {
        sql.update(ELEMENT).set(ELEMENT.FINISHED_ON, on).where(ELEMENT.ID.eq(element.value()))
                .and(ELEMENT.FINISHED_ON.isNull()).execute();
    }

    Optional<LocalDate> finishedOn(ElementId element) {
        return sql.select(ELEMENT.FINISHED_ON).from(ELEMENT).where(ELEMENT.ID.eq(element.value()))
                .fetchOptional().map(r -> r.value1());
    }

    /** Finished elements the person has not answered for, from those given (all when {@code onlyThese} is null). */
    List<PulseToAnswer> unanswered(PersonId person, LocalDate today, @Nullable Collection<UUID> onlyThese) {
        var condition = ELEMENT.FINISHED_ON.le(today).andNotExists(DSL.selectOne().from(PULSE_RESPONDENT)
                .where(PULSE_RESPONDENT.ELEMENT_ID.eq(ELEMENT.ID)).and(PULSE_RESPONDENT.PERSON_ID.eq(person.value())));
        if (onlyThese != null) {
            condition = condition.and(ELEMENT.ID.in(onlyThese));
        }
        return sql.select(ELEMENT.ID, PROJECT.NAME, ELEMENT.TITLE, ELEMENT.FINISHED_ON).from(ELEMENT)
                .join(PROJECT).on(PROJECT.ID.eq(ELEMENT.PROJECT_ID)).where(condition)
                .orderBy(ELEMENT.FINISHED_ON.desc(), PROJECT.NAME, ELEMENT.TITLE)
                .fetch(r -> new PulseToAnswer(new ElementId(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    /** Elements the person works on as a co-producer or leads. */
    List<UUID> elementsOf(PersonId person) {
        List<UUID> ids = new ArrayList<>(sql.select(ASSIGNMENT.ELEMENT_ID).from(ASSIGNMENT)
                .where(ASSIGNMENT.COPRODUCER.eq(person.value())).fetch(r -> r.value1()));
        ids.addAll(sql.select(ELEMENT.ID).from(ELEMENT).where(ELEMENT.LEAD.eq(person.value())).fetch(r -> r.value1()));
        return ids;
    }

    boolean assigned(ElementId element, PersonId person) {
        return sql.fetchExists(ASSIGNMENT, ASSIGNMENT.ELEMENT_ID.eq(element.value())
                .and(ASSIGNMENT.COPRODUCER.eq(person.value())));
    }

    /** Records that the person answered; false when they already had (a second answer is never counted). */
    boolean markAnswered(ElementId element, PersonId person) {
        return sql.insertInto(PULSE_RESPONDENT).set(PULSE_RESPONDENT.ELEMENT_ID, element.value())
                .set(PULSE_RESPONDENT.PERSON_ID, person.value()).onConflictDoNothing().execute() == 1;
    }

    void insertAnswer(UUID id, ElementId element, boolean fromStaff, Map<CoreValue, Integer> scores, String comment) {
        sql.insertInto(PULSE_ANSWER).set(PULSE_ANSWER.ID, id).set(PULSE_ANSWER.ELEMENT_ID, element.value())
                .set(PULSE_ANSWER.FROM_STAFF, fromStaff)
                .set(PULSE_ANSWER.HUMAN, scores.get(CoreValue.HUMAN).shortValue())
                .set(PULSE_ANSWER.INCLUSIVE, scores.get(CoreValue.INCLUSIVE).shortValue())
                .set(PULSE_ANSWER.TRANSPARENT, scores.get(CoreValue.TRANSPARENT).shortValue())
                .set(PULSE_ANSWER.CHALLENGING, scores.get(CoreValue.CHALLENGING).shortValue())
                .set(PULSE_ANSWER.COMMENT, comment).execute();
    }

    /** Each finished element with answers: its project, title, finishing day, count, averages and comments. */
    List<Tally> byElement() {
        Map<UUID, List<String>> comments = comments(PULSE_ANSWER.ELEMENT_ID);
        return sql.select(ELEMENT.ID, PROJECT.ID, PROJECT.NAME, ELEMENT.TITLE, ELEMENT.FINISHED_ON, DSL.count(),
                        avg(PULSE_ANSWER.HUMAN), avg(PULSE_ANSWER.INCLUSIVE), avg(PULSE_ANSWER.TRANSPARENT),
                        avg(PULSE_ANSWER.CHALLENGING))
                .from(PULSE_ANSWER).join(ELEMENT).on(ELEMENT.ID.eq(PULSE_ANSWER.ELEMENT_ID))
                .join(PROJECT).on(PROJECT.ID.eq(ELEMENT.PROJECT_ID))
                .groupBy(ELEMENT.ID, PROJECT.ID, PROJECT.NAME, ELEMENT.TITLE, ELEMENT.FINISHED_ON)
                .orderBy(PROJECT.NAME, PROJECT.ID, ELEMENT.FINISHED_ON, ELEMENT.TITLE)
                .fetch(r -> new Tally(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        averages(r.value7(), r.value8(), r.value9(), r.value10()),
                        comments.getOrDefault(r.value1(), List.of())));
    }

    /**
     * Month by month (the month each element finished), counting only whole elements with at least {@code minimum}
     * answers. A month is then a sum of whole elements that are shown anyway, so comparing a month with its
     * elements can never uncover a smaller group.
     */
    List<Tally> byMonth(int minimum) {
        Field<LocalDate> month = DSL.field("date_trunc('month', {0})::date", LocalDate.class, ELEMENT.FINISHED_ON);
        var shown = DSL.select(PULSE_ANSWER.ELEMENT_ID).from(PULSE_ANSWER).groupBy(PULSE_ANSWER.ELEMENT_ID)
                .having(DSL.count().ge(minimum));
        Map<LocalDate, List<String>> comments = new HashMap<>();
        sql.select(month, PULSE_ANSWER.COMMENT).from(PULSE_ANSWER).join(ELEMENT).on(ELEMENT.ID.eq(PULSE_ANSWER.ELEMENT_ID))
                .where(PULSE_ANSWER.ELEMENT_ID.in(shown)).and(PULSE_ANSWER.COMMENT.ne("")).orderBy(PULSE_ANSWER.COMMENT)
                .forEach(r -> comments.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return sql.select(month, DSL.count(), avg(PULSE_ANSWER.HUMAN), avg(PULSE_ANSWER.INCLUSIVE),
                        avg(PULSE_ANSWER.TRANSPARENT), avg(PULSE_ANSWER.CHALLENGING))
                .from(PULSE_ANSWER).join(ELEMENT).on(ELEMENT.ID.eq(PULSE_ANSWER.ELEMENT_ID))
                .where(PULSE_ANSWER.ELEMENT_ID.in(shown)).groupBy(month).orderBy(month)
                .fetch(r -> new Tally(null, "", "", r.value1(), r.value2(),
                        averages(r.value3(), r.value4(), r.value5(), r.value6()),
                        comments.getOrDefault(r.value1(), List.of())));
    }

    /** Comments in alphabetical order, so their order says nothing about who wrote them or when. */
    private <K> Map<K, List<String>> comments(Field<K> key) {
        Map<K, List<String>> comments = new HashMap<>();
        sql.select(key, PULSE_ANSWER.COMMENT).from(PULSE_ANSWER).where(PULSE_ANSWER.COMMENT.ne(""))
                .orderBy(PULSE_ANSWER.COMMENT)
                .forEach(r -> comments.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return comments;
    }

    private static Field<BigDecimal> avg(Field<Short> score) {
        return DSL.avg(score);
    }

    private static Map<CoreValue, BigDecimal> averages(BigDecimal human, BigDecimal inclusive, BigDecimal transparent,
                                                       BigDecimal challenging) {
        Map<CoreValue, BigDecimal> averages = new EnumMap<>(CoreValue.class);
        averages.put(CoreValue.HUMAN, human.setScale(1, RoundingMode.HALF_UP));
        averages.put(CoreValue.INCLUSIVE, inclusive.setScale(1, RoundingMode.HALF_UP));
        averages.put(CoreValue.TRANSPARENT, transparent.setScale(1, RoundingMode.HALF_UP));
        averages.put(CoreValue.CHALLENGING, challenging.setScale(1, RoundingMode.HALF_UP));
        return averages;
    }
}
