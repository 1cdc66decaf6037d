package org.praxis.coproduction.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The team's decision on an application, with a reason written for the applicant to read; an appointment says
 * when the co-producer's agreement starts (no claim can be for a day before it).
 */
public record DecisionForm(
        @NotNull(message = "{coproduction.validation.outcome-required}") @Nullable ApplicationStatus outcome,
        @NotBlank(message = "{coproduction.validation.reason-required}")
        @Size(max = 2000, message = "{coproduction.validation.reason-too-long}") String reason,
        @Nullable LocalDate agreementFrom) {

    @AssertTrue(message = "{coproduction.validation.outcome-required}")
    public boolean isAnOutcome() {
        return outcome == null || outcome.decided();
    }

    @AssertTrue(message = "{coproduction.validation.agreement-required}")
    public boolean isAgreementGivenForAppointment() {
        return outcome != ApplicationStatus.APPOINTED || agreementFrom != null;
    }
}
