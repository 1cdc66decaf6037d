package org.crp.learning.internal;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.crp.learning.events.ParticipantKind;
import org.crp.learning.events.SessionKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The forms' rules as the services check them (the platform's InputValidator over Bean Validation), without
 * Spring: what a draft, a submission, a decision, a session and a funding request must say.
 */
class FormValidationTests {

    static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    final InputValidator validator = new InputValidator(factory.getValidator());

    @AfterAll
    static void close() {
        factory.close();
    }

    List<String> problems(Object form) {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, () -> validator.check(form));
        return invalid == null ? List.of() : invalid.problems();
    }

    static ApplicationForm complete() {
        ApplicationForm form = new ApplicationForm();
        form.setKind(ParticipantKind.COMMUNITY_MEMBER);
        form.setPartnership("Riverside Community Trust and Liceria University: food poverty research");
        form.setHopes("How to share power in research and how to pay community researchers fairly.");
        return form;
    }

    // --- applications --------------------------------------------------------------------------------

    @Test
    void anEmptyDraftIsFineButCannotBeSubmitted() {
        ApplicationForm empty = new ApplicationForm();
        assertThat(problems(empty)).isEmpty();
        assertThat(problems(ApplicationForm.ReadyToSubmit.of(empty))).containsExactlyInAnyOrder(
                "learning.validation.kind-required", "learning.validation.partnership-required",
                "learning.validation.hopes-required");
    }

    @Test
    void aCompleteApplicationCanBeSubmitted() {
        assertThat(problems(ApplicationForm.ReadyToSubmit.of(complete()))).isEmpty();
    }

    @Test
    void blankAnswersDoNotCountAsAnswers() {
        ApplicationForm form = complete();
        form.setHopes("   ");
        assertThat(problems(ApplicationForm.ReadyToSubmit.of(form))).containsExactly("learning.validation.hopes-required");
    }

    @Test
    void textsAreKeptToTheirLimits() {
        ApplicationForm form = complete();
        form.setPartnership("x".repeat(ApplicationForm.PARTNERSHIP_MAX + 1));
        form.setHopes("x".repeat(ApplicationForm.HOPES_MAX + 1));
        form.setAccessNeeds("x".repeat(ApplicationForm.ACCESS_NEEDS_MAX + 1));
        assertThat(problems(form)).containsExactlyInAnyOrder("learning.validation.partnership-too-long",
                "learning.validation.hopes-too-long", "learning.validation.access-needs-too-long");
        // The submission check includes the draft's limits.
        assertThat(problems(ApplicationForm.ReadyToSubmit.of(form))).contains("learning.validation.hopes-too-long");
    }

    @Test
    void aBursaryRequestSaysHowMuchAndWhy() {
        ApplicationForm form = complete();
        form.setBursaryRequested(true);
        assertThat(problems(form)).containsExactlyInAnyOrder("learning.validation.bursary-amount-required",
                "learning.validation.bursary-reason-required");

        form.setBursaryAmount(new BigDecimal("120"));
        form.setBursaryReason("Travel and childcare on session days.");
        assertThat(problems(form)).isEmpty();
        assertThat(form.requestedBursary()).isEqualByComparingTo("120");
    }

    @Test
    void aBursaryIsBetweenOnePoundAndTheLimitInPoundsAndPence() {
        ApplicationForm form = complete();
        form.setBursaryRequested(true);
        form.setBursaryReason("Travel");
        form.setBursaryAmount(new BigDecimal(ApplicationForm.BURSARY_MAX));
        assertThat(problems(form)).isEmpty();
        form.setBursaryAmount(new BigDecimal(ApplicationForm.BURSARY_MAX).add(new BigDecimal("0.01")));
        assertThat(problems(form)).containsExactly("learning.validation.bursary-amount-too-large");
        form.setBursaryAmount(new BigDecimal("0.50"));
        assertThat(problems(form)).containsExactly("learning.validation.bursary-amount-too-small");
        form.setBursaryAmount(new BigDecimal("12.345"));
        assertThat(problems(form)).containsExactly("learning.validation.amount-pence");
    }

    @Test
    void noBursaryTickedMeansNoBursaryWhateverWasTyped() {
        ApplicationForm form = complete();
        form.setBursaryAmount(new BigDecimal("100"));
        assertThat(problems(form)).isEmpty();
        assertThat(form.requestedBursary()).isNull();
    }

    // --- decisions -----------------------------------------------------------------------------------

    @Test
    void aDecisionNeedsAReasonUnlessThePersonIsSelected() {
        assertThat(problems(new SelectionDecision(ApplicationStatus.SELECTED, ""))).isEmpty();
        assertThat(problems(new SelectionDecision(ApplicationStatus.WAITING_LIST, " ")))
                .containsExactly("learning.validation.reason-required");
        assertThat(problems(new SelectionDecision(ApplicationStatus.NOT_SELECTED, "")))
                .containsExactly("learning.validation.reason-required");
        assertThat(problems(new SelectionDecision(ApplicationStatus.NOT_SELECTED, "The run is full; please apply again.")))
                .isEmpty();
    }

    @Test
    void aDecisionIsOneOfTheThreeOutcomes() {
        assertThat(problems(new SelectionDecision(null, ""))).containsExactly("learning.validation.decision-required");
        assertThat(problems(new SelectionDecision(ApplicationStatus.WITHDRAWN, "No")))
                .containsExactly("learning.validation.decision-not-allowed");
    }

    @Test
    void moneyGrantedHasAnAmountAndMoneyDeclinedHasAReason() {
        assertThat(problems(GrantDecision.grant(new BigDecimal("80"), ""))).isEmpty();
        assertThat(problems(new GrantDecision(true, null, ""))).containsExactly("learning.validation.granted-amount-required");
        assertThat(problems(GrantDecision.grant(BigDecimal.ZERO, ""))).containsExactly("learning.validation.granted-amount-too-small");
        assertThat(problems(GrantDecision.decline(""))).containsExactly("learning.validation.decline-reason-required");
        assertThat(problems(GrantDecision.decline("All bursaries for this run are given."))).isEmpty();
    }

    // --- sessions ------------------------------------------------------------------------------------

    static SessionForm session() {
        SessionForm form = new SessionForm();
        form.setKind(SessionKind.LEARNING);
        form.setTitle("Starting well");
        form.setDate(LocalDate.of(2027, 1, 20));
        form.setStartTime(LocalTime.of(10, 0));
        form.setEndTime(LocalTime.of(13, 30));
        form.setJoiningLink("https://meet.example.org/starting-well");
        return form;
    }

    @Test
    void aSessionHasAKindTitleDateAndTimesInOrder() {
        assertThat(problems(session())).isEmpty();
        SessionForm empty = new SessionForm();
        empty.setKind(null);
        assertThat(problems(empty)).containsExactlyInAnyOrder("learning.validation.session-kind-required",
                "learning.validation.session-title-required", "learning.validation.session-date-required",
                "learning.validation.session-start-required", "learning.validation.session-end-required");
        SessionForm backwards = session();
        backwards.setEndTime(LocalTime.of(9, 0));
        assertThat(problems(backwards)).containsExactly("learning.validation.session-end-before-start");
    }

    @Test
    void theJoiningLinkIsAnHttpsAddressOrLeftEmpty() {
        SessionForm form = session();
        form.setJoiningLink("");
        assertThat(problems(form)).isEmpty();
        form.setJoiningLink("http://meet.example.org/starting-well");
        assertThat(problems(form)).containsExactly("learning.validation.link-not-https");
        form.setJoiningLink("meet.example.org/starting-well");
        assertThat(problems(form)).containsExactly("learning.validation.link-not-https");
    }

    @Test
    void aSessionLinksAFewResourcesNotAReadingList() {
        SessionForm form = session();
        form.setResourceIds(Collections.nCopies(SessionForm.RESOURCES_MAX + 1, UUID.randomUUID()));
        assertThat(problems(form)).containsExactly("learning.validation.too-many-resources");
    }

    // --- runs, funding, reflections ------------------------------------------------------------------

    @Test
    void aRunHasANameAndDatesInOrder() {
        RunForm run = new RunForm();
        assertThat(problems(run)).containsExactlyInAnyOrder("learning.validation.run-name-required",
                "learning.validation.run-start-required", "learning.validation.run-end-required");
        run.setName("Community Research Partnerships Learning Programme 2026-27");
        run.setStartsOn(LocalDate.of(2026, 10, 1));
        run.setEndsOn(LocalDate.of(2026, 9, 30));
        assertThat(problems(run)).containsExactly("learning.validation.run-end-before-start");
        run.setEndsOn(LocalDate.of(2028, 3, 31));
        assertThatCode(() -> validator.check(run)).doesNotThrowAnyException();
    }

    @Test
    void followUpFundingAsksForUpToTheLimitAndSaysWhatFor() {
        assertThat(problems(new FundingRequestForm(new BigDecimal("750"), "Time for our community researchers")))
                .isEmpty();
        assertThat(problems(new FundingRequestForm(null, ""))).containsExactlyInAnyOrder(
                "learning.validation.funding-amount-required", "learning.validation.funding-purpose-required");
        assertThat(problems(new FundingRequestForm(new BigDecimal(FundingRequestForm.FUNDING_MAX).add(BigDecimal.ONE),
                "Travel"))).containsExactly("learning.validation.funding-amount-too-large");
        assertThat(problems(new FundingRequestForm.Report(""))).containsExactly("learning.validation.report-required");
    }

    @Test
    void aReflectionHasWordsWithinTheLimit() {
        assertThat(problems(new ReflectionForm("I learned to ask who benefits.", false))).isEmpty();
        assertThat(problems(new ReflectionForm(" ", true))).containsExactly("learning.validation.reflection-required");
        assertThat(problems(new ReflectionForm("x".repeat(ReflectionForm.BODY_MAX + 1), true)))
                .containsExactly("learning.validation.reflection-too-long");
    }
}
