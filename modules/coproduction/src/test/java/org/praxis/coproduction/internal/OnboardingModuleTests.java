package org.praxis.coproduction.internal;

import praxis.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.coproduction.events.ElementId;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.coproduction.internal.CoproductionFixtures.TODAY;
import static org.praxis.coproduction.internal.CoproductionFixtures.coproducer;
import static org.praxis.coproduction.internal.CoproductionFixtures.known;
import static org.praxis.coproduction.internal.CoproductionFixtures.team;
import static praxis.testsupport.TestUsers.as;

/**
 * Onboarding and assignments: where each person has stalled; suggestions that respect consent and capacity, each
 * with its reasons; assignments with a named support contact that never go past someone's hours.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class OnboardingModuleTests {

    @Autowired OnboardingService onboarding;
    @Autowired AssignmentService assignments;
    @Autowired LivedExperienceService livedExperience;
    @Autowired PayService pay;
    @Autowired JooqPeopleRepository people;
    @Autowired TransactionOperations transactions;
    @Autowired MutableClock clock;

    PraxisUser ruth;
    PraxisUser asha;
    PraxisUser ben;
    PraxisUser cleo;
    ElementId workshops;

    @BeforeEach
    void coproducersAndAnElement() {
        clock.set(MutableClock.Configuration.START);
        ruth = team("Ruth Okafor");
        asha = coproducer("Asha Khan");
        ben = coproducer("Ben Moss");
        cleo = coproducer("Cleo Hart");
        known(transactions, people, ruth, asha, ben, cleo);
        for (PraxisUser c : List.of(asha, ben, cleo)) {
            as(ruth, () -> pay.recordAgreement(c.personId(), c.displayName(), TODAY.minusDays(20)));
        }
        UUID project = as(ruth, () -> pay.createProject("Library of resources " + UUID.randomUUID()));
        workshops = as(ruth, () -> pay.addElement(project, "Community workshops", ruth.personId()));
        as(ruth, () -> assignments.describeNeeds(workshops, Set.of("Facilitation", "Easy Read"), new BigDecimal("10")));
    }

    @Test
    void theTeamSeesWhereEachPersonHasStalled() {
        as(ruth, () -> onboarding.markDone(asha.personId(), OnboardingStep.AGREEMENT_SIGNED));
        as(asha, () -> onboarding.markDone(asha.personId(), OnboardingStep.POLICIES_READ));
        assertThatThrownBy(() -> as(asha, () -> onboarding.markDone(asha.personId(), OnboardingStep.TRAINING_DONE)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("not-your-step");
        assertThatThrownBy(() -> as(asha, () -> onboarding.markDone(ben.personId(), OnboardingStep.POLICIES_READ)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> as(asha, () -> onboarding.everyone())).isInstanceOf(AccessDeniedException.class);

        var mine = as(asha, () -> onboarding.myProgress());
        assertThat(mine.stalledAt()).isEqualTo(OnboardingStep.EMPLOYMENT_STATUS_CHECKED);
        assertThat(mine.done()).containsOnlyKeys(OnboardingStep.AGREEMENT_SIGNED, OnboardingStep.POLICIES_READ);
        assertThat(mine.daysSinceAgreement()).isEqualTo(20);
        var everyone = as(ruth, () -> onboarding.everyone());
        assertThat(everyone).filteredOn(p -> p.person().equals(ben.personId())).singleElement()
                .satisfies(p -> assertThat(p.stalledAt()).isEqualTo(OnboardingStep.AGREEMENT_SIGNED));
    }

    @Test
    void suggestionsRespectConsentAndCapacityAndSayWhy() {
        as(asha, () -> assignments.saveMyProfile(Set.of("facilitation", "Easy Read"), new BigDecimal("8"), true));
        as(ben, () -> assignments.saveMyProfile(Set.of("Facilitation"), new BigDecimal("12"), true));
        // Cleo has the skills but has not agreed to be suggested.
        as(cleo, () -> assignments.saveMyProfile(Set.of("facilitation", "easy read"), new BigDecimal("20"), false));

        var suggestions = as(ruth, () -> assignments.suggestions(workshops));
        assertThat(suggestions).extracting(s -> s.person()).containsExactly(asha.personId(), ben.personId());
        assertThat(suggestions.getFirst().matchingSkills()).containsExactly("easy read", "facilitation");
        assertThat(suggestions.getFirst().freeHours()).isEqualByComparingTo("8");

        as(ruth, () -> assignments.assign(workshops, asha.personId(), new BigDecimal("8"), ruth.personId()));
        assertThat(as(ruth, () -> assignments.suggestions(workshops))).extracting(s -> s.person())
                .containsExactly(ben.personId());
        var mine = as(asha, () -> assignments.myAssignments());
        assertThat(mine).singleElement().satisfies(a -> {
            assertThat(a.supportContactName()).isEqualTo(ruth.displayName());
            assertThat(a.elementTitle()).isEqualTo("Community workshops");
        });
    }

    @Test
    void anAssignmentNeverGoesPastSomeonesHoursAndNamesSomeoneElseForSupport() {
        as(ben, () -> assignments.saveMyProfile(Set.of("facilitation"), new BigDecimal("6"), true));
        assertThatThrownBy(() -> as(ruth, () -> assignments.assign(workshops, ben.personId(), new BigDecimal("7"),
                ben.personId()))).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .isEqualTo(List.of("coproduction.validation.over-capacity",
                        "coproduction.validation.support-is-someone-else"));
        assertThatThrownBy(() -> as(ben, () -> assignments.assign(workshops, ben.personId(), BigDecimal.ONE,
                ruth.personId()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(ruth, () -> assignments.assignmentsTo(workshops))).isEmpty();
        as(ruth, () -> assignments.assign(workshops, ben.personId(), new BigDecimal("6"), asha.personId()));
        clock.advance(Duration.ofDays(1));
        assertThat(as(ruth, () -> assignments.suggestions(workshops))).extracting(s -> s.person())
                .doesNotContain(ben.personId());
    }

    @Test
    void livedExperienceIsShownOnlyWithConsentAndOnlyToThePeopleAllowed() {
        String mine = "I have used mental health services in the city.";
        as(asha, () -> livedExperience.saveMine(mine, false, Set.of(SensitiveAudience.PROGRAMME_TEAM), -1));
        assertThat(as(asha, () -> livedExperience.of(asha.personId()))).contains(mine);
        assertThat(as(ruth, () -> livedExperience.of(asha.personId()))).as("no consent, even for the team").isEmpty();

        as(asha, () -> assignments.saveMyProfile(Set.of("facilitation"), new BigDecimal("8"), true));
        as(ruth, () -> assignments.assign(workshops, asha.personId(), new BigDecimal("4"), ben.personId()));
        int version = as(asha, () -> livedExperience.mine()).version();
        as(asha, () -> livedExperience.saveMine(mine, true, Set.of(SensitiveAudience.SUPPORT_CONTACTS), version));
        assertThat(as(ben, () -> livedExperience.of(asha.personId()))).as("her support contact").contains(mine);
        assertThat(as(cleo, () -> livedExperience.of(asha.personId()))).isEmpty();
        assertThat(as(ruth, () -> livedExperience.of(asha.personId()))).as("team and lead not allowed").isEmpty();

        assertThatThrownBy(() -> as(asha, () -> livedExperience.saveMine(mine, true, Set.of(), version + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lived-experience-audience");
        assertThatThrownBy(() -> as(asha, () -> livedExperience.saveMine(mine, true,
                Set.of(SensitiveAudience.PROGRAMME_TEAM), version))).isInstanceOf(ConcurrentChangeException.class);
        as(asha, () -> livedExperience.saveMine(mine, true, Set.of(SensitiveAudience.ELEMENT_LEADS), version + 1));
        assertThat(as(ruth, () -> livedExperience.of(asha.personId()))).as("the lead of her element").contains(mine);
        assertThat(as(ben, () -> livedExperience.of(asha.personId()))).isEmpty();

        as(asha, () -> livedExperience.saveMine(mine, false, Set.of(SensitiveAudience.ELEMENT_LEADS), version + 2));
        assertThat(as(ruth, () -> livedExperience.of(asha.personId()))).as("consent withdrawn").isEmpty();
        assertThatThrownBy(() -> as(ruth, () -> livedExperience.mine())).isInstanceOf(AccessDeniedException.class);
    }
}
