package org.praxis.coproduction.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * An open call as the team writes it: the role in plain words, the commitment and the pay, the published timeline
 * and what reviewers score. Limits are the database's (V1__coproduction.sql).
 */
public record WaveForm(
        @NotBlank(message = "{coproduction.validation.title-required}")
        @Size(max = 200, message = "{coproduction.validation.title-too-long}") String title,
        @NotBlank(message = "{coproduction.validation.role-required}")
        @Size(max = 4000, message = "{coproduction.validation.role-too-long}") String roleDescription,
        @NotBlank(message = "{coproduction.validation.commitment-required}")
        @Size(max = 1000, message = "{coproduction.validation.commitment-too-long}") String commitment,
        @NotBlank(message = "{coproduction.validation.pay-required}")
        @Size(max = 1000, message = "{coproduction.validation.pay-too-long}") String pay,
        @Nullable LocalDate updateOn,
        @NotNull(message = "{coproduction.validation.opens-required}") @Nullable LocalDate opensOn,
        @NotNull(message = "{coproduction.validation.closes-required}") @Nullable LocalDate closesOn,
        @Nullable LocalDate kickOffOn,
        @Nullable LocalDate welcomeOn,
        @Nullable LocalDate firstSessionOn,
        @NotEmpty(message = "{coproduction.validation.criteria-required}")
        @Size(max = 10, message = "{coproduction.validation.too-many-criteria}") List<@Valid Criterion> criteria) {

    public WaveForm {
        criteria = List.copyOf(criteria);
    }

    /** Something reviewers score from 0 to {@code maxScore}. */
    public record Criterion(
            @NotBlank(message = "{coproduction.validation.criterion-required}")
            @Size(max = 200, message = "{coproduction.validation.criterion-too-long}") String title,
            @Size(max = 1000, message = "{coproduction.validation.guidance-too-long}") String guidance,
            @Min(value = 1, message = "{coproduction.validation.max-score}")
            @Max(value = 10, message = "{coproduction.validation.max-score}") int maxScore) {
    }

    @AssertTrue(message = "{coproduction.validation.closes-before-opens}")
    public boolean isClosingAfterOpening() {
        return opensOn == null || closesOn == null || !closesOn.isBefore(opensOn);
    }
}
