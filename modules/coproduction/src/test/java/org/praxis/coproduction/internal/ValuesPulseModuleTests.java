package org.praxis.coproduction.internal;

import praxis.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.coproduction.events.ElementId;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.coproduction.internal.CoproductionFixtures.TODAY;
import static org.praxis.coproduction.internal.CoproductionFixtures.coproducer;
import static org.praxis.coproduction.internal.CoproductionFixtures.known;
import static org.praxis.coproduction.internal.CoproductionFixtures.member;
import static org.praxis.coproduction.internal.CoproductionFixtures.team;
import static praxis.testsupport.TestUsers.as;

/**
 * The values pulse: open once an element has finished, answered once by each person who worked on it, never
 * showing results (averages or comments) for fewer answers than the minimum (5 by default).
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class ValuesPulseModuleTests {

    @Autowired ValuesPulseService pulse;
    @Autowired AssignmentService assignments;
    @Autowired PayService pay;
    @Autowired JooqPeopleRepository people;
    @Autowired TransactionOperations transactions;
    @Autowired MutableClock clock;

    PraxisUser ruth;
    List<PraxisUser> coproducers = new ArrayList<>();
    String projectName;
    ElementId workshops;

    @BeforeEach
    void fourCoproducersOnAnElement() {
        clock.set(MutableClock.Configuration.START);
        ruth = team("Ruth Okafor");
        known(transactions, people, ruth);
        projectName = "Value of co-production " + UUID.randomUUID();
        UUID project = as(ruth, () -> pay.createProject(projectName));
        workshops = as(ruth, () -> pay.addElement(project, "Community workshops", ruth.personId()));
        coproducers.clear();
        for (String name : List.of("Asha Khan", "Ben Moss", "Cleo Hart", "Dee Mensah")) {
            PraxisUser c = coproducer(name);
            known(transactions, people, c);
            coproducers.add(c);
            as(ruth, () -> pay.recordAgreement(c.personId(), c.displayName(), TODAY.minusDays(20)));
            as(c, () -> assignments.saveMyProfile(Set.of("facilitation"), new BigDecimal("8"), true));
            as(ruth, () -> assignments.assign(workshops, c.personId(), new BigDecimal("4"), ruth.personId()));
        }
    }

    @Test
    void resultsStayHiddenBelowTheMinimumAndAppearOnceItIsReached() {
        PraxisUser asha = coproducers.getFirst();
        assertThatThrownBy(() -> as(asha, () -> pulse.answer(workshops, form(4, "")))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("pulse-not-open");
        assertThat(as(asha, () -> pulse.toAnswer())).isEmpty();
        as(ruth, () -> pulse.finish(workshops));
        assertThat(as(asha, () -> pulse.toAnswer())).extracting(p -> p.element()).containsExactly(workshops);

        int monthsBefore = answersInMonths();
        // Four co-producers answer: below the minimum of five, only the count shows.
        int score = 2;
        for (PraxisUser c : coproducers) {
            int s = score++;
            as(c, () -> pulse.answer(workshops, form(s, "Comment from " + c.displayName())));
        }
        var hidden = element(as(asha, () -> pulse.trends()));
        assertThat(hidden.answers()).isEqualTo(4);
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.averages()).isEmpty();
        assertThat(hidden.comments()).isEmpty();
        // Nor does it count in any month, where comparing with other groups could uncover it.
        assertThat(answersInMonths()).isEqualTo(monthsBefore);

        // The lead (staff) makes five: averages and comments appear, with no names attached.
        as(ruth, () -> pulse.answer(workshops, form(5, "")));
        var shown = element(as(ruth, () -> pulse.trends()));
        assertThat(shown.hidden()).isFalse();
        assertThat(shown.averages().get(CoreValue.HUMAN)).isEqualByComparingTo("3.8");
        assertThat(shown.averages().get(CoreValue.CHALLENGING)).isEqualByComparingTo("3.8");
        assertThat(shown.comments()).hasSize(4).allSatisfy(c -> assertThat(c).startsWith("Comment from"));
        assertThat(answersInMonths()).isEqualTo(monthsBefore + 5);
    }

    @Test
    void eachPersonAnswersOnceOnlyForWorkTheyDidAndNothingIsHalfSaved() {
        PraxisUser asha = coproducers.getFirst();
        as(ruth, () -> pulse.finish(workshops));
        Map<CoreValue, Integer> incomplete = new HashMap<>(Map.of(CoreValue.HUMAN, 6, CoreValue.INCLUSIVE, 3));
        assertThatThrownBy(() -> as(asha, () -> pulse.answer(workshops, new PulseForm(incomplete, ""))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .isEqualTo(List.of("coproduction.validation.pulse-score.HUMAN",
                        "coproduction.validation.pulse-score.TRANSPARENT",
                        "coproduction.validation.pulse-score.CHALLENGING"));
        as(asha, () -> pulse.answer(workshops, form(4, "")));
        assertThatThrownBy(() -> as(asha, () -> pulse.answer(workshops, form(4, ""))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("pulse-already-answered");
        assertThat(as(asha, () -> pulse.toAnswer())).isEmpty();

        PraxisUser outsider = member("Sam Patel");
        assertThatThrownBy(() -> as(outsider, () -> pulse.answer(workshops, form(4, ""))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("pulse-not-yours");
        assertThatThrownBy(() -> as(outsider, () -> pulse.trends())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(asha, () -> pulse.finish(workshops))).isInstanceOf(AccessDeniedException.class);
        assertThat(element(as(ruth, () -> pulse.trends())).answers()).isEqualTo(1);
    }

    private int answersInMonths() {
        return as(ruth, () -> pulse.trends()).months().stream().mapToInt(PulseViews.PulsePoint::answers).sum();
    }

    private PulseViews.PulsePoint element(PulseViews.ValuesTrends trends) {
        return trends.projects().stream().filter(p -> p.name().equals(projectName)).findFirst().orElseThrow()
                .elements().getFirst();
    }

    private static PulseForm form(int score, String comment) {
        Map<CoreValue, Integer> scores = new EnumMap<>(CoreValue.class);
        for (CoreValue value : CoreValue.values()) {
            scores.put(value, score);
        }
        return new PulseForm(scores, comment);
    }
}
