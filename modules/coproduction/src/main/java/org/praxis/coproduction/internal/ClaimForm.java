package org.praxis.coproduction.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.praxis.coproduction.events.ElementId;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a co-producer claims for a day's work on an element: hours, group sessions (each paid at the session rate
 * plus the policy's preparation time) and expenses spent. There is no rate or amount here: they come from the
 * policy in force on the day.
 */
public record ClaimForm(
        @NotNull(message = "{coproduction.validation.element-required}") @Nullable ElementId elementId,
        @NotNull(message = "{coproduction.validation.work-date-required}") @Nullable LocalDate workDate,
        @DecimalMin(value = "0", message = "{coproduction.validation.hours-range}")
        @DecimalMax(value = ClaimForm.MAX_HOURS_A_DAY, message = "{coproduction.validation.hours-range}")
        @Digits(integer = 2, fraction = 2, message = "{coproduction.validation.hours-quarter}") BigDecimal hours,
        @Min(value = 0, message = "{coproduction.validation.sessions-range}")
        @Max(value = 3, message = "{coproduction.validation.sessions-range}") int sessions,
        @DecimalMin(value = "0", message = "{coproduction.validation.expenses-range}")
        @Digits(integer = 6, fraction = 2, message = "{coproduction.validation.pence}") BigDecimal expensesSpent,
        @NotBlank(message = "{coproduction.validation.description-required}")
        @Size(max = 1000, message = "{coproduction.validation.description-too-long}") String description) {

    /** More than this in one day is not a sensible claim: split it, or talk to the team. */
    public static final String MAX_HOURS_A_DAY = "12";

    public boolean claimsSomething() {
        return hours.signum() > 0 || sessions > 0 || expensesSpent.signum() > 0;
    }
}
