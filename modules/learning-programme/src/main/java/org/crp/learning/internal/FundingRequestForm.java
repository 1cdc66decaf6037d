package org.crp.learning.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** A participant's request for follow-up funding: how much, and what for. */
public record FundingRequestForm(
        @NotNull(message = "{learning.validation.funding-amount-required}")
        @DecimalMin(value = "1", message = "{learning.validation.funding-amount-too-small}")
        @DecimalMax(value = FundingRequestForm.FUNDING_MAX, message = "{learning.validation.funding-amount-too-large}")
        @Digits(integer = 6, fraction = 2, message = "{learning.validation.amount-pence}")
        @Nullable BigDecimal amount,
        @NotBlank(message = "{learning.validation.funding-purpose-required}")
        @Size(max = FundingRequestForm.PURPOSE_MAX, message = "{learning.validation.funding-purpose-too-long}")
        String purpose) {

    /** The most one follow-up funding request can ask for, in pounds (the programme's figure per partnership). */
    public static final String FUNDING_MAX = "1000";
    public static final int PURPOSE_MAX = 2000;
    public static final int REPORT_MAX = 4000;

    /** The short report after the money is spent. */
    public record Report(
            @NotBlank(message = "{learning.validation.report-required}")
            @Size(max = REPORT_MAX, message = "{learning.validation.report-too-long}") String text) {
    }
}
