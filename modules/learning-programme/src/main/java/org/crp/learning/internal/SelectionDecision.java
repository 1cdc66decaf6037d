package org.crp.learning.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The programme team's decision on an application: selected, waiting list or not selected, with a reason
 * the applicant reads. A reason is needed unless the person is selected (then it is an optional welcome).
 */
public record SelectionDecision(
        @NotNull(message = "{learning.validation.decision-required}") @Nullable ApplicationStatus outcome,
        @Size(max = ApplicationForm.REASON_MAX, message = "{learning.validation.reason-too-long}") String reason) {

    @AssertTrue(message = "{learning.validation.decision-not-allowed}")
    public boolean isAnOutcome() {
        return outcome == null || outcome.isDecision();
    }

    @AssertTrue(message = "{learning.validation.reason-required}")
    public boolean isReasonGivenWhereNeeded() {
        return outcome == null || outcome == ApplicationStatus.SELECTED || !reason.isBlank();
    }
}
