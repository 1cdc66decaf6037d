package org.praxis.coproduction.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new version of the published rates policy, in force from a day on; published versions never change. */
public record RatesPolicyForm(
        @NotNull(message = "{coproduction.validation.in-force-required}") @Nullable LocalDate inForceFrom,
        @NotNull(message = "{coproduction.validation.hourly-rate-required}")
        @DecimalMin(value = "0.01", message = "{coproduction.validation.rate-positive}")
        @DecimalMax(value = "500", message = "{coproduction.validation.rate-too-high}")
        @Digits(integer = 6, fraction = 2, message = "{coproduction.validation.pence}") @Nullable BigDecimal hourlyRate,
        @NotNull(message = "{coproduction.validation.session-rate-required}")
        @DecimalMin(value = "0.01", message = "{coproduction.validation.rate-positive}")
        @DecimalMax(value = "2000", message = "{coproduction.validation.rate-too-high}")
        @Digits(integer = 6, fraction = 2, message = "{coproduction.validation.pence}") @Nullable BigDecimal sessionRate,
        @NotNull(message = "{coproduction.validation.preparation-required}")
        @DecimalMin(value = "0", message = "{coproduction.validation.preparation-range}")
        @DecimalMax(value = "8", message = "{coproduction.validation.preparation-range}")
        @Digits(integer = 2, fraction = 2, message = "{coproduction.validation.preparation-range}")
        @Nullable BigDecimal preparationHours,
        @NotNull(message = "{coproduction.validation.expenses-cap-required}")
        @DecimalMin(value = "0", message = "{coproduction.validation.expenses-cap-range}")
        @DecimalMax(value = "1000", message = "{coproduction.validation.expenses-cap-range}")
        @Digits(integer = 6, fraction = 2, message = "{coproduction.validation.pence}") @Nullable BigDecimal dailyExpensesCap,
        @NotBlank(message = "{coproduction.validation.expenses-note-required}")
        @Size(max = 2000, message = "{coproduction.validation.expenses-note-too-long}") String expensesNote) {
}
