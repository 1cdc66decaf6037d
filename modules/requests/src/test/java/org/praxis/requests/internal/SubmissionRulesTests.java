package org.praxis.requests.internal;

import org.junit.jupiter.api.Test;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static SupportRequestForm complete() {
        SupportRequestForm form = new SupportRequestForm();
        form.setTitle("Help recruiting our first cohort");
        form.setMode(DeliveryMode.RUN_COHORT);
        form.setLacks(Set.of(Need.KNOWLEDGE));
        form.setTimelineStart(TODAY.plusMonths(2));
        form.setContactName("Jo Whitfield");
        form.setContactEmail("jo@liceria.example");
        return form;
    }

    @Test
    void aCompleteRequestCanBeSubmitted() {
        assertThat(SubmissionRules.problems(complete(), TODAY)).isEmpty();
    }

    @Test
    void anEmptyRequestListsEverythingMissing() {
        assertThat(SubmissionRules.problems(new SupportRequestForm(), TODAY)).containsExactly(
                "requests.validation.title-required",
                "requests.validation.mode-required",
                "requests.validation.needs-required",
                "requests.validation.start-required",
                "requests.validation.contact-name-required",
                "requests.validation.contact-email-required");
    }

    @Test
    void aStartDateInThePastIsRefusedButTodayIsFine() {
        SupportRequestForm form = complete();
        form.setTimelineStart(TODAY.minusDays(1));
        assertThat(SubmissionRules.problems(form, TODAY)).containsExactly("requests.validation.start-in-past");
        form.setTimelineStart(TODAY);
        assertThat(SubmissionRules.problems(form, TODAY)).isEmpty();
    }

    @Test
    void otherModeNeedsAnExplanation() {
        SupportRequestForm form = complete();
        form.setMode(DeliveryMode.OTHER);
        assertThat(SubmissionRules.problems(form, TODAY)).containsExactly("requests.validation.mode-other-required");
        form.setModeOther("A workshop series for PIs");
        assertThat(SubmissionRules.problems(form, TODAY)).isEmpty();
    }

    @Test
    void endBeforeStartIsRefusedEvenForADraft() {
        SupportRequestForm form = complete();
        form.setTimelineEnd(form.getTimelineStart().minusDays(1));
        assertThat(SubmissionRules.problems(form, TODAY)).contains("requests.validation.end-before-start");
        assertThat(SubmissionRules.draftProblems(form)).contains("requests.validation.end-before-start");
    }

    @Test
    void draftsOnlyNeedATitleAndSaneLengths() {
        SupportRequestForm draft = new SupportRequestForm();
        draft.setTitle("Thinking about a cohort");
        assertThat(SubmissionRules.draftProblems(draft)).isEmpty();
        draft.setTitle("x".repeat(151));
        draft.setContext("y".repeat(4001));
        draft.setContactEmail("not an email");
        assertThat(SubmissionRules.draftProblems(draft)).containsExactly(
                "requests.validation.title-too-long",
                "requests.validation.context-too-long",
                "requests.validation.contact-email-invalid");
    }
}
