package org.praxis.coproduction.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.praxis.coproduction.events.ElementId;
import org.praxis.coproduction.internal.OnboardingViews.Assignment;
import org.praxis.coproduction.internal.OnboardingViews.Profile;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.praxis.coproduction.internal.jooq.Tables.ASSIGNMENT;
import static org.praxis.coproduction.internal.jooq.Tables.COPRODUCER;
import static org.praxis.coproduction.internal.jooq.Tables.ELEMENT;
import static org.praxis.coproduction.internal.jooq.Tables.ONBOARDING_STEP;
import static org.praxis.coproduction.internal.jooq.Tables.PERSON;
import static org.praxis.coproduction.internal.jooq.Tables.PROFILE;
import static org.praxis.coproduction.internal.jooq.Tables.PROJECT;

/** Onboarding steps, profiles (skills, capacity, consent to be suggested), elements' needs and assignments. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqOnboardingRepository {

    private final DSLContext sql;

    JooqOnboardingRepository(DSLContext sql) {
        this.sql = sql;
    }

    void markDone(PersonId person, OnboardingStep step, LocalDate on, PersonId by) {
        sql.insertInto(ONBOARDING_STEP).set(ONBOARDING_STEP.PERSON_ID, person.value())
                .set(ONBOARDING_STEP.STEP, step.name()).set(ONBOARDING_STEP.DONE_ON, on)
                .set(ONBOARDING_STEP.DONE_BY, by.value()).onConflictDoNothing().execute();
    }

    Map<OnboardingStep, LocalDate> done(PersonId person) {
        Map<OnboardingStep, LocalDate> done = new EnumMap<>(OnboardingStep.class);
        sql.selectFrom(ONBOARDING_STEP).where(ONBOARDING_STEP.PERSON_ID.eq(person.value()))
                .forEach(r -> done.put(OnboardingStep.valueOf(r.getStep()), r.getDoneOn()));
        return done;
    }

    void saveProfile(PersonId person, Set<String> skills, BigDecimal hours, boolean open) {
        String[] tags = skills.toArray(String[]::new);
        sql.insertInto(PROFILE).set(PROFILE.PERSON_ID, person.value()).set(PROFILE.SKILLS, tags)
                .set(PROFILE.HOURS_A_MONTH, hours).set(PROFILE.OPEN_TO_SUGGESTIONS, open)
                .onConflict(PROFILE.PERSON_ID).doUpdate()
                .set(PROFILE.SKILLS, tags).set(PROFILE.HOURS_A_MONTH, hours).set(PROFILE.OPEN_TO_SUGGESTIONS, open)
                .set(PROFILE.VERSION, PROFILE.VERSION.plus(1))
                .execute();
    }

    Optional<Profile> profile(PersonId person) {
        return sql.selectFrom(PROFILE).where(PROFILE.PERSON_ID.eq(person.value()))
                .fetchOptional(r -> new Profile(person, new TreeSet<>(Arrays.asList(r.getSkills())),
                        r.getHoursAMonth(), r.getOpenToSuggestions(), r.getVersion()));
    }

    /** Everyone who agreed to be suggested, with their profile. */
    List<Profile> openToSuggestions() {
        return sql.selectFrom(PROFILE).where(PROFILE.OPEN_TO_SUGGESTIONS.isTrue())
                .fetch(r -> new Profile(new PersonId(r.getPersonId()), new TreeSet<>(Arrays.asList(r.getSkills())),
                        r.getHoursAMonth(), true, r.getVersion()));
    }

    void describeNeeds(ElementId element, Set<String> skills, BigDecimal hours) {
        sql.update(ELEMENT).set(ELEMENT.SKILLS, skills.toArray(String[]::new)).set(ELEMENT.HOURS_A_MONTH, hours)
                .where(ELEMENT.ID.eq(element.value())).execute();
    }

    Set<String> skillsNeeded(ElementId element) {
        return sql.select(ELEMENT.SKILLS).from(ELEMENT).where(ELEMENT.ID.eq(element.value()))
                .fetchOptional(r -> (Set<String>) new TreeSet<>(Arrays.asList(r.value1()))).orElse(Set.of());
    }

    /** Hours a month the person is already assigned, over all elements. */
    BigDecimal assignedHours(PersonId person) {
        return sql.select(DSL.coalesce(DSL.sum(ASSIGNMENT.HOURS_A_MONTH), BigDecimal.ZERO)).from(ASSIGNMENT)
                .where(ASSIGNMENT.COPRODUCER.eq(person.value())).fetchOne().value1();
    }

    boolean assigned(ElementId element, PersonId person) {
        return sql.fetchExists(ASSIGNMENT, ASSIGNMENT.ELEMENT_ID.eq(element.value())
                .and(ASSIGNMENT.COPRODUCER.eq(person.value())));
    }

    void assign(UUID id, ElementId element, PersonId person, BigDecimal hours, PersonId support, PersonId by,
                OffsetDateTime now) {
        sql.insertInto(ASSIGNMENT).set(ASSIGNMENT.ID, id).set(ASSIGNMENT.ELEMENT_ID, element.value())
                .set(ASSIGNMENT.COPRODUCER, person.value()).set(ASSIGNMENT.HOURS_A_MONTH, hours)
                .set(ASSIGNMENT.SUPPORT_CONTACT, support.value()).set(ASSIGNMENT.ASSIGNED_BY, by.value())
                .set(ASSIGNMENT.ASSIGNED_AT, now).execute();
    }

    List<Assignment> assignmentsOf(PersonId person) {
        return assignments(ASSIGNMENT.COPRODUCER.eq(person.value()));
    }

    List<Assignment> assignmentsTo(ElementId element) {
        return assignments(ASSIGNMENT.ELEMENT_ID.eq(element.value()));
    }

    private List<Assignment> assignments(org.jooq.Condition condition) {
        var support = PERSON.as("support");
        return sql.select(ASSIGNMENT.ID, ASSIGNMENT.ELEMENT_ID, PROJECT.NAME, ELEMENT.TITLE, ASSIGNMENT.COPRODUCER,
                        COPRODUCER.DISPLAY_NAME, ASSIGNMENT.HOURS_A_MONTH, ASSIGNMENT.SUPPORT_CONTACT,
                        support.DISPLAY_NAME)
                .from(ASSIGNMENT).join(ELEMENT).on(ELEMENT.ID.eq(ASSIGNMENT.ELEMENT_ID))
                .join(PROJECT).on(PROJECT.ID.eq(ELEMENT.PROJECT_ID))
                .join(COPRODUCER).on(COPRODUCER.PERSON_ID.eq(ASSIGNMENT.COPRODUCER))
                .leftJoin(support).on(support.ID.eq(ASSIGNMENT.SUPPORT_CONTACT))
                .where(condition).orderBy(PROJECT.NAME, ELEMENT.TITLE, COPRODUCER.DISPLAY_NAME)
                .fetch(r -> new Assignment(r.value1(), new ElementId(r.value2()), r.value3(), r.value4(),
                        new PersonId(r.value5()), r.value6(), r.value7(), new PersonId(r.value8()),
                        r.value9() == null ? "" : r.value9()));
    }
}
