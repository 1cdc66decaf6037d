package org.crp.learning.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * The programme team's decision on money someone asked for (a bursary or follow-up funding): granted with an
 * amount, or declined with a reason the person reads. That the amount is no more than was asked for is
 * checked against the request ({@link SelectionRules#grantProblems}).
 */
public record GrantDecision(
        boolean granted,
        @DecimalMin(value = "1", message = "{learning.validation.granted-amount-too-small}")
        @Digits(integer = 6, fraction = 2, message = "{learning.validation.amount-pence}")
        @Nullable BigDecimal amount,
        @Size(max = ApplicationForm.REASON_MAX, message = "{learning.validation.reason-too-long}") String note) {

    public static GrantDecision grant(BigDecimal amount, String note) {
        return new GrantDecision(true, amount, note);
    }

    public static GrantDecision decline(String reason) {
        return new GrantDecision(false, null, reason);
    }

    @AssertTrue(message = "{learning.validation.granted-amount-required}")
    public boolean isAmountGivenIfGranted() {
        return !granted || amount != null;
    }

    @AssertTrue(message = "{learning.validation.decline-reason-required}")
    public boolean isReasonGivenIfDeclined() {
        return granted || !note.isBlank();
    }
}
